// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: rzconsole contributors
//
// The API half of connections against the simulated console: OAuth client credentials (token, renewal
// before expiry on the client's clock, one renewal while other requests wait, a 401 answered by one renewal,
// a revoked client), testConnection() for every kind of credential, and the secret never in a log line or an
// error.
#include "api/ApiClient.h"
#include "api/Clock.h"
#include "api/RateBudget.h"
#include "support/StepClock.h"
#include "support/TestConsole.h"

#include <QLoggingCategory>
#include <QMutex>
#include <QMutexLocker>
#include <QPointer>
#include <QTcpServer>
#include <QTest>

#include <algorithm>
#include <functional>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

namespace rz {

namespace {

constexpr int oauthExpiresIn = 30; // seconds: the renewal margin is a tenth, 3 s

template<class T> struct Capture {
    std::optional<Result<T>> result;
    std::function<void(const Result<T> &)> callback() {
        return [this](const Result<T> &r) { result = r; };
    }
};

// Every message logged while a test runs, with all rz.* categories at debug level.
QMutex logMutex;
QStringList logLines;
QtMessageHandler previousHandler = nullptr;

void recordMessage(QtMsgType type, const QMessageLogContext &context, const QString &message) {
    {
        const QMutexLocker lock(&logMutex);
        logLines.append(QString::fromLatin1(context.category ? context.category : "") + u' ' + message);
    }
    if (previousHandler)
        previousHandler(type, context, message);
}

} // namespace

class TestOAuth final : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<test::TestConsole> m_console;

    const test::ConsoleEndpoint &endpoint() const { return m_console->endpoint(); }
    sim::SimServer *server() const { return m_console->server(); }

    std::unique_ptr<ApiClient> oauthClient(const QString &secret = {}) {
        return std::make_unique<ApiClient>(
            endpoint().baseUrl,
            OAuthClientCredentials{endpoint().tokens.clientId,
                                   secret.isEmpty() ? endpoint().tokens.clientSecret : secret});
    }

    // Requests served by the simulator since `before`.
    qint64 servedSince(qint64 before) const { return server()->requestCount() - before; }

    static Result<QList<Organization>> organizations(ApiClient &client, QObject *context) {
        Capture<QList<Organization>> orgs;
        client.fetchOrganizations(context, orgs.callback());
        if (!QTest::qWaitFor([&] { return orgs.result.has_value(); }, 20000))
            return {{}, ApiError::make(ApiError::Kind::Timeout)};
        return *orgs.result;
    }

    Result<ConnectionReport> test(ApiClient &client) {
        Capture<ConnectionReport> report;
        client.testConnection(this, report.callback());
        if (!QTest::qWaitFor([&] { return report.result.has_value(); }, 20000))
            return {{}, ApiError::make(ApiError::Kind::Timeout)};
        return *report.result;
    }

private Q_SLOTS:
    void initTestCase() {
        sim::SimConfig config = rz::test::simulatedData(5, 3, 50, 2);
        config.oauthExpiresIn = oauthExpiresIn;
        config.dailyLimit = 777;
        m_console = std::make_unique<test::TestConsole>(config);
        if (!server())
            QSKIP("token expiry and request counts need the simulated console");
        QVERIFY(endpoint().baseUrl.isValid());
        QVERIFY(!endpoint().tokens.clientSecret.isEmpty());
        QLoggingCategory::setFilterRules(u"rz.*.debug=true"_s);
        previousHandler = qInstallMessageHandler(recordMessage);
    }

    void cleanupTestCase() {
        qInstallMessageHandler(previousHandler);
        const QMutexLocker lock(&logMutex);
        const QString secret = m_console ? endpoint().tokens.clientSecret : QString();
        QVERIFY(!logLines.isEmpty());                       // requests were logged ...
        for (const QString &line : std::as_const(logLines)) // ... and never with the secret
            QVERIFY2(secret.isEmpty() || !line.contains(secret), qPrintable(line));
    }

