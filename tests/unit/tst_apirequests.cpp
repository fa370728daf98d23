// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: rzconsole contributors
//
// How requests are built: the asset export query and the transport's URL and refusal rules. Nothing is sent.
#include "api/ApiClient.h"
#include "api/ApiTransport.h"
#include "api/AssetExportQuery.h"

#include <QTest>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace rz {

namespace {

QString decoded(const QUrlQuery &query, const QString &key) {
    return query.queryItemValue(key, QUrl::FullyDecoded);
}

} // namespace

class TestApiRequests final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void searchExpression_data() {
        QTest::addColumn<QString>("search");
        QTest::addColumn<QString>("site");
        QTest::addColumn<QString>("expected");
        QTest::newRow("nothing") << QString() << QString() << QString();
        QTest::newRow("search only") << u"  os:linux  "_s << QString() << u"os:linux"_s;
        QTest::newRow("site only") << QString() << u"HQ"_s << u"site:\"HQ\""_s;
        QTest::newRow("blank search") << u"   "_s << u"HQ"_s << u"site:\"HQ\""_s;
        QTest::newRow("OR stays grouped")
            << u"os:linux OR os:windows"_s << u"Lab"_s << u"(os:linux OR os:windows) AND site:\"Lab\""_s;
        QTest::newRow("quotes in the site")
            << u"alive:t"_s << u"The \"Lab\""_s << u"(alive:t) AND site:\"The \\\"Lab\\\"\""_s;
        QTest::newRow("backslash in the site") << QString() << u"a\\b"_s << u"site:\"a\\\\b\""_s;
        QTest::newRow("unicode site") << QString() << u"Zürich Ost"_s << u"site:\"Zürich Ost\""_s;
    }

    void searchExpression() {
        QFETCH(QString, search);
        QFETCH(QString, site);
        QFETCH(QString, expected);
        QCOMPARE(assetSearchExpression(search, site), expected);
    }

    void fieldList() {
        QCOMPARE(assetFieldList({}), u"id"_s);
        QCOMPARE(assetFieldList({AssetColumn::Os, AssetColumn::TcpPorts, AssetColumn::Os}),
                 u"id,os,service_ports_tcp"_s);
        const QStringList all = assetFieldList(allAssetColumns()).split(u',');
        QCOMPARE(all.size(), qsizetype(AssetColumn::Count) + 1);
        QCOMPARE(all.first(), u"id"_s);
    }

    void exportQuery() {
        AssetQuery query;
        query.columns = {AssetColumn::Names};
        query.search = u"a+b & c=d %41"_s;
        query.pageSize = 0; // nonsense is clamped
        const QUrlQuery first = assetExportQuery(query, {});
        QCOMPARE(decoded(first, u"page_size"_s), u"1"_s);
        QCOMPARE(decoded(first, u"fields"_s), u"id,names"_s);
        QCOMPARE(decoded(first, u"search"_s), u"a+b & c=d %41"_s);
        QVERIFY(!first.hasQueryItem(u"start_key"_s));
        // Literal '+' and '%' must be escaped on the wire, or a server reads a space and a character.
        const QByteArray wire = first.toString(QUrl::FullyEncoded).toLatin1();
        QVERIFY2(wire.contains("a%2Bb"), wire.constData());
        QVERIFY2(wire.contains("%2541"), wire.constData());

        query.pageSize = 2000;
        query.search.clear();
        const QUrlQuery next = assetExportQuery(query, u"k/+=1"_s);
        QCOMPARE(decoded(next, u"page_size"_s), u"2000"_s);
        QCOMPARE(decoded(next, u"start_key"_s), u"k/+=1"_s);
        QVERIFY(!next.hasQueryItem(u"search"_s));
    }

    void areas_data() {
        QTest::addColumn<QString>("path");
        QTest::addColumn<int>("area");
        using A = ApiTransport::Area;
        QTest::newRow("account") << u"account/orgs"_s << int(A::Account);
        QTest::newRow("account slash") << u"/account/orgs"_s << int(A::Account);
        QTest::newRow("org") << u"org"_s << int(A::Organization);
        QTest::newRow("org sub") << u"org/sites"_s << int(A::Organization);
        QTest::newRow("export") << u"export/org/assets.json"_s << int(A::Export);
        QTest::newRow("organizations is not org") << u"organizations"_s << int(A::Other);
        QTest::newRow("exporter is not export") << u"exporter/x"_s << int(A::Other);
        QTest::newRow("health") << u"health"_s << int(A::Other);
    }

    void areas() {
        QFETCH(QString, path);
        QFETCH(int, area);
        QCOMPARE(int(ApiTransport::areaOf(path)), area);
    }

    void urls_data() {
        QTest::addColumn<QString>("base");
        QTest::addColumn<QString>("token");
        QTest::addColumn<QString>("organization");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("expected");
        const QString ct = u"CTabcdef0123456789abcdef0123"_s;
        const QString ot = u"OTabcdef0123456789abcdef0123"_s;
        QTest::newRow("cloud") << u"https://console.runzero.com/api/v1.0"_s << ot << QString() << u"org"_s
                               << u"https://console.runzero.com/api/v1.0/org"_s;
        QTest::newRow("trailing slash")
            << u"https://console.runzero.com/api/v1.0/"_s << ot << QString() << u"/export/org/sites.json"_s
            << u"https://console.runzero.com/api/v1.0/export/org/sites.json"_s;
        QTest::newRow("self-hosted") << u"https://rz.example.internal:8443/tools/runzero/api/v1.0"_s << ot
                                     << QString() << u"org"_s
                                     << u"https://rz.example.internal:8443/tools/runzero/api/v1.0/org"_s;
        QTest::newRow("account on export")
            << u"https://c.example/api/v1.0"_s << ct << u"o-1"_s << u"export/org/assets.json"_s
            << u"https://c.example/api/v1.0/export/org/assets.json?_oid=o-1"_s;
        QTest::newRow("account on org") << u"https://c.example/api/v1.0"_s << ct << u"o-1"_s << u"org/sites"_s
                                        << u"https://c.example/api/v1.0/org/sites?_oid=o-1"_s;
        QTest::newRow("account on account")
            << u"https://c.example/api/v1.0"_s << ct << u"o-1"_s << u"account/orgs"_s
            << u"https://c.example/api/v1.0/account/orgs"_s;
        QTest::newRow("org token never") << u"https://c.example/api/v1.0"_s << ot << u"o-1"_s << u"org"_s
                                         << u"https://c.example/api/v1.0/org"_s;
    }

    void urls() {
        QFETCH(QString, base);
        QFETCH(QString, token);
        QFETCH(QString, organization);
        QFETCH(QString, path);
        QFETCH(QString, expected);
        ApiTransport transport(QUrl(base), token, nullptr);
        transport.setOrganizationId(organization);
        QCOMPARE(transport.urlFor(path, {}).toString(QUrl::FullyEncoded), expected);
    }

    void refusals_data() {
        QTest::addColumn<QString>("token");
        QTest::addColumn<QString>("organization");
        QTest::addColumn<QString>("path");
        QTest::addColumn<bool>("refused");
        const QString et = u"ETabcdef0123456789abcdef0123"_s;
        const QString ot = u"OTabcdef0123456789abcdef0123"_s;
        const QString ct = u"CTabcdef0123456789abcdef0123"_s;
        const QString dt = u"DTabcdef0123456789abcdef0123"_s;
        QTest::newRow("export: export") << et << QString() << u"export/org/assets.json"_s << false;
        QTest::newRow("export: org") << et << QString() << u"org"_s << true;
        QTest::newRow("export: account") << et << QString() << u"account/orgs"_s << true;
        QTest::newRow("org: org") << ot << QString() << u"org"_s << false;
        QTest::newRow("org: export") << ot << QString() << u"export/org/sites.json"_s << false;
        QTest::newRow("org: account") << ot << QString() << u"account/orgs"_s << true;
        QTest::newRow("account: account") << ct << QString() << u"account/orgs"_s << false;
        QTest::newRow("account: export without org") << ct << QString() << u"export/org/sites.json"_s << true;
        QTest::newRow("account: export with org") << ct << u"o"_s << u"export/org/sites.json"_s << false;
        QTest::newRow("download: left to the server")
            << dt << QString() << u"export/org/sites.json"_s << false;
        QTest::newRow("unknown: left to the server") << u"zz-not-a-token"_s << QString() << u"org"_s << false;
    }

    void refusals() {
        QFETCH(QString, token);
        QFETCH(QString, organization);
        QFETCH(QString, path);
        QFETCH(bool, refused);
        ApiTransport transport(QUrl(u"https://c.example/api/v1.0"_s), token, nullptr);
        transport.setOrganizationId(organization);
        const std::optional<ApiError> refusal = transport.refusalFor(path);
        QCOMPARE(refusal.has_value(), refused);
        if (refusal) {
            QCOMPARE(refusal->kind, ApiError::Kind::Unsupported);
            QVERIFY(!refusal->detail.isEmpty());
            QVERIFY(!refusal->userMessage().contains(token));
        }
    }

    void clientBasics() {
        ApiClient client(QUrl(u"https://c.example/api/v1.0"_s), u"  CTabcdef0123456789abcdef0123\n"_s);
        QCOMPARE(client.credentialKind(), CredentialKind::Account);
        QCOMPARE(client.baseUrl(), QUrl(u"https://c.example/api/v1.0"_s));
        QVERIFY(client.organizationId().isEmpty());
        client.setOrganizationId(u"o-5"_s);
        QCOMPARE(client.organizationId(), u"o-5"_s);
        QVERIFY(client.networkAccessManager() != nullptr);
    }
};

} // namespace rz

QTEST_GUILESS_MAIN(rz::TestApiRequests)
#include "tst_apirequests.moc"
