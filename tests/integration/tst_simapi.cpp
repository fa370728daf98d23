// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: rzconsole contributors
//
// The simulated console's account, organization and task API over loopback HTTP: token rules, _oid, usage
// headers, the request window and the daily budget, OAuth client credentials, scan launch and task progress.

#include "support/SimHttp.h"
#include "support/TestConsole.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace rz::test;
using rz::sim::SimConfig;

namespace {

SimConfig smallConfig() {
    SimConfig config;
    config.organizations = 2;
    config.assetsPerOrganization = 40;
    config.sitesPerOrganization = 3;
    return config;
}

} // namespace

class tst_SimApi : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void healthIsPublic();
    void tokenKindsPerRouteFamily_data();
    void tokenKindsPerRouteFamily();
    void unknownAndMissingTokensGet401Problem();
    void accountTokensNeedAKnownOid();
    void organizationAndExportTokensServeTheirOrganization();
    void usageHeadersCountCalls();
    void requestWindowAnswers429WithRetryAfter();
    void dailyLimitAnswers429UntilMidnight();
    void oauthClientCredentials();
    void scanOptionsAreValidated_data();
    void scanOptionsAreValidated();
    void scanTaskProgressesWithTheClock();
    void resourceShapes();

private:
    SimHttp m_http;
};

void tst_SimApi::initTestCase() {
    // These tests are about the simulator itself: never an external console.
    qunsetenv("RZ_TEST_BASE_URL");
}

void tst_SimApi::healthIsPublic() {
    TestConsole console(smallConfig());
    QVERIFY(console.endpoint().baseUrl.isValid());
    const SimReply reply = m_http.send("GET", apiUrl(console.endpoint().baseUrl, u"/health"_s));
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.object().value("status"_L1).toString(), u"ok"_s);
    QVERIFY(!reply.object().value("version"_L1).toString().isEmpty());
    QVERIFY(!reply.headers.contains("x-api-usage-total"));
}

void tst_SimApi::tokenKindsPerRouteFamily_data() {
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("path");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("providedType");
    const QString exportPath = u"/export/org/assets.json"_s;
    const QString orgPath = u"/org/sites"_s;
    const QString accountPath = u"/account/orgs"_s;
    QTest::newRow("export on export") << u"export"_s << exportPath << 200 << QString();
    QTest::newRow("export on org") << u"export"_s << orgPath << 403 << u"export"_s;
    QTest::newRow("export on account") << u"export"_s << accountPath << 403 << u"export"_s;
    QTest::newRow("org on export") << u"org"_s << exportPath << 200 << QString();
    QTest::newRow("org on org") << u"org"_s << orgPath << 200 << QString();
    QTest::newRow("org on account") << u"org"_s << accountPath << 403 << u"organization"_s;
    QTest::newRow("account on export") << u"account"_s << exportPath << 200 << QString();
    QTest::newRow("account on org") << u"account"_s << orgPath << 200 << QString();
    QTest::newRow("account on account") << u"account"_s << accountPath << 200 << QString();
    QTest::newRow("oauth on export") << u"oauth"_s << exportPath << 200 << QString();
    QTest::newRow("oauth on org") << u"oauth"_s << orgPath << 200 << QString();
    QTest::newRow("oauth on account") << u"oauth"_s << accountPath << 200 << QString();
    QTest::newRow("download on export") << u"download"_s << exportPath << 403 << u"download"_s;
    QTest::newRow("download on org") << u"download"_s << orgPath << 403 << u"download"_s;
    QTest::newRow("download on account") << u"download"_s << accountPath << 403 << u"download"_s;
}