    void tokenThenRequests() {
        const auto client = oauthClient();
        QCOMPARE(client->credentialKind(), CredentialKind::OAuthClient);
        const qint64 before = server()->requestCount();
        const Result<QList<Organization>> orgs = organizations(*client, this);
        QVERIFY2(orgs.ok(), qPrintable(orgs.error.userMessage()));
        QCOMPARE(orgs.value.size(), 3);
        QCOMPARE(servedSince(before), 2); // the token, then the list

        // Organization requests carry _oid, as for an account token (the simulator insists on it).
        client->setOrganizationId(endpoint().tokens.organizationId);
        Capture<QList<Site>> sites;
        client->fetchSites(this, sites.callback());
        QTRY_VERIFY(sites.result.has_value());
        QVERIFY2(sites.result->ok(), qPrintable(sites.result->error.userMessage()));
        QCOMPARE(sites.result->value.size(), 2);
        QCOMPARE(client->rateBudget().snapshot().limit.value_or(-1), 777); // the /org/key seed or headers
    }

    void oneTokenRequestWhileOthersWait() {
        const auto client = oauthClient();
        const qint64 before = server()->requestCount();
        QList<std::shared_ptr<Capture<QList<Organization>>>> captures;
        for (int i = 0; i < 4; ++i) {
            captures.append(std::make_shared<Capture<QList<Organization>>>());
            client->fetchOrganizations(this, captures.last()->callback());
        }
        for (const auto &capture : std::as_const(captures)) {
            QTRY_VERIFY(capture->result.has_value());
            QVERIFY(capture->result->ok());
        }
        QCOMPARE(servedSince(before), 5); // one token for four requests
    }

    void renewedBeforeItExpires() {
        StepClock clock;
        const auto client = oauthClient();
        client->setClock(&clock);
        qint64 before = server()->requestCount();
        QVERIFY(organizations(*client, this).ok());
        QCOMPARE(servedSince(before), 2);

        // 26 s into a 30 s token: still outside the 3 s margin, no renewal.
        clock.advance(26s);
        server()->advanceClock(26);
        before = server()->requestCount();
        QVERIFY(organizations(*client, this).ok());
        QCOMPARE(servedSince(before), 1);

        // 27 s: inside the margin. The old token would still work, but the client renews first.
        clock.advance(1s);
        server()->advanceClock(1);
        before = server()->requestCount();
        QVERIFY(organizations(*client, this).ok());
        QCOMPARE(servedSince(before), 2);
    }

    void unauthorizedIsRetriedOnceWithANewToken() {
        StepClock clock;
        const auto client = oauthClient();
        client->setClock(&clock);
        QVERIFY(organizations(*client, this).ok());

        // The console's clock runs ahead: the token the client holds has expired there.
        server()->advanceClock(oauthExpiresIn + 1);
        qint64 before = server()->requestCount();
        const Result<QList<Organization>> orgs = organizations(*client, this);
        QVERIFY2(orgs.ok(), qPrintable(orgs.error.userMessage()));
        QCOMPARE(servedSince(before), 3); // 401, the token, the request again

        // The new token is used from now on.
        before = server()->requestCount();
        QVERIFY(organizations(*client, this).ok());
        QCOMPARE(servedSince(before), 1);
    }

    void revokedClientSaysSo() {
        const QString wrongSecret = u"0123456789abcdef0123456789abcdef01234567"_s;
        const auto client = oauthClient(wrongSecret);
        const qint64 before = server()->requestCount();
        Capture<QList<Organization>> first;
        Capture<QList<Organization>> second;
        client->fetchOrganizations(this, first.callback());
        client->fetchOrganizations(this, second.callback());
        QTRY_VERIFY(first.result.has_value() && second.result.has_value());
        for (const ApiError &error : {first.result->error, second.result->error}) {
            QCOMPARE(error.kind, ApiError::Kind::Unauthorized);
            QVERIFY(error.clientCredentialsRefused);
            const QString message = error.userMessage();
            QVERIFY2(message.contains("API client credentials"_L1), qPrintable(message));
            QVERIFY2(message.contains("revoked"_L1), qPrintable(message));
            for (const QString &text : {message, error.serverMessage, error.detail}) {
                QVERIFY(!text.contains(wrongSecret));
                QVERIFY(!text.contains(endpoint().tokens.clientSecret));
            }
        }
        QCOMPARE(servedSince(before), 1); // one token request; nothing was sent without a token

        const Result<ConnectionReport> report = test(*client);
        QVERIFY(report.error.clientCredentialsRefused);
    }

