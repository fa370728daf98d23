// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: rzconsole contributors
//
// File ▸ Export Organization from Server, offscreen, against the simulated console: the dialog that follows a
// download says how many rows went where, Cancel leaves the previous file as it was, and a connection that
// drops mid-body ends with a sentence saying that nothing was saved.
#include "api/ApiClient.h"
#include "api/OrgExportDownload.h"
#include "api/RetryPolicy.h"
#include "support/SettingsFile.h"
#include "support/TestConsole.h"
#include "ui/ExportCoordinator.h"
#include "ui/MainWindow.h"
#include "ui/ServerExportDialog.h"

#include <QDate>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QLocale>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;

namespace {

constexpr int Timeout = 120000;
using Outcome = rz::OrgExportDownload::Outcome;

rz::sim::SimConfig config(qint64 assets) {
    rz::sim::SimConfig c;
    c.seed = 31;
    c.organizations = 1;
    c.assetsPerOrganization = assets;
    c.sitesPerOrganization = 2;
    return c;
}

QByteArray fileBytes(const QString &fileName) {
    QFile file(fileName);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : "<unreadable>"_ba;
}

QByteArray rawGet(const rz::test::ConsoleEndpoint &endpoint, const QString &path) {
    QUrl url = endpoint.baseUrl;
    url.setPath(url.path() + u'/' + path);
    QNetworkAccessManager network;
    QNetworkRequest request(url);
    request.setRawHeader("Authorization"_ba, "Bearer "_ba + endpoint.tokens.exportToken.toUtf8());
    std::unique_ptr<QNetworkReply> reply(network.get(request));
    QSignalSpy done(reply.get(), &QNetworkReply::finished);
    if (!reply->isFinished() && !done.wait(Timeout))
        return {};
    return reply->readAll();
}

rz::OrgExport exportOf(rz::OrgExport::Kind kind, rz::OrgExport::Format format) {
    rz::OrgExport what;
    what.kind = kind;
    what.format = format;
    return what;
}

struct Console {
    Console(qint64 assets, QSettings *settings)
        : console(config(assets)) {
        client = std::make_unique<rz::ApiClient>(console.endpoint().baseUrl,
                                                 console.endpoint().tokens.exportToken);
        window = std::make_unique<rz::MainWindow>(client.get());
        window->setInventorySettings(settings, u"conn-server"_s);
        window->show();
    }
    ~Console() {
        window.reset();
        client.reset();
    }
    Q_DISABLE_COPY_MOVE(Console)

    rz::ExportCoordinator *exports() const { return window->exports(); }
    QPushButton *button(rz::ServerExportDialog *dialog) const {
        return dialog->findChild<QPushButton *>(u"serverExportButton"_s);
    }

    rz::test::TestConsole console;
    std::unique_ptr<rz::ApiClient> client;
    std::unique_ptr<rz::MainWindow> window;
};

Outcome waitForEnd(rz::ServerExportDialog *dialog) {
    QSignalSpy finished(dialog, &rz::ServerExportDialog::downloadFinished);
    if (!finished.wait(Timeout) || finished.size() != 1) {
        Outcome failed;
        failed.network = rz::ApiError::make(rz::ApiError::Kind::Timeout, u"no end"_s);
        return failed;
    }
    return finished.at(0).at(0).value<Outcome>();
}

} // namespace

class tst_ServerExportDialog final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void downloadIsFollowedToTheEnd();
    void cancelKeepsThePreviousFile();
    void droppedConnectionIsExplained();

private:
    QString path(const QString &name) const { return m_settings.filePath(name); }
    rz::test::SettingsFile m_settings;
};

void tst_ServerExportDialog::initTestCase() {
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}

void tst_ServerExportDialog::init() {
    QVERIFY(m_settings.create());
}

void tst_ServerExportDialog::cleanup() {
    m_settings.reset();
}

