// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: rzconsole contributors
//
// The simulated console serving a real runZero export (--data): the sample's assets byte for byte, with
// fields, search and paging working on them, from a .json array and from .jsonl.

#include "support/ExportShapedAssets.h"
#include "support/ReferenceFiles.h"
#include "support/SimHttp.h"
#include "support/TestConsole.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace rz::test;
using rz::sim::SimConfig;

namespace {

// The assets of a .json array file.
QJsonArray assetsIn(const QString &path) {
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QJsonDocument::fromJson(file.readAll()).array() : QJsonArray();
}

} // namespace

class tst_SimData : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void dataFileIsServedExactly();
    void exportShapedFileIsServedExactly();
    void dataFileAsJsonLines();
    void exportShapedAssetAsJsonLines();
    void unreadableDataFileFailsToListen();

private:
    // The file's assets served byte for byte, by pages of one, and each through /org/assets/{id}; `bigNumber`
    // is an integer above 2^53 that newest_mac_age carries in the first asset.
    void checkServedExactly(const rz::test::ConsoleEndpoint &endpoint, const QJsonArray &original,
                            const QByteArray &bigNumber);
    // The asset, written alone as JSON Lines (with an empty line after it), served as it was.
    void checkJsonLines(const QJsonObject &asset, const QString &search);

    SimHttp m_http;
};

void tst_SimData::initTestCase() {
    // These tests are about the simulator itself: never an external console.
    qunsetenv("RZ_TEST_BASE_URL");
}

void tst_SimData::checkServedExactly(const rz::test::ConsoleEndpoint &endpoint, const QJsonArray &original,
                                     const QByteArray &bigNumber) {
    QVERIFY(endpoint.baseUrl.isValid());
    QCOMPARE(m_http.exportedAssets(endpoint), original);

    const SimReply ages = m_http.get(
        apiUrl(endpoint.baseUrl, u"/export/org/assets.json"_s, {{u"fields"_s, u"id,newest_mac_age"_s}}),
        endpoint.tokens.exportToken);
    QVERIFY(ages.body.contains(bigNumber)); // above 2^53, byte for byte
    QCOMPARE(ages.array().at(0).toObject().keys(), (QStringList{u"id"_s, u"newest_mac_age"_s}));

    QStringList paged;
    QString key;
    for (int guard = 0; guard < 10; ++guard) {
        SimQuery query{{u"page_size"_s, u"1"_s}};
        if (!key.isEmpty())
            query.append({u"start_key"_s, key});
        const QJsonObject page = m_http
                                     .get(apiUrl(endpoint.baseUrl, u"/export/org/assets.json"_s, query),
                                          endpoint.tokens.exportToken)
                                     .object();
        paged += idsOf(page.value("assets"_L1).toArray());
        key = page.value("next_key"_L1).toString();
        if (key.isEmpty())
            break;
    }
    QCOMPARE(paged, idsOf(original));

    for (const QString &id : idsOf(original)) {
        const SimReply one =
            m_http.get(apiUrl(endpoint.baseUrl, u"/org/assets/"_s + id), endpoint.tokens.organizationToken);
        QCOMPARE(one.object().value("id"_L1).toString(), id);
        QCOMPARE(one.object(), original.at(idsOf(original).indexOf(id)).toObject());
    }
}

void tst_SimData::dataFileIsServedExactly() {
    RZ_NEED_REFERENCE_FILE(reference::labExport);
    const QString path = referencePath(reference::labExport);
    const QJsonArray original = assetsIn(path);
    QCOMPARE(original.size(), 3);

    SimConfig config = simExportConfig();
    config.dataFile = path;
    TestConsole console(config);
    const auto &endpoint = console.endpoint();
    checkServedExactly(endpoint, original, "1501286400000000000");
    if (QTest::currentTestFailed())
        return;

    const auto count = [&](const QString &search) { return m_http.exportedAssets(endpoint, search).size(); };
    QCOMPARE(count(u"type:router"_s), 1);
    QCOMPARE(count(u"site:primary alive:true"_s), 3);
    QCOMPARE(count(u"address:10.0.0.0/24 AND os:linux"_s), 2);
    QCOMPARE(count(u"tag:category=bacnet"_s), 1);
}

// The same on the project's own export-shaped assets (one of several hundred KB).
void tst_SimData::exportShapedFileIsServedExactly() {
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"assets.json"_s);
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(exportShapedAssets());
    file.close();
    const QJsonArray original = assetsIn(path);
    QCOMPARE(original.size(), 3);

    SimConfig config = simExportConfig();
    config.dataFile = path;
    TestConsole console(config);
    const auto &endpoint = console.endpoint();
    checkServedExactly(endpoint, original, "1501286400000000000");
    if (QTest::currentTestFailed())
        return;

    const auto count = [&](const QString &search) { return m_http.exportedAssets(endpoint, search).size(); };
    QCOMPARE(count(u"type:firewall"_s), 1);
    QCOMPARE(count(u"alive:true"_s), 2);
    QCOMPARE(count(u"tag:zone=dmz"_s), 1);
    QCOMPARE(count(u"address:10.20.0.0/24 AND os:linux"_s), 1);
}

void tst_SimData::checkJsonLines(const QJsonObject &asset, const QString &search) {
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QFile lines(dir.filePath(u"assets.jsonl"_s));
    QVERIFY(lines.open(QIODevice::WriteOnly));
    lines.write(QJsonDocument(asset).toJson(QJsonDocument::Compact) + "\n\n");
    lines.close();

    SimConfig config = simExportConfig();
    config.dataFile = lines.fileName();
    TestConsole console(config);
    QVERIFY(console.endpoint().baseUrl.isValid());
    const QJsonArray all = m_http.exportedAssets(console.endpoint());
    QCOMPARE(all, QJsonArray{asset});
    QVERIFY(all.at(0).toObject().value("service_ports_tcp"_L1).isNull());
    const SimReply found = m_http.get(apiUrl(console.endpoint().baseUrl, u"/export/org/assets.json"_s,
                                             {{u"search"_s, search}, {u"page_size"_s, u"5"_s}}),
                                      console.endpoint().tokens.exportToken);
    QCOMPARE(found.object().value("assets"_L1).toArray().size(), 1);
}

void tst_SimData::dataFileAsJsonLines() {
    RZ_NEED_REFERENCE_FILE(reference::fieldsLimitedAsset);
    const QJsonArray original = assetsIn(referencePath(reference::fieldsLimitedAsset));
    QCOMPARE(original.size(), 1);
    checkJsonLines(original.at(0).toObject(), u"hw:vmware name:MX-MTY"_s);
}

void tst_SimData::exportShapedAssetAsJsonLines() {
    const QJsonArray original = QJsonDocument::fromJson(exportShapedAssets()).array();
    QCOMPARE(original.size(), 3);
    checkJsonLines(original.at(1).toObject(), u"hw:vmware name:BRANCH-WLC"_s);
}

void tst_SimData::unreadableDataFileFailsToListen() {
    SimConfig config = simExportConfig();
    config.dataFile = u"no-such-directory/assets.json"_s;
    rz::sim::SimServer server(config);
    QVERIFY(!server.listen());
    QVERIFY(server.errorString().contains(config.dataFile));
}

QTEST_GUILESS_MAIN(tst_SimData)
#include "tst_simdata.moc"
