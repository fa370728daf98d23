// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: rzconsole contributors
//
// The simulated console's search syntax over loopback HTTP: a table of queries whose expected results are
// computed here from the unpaged export, independently of the simulator's parser, and malformed queries
// answered with a 422 Problem that says what is wrong and where.

#include "support/SimHttp.h"
#include "support/TestConsole.h"

#include <QHostAddress>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

#include <functional>

using namespace Qt::StringLiterals;
using namespace rz::test;

namespace {

bool anyContains(const QStringList &values, const QString &needle) {
    for (const QString &value : values) {
        if (value.contains(needle, Qt::CaseInsensitive))
            return true;
    }
    return false;
}

} // namespace

class tst_SimSearch : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void searchMatchesAnIndependentFilter();
    void malformedSearchesAre422_data();
    void malformedSearchesAre422();
    void plusInAQueryIsASpace();

private:
    SimHttp m_http;
    std::unique_ptr<TestConsole> m_console;
    QJsonArray m_all;
};

void tst_SimSearch::initTestCase() {
    // These tests are about the simulator itself: never an external console.
    qunsetenv("RZ_TEST_BASE_URL");
    m_console = std::make_unique<TestConsole>(simExportConfig());
    QVERIFY(m_console->endpoint().baseUrl.isValid());
    m_all = m_http.exportedAssets(m_console->endpoint());
    QCOMPARE(m_all.size(), 600);
}

