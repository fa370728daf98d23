// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: rzconsole contributors
//
// Organization-wide exports streamed from the simulated console into files (ApiClient::downloadExport): every
// kind and format arrives byte for byte as the console sends it; the simulator's services, software and
// vulnerabilities follow the assets and honour search, fields, paging and the token rules; a cancelled
// download, a connection dropped mid-body and a failed write leave the previous file untouched and no
// temporary file behind; and a large export goes to disk as it arrives instead of piling up in memory.
#include "api/ApiClient.h"
#include "api/ApiRequest.h"
#include "api/OrgExport.h"
#include "api/OrgExportDownload.h"
#include "api/RetryPolicy.h"
#include "support/CsvReadBack.h"
#include "support/SimHttp.h"
#include "support/TestConsole.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <atomic>
#include <fcntl.h>
#include <memory>
#include <sys/stat.h>
#include <thread>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace {

constexpr int Timeout = 120000; // generous: two cores shared with other builds
using Kind = rz::OrgExport::Kind;
using Format = rz::OrgExport::Format;
using Outcome = rz::OrgExportDownload::Outcome;
using rz::test::SimQuery;
using rz::test::SimReply;

rz::sim::SimConfig config(qint64 assets) {
    rz::sim::SimConfig c;
    c.seed = 5;
    c.organizations = 1;
    c.assetsPerOrganization = assets;
    c.sitesPerOrganization = 3;
    return c;
}

// Asks the console directly, without the client: the expectation.
SimReply rawGet(const QUrl &baseUrl, const QString &token, const QString &path, const SimQuery &query = {}) {
    return rz::test::SimHttp(Timeout).get(rz::test::apiUrl(baseUrl, u'/' + path, query), token);
}

QList<QJsonObject> jsonLines(const QByteArray &body) {
    QList<QJsonObject> objects;
    for (const QByteArray &line : body.split('\n')) {
        if (!line.trimmed().isEmpty())
            objects.append(QJsonDocument::fromJson(line).object());
    }
    return objects;
}

QByteArray fileBytes(const QString &fileName) {
    QFile file(fileName);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : "<unreadable>"_ba;
}

bool writeBytes(const QString &fileName, const QByteArray &bytes) {
    QFile file(fileName);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

QStringList entries(const QString &folder) {
    return QDir(folder).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System,
                                  QDir::Name);
}

// The largest file being written in `folder`: named files there, and, on Linux, files that the process holds
// open in it without a name yet (QSaveFile writes to an O_TMPFILE file there and names it on commit).
qint64 largestFileIn(const QString &folder) {
    qint64 largest = -1;
    for (const QFileInfo &entry : QDir(folder).entryInfoList(QDir::Files | QDir::Hidden))
        largest = std::max(largest, entry.size());
    const QDir descriptors(u"/proc/self/fd"_s);
    const QString prefix = QDir(folder).canonicalPath() + u'/';
    for (const QString &name : descriptors.entryList(QDir::System | QDir::Files | QDir::NoDotAndDotDot)) {
        const QString link = descriptors.filePath(name);
        if (QFile::symLinkTarget(link).startsWith(prefix))
            largest = std::max(largest, QFileInfo(link).size());
    }
    return largest;
}

rz::OrgExport exportOf(Kind kind, Format format, const QString &search = {}) {
    rz::OrgExport what;
    what.kind = kind;
    what.format = format;
    what.search = search;
    return what;
}

// Runs a download to its end.
Outcome runDownload(rz::ApiClient &client, const rz::OrgExport &what, const QString &fileName) {
    std::unique_ptr<rz::OrgExportDownload> download(client.downloadExport(what, fileName, nullptr));
    QSignalSpy finished(download.get(), &rz::OrgExportDownload::finished);
    if (!finished.wait(Timeout) || finished.size() != 1) {
        Outcome failed;
        failed.network =
            rz::ApiError::make(rz::ApiError::Kind::Timeout, u"the download did not finish once"_s);
        return failed;
    }
    return finished.at(0).at(0).value<Outcome>();
}

} // namespace