void tst_ServerExportDialog::downloadIsFollowedToTheEnd() {
    Console console(2000, m_settings.get());
    const rz::OrgExport what = exportOf(rz::OrgExport::Kind::Services, rz::OrgExport::Format::JsonLines);
    QVERIFY(console.exports()->suggestedServerFileName(what).endsWith(
        u"services-"_s + QDate::currentDate().toString(Qt::ISODate) + u".jsonl"_s));

    const QString fileName = path(u"services.jsonl"_s);
    rz::ServerExportDialog *dialog = console.exports()->startServerExport(what, fileName);
    QVERIFY(dialog != nullptr);
    dialog->show();
    QVERIFY(dialog->isRunning());
    QVERIFY(dialog->findChild<QLabel *>(u"serverExportTarget"_s)
                ->text()
                .contains(QDir::toNativeSeparators(fileName)));
    const Outcome outcome = waitForEnd(dialog);
    QVERIFY2(outcome.ok(), qPrintable(outcome.userMessage()));
    const QByteArray expected = rawGet(console.console.endpoint(), what.path());
    QVERIFY(!expected.isEmpty());
    QVERIFY(fileBytes(fileName) == expected);
    QCOMPARE(outcome.records, qint64(expected.count('\n')));
    const QLocale locale;
    QCOMPARE(dialog->statusText(),
             u"Saved %1 rows (%2) to “%3”."_s.arg(locale.toString(outcome.records),
                                                  locale.formattedDataSize(outcome.bytes),
                                                  QDir::toNativeSeparators(fileName)));
    QCOMPARE(console.button(dialog)->text(), u"&Close"_s);
    const QPointer<rz::ServerExportDialog> watched(dialog);
    QTest::mouseClick(console.button(dialog), Qt::LeftButton);
    QTRY_VERIFY(watched.isNull()); // closed and deleted
}

void tst_ServerExportDialog::cancelKeepsThePreviousFile() {
    Console console(60000, m_settings.get());
    const QString fileName = path(u"assets.csv"_s);
    {
        QFile previous(fileName);
        QVERIFY(previous.open(QIODevice::WriteOnly));
        previous.write("previous,export\r\n");
    }
    rz::ServerExportDialog *dialog = console.exports()->startServerExport(
        exportOf(rz::OrgExport::Kind::Assets, rz::OrgExport::Format::Csv), fileName);
    dialog->show();
    QSignalSpy finished(dialog, &rz::ServerExportDialog::downloadFinished);
    bool clicked = false;
    connect(dialog->download(), &rz::OrgExportDownload::progress, this, [&] {
        if (!std::exchange(clicked, true))
            QTest::mouseClick(console.button(dialog), Qt::LeftButton); // Cancel, midway
    });
    QVERIFY(finished.wait(Timeout));
    QVERIFY(clicked);
    const Outcome outcome = finished.at(0).at(0).value<Outcome>();
    QVERIFY2(outcome.cancelled(), qPrintable(outcome.userMessage()));
    QCOMPARE(dialog->statusText(), rz::CsvExportError::cancelled(fileName).userMessage());
    QCOMPARE(fileBytes(fileName), "previous,export\r\n"_ba);
    QStringList files = QDir(m_settings.folder()).entryList(QDir::Files | QDir::Hidden);
    files.removeAll(QFileInfo(m_settings->fileName()).fileName());
    QCOMPARE(files, QStringList{u"assets.csv"_s}); // no temporary file left
    QVERIFY(dialog->isVisible());                  // it stays to say so
    QCOMPARE(console.button(dialog)->text(), u"&Close"_s);
}

void tst_ServerExportDialog::droppedConnectionIsExplained() {
    Console console(5000, m_settings.get());
    if (!console.console.server())
        QSKIP("needs the simulated console's fault injection");
    rz::sim::FaultPlan plan;
    plan.dropMidBodyEvery = 1;
    console.console.server()->setFaults(plan);
    console.client->setRetryPolicy(rz::RetryPolicy::none());
    const QString fileName = path(u"vulnerabilities.csv"_s);
    rz::ServerExportDialog *dialog = console.exports()->startServerExport(
        exportOf(rz::OrgExport::Kind::Vulnerabilities, rz::OrgExport::Format::Csv), fileName);
    dialog->show();
    const Outcome outcome = waitForEnd(dialog);
    QVERIFY(!outcome.ok());
    QCOMPARE(dialog->statusText(), outcome.userMessage());
    QVERIFY(dialog->statusText().startsWith(
        u"The export was not saved; “%1” was left as it was."_s.arg(QDir::toNativeSeparators(fileName))));
    QVERIFY(!QFileInfo::exists(fileName));
}

QTEST_MAIN(tst_ServerExportDialog)
#include "tst_serverexportdialog.moc"
