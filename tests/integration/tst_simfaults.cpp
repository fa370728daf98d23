// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: rzconsole contributors
//
// Fault injection of the simulated console, through the C++ API and the rzconsole-sim command line: 5xx and
// 429 every Nth request, connections dropped mid-body, truncated and malformed bodies (buffered pages and
// streamed exports), added latency, and that faults touch authenticated API routes only.

#include "support/SimHttp.h"
#include "support/TestConsole.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonObject>
#include <QNetworkReply>
#include <QProcess>
#include <QRegularExpression>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace rz::test;
using rz::sim::SimConfig;

namespace {

SimConfig faultConfig() {
    SimConfig config;
    config.organizations = 1;
    config.assetsPerOrganization = 300;
    return config;
}

// `path` as one page (page_size=100: a buffered body with a Content-Length) or whole (for the asset export: a
// chunked stream).
QUrl pagedUrl(const TestConsole &console, const QString &path, bool paged) {
    return apiUrl(console.endpoint().baseUrl, path,
                  paged ? SimQuery{{u"page_size"_s, u"100"_s}} : SimQuery{});
}

} // namespace

class tst_SimFaults : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void serverErrorEveryNthRequest();
    void tooManyRequestsEveryNthRequest();
    void droppedConnection_data();
    void droppedConnection();
    void truncatedBody_data();
    void truncatedBody();
    void malformedBody_data();
    void malformedBody();
    void latencyDelaysTheAnswer();
    void faultsSpareUnauthenticatedRoutes();
    void commandLineFlagsSetFaults();

private:
    SimHttp m_http;
};

void tst_SimFaults::initTestCase() {
    // These tests are about the simulator itself: never an external console.
    qunsetenv("RZ_TEST_BASE_URL");
}

void tst_SimFaults::serverErrorEveryNthRequest() {
    TestConsole console(faultConfig());
    QVERIFY(console.server());
    console.server()->setFaults({.error500Every = 3});
    const QUrl url = apiUrl(console.endpoint().baseUrl, u"/org"_s);
    QList<int> statuses;
    for (int i = 0; i < 6; ++i) {
        const SimReply reply = m_http.send("GET", url, console.endpoint().tokens.organizationToken);
        statuses.append(reply.status);
        if (reply.status == 500) {
            QCOMPARE(reply.object().value("status"_L1).toInt(), 500);
            QVERIFY(reply.headers.contains("x-api-usage-total"));
        }
    }
    QCOMPARE(statuses, (QList<int>{200, 200, 500, 200, 200, 500}));
}

void tst_SimFaults::tooManyRequestsEveryNthRequest() {
    TestConsole console(faultConfig());
    QVERIFY(console.server());
    console.server()->setFaults({.tooManyEvery = 2});
    const QUrl url = apiUrl(console.endpoint().baseUrl, u"/export/org/sites.json"_s);
    QList<int> statuses;
    for (int i = 0; i < 4; ++i) {
        const SimReply reply = m_http.send("GET", url, console.endpoint().tokens.exportToken);
        statuses.append(reply.status);
        if (reply.status == 429) {
            QVERIFY(reply.headers.value("retry-after").toInt() >= 1);
            QCOMPARE(reply.object().value("error"_L1).toString(), u"request limit exceeded"_s);
        }
    }
    QCOMPARE(statuses, (QList<int>{200, 429, 200, 429}));
}

void tst_SimFaults::droppedConnection_data() {
    QTest::addColumn<bool>("paged");
    QTest::newRow("page (Content-Length)") << true;
    QTest::newRow("stream (chunked)") << false;
}

void tst_SimFaults::droppedConnection() {
    QFETCH(bool, paged);
    TestConsole console(faultConfig());
    QVERIFY(console.server());
    const QUrl url = pagedUrl(console, u"/export/org/assets.json"_s, paged);
    console.server()->setFaults({.dropMidBodyEvery = 1});
    const SimReply dropped = m_http.send("GET", url, console.endpoint().tokens.exportToken);
    // Qt 6.4 does not always report the lost connection as an error (ApiRequest checks the length itself);
    // what matters here is that the answer really was cut off.
    QVERIFY(!dropped.parses());
    if (paged)
        QVERIFY(dropped.body.size() < dropped.headers.value("content-length").toLongLong());

    console.server()->setFaults({});
    const SimReply healthy = m_http.send("GET", url, console.endpoint().tokens.exportToken);
    QCOMPARE(healthy.error, QNetworkReply::NoError);
    QVERIFY(healthy.parses());
    QVERIFY(dropped.body.size() < healthy.body.size());
}

void tst_SimFaults::truncatedBody_data() {
    QTest::addColumn<bool>("paged");
    QTest::newRow("page") << true;
    QTest::newRow("stream") << false;
}

