// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: rzconsole contributors
#include "json/ErrorBodyParser.h"
#include "json/OrganizationParser.h"
#include "json/SiteParser.h"

#include <QTest>

using namespace Qt::StringLiterals;

namespace rz {

class TestJsonParsers final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void organizations() {
        const QByteArray body = R"([
            {"id":"o-1","name":"Lab","description":"Test labs","asset_count":120,"project":false,"inactive":false,
             "created_at":1576300370,"unknown":{"deep":[1,2,3]}},
            {"id":"o-2","name":"Project X","project":true,"inactive":true,"asset_count":18014398509481984},
            {"id":"o-3","name":null,"description":null,"asset_count":null,"project":null,"inactive":"true"},
            {"name":"no id"}, null, 5, "x",
            {"id":"o-4","name":42,"asset_count":"77"}
        ])"_ba;
        const Result<QList<Organization>> result = json::parseOrganizations(body);
        QVERIFY2(result.ok(), qPrintable(result.error.userMessage()));
        const QList<Organization> &orgs = result.value;
        QCOMPARE(orgs.size(), 4);
        QCOMPARE(orgs[0].id, u"o-1"_s);
        QCOMPARE(orgs[0].name, u"Lab"_s);
        QCOMPARE(orgs[0].description, u"Test labs"_s);
        QCOMPARE(orgs[0].assetCount, 120);
        QVERIFY(!orgs[0].project);
        QVERIFY(!orgs[0].inactive);
        QVERIFY(orgs[1].project);
        QVERIFY(orgs[1].inactive);
        QCOMPARE(orgs[1].assetCount, Q_INT64_C(18014398509481984)); // 2^54 survives as a double
        QCOMPARE(orgs[2].name, QString());
        QCOMPARE(orgs[2].assetCount, -1);
        QVERIFY(orgs[2].inactive);
        QCOMPARE(orgs[3].id, u"o-4"_s);
        QCOMPARE(orgs[3].name, u"42"_s);
        QCOMPARE(orgs[3].assetCount, 77);
    }

    void organizationsEmpty() {
        const Result<QList<Organization>> result = json::parseOrganizations("[]"_ba);
        QVERIFY(result.ok());
        QVERIFY(result.value.isEmpty());
    }

    void oneOrganization() {
        const Result<Organization> result = json::parseOrganization(
            R"({"id":"o-9","name":"Solo","asset_count":3,"download_token":"DTx"})"_ba);
        QVERIFY(result.ok());
        QCOMPARE(result.value.id, u"o-9"_s);
        QCOMPARE(result.value.name, u"Solo"_s);
        QCOMPARE(result.value.assetCount, 3);

        QCOMPARE(json::parseOrganization(R"({"name":"no id"})"_ba).error.kind, ApiError::Kind::Malformed);
        QCOMPARE(json::parseOrganization(R"([{"id":"o"}])"_ba).error.kind, ApiError::Kind::Malformed);
    }

    void sites() {
        const QByteArray body = R"([
            {"id":"s-1","name":"Primary","description":"HQ","scope":"10.0.0.0/24\n10.0.1.0/24","excludes":"10.0.0.5",
             "subnets":{"10.0.0.0/24":{"tags":{}}},"asset_count":9},
            {"id":"s-2","name":"Empty","scope":null,"excludes":null},
            {"name":"no id"}
        ])"_ba;
        const Result<QList<Site>> result = json::parseSites(body);
        QVERIFY(result.ok());
        QCOMPARE(result.value.size(), 2);
        QCOMPARE(result.value[0].id, u"s-1"_s);
        QCOMPARE(result.value[0].name, u"Primary"_s);
        QCOMPARE(result.value[0].description, u"HQ"_s);
        QCOMPARE(result.value[0].scope, u"10.0.0.0/24\n10.0.1.0/24"_s);
        QCOMPARE(result.value[0].excludes, u"10.0.0.5"_s);
        QCOMPARE(result.value[0].assetCount, 9);
        QCOMPARE(result.value[1].scope, QString());
        QCOMPARE(result.value[1].assetCount, -1);
    }

    void malformedBodies_data() {
        QTest::addColumn<QByteArray>("body");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("spaces") << "  \n"_ba;
        QTest::newRow("html") << "<html><body>Login</body></html>"_ba;
        QTest::newRow("truncated") << "[{\"id\":\"o-1\",\"name\":\"La"_ba;
        QTest::newRow("object") << R"({"id":"o-1"})"_ba;
        QTest::newRow("null") << "null"_ba;
        QTest::newRow("number") << "12"_ba;
    }

    void malformedBodies() {
        QFETCH(QByteArray, body);
        const Result<QList<Organization>> orgs = json::parseOrganizations(body);
        QCOMPARE(orgs.error.kind, ApiError::Kind::Malformed);
        QVERIFY(orgs.value.isEmpty());
        QVERIFY(!orgs.error.detail.isEmpty());
        const Result<QList<Site>> sites = json::parseSites(body);
        QCOMPARE(sites.error.kind, ApiError::Kind::Malformed);
        QVERIFY(sites.value.isEmpty());
    }

    void errorBodies_data() {
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("message");
        QTest::addColumn<QStringList>("possible");
        QTest::addColumn<QString>("provided");

        const auto row = [](const char *name, int status, const QByteArray &body, ApiError::Kind kind,
                            const QString &message, const QStringList &possible = {},
                            const QString &provided = {}) {
            QTest::newRow(name) << status << body << int(kind) << message << possible << provided;
        };
        using K = ApiError::Kind;
        row("problem 400", 400,
            "{\"title\":\"Bad Request\",\"status\":400,\"detail\":\"invalid search: unexpected )\"}"_ba,
            K::BadRequest, u"invalid search: unexpected )"_s);
        row("problem title only", 404, R"({"title":"Not Found","status":404})"_ba, K::NotFound,
            u"Not Found"_s);
        row("problem 422", 422, R"({"title":"Unprocessable","detail":"bad field"})"_ba, K::BadRequest,
            u"bad field"_s);
        row("problem 401", 401, R"({"title":"Unauthorized","status":401,"detail":"invalid token"})"_ba,
            K::Unauthorized, u"invalid token"_s);
        row("problem 403", 403, R"({"title":"Forbidden","detail":"license expired"})"_ba, K::Forbidden,
            u"license expired"_s);
        row("problem 500", 500, R"({"title":"Internal Server Error","status":500})"_ba, K::Server,
            u"Internal Server Error"_s);
        row("problem 503", 503, R"({"detail":"maintenance"})"_ba, K::Server, u"maintenance"_s);
        row("rate limited", 429, R"({"error":"request limit exceeded"})"_ba, K::RateLimited,
            u"request limit exceeded"_s);
        row("rate limited plain", 429, "request limit exceeded\n"_ba, K::RateLimited,
            u"request limit exceeded"_s);
        row("wrong token kind", 403,
            R"({"error":"token type not allowed","possible_token_types":["account","organization"],
                "provided_token_type":"export"})"_ba,
            K::WrongTokenKind, u"token type not allowed"_s, QStringList{u"account"_s, u"organization"_s},
            u"export"_s);
        row("wrong token kind 401", 401,
            R"({"error":"x","possible_token_types":["CT"],"provided_token_type":"OT"})"_ba, K::WrongTokenKind,
            u"x"_s, QStringList{u"CT"_s}, u"OT"_s);
        row("token types as text", 401, R"({"error":"no","possible_token_types":"account, oauth"})"_ba,
            K::WrongTokenKind, u"no"_s, QStringList{u"account"_s, u"oauth"_s});
        row("token types with junk", 403, R"({"possible_token_types":[null,"",7,"export"]})"_ba,
            K::WrongTokenKind, QString(), QStringList{u"7"_s, u"export"_s});
        row("empty token types", 403, R"({"error":"denied","possible_token_types":[]})"_ba, K::Forbidden,
            u"denied"_s);
        row("message field", 400, R"({"message":"nope"})"_ba, K::BadRequest, u"nope"_s);
        row("detail wins", 400, R"({"title":"T","error":"E","detail":"D"})"_ba, K::BadRequest, u"D"_s);
        row("empty body", 500, QByteArray(), K::Server, QString());
        row("html body", 502, "<html><head><title>502 Bad Gateway</title></head></html>"_ba, K::Server,
            QString());
        row("garbage", 400, "\x01\x02\xff garbage"_ba, K::BadRequest, QString());
        row("truncated json", 400, "{\"title\":\"Bad"_ba, K::BadRequest, QString());
        row("json array", 400, R"(["a"])"_ba, K::BadRequest, QString());
        row("multi-line text", 400, "line one\nline two"_ba, K::BadRequest, QString());
        row("long text", 400, QByteArray(1000, 'x'), K::BadRequest, QString());
        row("wrong types", 404, R"({"title":5,"detail":{"a":1}})"_ba, K::NotFound, u"5"_s);
        row("teapot", 418, "{}"_ba, K::BadRequest, QString());
        row("unexpected status", 302, "{}"_ba, K::Malformed, QString());
    }

    void errorBodies() {
        QFETCH(int, status);
        QFETCH(QByteArray, body);
        QFETCH(int, kind);
        QFETCH(QString, message);
        QFETCH(QStringList, possible);
        QFETCH(QString, provided);
        const ApiError error = json::errorFromHttpResponse(status, body);
        QCOMPARE(int(error.kind), kind);
        QCOMPARE(error.httpStatus, status);
        QCOMPARE(error.serverMessage, message);
        QCOMPARE(QStringList(error.possibleTokenTypes), possible);
        QCOMPARE(error.providedTokenType, provided);
        QVERIFY(!error.ok());
        QVERIFY(!error.userMessage().isEmpty());
        if (!message.isEmpty() && error.kind != ApiError::Kind::WrongTokenKind)
            QVERIFY2(error.userMessage().contains(message), qPrintable(error.userMessage()));
    }
};

} // namespace rz

QTEST_GUILESS_MAIN(rz::TestJsonParsers)
#include "tst_jsonparsers.moc"