void tst_SimApi::tokenKindsPerRouteFamily() {
    QFETCH(QString, kind);
    QFETCH(QString, path);
    QFETCH(int, status);
    QFETCH(QString, providedType);
    TestConsole console(smallConfig());
    const auto &endpoint = console.endpoint();
    QVERIFY(endpoint.baseUrl.isValid());
    QString token;
    if (kind == "export"_L1) {
        token = endpoint.tokens.exportToken;
    } else if (kind == "org"_L1) {
        token = endpoint.tokens.organizationToken;
    } else if (kind == "account"_L1) {
        token = endpoint.tokens.accountToken;
    } else if (kind == "download"_L1) {
        token = endpoint.tokens.downloadToken;
    } else {
        const SimReply issued =
            m_http.postForm(apiUrl(endpoint.baseUrl, u"/account/api/token"_s),
                            oauthForm(endpoint.tokens.clientId, endpoint.tokens.clientSecret));
        QCOMPARE(issued.status, 200);
        token = issued.object().value("access_token"_L1).toString();
    }
    QVERIFY(!token.isEmpty());
    const bool needsOid = (kind == "account"_L1 || kind == "oauth"_L1) && !path.startsWith("/account"_L1);
    const SimQuery query = needsOid ? SimQuery{{u"_oid"_s, endpoint.tokens.organizationId}} : SimQuery{};
    const SimReply reply = m_http.send("GET", apiUrl(endpoint.baseUrl, path, query), token);
    QCOMPARE(reply.status, status);
    QVERIFY(reply.headers.contains("x-api-usage-total")); // a valid token always gets the usage headers
    if (status == 403) {
        const QJsonObject body = reply.object();
        QVERIFY(!body.value("error"_L1).toString().isEmpty());
        QCOMPARE(body.value("provided_token_type"_L1).toString(), providedType);
        const QJsonArray possible = body.value("possible_token_types"_L1).toArray();
        QVERIFY(!possible.isEmpty());
        QVERIFY(!possible.contains(providedType));
        QVERIFY(possible.contains(u"client"_s));
    } else {
        QVERIFY(QJsonDocument::fromJson(reply.body).isArray());
    }
}

void tst_SimApi::unknownAndMissingTokensGet401Problem() {
    TestConsole console(smallConfig());
    const auto &endpoint = console.endpoint();
    QVERIFY(endpoint.baseUrl.isValid());
    const QString forged = u"OT"_s + QString(32, u'0');
    for (const QString &token : {QString(), forged}) {
        for (const QString &path : {u"/org/sites"_s, u"/export/org/assets.json"_s, u"/account/orgs"_s}) {
            const SimReply reply = m_http.send("GET", apiUrl(endpoint.baseUrl, path), token);
            QCOMPARE(reply.status, 401);
            QVERIFY(reply.contentType.startsWith("application/problem+json"));
            const QJsonObject problem = reply.object();
            QCOMPARE(problem.value("status"_L1).toInt(), 401);
            QVERIFY(!problem.value("title"_L1).toString().isEmpty());
            QVERIFY(!problem.value("detail"_L1).toString().isEmpty());
            QVERIFY(!reply.headers.contains("x-api-usage-total"));
        }
    }
}

void tst_SimApi::accountTokensNeedAKnownOid() {
    TestConsole console(smallConfig());
    const auto &endpoint = console.endpoint();
    QVERIFY(endpoint.baseUrl.isValid());
    const QString token = endpoint.tokens.accountToken;

    const SimReply missing = m_http.send("GET", apiUrl(endpoint.baseUrl, u"/org/sites"_s), token);
    QCOMPARE(missing.status, 400);
    QVERIFY(missing.object().value("detail"_L1).toString().contains("_oid"_L1));

    const SimReply missingExport =
        m_http.send("GET", apiUrl(endpoint.baseUrl, u"/export/org/assets.json"_s), token);
    QCOMPARE(missingExport.status, 400);

    const QString unknownOid = u"00000000-1111-4222-8333-444444444444"_s;
    const SimReply unknown =
        m_http.send("GET", apiUrl(endpoint.baseUrl, u"/org/sites"_s, {{u"_oid"_s, unknownOid}}), token);
    QCOMPARE(unknown.status, 404);
    QVERIFY(unknown.object().value("detail"_L1).toString().contains(unknownOid));

    const QStringList ids = console.server()->organizationIds();
    QCOMPARE(ids.size(), 2);
    const SimReply orgs = m_http.send("GET", apiUrl(endpoint.baseUrl, u"/account/orgs"_s), token);
    QCOMPARE(orgs.status, 200);
    QStringList listed;
    for (const auto &org : orgs.array())
        listed.append(org.toObject().value("id"_L1).toString());
    QCOMPARE(listed, ids);

    const SimReply first =
        m_http.send("GET", apiUrl(endpoint.baseUrl, u"/org/sites"_s, {{u"_oid"_s, ids.at(0)}}), token);
    const SimReply second =
        m_http.send("GET", apiUrl(endpoint.baseUrl, u"/org/sites"_s, {{u"_oid"_s, ids.at(1)}}), token);
    QCOMPARE(first.status, 200);
    QCOMPARE(second.status, 200);
    QCOMPARE(first.array().size(), 3);
    QVERIFY(first.array().at(0).toObject().value("id"_L1) != second.array().at(0).toObject().value("id"_L1));

    const SimReply org =
        m_http.send("GET", apiUrl(endpoint.baseUrl, u"/org"_s, {{u"_oid"_s, ids.at(1)}}), token);
    QCOMPARE(org.object().value("id"_L1).toString(), ids.at(1));
}