void tst_SimFaults::truncatedBody() {
    QFETCH(bool, paged);
    TestConsole console(faultConfig());
    QVERIFY(console.server());
    const QUrl url = pagedUrl(console, u"/export/org/assets.json"_s, paged);
    const SimReply healthy = m_http.send("GET", url, console.endpoint().tokens.exportToken);
    QVERIFY(healthy.parses());
    console.server()->setFaults({.truncateEvery = 1});
    const SimReply truncated = m_http.send("GET", url, console.endpoint().tokens.exportToken);
    QCOMPARE(truncated.error, QNetworkReply::NoError); // the HTTP framing is intact
    QCOMPARE(truncated.status, 200);
    QVERIFY(!truncated.parses());
    QVERIFY(!truncated.body.isEmpty());
    QVERIFY(truncated.body.size() < healthy.body.size());
    QVERIFY(healthy.body.startsWith(truncated.body)); // the data set is deterministic
}

void tst_SimFaults::malformedBody_data() {
    QTest::addColumn<QString>("path");
    QTest::addColumn<bool>("paged");
    QTest::newRow("page") << u"/export/org/assets.json"_s << true;
    QTest::newRow("stream") << u"/export/org/assets.json"_s << false;
    QTest::newRow("small object") << u"/org"_s << false;
}

void tst_SimFaults::malformedBody() {
    QFETCH(QString, path);
    QFETCH(bool, paged);
    TestConsole console(faultConfig());
    QVERIFY(console.server());
    const QUrl url = pagedUrl(console, path, paged);
    const SimReply healthy = m_http.send("GET", url, console.endpoint().tokens.organizationToken);
    QVERIFY(healthy.parses());
    console.server()->setFaults({.malformedEvery = 2}); // the healthy request above was the first
    QVERIFY(m_http.send("GET", url, console.endpoint().tokens.organizationToken).parses());
    const SimReply malformed = m_http.send("GET", url, console.endpoint().tokens.organizationToken);
    QCOMPARE(malformed.error, QNetworkReply::NoError);
    QCOMPARE(malformed.status, 200);
    QVERIFY(!malformed.parses());
    QVERIFY(malformed.body.size() > healthy.body.size());
}

void tst_SimFaults::latencyDelaysTheAnswer() {
    TestConsole console(faultConfig());
    QVERIFY(console.server());
    console.server()->setFaults({.latencyMs = 1500});
    const qint64 before = console.server()->requestCount();
    QNetworkReply *reply = m_http.start("GET", apiUrl(console.endpoint().baseUrl, u"/org"_s),
                                        console.endpoint().tokens.organizationToken);
    QTRY_VERIFY(console.server()->requestCount() > before); // the server has the request ...
    QVERIFY(!reply->isFinished());                          // ... and holds the answer back
    const SimReply delayed = m_http.finish(reply);
    QCOMPARE(delayed.status, 200);
    QVERIFY(delayed.parses());
}

void tst_SimFaults::faultsSpareUnauthenticatedRoutes() {
    TestConsole console(faultConfig());
    QVERIFY(console.server());
    console.server()->setFaults({.error500Every = 1});
    const auto &endpoint = console.endpoint();
    QCOMPARE(m_http.send("GET", apiUrl(endpoint.baseUrl, u"/health"_s), {}).status, 200);
    QCOMPARE(m_http.send("GET", apiUrl(endpoint.baseUrl, u"/org"_s), {}).status, 401);
    QCOMPARE(m_http
                 .postForm(apiUrl(endpoint.baseUrl, u"/account/api/token"_s),
                           oauthForm(endpoint.tokens.clientId, endpoint.tokens.clientSecret))
                 .status,
             200);
    QCOMPARE(
        m_http.send("GET", apiUrl(endpoint.baseUrl, u"/org"_s), endpoint.tokens.organizationToken).status,
        500);
}

void tst_SimFaults::commandLineFlagsSetFaults() {
    const QString program = QCoreApplication::applicationDirPath() + u"/../sim/rzconsole-sim"_s;
    if (!QFileInfo(program).isExecutable())
        QSKIP(
            "rzconsole-sim is not built next to the tests; build the rzconsole-sim target to run this test");
    QProcess process;
    process.start(program, {u"--port"_s, u"0"_s, u"--assets"_s, u"20"_s, u"--error500-every"_s, u"2"_s,
                            u"--seed"_s, u"3"_s});
    QVERIFY(process.waitForStarted());
    QByteArray output;
    QTRY_VERIFY_WITH_TIMEOUT((output += process.readAllStandardOutput()).contains("OAuth client secret"),
                             10000);
    const QRegularExpression base(u"base URL:\\s+(\\S+)"_s);
    const QRegularExpression orgToken(u"organization token:\\s+(OT[0-9A-F]{32})"_s);
    const auto baseMatch = base.match(QString::fromUtf8(output));
    const auto tokenMatch = orgToken.match(QString::fromUtf8(output));
    QVERIFY(baseMatch.hasMatch());
    QVERIFY(tokenMatch.hasMatch());
    const QUrl url(baseMatch.captured(1));
    QCOMPARE(url.host(), u"127.0.0.1"_s);
    const QUrl org = apiUrl(url, u"/org"_s);
    QCOMPARE(m_http.send("GET", org, tokenMatch.captured(1)).status, 200);
    QCOMPARE(m_http.send("GET", org, tokenMatch.captured(1)).status, 500);
    process.terminate();
    QVERIFY(process.waitForFinished(10000));
}

QTEST_GUILESS_MAIN(tst_SimFaults)
#include "tst_simfaults.moc"
