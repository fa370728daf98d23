// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: rzconsole contributors
//
// The CSV export job against the real file system: a file with awkward cells read back by an independent
// reader (Python's csv module) cell by cell, replacing a previous file, cancelling midway, a job destroyed
// while it runs, and failures (missing folder, a file as folder, a folder removed midway, a full disk, a
// read-only folder) with the sentence each gives.

#include "export/CsvExportJob.h"
#include "export/CsvSelection.h"
#include "export/CsvTextTable.h"
#include "support/CsvReadBack.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QScopeGuard>
#include <QSemaphore>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <algorithm>
#include <atomic>
#include <memory>

using namespace Qt::StringLiterals;

namespace rz {

namespace {

using Kind = CsvColumnKind;
using Rows = QList<QStringList>;

QByteArray fileBytes(const QString &fileName) {
    QFile file(fileName);
    if (!file.open(QIODevice::ReadOnly))
        return "<unreadable>"_ba;
    return file.readAll();
}

bool writeBytes(const QString &fileName, const QByteArray &bytes) {
    QFile file(fileName);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

QStringList folderEntries(const QString &path) {
    return QDir(path).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System,
                                QDir::Name);
}

// Runs the job to its end and returns what finished() reported.
CsvExportError runToEnd(CsvExportJob &job) {
    QSignalSpy finished(&job, &CsvExportJob::finished);
    job.start();
    if (!finished.wait(120000) || finished.size() != 1)
        return {CsvExportError::Kind::Io, job.fileName(), u"the job did not finish exactly once"_s};
    return finished.at(0).at(0).value<CsvExportError>();
}

// A table of many plain rows, big enough that the writer hands several megabytes to the file.
std::shared_ptr<CsvTextTable> bulkTable(int rows) {
    auto table = std::make_shared<CsvTextTable>(
        QList<CsvTextTable::Column>{{u"Id"_s, Kind::Number}, {u"Payload"_s, Kind::Text}});
    const QString payload(200, u'p');
    for (int i = 0; i < rows; ++i)
        table->appendRow({QString::number(i), payload});
    return table;
}

// Wraps a table and stops the reader at one row until the test lets it go, so that a test can act while an
// export is certainly midway — without timing.
class GatedTable final : public CsvTable {
public:
    GatedTable(std::shared_ptr<const CsvTable> inner, qsizetype gateRow)
        : m_inner(std::move(inner))
        , m_gateRow(gateRow) {}

    // False when the reader did not get there within a minute (the export failed early).
    bool waitUntilReached() { return m_reached.tryAcquire(1, 60000); }
    void open() {
        if (!m_opened.exchange(true))
            m_go.release();
    }

    qsizetype rowCount() const override { return m_inner->rowCount(); }
    int columnCount() const override { return m_inner->columnCount(); }
    QString columnTitle(int column) const override { return m_inner->columnTitle(column); }
    CsvColumnKind columnKind(int column) const override { return m_inner->columnKind(column); }
    QStringView cell(qsizetype row, int column) const override {
        if (row == m_gateRow && column == 0) {
            m_reached.release();
            m_go.acquire();
        }
        return m_inner->cell(row, column);
    }

private:
    std::shared_ptr<const CsvTable> m_inner;
    qsizetype m_gateRow;
    mutable QSemaphore m_reached;
    mutable QSemaphore m_go;
    std::atomic<bool> m_opened{false};
};

} // namespace

class TestCsvExport final : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;

    QString path(const QString &name) const { return m_dir->filePath(name); }

private Q_SLOTS:
    void init() {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
    }