void tst_SimApi::organizationAndExportTokensServeTheirOrganization() {
    TestConsole console(smallConfig());
    QVERIFY(console.server());
    const QUrl base = console.endpoint().baseUrl;
    const auto second = console.server()->tokens(1);
    QCOMPARE(second.organizationId, console.server()->organizationIds().at(1));
    const SimReply org = m_http.send("GET", apiUrl(base, u"/org"_s), second.organizationToken);
    QCOMPARE(org.status, 200);
    QCOMPARE(org.object().value("id"_L1).toString(), second.organizationId);
    QCOMPARE(org.object().value("asset_count"_L1).toInteger(), 40);
    const SimReply assets = m_http.send(
        "GET", apiUrl(base, u"/export/org/assets.json"_s, {{u"fields"_s, u"id"_s}}), second.exportToken);
    QCOMPARE(assets.status, 200);
    QCOMPARE(assets.array().size(), 40);
    const SimReply firstOrgAssets =
        m_http.send("GET", apiUrl(base, u"/export/org/assets.json"_s, {{u"fields"_s, u"id"_s}}),
                    console.endpoint().tokens.exportToken);
    QVERIFY(assets.array().at(0) != firstOrgAssets.array().at(0));
}

void tst_SimApi::usageHeadersCountCalls() {
    SimConfig config = smallConfig();
    config.dailyLimit = 50;
    TestConsole console(config);
    const auto &endpoint = console.endpoint();
    QVERIFY(endpoint.baseUrl.isValid());
    const SimReply first =
        m_http.send("GET", apiUrl(endpoint.baseUrl, u"/org"_s), endpoint.tokens.organizationToken);
    const SimReply second = m_http.send("GET", apiUrl(endpoint.baseUrl, u"/export/org/sites.json"_s),
                                        endpoint.tokens.exportToken);
    QCOMPARE(first.status, 200);
    QCOMPARE(second.status, 200);
    QCOMPARE(first.header("X-API-Usage-Limit"), 50);
    QCOMPARE(second.header("X-API-Usage-Total"), first.header("X-API-Usage-Total") + 1);
    QCOMPARE(second.header("X-API-Usage-Today"), first.header("X-API-Usage-Today") + 1);
    QCOMPARE(second.header("X-API-Usage-Remaining"), 50 - second.header("X-API-Usage-Today"));

    const SimReply key =
        m_http.send("GET", apiUrl(endpoint.baseUrl, u"/org/key"_s), endpoint.tokens.organizationToken);
    QCOMPARE(key.status, 200);
    QCOMPARE(key.object().value("usage_limit"_L1).toInteger(), 50);
    QCOMPARE(key.object().value("usage_today"_L1).toInteger(), key.header("X-API-Usage-Today"));
    QCOMPARE(key.object().value("type"_L1).toString(), u"org"_s);
}