class tst_ServerExport final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void everyExportArrivesWhole_data();
    void everyExportArrivesWhole();
    void servicesFollowTheAssetsPorts();
    void searchFieldsAndPaging();
    void tokenRules();
    void cancelLeavesThePreviousFile();
    void cancelBeforeTheStart();
    void droppedConnectionLeavesThePreviousFile();
    void silentConsoleTimesOut();
    void bodyCutShortIsNotSaved();
    void failedWriteEndsTheDownload();
    void largeExportGoesToDiskAsItArrives();
    void slowDiskHoldsTheNetworkBack_data();
    void slowDiskHoldsTheNetworkBack();

private:
    QString path(const QString &name) const { return m_dir->filePath(name); }
    std::unique_ptr<QTemporaryDir> m_dir;
};

void tst_ServerExport::init() {
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void tst_ServerExport::cleanup() {
    m_dir.reset();
}

void tst_ServerExport::everyExportArrivesWhole_data() {
    QTest::addColumn<Kind>("kind");
    QTest::addColumn<Format>("format");
    for (const Kind kind : rz::OrgExport::kinds()) {
        for (const Format format : rz::OrgExport::formats()) {
            const rz::OrgExport what = exportOf(kind, format);
            QTest::addRow("%s", qPrintable(what.path())) << kind << format;
        }
    }
}

void tst_ServerExport::everyExportArrivesWhole() {
    QFETCH(Kind, kind);
    QFETCH(Format, format);
    rz::test::TestConsole console(config(3000));
    const rz::test::ConsoleEndpoint &endpoint = console.endpoint();
    QVERIFY(!endpoint.baseUrl.isEmpty());
    const rz::OrgExport what = exportOf(kind, format);
    const SimReply expected = rawGet(endpoint.baseUrl, endpoint.tokens.exportToken, what.path());
    QCOMPARE(expected.status, 200);
    QVERIFY(expected.body.size() > 10000);

    rz::ApiClient client(endpoint.baseUrl, endpoint.tokens.exportToken);
    const QString fileName = path(u"export."_s + what.fileSuffix());
    const Outcome outcome = runDownload(client, what, fileName);
    QVERIFY2(outcome.ok(), qPrintable(outcome.userMessage()));
    QCOMPARE(outcome.bytes, expected.body.size());
    QVERIFY(fileBytes(fileName) == expected.body);
    QCOMPARE(entries(m_dir->path()), QStringList{QFileInfo(fileName).fileName()});

    if (format == Format::JsonLines) {
        QCOMPARE(outcome.records, qint64(expected.body.count('\n')));
        for (const QJsonObject &line : jsonLines(expected.body))
            QVERIFY(line.contains(u"id"_s)); // every kind's records carry the asset's id, as the spec asks
    } else {
        const rz::test::CsvReadBack read = rz::test::CsvReadBack::read(fileName);
        QVERIFY2(read.ok, qPrintable(read.problem));
        QCOMPARE(outcome.records, qint64(read.rows.size() - 1)); // without the header
        for (const QStringList &row : read.rows)
            QCOMPARE(row.size(), read.rows.constFirst().size());
    }
    QVERIFY(outcome.records > 100);
}

void tst_ServerExport::servicesFollowTheAssetsPorts() {
    // One service record per open TCP and UDP port of each asset that has an address.
    rz::test::TestConsole console(config(2000));
    if (!console.server())
        QSKIP("checks how the simulated console derives its services");
    const rz::test::ConsoleEndpoint &endpoint = console.endpoint();
    const SimReply assets =
        rawGet(endpoint.baseUrl, endpoint.tokens.exportToken, u"export/org/assets.jsonl"_s,
               {{u"fields"_s, u"id,addresses,service_ports_tcp,service_ports_udp"_s}});
    const SimReply services =
        rawGet(endpoint.baseUrl, endpoint.tokens.exportToken, u"export/org/services.jsonl"_s);
    QCOMPARE(assets.status, 200);
    QCOMPARE(services.status, 200);
    QMultiHash<QString, QString> expected; // asset id -> "port/transport"
    for (const QJsonObject &asset : jsonLines(assets.body)) {
        if (asset.value(u"addresses"_s).toArray().isEmpty())
            continue;
        const QString id = asset.value(u"id"_s).toString();
        for (const QString &transport : {u"tcp"_s, u"udp"_s}) {
            for (const QJsonValue port : asset.value(u"service_ports_"_s + transport).toArray())
                expected.insert(id, port.toString() + u'/' + transport);
        }
    }
    QMultiHash<QString, QString> actual;
    for (const QJsonObject &service : jsonLines(services.body)) {
        QCOMPARE(service.value(u"service_asset_id"_s), service.value(u"id"_s));
        QVERIFY(!service.value(u"service_id"_s).toString().isEmpty());
        actual.insert(service.value(u"id"_s).toString(),
                      service.value(u"service_port"_s).toString() + u'/' +
                          service.value(u"service_transport"_s).toString());
    }
    QVERIFY(expected.size() > 1000);
    QCOMPARE(actual.size(), expected.size());
    for (auto it = expected.cbegin(); it != expected.cend(); ++it)
        QVERIFY2(actual.contains(it.key(), it.value()), qPrintable(it.key() + u' ' + it.value()));

    // Software and vulnerabilities hang off the same assets.
    QSet<QString> ids;
    for (const QJsonObject &asset : jsonLines(assets.body))
        ids.insert(asset.value(u"id"_s).toString());
    for (const QString &kind : {u"software"_s, u"vulnerabilities"_s}) {
        const SimReply answer =
            rawGet(endpoint.baseUrl, endpoint.tokens.exportToken, u"export/org/"_s + kind + u".jsonl"_s);
        QCOMPARE(answer.status, 200);
        const QList<QJsonObject> records = jsonLines(answer.body);
        QVERIFY(records.size() > 100);
        for (const QJsonObject &record : records)
            QVERIFY(ids.contains(record.value(u"id"_s).toString()));
    }
}

void tst_ServerExport::searchFieldsAndPaging() {
    rz::test::TestConsole console(config(1500));
    if (!console.server())
        QSKIP("checks the simulated console's answers");
    const rz::test::ConsoleEndpoint &endpoint = console.endpoint();
    const QString token = endpoint.tokens.exportToken;

    // search= picks the assets whose records are exported; fields= limits the keys.
    const SimReply linux = rawGet(endpoint.baseUrl, token, u"export/org/assets.json"_s,
                                  {{u"search"_s, u"os:linux"_s}, {u"fields"_s, u"id"_s}});
    QCOMPARE(linux.status, 200);
    QSet<QString> linuxIds;
    for (const QJsonValue asset : linux.array())
        linuxIds.insert(asset.toObject().value(u"id"_s).toString());
    QVERIFY(!linuxIds.isEmpty());
    const SimReply services = rawGet(endpoint.baseUrl, token, u"export/org/services.jsonl"_s,
                                     {{u"search"_s, u"os:linux"_s}, {u"fields"_s, u"service_port,id"_s}});
    QCOMPARE(services.status, 200);
    const QList<QJsonObject> records = jsonLines(services.body);
    QVERIFY(!records.isEmpty());
    for (const QJsonObject &record : records) {
        QCOMPARE(record.keys(), (QStringList{u"id"_s, u"service_port"_s}));
        QVERIFY(linuxIds.contains(record.value(u"id"_s).toString()));
    }
    QCOMPARE(rawGet(endpoint.baseUrl, token, u"export/org/services.csv"_s, {{u"search"_s, u"os:("_s}}).status,
             422);

    // The client sends the search as typed.
    rz::ApiClient client(endpoint.baseUrl, token);
    const QString fileName = path(u"linux-services.jsonl"_s);
    const Outcome outcome =
        runDownload(client, exportOf(Kind::Services, Format::JsonLines, u"os:linux"_s), fileName);
    QVERIFY2(outcome.ok(), qPrintable(outcome.userMessage()));
    const SimReply whole =
        rawGet(endpoint.baseUrl, token, u"export/org/services.jsonl"_s, {{u"search"_s, u"os:linux"_s}});
    QVERIFY(fileBytes(fileName) == whole.body);

    // .json with page_size: pages that add up to the bare array, whatever the page size.
    for (const QString &kind : {u"services"_s, u"software"_s, u"vulnerabilities"_s}) {
        const SimReply bare = rawGet(endpoint.baseUrl, token, u"export/org/"_s + kind + u".json"_s);
        const QJsonArray all = bare.array();
        QVERIFY(all.size() > 50);
        QJsonArray paged;
        QString key;
        int pages = 0;
        do {
            SimQuery query{{u"page_size"_s, u"37"_s}};
            if (!key.isEmpty())
                query.append({u"start_key"_s, key});
            const SimReply page =
                rawGet(endpoint.baseUrl, token, u"export/org/"_s + kind + u".json"_s, query);
            QCOMPARE(page.status, 200);
            const QJsonObject object = page.object();
            const QJsonArray items = object.value(kind).toArray();
            QVERIFY(items.size() <= 37);
            for (const QJsonValue item : items)
                paged.append(item);
            key = object.value(u"next_key"_s).toString();
            QVERIFY(++pages < 10000);
        } while (!key.isEmpty());
        QCOMPARE(paged, all);
    }
}

void tst_ServerExport::tokenRules() {
    rz::test::TestConsole console(config(300));
    const rz::test::ConsoleEndpoint &endpoint = console.endpoint();
    const QString path = u"export/org/vulnerabilities.csv"_s;
    QCOMPARE(rawGet(endpoint.baseUrl, {}, path).status, 401);
    QCOMPARE(rawGet(endpoint.baseUrl, endpoint.tokens.downloadToken, path).status, 403);
    QCOMPARE(rawGet(endpoint.baseUrl, endpoint.tokens.accountToken, path).status, 400); // no _oid
    QCOMPARE(rawGet(endpoint.baseUrl, endpoint.tokens.organizationToken, path).status, 200);

    // The client adds _oid for an account token ...
    rz::ApiClient account(endpoint.baseUrl, endpoint.tokens.accountToken);
    account.setOrganizationId(endpoint.tokens.organizationId);
    const QString fileName = this->path(u"vulnerabilities.csv"_s);
    Outcome outcome = runDownload(account, exportOf(Kind::Vulnerabilities, Format::Csv), fileName);
    QVERIFY2(outcome.ok(), qPrintable(outcome.userMessage()));
    QVERIFY(fileBytes(fileName) == rawGet(endpoint.baseUrl, endpoint.tokens.organizationToken, path).body);

    // ... and a download token is refused by the console, with nothing written.
    rz::ApiClient download(endpoint.baseUrl, endpoint.tokens.downloadToken);
    const QString refused = this->path(u"refused.csv"_s);
    outcome = runDownload(download, exportOf(Kind::Vulnerabilities, Format::Csv), refused);
    QVERIFY(!outcome.ok());
    QCOMPARE(outcome.network.kind, rz::ApiError::Kind::WrongTokenKind);
    QVERIFY(outcome.userMessage().contains(QDir::toNativeSeparators(refused)));
    QVERIFY(!QFileInfo::exists(refused));
}

void tst_ServerExport::cancelLeavesThePreviousFile() {
    rz::test::TestConsole console(config(60000));
    const rz::test::ConsoleEndpoint &endpoint = console.endpoint();
    rz::ApiClient client(endpoint.baseUrl, endpoint.tokens.exportToken);
    const QString fileName = path(u"assets.csv"_s);
    QVERIFY(writeBytes(fileName, "the previous export\n"_ba));

    std::unique_ptr<rz::OrgExportDownload> download(
        client.downloadExport(exportOf(Kind::Assets, Format::Csv), fileName, nullptr));
    QSignalSpy finished(download.get(), &rz::OrgExportDownload::finished);
    qint64 bytesAtCancel = -1;
    connect(download.get(), &rz::OrgExportDownload::progress, this, [&](qint64 bytes) {
        if (bytesAtCancel < 0 && bytes > 0) {
            bytesAtCancel = bytes;
            download->cancel();
        }
    });
    QVERIFY(finished.wait(Timeout));
    const Outcome outcome = finished.at(0).at(0).value<Outcome>();
    QVERIFY(bytesAtCancel > 0); // it was midway
    QVERIFY2(outcome.cancelled(), qPrintable(outcome.userMessage()));
    QCOMPARE(outcome.userMessage(), rz::CsvExportError::cancelled(fileName).userMessage());
    QCOMPARE(fileBytes(fileName), "the previous export\n"_ba);
    QCOMPARE(entries(m_dir->path()), QStringList{u"assets.csv"_s});
    QTest::qWait(50);
    QCOMPARE(finished.size(), 1);
}

void tst_ServerExport::cancelBeforeTheStart() {
    // Cancelled before the event loop starts it: nothing is requested or written, and finished() says so
    // once.
    rz::test::TestConsole console(config(2000));
    rz::ApiClient client(console.endpoint().baseUrl, console.endpoint().tokens.exportToken);
    const QString fileName = path(u"never.csv"_s);
    std::unique_ptr<rz::OrgExportDownload> download(
        client.downloadExport(exportOf(Kind::Assets, Format::Csv), fileName, nullptr));
    QSignalSpy finished(download.get(), &rz::OrgExportDownload::finished);
    download->cancel();
    QVERIFY(finished.wait(Timeout));
    QTest::qWait(200); // a download that started anyway would be under way by now
    QCOMPARE(finished.size(), 1);
    QVERIFY(finished.at(0).at(0).value<Outcome>().cancelled());
    QVERIFY(!download->isRunning());
    QCOMPARE(download->bytesReceived(), 0);
    QVERIFY(!QFileInfo::exists(fileName));
}

void tst_ServerExport::silentConsoleTimesOut() {
    // A console that does not answer within the timeout: the download times itself out (Qt's own transfer
    // timeout is off for streamed requests) and the previous file stays.
    rz::test::TestConsole console(config(2000));
    if (!console.server())
        QSKIP("needs the simulated console's fault injection");
    rz::sim::FaultPlan plan;
    plan.latencyMs = 5000;
    console.server()->setFaults(plan);
    rz::ApiClient client(console.endpoint().baseUrl, console.endpoint().tokens.exportToken);
    client.setTimeoutMs(300);
    rz::RetryPolicy quick;
    quick.firstBackoffMs = 10;
    quick.maxBackoffMs = 20;
    client.setRetryPolicy(quick);
    const QString previous = path(u"previous.csv"_s);
    QVERIFY(writeBytes(previous, "kept\n"_ba));
    std::unique_ptr<rz::OrgExportDownload> download(
        client.downloadExport(exportOf(Kind::Assets, Format::Csv), previous, nullptr));
    QSignalSpy finished(download.get(), &rz::OrgExportDownload::finished);
    QVERIFY(finished.wait(Timeout));
    const Outcome outcome = finished.at(0).at(0).value<Outcome>();
    QCOMPARE(outcome.network.kind, rz::ApiError::Kind::Timeout);
    QVERIFY(outcome.userMessage().contains(u"left as it was"_s));
    QCOMPARE(fileBytes(previous), "kept\n"_ba);
}

void tst_ServerExport::droppedConnectionLeavesThePreviousFile() {
    rz::test::TestConsole console(config(20000));
    if (!console.server())
        QSKIP("needs the simulated console's fault injection");
    const rz::test::ConsoleEndpoint &endpoint = console.endpoint();
    rz::sim::FaultPlan plan;
    plan.dropMidBodyEvery = 1; // every answer: half of the first slice, then the connection closes
    console.server()->setFaults(plan);
    rz::ApiClient client(endpoint.baseUrl, endpoint.tokens.exportToken);
    rz::RetryPolicy quick;
    quick.firstBackoffMs = 10;
    quick.maxBackoffMs = 20;
    client.setRetryPolicy(quick);

    for (const Format format : rz::OrgExport::formats()) {
        const rz::OrgExport what = exportOf(Kind::Services, format);
        const QString previous = path(u"previous."_s + what.fileSuffix());
        QVERIFY(writeBytes(previous, "kept\n"_ba));
        const QString fresh = path(u"fresh."_s + what.fileSuffix());
        for (const QString &fileName : {previous, fresh}) {
            const Outcome outcome = runDownload(client, what, fileName);
            QVERIFY(!outcome.ok());
            QVERIFY(!outcome.cancelled());
            QCOMPARE(outcome.network.kind, rz::ApiError::Kind::Network);
            QVERIFY(outcome.userMessage().contains(u"left as it was"_s));
        }
        QCOMPARE(fileBytes(previous), "kept\n"_ba);
        QVERIFY(!QFileInfo::exists(fresh));
    }
    QCOMPARE(entries(m_dir->path()), (QStringList{u"previous.csv"_s, u"previous.jsonl"_s}));
}

void tst_ServerExport::bodyCutShortIsNotSaved() {
    // The console ends the body properly, but after half of its first slice: the last row is cut.
    rz::test::TestConsole console(config(20000));
    if (!console.server())
        QSKIP("needs the simulated console's fault injection");
    rz::sim::FaultPlan plan;
    plan.truncateEvery = 1;
    console.server()->setFaults(plan);
    rz::ApiClient client(console.endpoint().baseUrl, console.endpoint().tokens.exportToken);
    for (const Format format : rz::OrgExport::formats()) {
        const rz::OrgExport what = exportOf(Kind::Software, format);
        const QString fileName = path(u"software."_s + what.fileSuffix());
        QVERIFY(writeBytes(fileName, "kept\n"_ba));
        const Outcome outcome = runDownload(client, what, fileName);
        QVERIFY(!outcome.ok());
        QCOMPARE(outcome.network.kind, rz::ApiError::Kind::Network);
        QVERIFY2(outcome.userMessage().contains(u"middle of a row"_s), qPrintable(outcome.userMessage()));
        QCOMPARE(fileBytes(fileName), "kept\n"_ba);
    }
    QCOMPARE(entries(m_dir->path()), (QStringList{u"software.csv"_s, u"software.jsonl"_s}));
}

void tst_ServerExport::failedWriteEndsTheDownload() {
    rz::test::TestConsole console(config(5000));
    const rz::test::ConsoleEndpoint &endpoint = console.endpoint();
    rz::ApiClient client(endpoint.baseUrl, endpoint.tokens.exportToken);

    const QString missing = path(u"gone/services.csv"_s);
    Outcome outcome = runDownload(client, exportOf(Kind::Services, Format::Csv), missing);
    QCOMPARE(outcome.file.kind, rz::CsvExportError::Kind::FolderMissing);
    QVERIFY(outcome.network.ok());
    QCOMPARE(outcome.userMessage(), outcome.file.userMessage());

    if (!QFileInfo(u"/dev/full"_s).exists())
        QSKIP("no /dev/full to fill");
    outcome = runDownload(client, exportOf(Kind::Assets, Format::JsonLines), u"/dev/full"_s);
    QCOMPARE(outcome.file.kind, rz::CsvExportError::Kind::DiskFull);
    QVERIFY(outcome.userMessage().contains(u"disk is full"_s));
}

void tst_ServerExport::largeExportGoesToDiskAsItArrives() {
    rz::test::TestConsole console(config(150000));
    const rz::test::ConsoleEndpoint &endpoint = console.endpoint();
    rz::ApiClient client(endpoint.baseUrl, endpoint.tokens.exportToken);
    const QString fileName = path(u"large.csv"_s);

    std::unique_ptr<rz::OrgExportDownload> download(
        client.downloadExport(exportOf(Kind::Assets, Format::Csv), fileName, nullptr));
    QSignalSpy finished(download.get(), &rz::OrgExportDownload::finished);
    // Once 8 MB are reported written, while the download still runs: the file being written (QSaveFile's
    // temporary file in the target's folder) holds at least that much, and the target does not exist yet.
    constexpr qint64 watchFrom = qint64(8) << 20;
    qint64 observed = -1;
    qint64 onDisk = -1;
    bool targetExisted = true;
    bool runningThen = false;
    connect(download.get(), &rz::OrgExportDownload::progress, this, [&](qint64 bytes) {
        if (observed >= 0 || bytes < watchFrom)
            return;
        observed = bytes;
        runningThen = download->isRunning();
        targetExisted = QFileInfo::exists(fileName);
        onDisk = largestFileIn(m_dir->path());
    });
    QVERIFY(finished.wait(Timeout));
    const Outcome outcome = finished.at(0).at(0).value<Outcome>();
    QVERIFY2(outcome.ok(), qPrintable(outcome.userMessage()));
    QVERIFY2(outcome.bytes > 5 * rz::OrgExportDownload::highWaterBytes,
             qPrintable(QString::number(outcome.bytes)));
    QCOMPARE(outcome.records, 150000);
    QCOMPARE(QFileInfo(fileName).size(), outcome.bytes);

    QVERIFY(observed >= watchFrom);
    QVERIFY(observed < outcome.bytes); // seen midway, not at the end
    QVERIFY(runningThen);
    QVERIFY(!targetExisted);
    QVERIFY2(onDisk >= observed, qPrintable(u"%1 on disk, %2 reported"_s.arg(onDisk).arg(observed)));
    // What waited in memory for the disk never came near the size of the body.
    QVERIFY2(download->peakPendingBytes() <=
                 rz::OrgExportDownload::highWaterBytes + 2 * rz::ApiRequest::streamBufferBytes,
             qPrintable(QString::number(download->peakPendingBytes())));
    QCOMPARE(entries(m_dir->path()), QStringList{u"large.csv"_s});
}

void tst_ServerExport::slowDiskHoldsTheNetworkBack_data() {
    QTest::addColumn<int>("timeoutMs"); // the client's silence timeout (0: the default)
    QTest::addColumn<int>("pauseMs");   // how long the disk reads nothing once the download has paused
    QTest::newRow("short pause") << 0 << 300;
    // The network is silent because the client stopped reading, not because the console did: no timeout.
    QTest::newRow("pause longer than the timeout") << 500 << 2000;
}

void tst_ServerExport::slowDiskHoldsTheNetworkBack() {
    QFETCH(int, timeoutMs);
    QFETCH(int, pauseMs);
    // The "disk" is a named pipe that nobody reads at first: the writer cannot even open it, so everything
    // that arrives waits in memory, until the download stops reading from the network.
    const QString fifo = path(u"pipe.csv"_s);
    QVERIFY(::mkfifo(QFile::encodeName(fifo).constData(), 0600) == 0);
    rz::test::TestConsole console(config(150000));
    const rz::test::ConsoleEndpoint &endpoint = console.endpoint();
    const SimReply expected =
        rawGet(endpoint.baseUrl, endpoint.tokens.exportToken, u"export/org/assets.csv"_s);
    QCOMPARE(expected.status, 200);
    QVERIFY(expected.body.size() > 4 * rz::OrgExportDownload::highWaterBytes);

    rz::ApiClient client(endpoint.baseUrl, endpoint.tokens.exportToken);
    if (timeoutMs > 0)
        client.setTimeoutMs(timeoutMs);
    std::unique_ptr<rz::OrgExportDownload> download(
        client.downloadExport(exportOf(Kind::Assets, Format::Csv), fifo, nullptr));
    QSignalSpy finished(download.get(), &rz::OrgExportDownload::finished);
    const qint64 bound = rz::OrgExportDownload::highWaterBytes + 2 * rz::ApiRequest::streamBufferBytes;
    QTRY_VERIFY_WITH_TIMEOUT(download->peakPendingBytes() > rz::OrgExportDownload::highWaterBytes, Timeout);
    QTest::qWait(pauseMs); // room for more to pile up, if anything did
    QVERIFY2(download->bytesReceived() <= bound, qPrintable(QString::number(download->bytesReceived())));
    QVERIFY(download->isRunning());
    QVERIFY(finished.isEmpty());

    // Now the disk reads, slowly: the rest of the body follows as the pipe drains.
    std::atomic<qint64> read{0};
    std::thread reader([&read, name = QFile::encodeName(fifo)] {
        const int fd = ::open(name.constData(), O_RDONLY);
        if (fd < 0)
            return;
        char buffer[64 * 1024];
        for (;;) {
            const ssize_t n = ::read(fd, buffer, sizeof buffer);
            if (n <= 0)
                break;
            read += n;
        }
        ::close(fd);
    });
    const bool done = finished.wait(Timeout);
    reader.join();
    QVERIFY(done);
    const Outcome outcome = finished.at(0).at(0).value<Outcome>();
    QVERIFY2(outcome.ok(), qPrintable(outcome.userMessage()));
    QCOMPARE(outcome.bytes, expected.body.size());
    QCOMPARE(read.load(), expected.body.size());
    QVERIFY2(download->peakPendingBytes() <= bound,
             qPrintable(QString::number(download->peakPendingBytes())));
}

QTEST_MAIN(tst_ServerExport)
#include "tst_serverexport.moc"