void tst_SimSearch::searchMatchesAnIndependentFilter() {
    using Predicate = std::function<bool(const QJsonObject &)>;
    const auto inSubnet = [](const QJsonObject &a, const QString &cidr) {
        const auto subnet = QHostAddress::parseSubnet(cidr);
        for (const QString &address : stringsOf(a, "addresses")) {
            if (QHostAddress(address).isInSubnet(subnet))
                return true;
        }
        return false;
    };
    const auto tagEquals = [](const QJsonObject &a, const QString &key, const QString &value) {
        const QJsonObject tags = a.value("tags"_L1).toObject();
        for (auto it = tags.begin(); it != tags.end(); ++it) {
            if (it.key().compare(key, Qt::CaseInsensitive) == 0 &&
                (value.isNull() || it.value().toString().compare(value, Qt::CaseInsensitive) == 0))
                return true;
        }
        return false;
    };
    const auto freeText = [](const QJsonObject &a, const QString &needle) {
        return anyContains(stringsOf(a, "names"), needle) || anyContains(stringsOf(a, "addresses"), needle) ||
               anyContains({textOf(a, "os"), textOf(a, "hw"), textOf(a, "type")}, needle);
    };
    const QString someId = m_all.at(123).toObject().value("id"_L1).toString();
    const QString someSite = m_all.at(5).toObject().value("site_id"_L1).toString();
    const QList<std::pair<QString, Predicate>> cases{
        {u"os:windows"_s,
         [](const QJsonObject &a) { return textOf(a, "os").contains("windows"_L1, Qt::CaseInsensitive); }},
        {u"OS:\"Windows Server\""_s,
         [](const QJsonObject &a) {
             return textOf(a, "os").contains("windows server"_L1, Qt::CaseInsensitive);
         }},
        {u"os:=\"ubuntu linux 22.04\""_s,
         [](const QJsonObject &a) {
             return textOf(a, "os").compare("Ubuntu Linux 22.04"_L1, Qt::CaseInsensitive) == 0;
         }},
        {u"type:server alive:true"_s,
         [](const QJsonObject &a) {
             return textOf(a, "type").contains("server"_L1, Qt::CaseInsensitive) &&
                    a.value("alive"_L1).toBool();
         }},
        {u"type:printer OR type:camera"_s,
         [](const QJsonObject &a) {
             return textOf(a, "type").contains("printer"_L1, Qt::CaseInsensitive) ||
                    textOf(a, "type").contains("camera"_L1, Qt::CaseInsensitive);
         }},
        {u"-alive:true"_s, [](const QJsonObject &a) { return !a.value("alive"_L1).toBool(); }},
        {u"NOT type:server AND (os:linux OR os:macos)"_s,
         [](const QJsonObject &a) {
             return !textOf(a, "type").contains("server"_L1, Qt::CaseInsensitive) &&
                    (textOf(a, "os").contains("linux"_L1, Qt::CaseInsensitive) ||
                     textOf(a, "os").contains("macos"_L1, Qt::CaseInsensitive));
         }},
        {u"address:10.16.0.0/12"_s, [&](const QJsonObject &a) { return inSubnet(a, u"10.16.0.0/12"_s); }},
        {u"address:fd7a::/16"_s, [&](const QJsonObject &a) { return inSubnet(a, u"fd7a::/16"_s); }},
        {u"address:10.0.0.12"_s,
         [](const QJsonObject &a) { return stringsOf(a, "addresses").contains(u"10.0.0.12"_s); }},
        {u"tag:owner=\"IT Operations\""_s,
         [&](const QJsonObject &a) { return tagEquals(a, u"owner"_s, u"IT Operations"_s); }},
        {u"tag:env"_s, [&](const QJsonObject &a) { return tagEquals(a, u"env"_s, QString()); }},
        {u"site:=\"Lab Zürich\""_s,
         [](const QJsonObject &a) { return textOf(a, "site_name") == u"Lab Zürich"_s; }},
        {u"site:\"lab zürich\" OR site:datacenter"_s,
         [](const QJsonObject &a) {
             return textOf(a, "site_name") == u"Lab Zürich"_s || textOf(a, "site_name") == u"Datacenter"_s;
         }},
        {u"site:"_s + someSite, [&](const QJsonObject &a) { return textOf(a, "site_id") == someSite; }},
        {u"name:rzhq"_s, [](const QJsonObject &a) { return anyContains(stringsOf(a, "names"), u"rzhq"_s); }},
        {u"hw:dell"_s,
         [](const QJsonObject &a) { return textOf(a, "hw").contains("dell"_L1, Qt::CaseInsensitive); }},
        {u"mac:00:50:56"_s,
         [](const QJsonObject &a) { return anyContains(stringsOf(a, "macs"), u"00:50:56"_s); }},
        {u"mac_vendor:apple"_s,
         [](const QJsonObject &a) { return anyContains(stringsOf(a, "mac_vendors"), u"apple"_s); }},
        {u"nas"_s, [&](const QJsonObject &a) { return freeText(a, u"nas"_s); }},
        {u"\"ws-1\" or \"fd7a:115c\""_s,
         [&](const QJsonObject &a) { return freeText(a, u"ws-1"_s) || freeText(a, u"fd7a:115c"_s); }},
        {u"id:"_s + someId, [&](const QJsonObject &a) { return textOf(a, "id") == someId; }},
        {u"risk:critical and -(type:desktop or type:laptop)"_s,
         [](const QJsonObject &a) {
             return textOf(a, "risk") == "critical"_L1 && textOf(a, "type") != "Desktop"_L1 &&
                    textOf(a, "type") != "Laptop"_L1;
         }},
    };
    for (const auto &[query, predicate] : cases) {
        qsizetype expected = 0;
        for (const auto &asset : m_all)
            expected += predicate(asset.toObject()) ? 1 : 0;
        QVERIFY2(expected > 0, qPrintable(u"the data set has no asset for: "_s + query));
        const QJsonArray found = m_http.exportedAssets(m_console->endpoint(), query);
        QVERIFY2(found.size() == expected,
                 qPrintable(u"%1: %2 found, %3 expected"_s.arg(query).arg(found.size()).arg(expected)));
        for (const auto &asset : found)
            QVERIFY2(predicate(asset.toObject()), qPrintable(query));
    }
    // A site is named whole: part of a name matches nothing.
    const SimReply partial = m_http.get(
        apiUrl(m_console->endpoint().baseUrl, u"/export/org/assets.json"_s, {{u"search"_s, u"site:lab"_s}}),
        m_console->endpoint().tokens.exportToken);
    QCOMPARE(partial.status, 200);
    QCOMPARE(partial.array().size(), 0);
}