void tst_SimApi::requestWindowAnswers429WithRetryAfter() {
    SimConfig config = smallConfig();
    config.windowRequests = 5;
    config.windowSeconds = 60;
    TestConsole console(config);
    const auto &endpoint = console.endpoint();
    QVERIFY(endpoint.baseUrl.isValid());
    const QUrl url = apiUrl(endpoint.baseUrl, u"/org"_s);
    for (int i = 0; i < 5; ++i)
        QCOMPARE(m_http.send("GET", url, endpoint.tokens.organizationToken).status, 200);
    const SimReply limited = m_http.send("GET", url, endpoint.tokens.organizationToken);
    QCOMPARE(limited.status, 429);
    QCOMPARE(limited.object().value("error"_L1).toString(), u"request limit exceeded"_s);
    const qint64 retryAfter = limited.header("Retry-After");
    QVERIFY(retryAfter >= 1 && retryAfter <= 60);
    // The limit is per client, not per token: another token from the same address is limited too.
    QCOMPARE(
        m_http.send("GET", apiUrl(endpoint.baseUrl, u"/export/org/sites.json"_s), endpoint.tokens.exportToken)
            .status,
        429);
    console.server()->advanceClock(61);
    QCOMPARE(m_http.send("GET", url, endpoint.tokens.organizationToken).status, 200);
}

void tst_SimApi::dailyLimitAnswers429UntilMidnight() {
    SimConfig config = smallConfig();
    config.dailyLimit = 3;
    TestConsole console(config);
    const auto &endpoint = console.endpoint();
    QVERIFY(endpoint.baseUrl.isValid());
    const QUrl url = apiUrl(endpoint.baseUrl, u"/org"_s);
    for (int i = 0; i < 3; ++i)
        QCOMPARE(m_http.send("GET", url, endpoint.tokens.organizationToken).status, 200);
    const SimReply limited = m_http.send("GET", url, endpoint.tokens.organizationToken);
    QCOMPARE(limited.status, 429);
    QVERIFY(limited.object().value("error"_L1).toString().contains("daily"_L1));
    QCOMPARE(limited.header("X-API-Usage-Remaining"), 0);
    const qint64 retryAfter = limited.header("Retry-After");
    QVERIFY(retryAfter >= 1 && retryAfter <= 86400);
    console.server()->advanceClock(retryAfter);
    const SimReply nextDay = m_http.send("GET", url, endpoint.tokens.organizationToken);
    QCOMPARE(nextDay.status, 200);
    QCOMPARE(nextDay.header("X-API-Usage-Today"), 1);
    QCOMPARE(nextDay.header("X-API-Usage-Total"), 4);
}

void tst_SimApi::oauthClientCredentials() {
    SimConfig config = smallConfig();
    config.oauthExpiresIn = 120;
    TestConsole console(config);
    const auto &endpoint = console.endpoint();
    QVERIFY(endpoint.baseUrl.isValid());
    const QUrl tokenUrl = apiUrl(endpoint.baseUrl, u"/account/api/token"_s);

    const SimReply issued =
        m_http.postForm(tokenUrl, oauthForm(endpoint.tokens.clientId, endpoint.tokens.clientSecret));
    QCOMPARE(issued.status, 200);
    const QJsonObject token = issued.object();
    QCOMPARE(token.value("token_type"_L1).toString(), u"Bearer"_s);
    QCOMPARE(token.value("expires_in"_L1).toInt(), 120);
    const QString access = token.value("access_token"_L1).toString();
    QVERIFY(!access.isEmpty());
    QVERIFY(access != endpoint.tokens.clientSecret);

    QCOMPARE(m_http.send("GET", apiUrl(endpoint.baseUrl, u"/account/orgs"_s), access).status, 200);
    QCOMPARE(m_http.send("GET", apiUrl(endpoint.baseUrl, u"/account/tasks/templates"_s), access).status, 200);

    const SimReply wrongSecret =
        m_http.postForm(tokenUrl, oauthForm(endpoint.tokens.clientId, u"not-the-secret"_s));
    QCOMPARE(wrongSecret.status, 401);
    QVERIFY(!wrongSecret.body.contains(endpoint.tokens.clientSecret.toLatin1()));
    const SimReply wrongGrant = m_http.postForm(
        tokenUrl, oauthForm(endpoint.tokens.clientId, endpoint.tokens.clientSecret, u"password"_s));
    QCOMPARE(wrongGrant.status, 400);

    console.server()->advanceClock(121);
    const SimReply expired = m_http.send("GET", apiUrl(endpoint.baseUrl, u"/account/orgs"_s), access);
    QCOMPARE(expired.status, 401);
    QVERIFY(expired.object().value("detail"_L1).toString().contains("expired"_L1));
}

