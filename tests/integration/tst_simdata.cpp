// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: rzconsole contributors
//
// The simulated console serving a real runZero export (--data): the sample's assets byte for byte, with
// fields, search and paging working on them, from a .json array and from .jsonl.

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

QString sharedSample(const char *name) {
    const QString root = qEnvironmentVariable("RZ_SOURCE_DIR");
    return root.isEmpty() ? QString() : root + u"/../shared/runzero/samples/"_s + QLatin1StringView(name);
}

} // namespace

class tst_SimData : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void dataFileIsServedExactly();
    void dataFileAsJsonLines();
    void unreadableDataFileFailsToListen();

private:
    SimHttp m_http;
};

void tst_SimData::initTestCase() {
    // These tests are about the simulator itself: never an external console.
    qunsetenv("RZ_TEST_BASE_URL");
}

void tst_SimData::dataFileIsServedExactly() {
    const QString path = sharedSample("lab-assets-export.json");
    QVERIFY2(!path.isEmpty(), "RZ_SOURCE_DIR is not set");
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QJsonArray original = QJsonDocument::fromJson(file.readAll()).array();
    QCOMPARE(original.size(), 3);

    SimConfig config = simExportConfig();
    config.dataFile = path;
    TestConsole console(config);
    const auto &endpoint = console.endpoint();
    QVERIFY(endpoint.baseUrl.isValid());
    QCOMPARE(m_http.exportedAssets(endpoint), original);

    const SimReply ages = m_http.get(
        apiUrl(endpoint.baseUrl, u"/export/org/assets.json"_s, {{u"fields"_s, u"id,newest_mac_age"_s}}),
        endpoint.tokens.exportToken);
    QVERIFY(ages.body.contains("1501286400000000000")); // above 2^53, byte for byte
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

    const auto count = [&](const QString &search) { return m_http.exportedAssets(endpoint, search).size(); };
    QCOMPARE(count(u"type:router"_s), 1);
    QCOMPARE(count(u"site:primary alive:true"_s), 3);
    QCOMPARE(count(u"address:10.0.0.0/24 AND os:linux"_s), 2);
    QCOMPARE(count(u"tag:category=bacnet"_s), 1);

    const QString id = idsOf(original).at(1);
    const SimReply one =
        m_http.get(apiUrl(endpoint.baseUrl, u"/org/assets/"_s + id), endpoint.tokens.organizationToken);
    QCOMPARE(one.object(), original.at(1).toObject());
}

void tst_SimData::dataFileAsJsonLines() {
    const QString path = sharedSample("fields-limited-asset.json");
    QVERIFY2(!path.isEmpty(), "RZ_SOURCE_DIR is not set");
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QJsonArray original = QJsonDocument::fromJson(file.readAll()).array();
    QCOMPARE(original.size(), 1);

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QFile lines(dir.filePath(u"assets.jsonl"_s));
    QVERIFY(lines.open(QIODevice::WriteOnly));
    lines.write(QJsonDocument(original.at(0).toObject()).toJson(QJsonDocument::Compact) + "\n\n");
    lines.close();

    SimConfig config = simExportConfig();
    config.dataFile = lines.fileName();
    TestConsole console(config);
    QVERIFY(console.endpoint().baseUrl.isValid());
    const QJsonArray all = m_http.exportedAssets(console.endpoint());
    QCOMPARE(all, original);
    QVERIFY(all.at(0).toObject().value("service_ports_tcp"_L1).isNull());
    const SimReply vmware =
        m_http.get(apiUrl(console.endpoint().baseUrl, u"/export/org/assets.json"_s,
                          {{u"search"_s, u"hw:vmware name:MX-MTY"_s}, {u"page_size"_s, u"5"_s}}),
                   console.endpoint().tokens.exportToken);
    QCOMPARE(vmware.object().value("assets"_L1).toArray().size(), 1);
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
