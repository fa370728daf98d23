// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: rzconsole contributors
//
// The simulated console serving a real runZero export (--data): the sample's assets byte for byte, with
// fields, search and paging working on them, from a .json array and from .jsonl.

#include "support/TestConsole.h"

#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTemporaryDir>
#include <QTimer>
#include <QUrlQuery>
#include <QtTest>

using namespace Qt::StringLiterals;
using rz::sim::SimConfig;
using rz::test::TestConsole;

namespace {

struct Reply {
    int status = 0;
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QByteArray body;
    QByteArray contentType;

    QJsonObject object() const { return QJsonDocument::fromJson(body).object(); }
    QJsonArray array() const { return QJsonDocument::fromJson(body).array(); }
};

using Query = QList<std::pair<QString, QString>>;

QUrl apiUrl(const QUrl &base, const QString &path, const Query &query = {}) {
    QUrl url = base;
    url.setPath(base.path() + path);
    QUrlQuery q;
    for (const auto &[key, value] : query)
        q.addQueryItem(key, QString::fromLatin1(QUrl::toPercentEncoding(value)));
    if (!query.isEmpty())
        url.setQuery(q);
    return url;
}

Reply get(QNetworkAccessManager &nam, const QUrl &url, const QString &token) {
    QNetworkRequest request(url);
    request.setRawHeader("Authorization", "Bearer " + token.toLatin1());
    QNetworkReply *reply = nam.get(request);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(30000, reply,
                       &QNetworkReply::abort); // a hung server fails the test instead of blocking
    if (!reply->isFinished())
        loop.exec();
    Reply result;
    result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    result.error = reply->error();
    result.body = reply->readAll();
    result.contentType = reply->rawHeader("Content-Type");
    reply->deleteLater();
    return result;
}

QStringList ids(const QJsonArray &assets) {
    QStringList out;
    for (const auto &asset : assets)
        out.append(asset.toObject().value("id"_L1).toString());
    return out;
}

SimConfig exportConfig() {
    SimConfig config;
    config.organizations = 1;
    config.assetsPerOrganization = 600;
    config.sitesPerOrganization = 4;
    config.seed = 7;
    config.windowRequests = 1000000; // page_size=1 walks take hundreds of requests
    return config;
}

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
    QNetworkAccessManager m_nam;
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

    SimConfig config = exportConfig();
    config.dataFile = path;
    TestConsole console(config);
    const auto &endpoint = console.endpoint();
    QVERIFY(endpoint.baseUrl.isValid());
    const Reply all =
        get(m_nam, apiUrl(endpoint.baseUrl, u"/export/org/assets.json"_s), endpoint.tokens.exportToken);
    QCOMPARE(all.array(), original);

    const Reply ages =
        get(m_nam,
            apiUrl(endpoint.baseUrl, u"/export/org/assets.json"_s, {{u"fields"_s, u"id,newest_mac_age"_s}}),
            endpoint.tokens.exportToken);
    QVERIFY(ages.body.contains("1501286400000000000")); // above 2^53, byte for byte
    QCOMPARE(ages.array().at(0).toObject().keys(), (QStringList{u"id"_s, u"newest_mac_age"_s}));

    QStringList paged;
    QString key;
    for (int guard = 0; guard < 10; ++guard) {
        Query query{{u"page_size"_s, u"1"_s}};
        if (!key.isEmpty())
            query.append({u"start_key"_s, key});
        const QJsonObject page = get(m_nam, apiUrl(endpoint.baseUrl, u"/export/org/assets.json"_s, query),
                                     endpoint.tokens.exportToken)
                                     .object();
        paged += ids(page.value("assets"_L1).toArray());
        key = page.value("next_key"_L1).toString();
        if (key.isEmpty())
            break;
    }
    QCOMPARE(paged, ids(original));

    const auto count = [&](const QString &search) {
        return get(m_nam, apiUrl(endpoint.baseUrl, u"/export/org/assets.json"_s, {{u"search"_s, search}}),
                   endpoint.tokens.exportToken)
            .array()
            .size();
    };
    QCOMPARE(count(u"type:router"_s), 1);
    QCOMPARE(count(u"site:primary alive:true"_s), 3);
    QCOMPARE(count(u"address:10.0.0.0/24 AND os:linux"_s), 2);
    QCOMPARE(count(u"tag:category=bacnet"_s), 1);

    const QString id = ids(original).at(1);
    const Reply one =
        get(m_nam, apiUrl(endpoint.baseUrl, u"/org/assets/"_s + id), endpoint.tokens.organizationToken);
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

    SimConfig config = exportConfig();
    config.dataFile = lines.fileName();
    TestConsole console(config);
    QVERIFY(console.endpoint().baseUrl.isValid());
    const Reply all = get(m_nam, apiUrl(console.endpoint().baseUrl, u"/export/org/assets.json"_s),
                          console.endpoint().tokens.exportToken);
    QCOMPARE(all.array(), original);
    QVERIFY(all.array().at(0).toObject().value("service_ports_tcp"_L1).isNull());
    const Reply vmware = get(m_nam,
                             apiUrl(console.endpoint().baseUrl, u"/export/org/assets.json"_s,
                                    {{u"search"_s, u"hw:vmware name:MX-MTY"_s}, {u"page_size"_s, u"5"_s}}),
                             console.endpoint().tokens.exportToken);
    QCOMPARE(vmware.object().value("assets"_L1).toArray().size(), 1);
}

void tst_SimData::unreadableDataFileFailsToListen() {
    SimConfig config = exportConfig();
    config.dataFile = u"no-such-directory/assets.json"_s;
    rz::sim::SimServer server(config);
    QVERIFY(!server.listen());
    QVERIFY(server.errorString().contains(config.dataFile));
}

QTEST_GUILESS_MAIN(tst_SimData)
#include "tst_simdata.moc"