void tst_SimApi::scanOptionsAreValidated_data() {
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("site");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("detailMentions");
    // "$CONNECTED" / "$OFFLINE" / "$TEMPLATE" are replaced with ids read from the console.
    QTest::newRow("explorer") << QByteArray(
                                     R"({"explorer":"$CONNECTED","targets":"10.0.0.0/24","rate":"1000"})")
                              << QString() << 200 << QString();
    QTest::newRow("legacy agent key")
        << QByteArray(R"({"agent":"$CONNECTED","targets":"10.0.0.1"})") << QString() << 200 << QString();
    QTest::newRow("site by name") << QByteArray(R"({"explorer":"$CONNECTED","targets":"10.0.0.1"})")
                                  << u"Datacenter"_s << 200 << QString();
    QTest::newRow("hosted zone auto")
        << QByteArray(R"({"hosted-zone-name":"auto","targets":"example.com 198.51.100.7"})") << QString()
        << 200 << QString();
    QTest::newRow("template")
        << QByteArray(R"({"explorer":"$CONNECTED","targets":"10.0.0.1","scan-template":"$TEMPLATE"})")
        << QString() << 200 << QString();
    QTest::newRow("not json") << QByteArray("targets=10.0.0.1") << QString() << 400 << u"JSON"_s;
    QTest::newRow("array body") << QByteArray(R"(["10.0.0.1"])") << QString() << 400 << u"object"_s;
    QTest::newRow("rate as number") << QByteArray(
                                           R"({"explorer":"$CONNECTED","targets":"10.0.0.1","rate":1000})")
                                    << QString() << 422 << u"rate"_s;
    QTest::newRow("missing targets") << QByteArray(R"({"explorer":"$CONNECTED"})") << QString() << 422
                                     << u"targets"_s;
    QTest::newRow("no selector") << QByteArray(R"({"targets":"10.0.0.1"})") << QString() << 422
                                 << u"explorer"_s;
    QTest::newRow("two selectors")
        << QByteArray(R"({"explorer":"$CONNECTED","hosted-zone-name":"auto","targets":"8.8.8.8"})")
        << QString() << 422 << u"only one"_s;
    QTest::newRow("unknown explorer")
        << QByteArray(R"({"explorer":"00000000-0000-4000-8000-000000000000","targets":"10.0.0.1"})")
        << QString() << 422 << u"00000000-0000-4000-8000-000000000000"_s;
    QTest::newRow("offline explorer")
        << QByteArray(R"({"explorer":"$OFFLINE","targets":"10.0.0.1"})") << QString() << 422 << u"offline"_s;
    QTest::newRow("hosted zone private target")
        << QByteArray(R"({"hosted-zone-name":"auto","targets":"192.168.1.0/24"})") << QString() << 422
        << u"192.168.1.0/24"_s;
    QTest::newRow("unknown hosted zone") << QByteArray(R"({"hosted-zone-name":"mars-1","targets":"8.8.8.8"})")
                                         << QString() << 422 << u"mars-1"_s;
    QTest::newRow("bad ports")
        << QByteArray(R"({"explorer":"$CONNECTED","targets":"10.0.0.1","tcp-ports":"22,70000"})") << QString()
        << 422 << u"tcp-ports"_s;
    QTest::newRow("bad rate text") << QByteArray(
                                          R"({"explorer":"$CONNECTED","targets":"10.0.0.1","rate":"fast"})")
                                   << QString() << 422 << u"rate"_s;
    QTest::newRow("bad boolean")
        << QByteArray(R"({"explorer":"$CONNECTED","targets":"10.0.0.1","screenshots":"yes"})") << QString()
        << 422 << u"screenshots"_s;
    QTest::newRow("unknown template")
        << QByteArray(R"({"explorer":"$CONNECTED","targets":"10.0.0.1","scan-template":"nope"})") << QString()
        << 422 << u"nope"_s;
    QTest::newRow("unknown site") << QByteArray(R"({"explorer":"$CONNECTED","targets":"10.0.0.1"})")
                                  << u"no-such-site"_s << 404 << u"no-such-site"_s;
}