void tst_SimSearch::malformedSearchesAre422_data() {
    QTest::addColumn<QString>("search");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("unclosed paren") << u"(os:linux OR type:server"_s << u"')'"_s;
    QTest::newRow("stray paren") << u"os:linux)"_s << u"')'"_s;
    QTest::newRow("empty parens") << u"()"_s << u"empty"_s;
    QTest::newRow("unterminated quote") << u"os:\"Windows"_s << u"quote"_s;
    QTest::newRow("dangling and") << u"os:linux AND"_s << u"AND"_s;
    QTest::newRow("leading or") << u"OR type:server"_s << u"OR"_s;
    QTest::newRow("dangling not") << u"os:linux NOT"_s << u"NOT"_s;
    QTest::newRow("dangling minus") << u"os:linux -"_s << u"character"_s;
    QTest::newRow("unknown field") << u"colour:blue"_s << u"colour"_s;
    QTest::newRow("unquoted ipv6") << u"fe80::1"_s << u"fe80"_s;
    QTest::newRow("missing value") << u"os: linux"_s << u"os"_s;
    QTest::newRow("bad alive") << u"alive:maybe"_s << u"alive"_s;
    QTest::newRow("bad cidr") << u"address:10.0.0.0/99"_s << u"CIDR"_s;
    // Found by fuzz.searchquery: Qt reads this as an IPv4 address with a 83-bit prefix (an undefined shift).
    QTest::newRow("prefix beyond the address")
        << QStringLiteral("address:3\u0000\u0000\u0000:/83") << u"CIDR"_s;
    QTest::newRow("tag without key") << u"tag:\"=x\""_s << u"tag"_s;
}

void tst_SimSearch::malformedSearchesAre422() {
    QFETCH(QString, search);
    QFETCH(QString, mentions);
    const auto &endpoint = m_console->endpoint();
    for (const QString &path : {u"/export/org/assets.json"_s, u"/export/org/assets.csv"_s}) {
        for (const bool paged : {false, true}) {
            SimQuery query{{u"search"_s, search}};
            if (paged)
                query.append({u"page_size"_s, u"10"_s});
            const SimReply reply =
                m_http.get(apiUrl(endpoint.baseUrl, path, query), endpoint.tokens.exportToken);
            QCOMPARE(reply.status, 422);
            QVERIFY(reply.contentType.startsWith("application/problem+json"));
            const QString detail = reply.object().value("detail"_L1).toString();
            QVERIFY2(detail.contains(mentions, Qt::CaseInsensitive), qPrintable(detail));
            QVERIFY2(detail.contains("character"_L1), qPrintable(detail));
        }
    }
}

// As Go's query parsing reads it: a form-encoded '+' is a space (proxies and browsers send spaces so), and
// only %2B is a plus sign.
void tst_SimSearch::plusInAQueryIsASpace() {
    const auto &endpoint = m_console->endpoint();
    const QString search = u"alive:true OR os:\"Windows\""_s;
    const QJsonArray expected = m_http.exportedAssets(endpoint, search); // spaces sent as %20
    QVERIFY(!expected.isEmpty());
    QVERIFY(expected.size() < m_all.size());

    QUrl url = apiUrl(endpoint.baseUrl, u"/export/org/assets.json"_s);
    url.setQuery(u"search=alive:true+OR+os:%22Windows%22"_s, QUrl::StrictMode);
    const SimReply plus = m_http.get(url, endpoint.tokens.exportToken);
    QCOMPARE(plus.status, 200);
    QCOMPARE(plus.array(), expected);

    // "alive:true%2BOR" is one term with a plus sign in it, not the query above.
    url.setQuery(u"search=alive:true%2BOR+os:%22Windows%22"_s, QUrl::StrictMode);
    const SimReply literal = m_http.get(url, endpoint.tokens.exportToken);
    QVERIFY(literal.status != 200 || literal.array() != expected);
}

QTEST_GUILESS_MAIN(tst_SimSearch)
#include "tst_simsearch.moc"