    void cleanup() {
        if (m_dir)
            QFile::setPermissions(m_dir->path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        m_dir.reset();
    }

    void awkwardCellsReadBackByPython_data() {
        QTest::addColumn<QString>("separator");
        QTest::addColumn<QStringList>("listColumn"); // what Python must read in the List column, row by row
        QTest::newRow("semicolon") << u"; "_s << QStringList{u"10.0.0.1; 10.0.0.2"_s,
                                                             u"a,b; c"_s,
                                                             u"'@evil; =x"_s,
                                                             u"é; ü; 😀"_s,
                                                             QString(),
                                                             u"; -x"_s,
                                                             u","_s};
        QTest::newRow("newline") << u"\n"_s << QStringList{u"10.0.0.1\n10.0.0.2"_s,
                                                           u"a,b\nc"_s,
                                                           u"'@evil\n=x"_s,
                                                           u"é\nü\n😀"_s,
                                                           QString(),
                                                           u"\n-x"_s,
                                                           u","_s};
        QTest::newRow("comma") << u", "_s << QStringList{u"10.0.0.1, 10.0.0.2"_s,
                                                         u"a,b, c"_s,
                                                         u"'@evil, =x"_s,
                                                         u"é, ü, 😀"_s,
                                                         QString(),
                                                         u", -x"_s,
                                                         u","_s};
    }

    void awkwardCellsReadBackByPython() {
        QFETCH(QString, separator);
        QFETCH(QStringList, listColumn);

        auto table =
            std::make_shared<CsvTextTable>(QList<CsvTextTable::Column>{{u"Name"_s, Kind::Text},
                                                                       {u"Addresses"_s, Kind::List},
                                                                       {u"Count"_s, Kind::Number},
                                                                       {u"Notes, \"free\""_s, Kind::Text}});
        table->appendRow({u"plain"_s, u"10.0.0.1\n10.0.0.2"_s, u"42"_s, QString()});
        table->appendRow({u"say \"hi\""_s, u"a,b\nc"_s, u"-5"_s, u"line1\nline2"_s});
        table->appendRow({u"=HYPERLINK(\"http://x\",\"y\")"_s, u"@evil\n=x"_s, u"-5+1"_s, u"+1"_s});
        table->appendRow({u"Grüße 東京 🚀"_s, u"é\nü\n😀"_s, u"0"_s, u"\tindented"_s});
        table->appendRow({QString(), QString(), QString(), QString()});
        table->appendRow({u"crlf\r\ninside"_s, u"\n-x"_s, u"-0.5"_s, u"-"_s});
        table->appendRow({u"trailing space "_s, u","_s, u"7"_s, u" leading"_s});

        const Rows expected{
            {u"Name"_s, u"Addresses"_s, u"Count"_s, u"Notes, \"free\""_s},
            {u"plain"_s, listColumn[0], u"42"_s, QString()},
            {u"say \"hi\""_s, listColumn[1], u"-5"_s, u"line1\nline2"_s},
            {u"'=HYPERLINK(\"http://x\",\"y\")"_s, listColumn[2], u"'-5+1"_s, u"'+1"_s},
            {u"Grüße 東京 🚀"_s, listColumn[3], u"0"_s, u"'\tindented"_s},
            {QString(), listColumn[4], QString(), QString()},
            {u"crlf\r\ninside"_s, listColumn[5], u"-0.5"_s, u"'-"_s},
            {u"trailing space "_s, listColumn[6], u"7"_s, u" leading"_s},
        };

        CsvOptions options;
        options.multiValueSeparator = separator;
        const QString fileName = path(u"assets.csv"_s);
        CsvExportJob job(table, CsvSelection::all(*table), fileName, options);
        QSignalSpy progress(&job, &CsvExportJob::progress);
        const CsvExportError error = runToEnd(job);
        QVERIFY2(error.ok(), qPrintable(error.userMessage()));
        QVERIFY(!job.isRunning());
        QVERIFY(!progress.isEmpty());
        QCOMPARE(progress.last().at(0).toLongLong(), 7);
        QCOMPARE(progress.last().at(1).toLongLong(), 7);

        const QByteArray bytes = fileBytes(fileName);
        QVERIFY(bytes.startsWith("\xEF\xBB\xBFName,Addresses,Count,\"Notes, \"\"free\"\"\"\r\n"));
        QVERIFY(bytes.endsWith("7, leading\r\n"));

        const test::CsvReadBack read = test::CsvReadBack::read(fileName);
        QVERIFY2(read.ok, qPrintable(read.problem));
        QCOMPARE(read.rows.size(), expected.size());
        for (qsizetype r = 0; r < expected.size(); ++r) {
            QCOMPARE(read.rows[r].size(), expected[r].size());
            for (qsizetype c = 0; c < expected[r].size(); ++c) {
                const QString where = u"row %1, column %2"_s.arg(r).arg(c);
                QVERIFY2(
                    read.rows[r][c] == expected[r][c],
                    qPrintable(where + u": read "_s + read.rows[r][c] + u", expected "_s + expected[r][c]));
            }
        }
        QCOMPARE(folderEntries(m_dir->path()), QStringList{u"assets.csv"_s});
    }

    void selectionOrderAndNoBomNoHeader() {
        auto table = std::make_shared<CsvTextTable>(
            QList<CsvTextTable::Column>{{u"A"_s, Kind::Text}, {u"B"_s, Kind::Text}, {u"C"_s, Kind::Number}});
        for (int i = 0; i < 10; ++i)
            table->appendRow({u"a%1"_s.arg(i), u"b,%1"_s.arg(i), QString::number(-i)});
        CsvSelection selection;
        selection.columns = {2, 1};
        selection.rows = {9, 3, 0, 3};
        CsvOptions options;
        options.byteOrderMark = false;
        options.header = false;
        const QString fileName = path(u"picked.csv"_s);
        CsvExportJob job(table, selection, fileName, options);
        QCOMPARE(job.totalRows(), 4);
        const CsvExportError error = runToEnd(job);
        QVERIFY2(error.ok(), qPrintable(error.userMessage()));
        QCOMPARE(fileBytes(fileName), "-9,\"b,9\"\r\n-3,\"b,3\"\r\n0,\"b,0\"\r\n-3,\"b,3\"\r\n"_ba);
        const test::CsvReadBack read = test::CsvReadBack::read(fileName);
        QVERIFY2(read.ok, qPrintable(read.problem));
        QCOMPARE(read.rows,
                 (Rows{{u"-9"_s, u"b,9"_s}, {u"-3"_s, u"b,3"_s}, {u"0"_s, u"b,0"_s}, {u"-3"_s, u"b,3"_s}}));
    }

    void replacesThePreviousFile() {
        const QString fileName = path(u"assets.csv"_s);
        QVERIFY(writeBytes(fileName, "old content that is longer than the new one\r\n"_ba));
        auto table = std::make_shared<CsvTextTable>(QList<CsvTextTable::Column>{{u"A"_s, Kind::Text}});
        table->appendRow({u"new"_s});
        CsvOptions options;
        options.byteOrderMark = false;
        CsvExportJob job(table, CsvSelection::all(*table), fileName, options);
        const CsvExportError error = runToEnd(job);
        QVERIFY2(error.ok(), qPrintable(error.userMessage()));
        QCOMPARE(fileBytes(fileName), "A\r\nnew\r\n"_ba);
        QCOMPARE(folderEntries(m_dir->path()), QStringList{u"assets.csv"_s});
    }

    void progressIsOrderedAndEndsAtTheTotal() {
        const auto table = bulkTable(20000);
        CsvExportJob job(table, CsvSelection::all(*table), path(u"bulk.csv"_s), CsvOptions{});
        QList<qint64> seen;
        connect(&job, &CsvExportJob::progress, this, [&seen](qint64 written, qint64 total) {
            QCOMPARE(total, 20000);
            seen.append(written);
        });
        const CsvExportError error = runToEnd(job);
        QVERIFY2(error.ok(), qPrintable(error.userMessage()));
        QVERIFY(!seen.isEmpty());
        QVERIFY(std::is_sorted(seen.cbegin(), seen.cend()));
        QCOMPARE(seen.last(), 20000);
        QCOMPARE(QFileInfo(path(u"bulk.csv"_s)).size(), fileBytes(path(u"bulk.csv"_s)).size());
        QVERIFY(QFileInfo(path(u"bulk.csv"_s)).size() > 3 * 1024 * 1024);
    }

    void cancelMidwayLeavesThePreviousFile() {
        const QString fileName = path(u"assets.csv"_s);
        const QByteArray previous = "the previous export\r\nwith two lines\r\n"_ba;
        QVERIFY(writeBytes(fileName, previous));

        // Stop after some megabytes have reached the temporary file.
        auto gated = std::make_shared<GatedTable>(bulkTable(30000), 20000);
        CsvExportJob job(gated, CsvSelection::all(*gated), fileName, CsvOptions{});
        QSignalSpy finished(&job, &CsvExportJob::finished);
        const auto letGo = qScopeGuard([&] { gated->open(); }); // also when a check fails: never hang the job
        job.start();
        QVERIFY(gated->waitUntilReached());
        QVERIFY(job.isRunning());
        QCOMPARE(fileBytes(fileName), previous); // midway, megabytes went to the temporary file, not here
        job.cancel();
        gated->open();
        QVERIFY(finished.wait(120000));
        QCOMPARE(finished.size(), 1);
        const CsvExportError error = finished.at(0).at(0).value<CsvExportError>();
        QCOMPARE(error.kind, CsvExportError::Kind::Cancelled);
        QVERIFY(error.userMessage().contains(QDir::toNativeSeparators(fileName)));
        QCOMPARE(fileBytes(fileName), previous);
        QCOMPARE(folderEntries(m_dir->path()), QStringList{u"assets.csv"_s});
    }

    void cancelledNewFileLeavesNothing() {
        const QString fileName = path(u"new.csv"_s);
        auto gated = std::make_shared<GatedTable>(bulkTable(12000), 10000);
        CsvExportJob job(gated, CsvSelection::all(*gated), fileName, CsvOptions{});
        QSignalSpy finished(&job, &CsvExportJob::finished);
        const auto letGo = qScopeGuard([&] { gated->open(); }); // also when a check fails: never hang the job
        job.start();
        QVERIFY(gated->waitUntilReached());
        job.cancel();
        gated->open();
        QVERIFY(finished.wait(120000));
        QCOMPARE(finished.at(0).at(0).value<CsvExportError>().kind, CsvExportError::Kind::Cancelled);
        QVERIFY(folderEntries(m_dir->path()).isEmpty());
    }

    void destroyingARunningJobCancelsIt() {
        const QString fileName = path(u"assets.csv"_s);
        const QByteArray previous = "previous\r\n"_ba;
        QVERIFY(writeBytes(fileName, previous));
        auto gated = std::make_shared<GatedTable>(bulkTable(30000), 10000);
        int finishedCount = 0;
        {
            auto job =
                std::make_unique<CsvExportJob>(gated, CsvSelection::all(*gated), fileName, CsvOptions{});
            connect(job.get(), &CsvExportJob::finished, this, [&finishedCount] { ++finishedCount; });
            const auto letGo = qScopeGuard([&] { gated->open(); });
            job->start();
            QVERIFY(gated->waitUntilReached());
            job->cancel();
            gated->open();
            job.reset(); // waits for the worker
        }
        QCoreApplication::processEvents();
        QCOMPARE(finishedCount, 0);
        QCOMPARE(fileBytes(fileName), previous);
        QCOMPARE(folderEntries(m_dir->path()), QStringList{u"assets.csv"_s});
    }

    void folderMissing() {
        auto table = bulkTable(10);
        const QString fileName = path(u"no-such-folder/assets.csv"_s);
        CsvExportJob job(table, CsvSelection::all(*table), fileName, CsvOptions{});
        const CsvExportError error = runToEnd(job);
        QCOMPARE(error.kind, CsvExportError::Kind::FolderMissing);
        QCOMPARE(error.userMessage(), u"Could not save “%1”: the folder “%2” does not exist."_s.arg(
                                          QDir::toNativeSeparators(fileName),
                                          QDir::toNativeSeparators(path(u"no-such-folder"_s))));
        QVERIFY(folderEntries(m_dir->path()).isEmpty());
    }

    void parentIsAFile() {
        QVERIFY(writeBytes(path(u"notes.txt"_s), "a file, not a folder"_ba));
        auto table = bulkTable(10);
        const QString fileName = path(u"notes.txt/assets.csv"_s);
        CsvExportJob job(table, CsvSelection::all(*table), fileName, CsvOptions{});
        const CsvExportError error = runToEnd(job);
        QCOMPARE(error.kind, CsvExportError::Kind::NotAFolder);
        QCOMPARE(error.userMessage(),
                 u"Could not save “%1”: part of its folder path is a file, not a folder."_s.arg(
                     QDir::toNativeSeparators(fileName)));
        QCOMPARE(fileBytes(path(u"notes.txt"_s)), "a file, not a folder"_ba);
    }

    void folderVanishesMidway() {
        const QString folder = path(u"exports"_s);
        QVERIFY(QDir().mkpath(folder));
        const QString fileName = folder + u"/assets.csv"_s;
        auto gated = std::make_shared<GatedTable>(bulkTable(12000), 10000);
        CsvExportJob job(gated, CsvSelection::all(*gated), fileName, CsvOptions{});
        QSignalSpy finished(&job, &CsvExportJob::finished);
        const auto letGo = qScopeGuard([&] { gated->open(); }); // also when a check fails: never hang the job
        job.start();
        QVERIFY(gated->waitUntilReached());
        QVERIFY(QDir(folder).removeRecursively());
        gated->open();
        QVERIFY(finished.wait(120000));
        const CsvExportError error = finished.at(0).at(0).value<CsvExportError>();
        QCOMPARE(error.kind, CsvExportError::Kind::FolderMissing);
        QVERIFY2(error.userMessage().contains(QDir::toNativeSeparators(fileName)),
                 qPrintable(error.userMessage()));
        QVERIFY(folderEntries(m_dir->path()).isEmpty());
    }

    void diskFull() {
        const QString full = u"/dev/full"_s;
        const QFileInfo device(full);
        if (!device.exists() || device.isFile())
            QSKIP("this system has no /dev/full device");
        auto table = bulkTable(100);
        CsvExportJob job(table, CsvSelection::all(*table), full, CsvOptions{});
        const CsvExportError error = runToEnd(job);
        QCOMPARE(error.kind, CsvExportError::Kind::DiskFull);
        QCOMPARE(error.userMessage(), u"Could not save “/dev/full”: the disk is full."_s);
        // The device node is still a device: nothing was renamed over it.
        QVERIFY(QFileInfo(full).exists());
        QVERIFY(!QFileInfo(full).isFile());
    }

    void readOnlyFolder() {
        const QString folder = path(u"locked"_s);
        QVERIFY(QDir().mkpath(folder));
        QVERIFY(QFile::setPermissions(folder, QFile::ReadOwner | QFile::ExeOwner));
        // Root is not stopped by permissions; check whether this process is.
        {
            QFile probe(folder + u"/probe"_s);
            if (probe.open(QIODevice::WriteOnly)) {
                probe.remove();
                QFile::setPermissions(folder, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
                QSKIP(
                    "permissions do not stop this user (root); the other failure cases cover the job's path");
            }
        }
        auto table = bulkTable(10);
        const QString fileName = folder + u"/assets.csv"_s;
        CsvExportJob job(table, CsvSelection::all(*table), fileName, CsvOptions{});
        const CsvExportError error = runToEnd(job);
        QFile::setPermissions(folder, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        QCOMPARE(error.kind, CsvExportError::Kind::FolderReadOnly);
        QCOMPARE(error.userMessage(),
                 u"Could not save “%1”: the folder “%2” is read-only or you may not write to it."_s.arg(
                     QDir::toNativeSeparators(fileName), QDir::toNativeSeparators(folder)));
        QVERIFY(folderEntries(folder).isEmpty());
    }
};

} // namespace rz

QTEST_GUILESS_MAIN(rz::TestCsvExport)
#include "tst_csvexport.moc"