void tst_SimApi::scanOptionsAreValidated() {
    QFETCH(QByteArray, body);
    QFETCH(QString, site);
    QFETCH(int, status);
    QFETCH(QString, detailMentions);
    TestConsole console(smallConfig());
    const auto &endpoint = console.endpoint();
    QVERIFY(endpoint.baseUrl.isValid());
    const QString token = endpoint.tokens.organizationToken;

    const QJsonArray explorers =
        m_http.send("GET", apiUrl(endpoint.baseUrl, u"/org/explorers"_s), token).array();
    QString connected;
    QString offline;
    for (const auto &value : explorers) {
        const QJsonObject explorer = value.toObject();
        (explorer.value("connected"_L1).toBool() ? connected : offline) = explorer.value("id"_L1).toString();
    }
    QVERIFY(!connected.isEmpty());
    QVERIFY(!offline.isEmpty());
    const QJsonArray templates = m_http
                                     .send("GET", apiUrl(endpoint.baseUrl, u"/account/tasks/templates"_s),
                                           endpoint.tokens.accountToken)
                                     .array();
    QVERIFY(!templates.isEmpty());
    body.replace("$CONNECTED", connected.toLatin1());
    body.replace("$OFFLINE", offline.toLatin1());
    body.replace("$TEMPLATE", templates.at(0).toObject().value("id"_L1).toString().toLatin1());

    if (site.isEmpty()) {
        const QJsonArray sites = m_http.send("GET", apiUrl(endpoint.baseUrl, u"/org/sites"_s), token).array();
        site = sites.at(0).toObject().value("id"_L1).toString();
    }
    const SimReply reply =
        m_http.send("PUT", apiUrl(endpoint.baseUrl, u"/org/sites/%1/scan"_s.arg(site)), token, body);
    QCOMPARE(reply.status, status);
    if (status == 200) {
        const QJsonObject task = reply.object();
        QVERIFY(!task.value("id"_L1).toString().isEmpty());
        QCOMPARE(task.value("status"_L1).toString(), u"new"_s);
        QCOMPARE(task.value("type"_L1).toString(), u"scan"_s);
        QCOMPARE(task.value("organization_id"_L1).toString(), endpoint.tokens.organizationId);
        QVERIFY(task.value("params"_L1).toObject().contains("targets"_L1));
    } else {
        QVERIFY(reply.contentType.startsWith("application/problem+json"));
        QCOMPARE(reply.object().value("status"_L1).toInt(), status);
        const QString detail = reply.object().value("detail"_L1).toString();
        QVERIFY2(detail.contains(detailMentions, Qt::CaseInsensitive), qPrintable(detail));
    }
}

void tst_SimApi::scanTaskProgressesWithTheClock() {
    TestConsole console(smallConfig());
    const auto &endpoint = console.endpoint();
    QVERIFY(endpoint.baseUrl.isValid());
    const QString oid = endpoint.tokens.organizationId;
    const QString token = endpoint.tokens.accountToken; // account token with _oid, as the console app uses it
    const auto url = [&](const QString &path) { return apiUrl(endpoint.baseUrl, path, {{u"_oid"_s, oid}}); };
    const QString site =
        m_http.send("GET", url(u"/org/sites"_s), token).array().at(0).toObject().value("id"_L1).toString();
    const SimReply created =
        m_http.send("PUT", url(u"/org/sites/%1/scan"_s.arg(site)), token,
                    R"({"hosted-zone-name":"auto","targets":"203.0.113.0/28","scan-name":"Perimeter"})");
    QCOMPARE(created.status, 200);
    const QString id = created.object().value("id"_L1).toString();
    QCOMPARE(created.object().value("name"_L1).toString(), u"Perimeter"_s);
    QVERIFY(!created.object().value("hosted_zone_id"_L1).toString().isEmpty());

    const auto status = [&] {
        return m_http.send("GET", url(u"/org/tasks/%1"_s.arg(id)), token)
            .object()
            .value("status"_L1)
            .toString();
    };
    QCOMPARE(status(), u"new"_s);
    console.server()->advanceClock(6);
    QCOMPARE(status(), u"processing"_s);
    console.server()->advanceClock(60);
    QCOMPARE(status(), u"processed"_s);

    const QJsonArray tasks = m_http.send("GET", url(u"/org/tasks"_s), token).array();
    QVERIFY(tasks.size() >= 2);
    QCOMPARE(tasks.at(0).toObject().value("id"_L1).toString(), id); // newest first
    const QJsonArray processed = m_http
                                     .send("GET",
                                           apiUrl(endpoint.baseUrl, u"/org/tasks"_s,
                                                  {{u"_oid"_s, oid}, {u"status"_s, u"processed"_s}}),
                                           token)
                                     .array();
    for (const auto &task : processed)
        QCOMPARE(task.toObject().value("status"_L1).toString(), u"processed"_s);
    QVERIFY(!processed.isEmpty());
    QCOMPARE(m_http.send("GET", url(u"/org/tasks/00000000-0000-4000-8000-000000000000"_s), token).status,
             404);
}