    void testConnectionForEveryKind() {
        const sim::SimTokens &tokens = endpoint().tokens;
        {
            ApiClient client(endpoint().baseUrl, tokens.accountToken);
            const Result<ConnectionReport> report = test(client);
            QVERIFY2(report.ok(), qPrintable(report.error.userMessage()));
            QCOMPARE(report.value.organizationCount, 3);
            QVERIFY(report.value.organizationName.isEmpty());
            QCOMPARE(report.value.usageLimit, 777);
            QVERIFY(report.value.usageToday > 0);
        }
        {
            const auto client = oauthClient();
            const Result<ConnectionReport> report = test(*client);
            QVERIFY2(report.ok(), qPrintable(report.error.userMessage()));
            QCOMPARE(report.value.organizationCount, 3);
            QCOMPARE(report.value.usageLimit, 777);
        }
        {
            ApiClient client(endpoint().baseUrl, tokens.organizationToken);
            const qint64 before = server()->requestCount();
            const Result<ConnectionReport> report = test(client);
            QVERIFY2(report.ok(), qPrintable(report.error.userMessage()));
            QCOMPARE(servedSince(before), 2); // /org and /org/key
            ApiClient lister(endpoint().baseUrl, tokens.organizationToken);
            const Result<QList<Organization>> own = organizations(lister, this);
            QVERIFY(own.ok());
            QCOMPARE(report.value.organizationName, own.value.value(0).name);
            QCOMPARE(report.value.organizationCount, -1);
            QCOMPARE(report.value.usageLimit, 777);
            QVERIFY(report.value.usageToday > 0);
        }
        {
            ApiClient client(endpoint().baseUrl, tokens.exportToken);
            const Result<ConnectionReport> report = test(client);
            QVERIFY2(report.ok(), qPrintable(report.error.userMessage()));
            QVERIFY(report.value.organizationName.isEmpty());
            QCOMPARE(report.value.organizationCount, -1);
            QCOMPARE(report.value.usageLimit, 777); // from the response headers
        }
        {
            ApiClient client(endpoint().baseUrl, tokens.downloadToken);
            const Result<ConnectionReport> report = test(client);
            QCOMPARE(report.error.kind, ApiError::Kind::WrongTokenKind);
            QVERIFY(!report.error.userMessage().contains(tokens.downloadToken));
        }
        {
            ApiClient client(endpoint().baseUrl, u"OT00000000000000000000000000000000"_s);
            const Result<ConnectionReport> report = test(client);
            QCOMPARE(report.error.kind, ApiError::Kind::Unauthorized);
            QVERIFY(!report.error.clientCredentialsRefused);
        }
    }

    void testConnectionDoesNotRetry() {
        ApiClient client(endpoint().baseUrl, endpoint().tokens.exportToken);
        sim::FaultPlan plan;
        plan.error500Every = 1;
        server()->setFaults(plan);
        const qint64 before = server()->requestCount();
        const Result<ConnectionReport> report = test(client);
        server()->setFaults({});
        QCOMPARE(report.error.kind, ApiError::Kind::Server);
        QCOMPARE(servedSince(before), 1);
    }

    void testConnectionToNowhere() {
        quint16 port = 0;
        {
            QTcpServer probe;
            QVERIFY(probe.listen(QHostAddress::LocalHost));
            port = probe.serverPort();
        }
        ApiClient client(QUrl(u"http://127.0.0.1:%1/api/v1.0"_s.arg(port)), endpoint().tokens.exportToken);
        const Result<ConnectionReport> report = test(client);
        QCOMPARE(report.error.kind, ApiError::Kind::Network);
        QVERIFY2(report.error.userMessage().contains("refused"_L1), qPrintable(report.error.userMessage()));
    }
};

} // namespace rz

QTEST_GUILESS_MAIN(rz::TestOAuth)
#include "tst_oauth.moc"