void tst_SimApi::resourceShapes() {
    TestConsole console(smallConfig());
    const auto &endpoint = console.endpoint();
    QVERIFY(endpoint.baseUrl.isValid());
    const QString token = endpoint.tokens.organizationToken;

    const QJsonArray sites = m_http.send("GET", apiUrl(endpoint.baseUrl, u"/org/sites"_s), token).array();
    QCOMPARE(sites.size(), 3);
    for (const auto &value : sites) {
        const QJsonObject site = value.toObject();
        for (const char *key : {"id", "name", "scope", "created_at"})
            QVERIFY2(site.contains(QLatin1StringView(key)), key);
        QVERIFY(site.value("created_at"_L1).isDouble());
        QVERIFY(site.value("subnets"_L1).isObject());
    }
    const QJsonArray exported =
        m_http
            .send("GET", apiUrl(endpoint.baseUrl, u"/export/org/sites.json"_s, {{u"fields"_s, u"id,name"_s}}),
                  endpoint.tokens.exportToken)
            .array();
    QCOMPARE(exported.size(), 3);
    QCOMPARE(exported.at(0).toObject().keys(), (QStringList{u"id"_s, u"name"_s}));

    const QJsonArray explorers =
        m_http.send("GET", apiUrl(endpoint.baseUrl, u"/org/explorers"_s), token).array();
    QVERIFY(explorers.size() >= 2);
    int connected = 0;
    for (const auto &value : explorers) {
        const QJsonObject explorer = value.toObject();
        QVERIFY(!explorer.value("id"_L1).toString().isEmpty());
        QCOMPARE(explorer.value("organization_id"_L1).toString(), endpoint.tokens.organizationId);
        QVERIFY(explorer.value("last_checkin"_L1).isDouble());
        connected += explorer.value("connected"_L1).toBool() ? 1 : 0;
    }
    QVERIFY(connected > 0 && connected < explorers.size());

    const QJsonArray zones =
        m_http.send("GET", apiUrl(endpoint.baseUrl, u"/org/hosted-zones"_s), token).array();
    QVERIFY(!zones.isEmpty());
    QVERIFY(zones.at(0).toObject().value("enabled"_L1).toBool());
    QVERIFY(!zones.at(0).toObject().value("name"_L1).toString().isEmpty());

    const SimReply templates = m_http.send("GET", apiUrl(endpoint.baseUrl, u"/account/tasks/templates"_s),
                                           endpoint.tokens.accountToken);
    QCOMPARE(templates.status, 200);
    for (const auto &value : templates.array()) {
        const QJsonObject t = value.toObject();
        for (const char *key : {"id", "global", "organization_id", "acl"})
            QVERIFY2(t.contains(QLatin1StringView(key)), key);
    }
    const SimReply wrongMethod = m_http.send("DELETE", apiUrl(endpoint.baseUrl, u"/org/sites"_s), token);
    QCOMPARE(wrongMethod.status, 405);
    const SimReply noRoute = m_http.send("GET", apiUrl(endpoint.baseUrl, u"/org/nothing-here"_s), token);
    QCOMPARE(noRoute.status, 404);
}

QTEST_GUILESS_MAIN(tst_SimApi)
#include "tst_simapi.moc"
