// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: rzconsole contributors
//
// The connection dialog's "Test Connection" as the application wires it (ClientFactory::tester()), against
// the simulated console on loopback: what it reports for each kind of credential, and the sentences for a
// rejected credential, a wrong OAuth secret, a refused connection, TLS spoken to a plain-HTTP server, an
// unknown host and an unusable CA bundle.
#include "api/ApiClient.h"
#include "session/ClientFactory.h"
#include "sim/SimServer.h"

#include <QFile>
#include <QLocale>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

#include <memory>
#include <optional>

using namespace Qt::StringLiterals;

namespace {

constexpr int Timeout = 60000;
constexpr int Organizations = 3;

} // namespace

class tst_ConnectionTest final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void organizationToken();
    void accountToken();
    void exportToken();
    void clientCredentials();
    void failures_data();
    void failures();
    void unusableCaBundle();
    void noAnswerOnceTheAskerIsGone();
    void factoryBuildsTheRightClient();
    void describeSentences();

private:
    rz::ConnectionProfile profile(rz::CredentialKind kind) const;
    rz::ConnectionTestResult run(const rz::ConnectionProfile &profile, const QString &secret);

    std::unique_ptr<rz::sim::SimServer> m_sim;
    QTcpServer m_notTls; // answers a TLS handshake with plain text
};

void tst_ConnectionTest::initTestCase() {
    rz::sim::SimConfig config;
    config.seed = 3;
    config.organizations = Organizations;
    config.assetsPerOrganization = 50;
    config.dailyLimit = 5000;
    m_sim = std::make_unique<rz::sim::SimServer>(config);
    QVERIFY2(m_sim->listen(), qPrintable(m_sim->errorString()));
    QVERIFY(m_notTls.listen(QHostAddress::LocalHost, 0));
    connect(&m_notTls, &QTcpServer::newConnection, this, [this] {
        while (QTcpSocket *socket = m_notTls.nextPendingConnection()) {
            connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
            socket->write("HTTP/1.1 400 Bad Request\r\nContent-Length: 0\r\n\r\n");
        }
    });
}

rz::ConnectionProfile tst_ConnectionTest::profile(rz::CredentialKind kind) const {
    rz::ConnectionProfile p;
    p.name = u"Test"_s;
    p.baseUrl = m_sim->baseUrl();
    p.kind = kind;
    if (kind == rz::CredentialKind::OAuthClient)
        p.clientId = m_sim->tokens().clientId;
    return p;
}

rz::ConnectionTestResult tst_ConnectionTest::run(const rz::ConnectionProfile &p, const QString &secret) {
    std::optional<rz::ConnectionTestResult> result;
    QObject context;
    rz::ClientFactory::tester()(p, secret, &context,
                                [&result](const rz::ConnectionTestResult &r) { result = r; });
    if (result)
        return {false, u"answered inside the call"_s};
    if (!QTest::qWaitFor([&result] { return result.has_value(); }, Timeout))
        return {false, u"no answer"_s};
    return *result;
}

void tst_ConnectionTest::organizationToken() {
    const rz::ConnectionTestResult result =
        run(profile(rz::CredentialKind::Organization), m_sim->tokens(1).organizationToken);
    QVERIFY2(result.ok, qPrintable(result.message));
    // "Organization “<name>”; <used> of 5,000 API calls used today."
    QVERIFY2(result.message.startsWith(u"Organization “"_s), qPrintable(result.message));
    QVERIFY2(result.message.endsWith(u" of %1 API calls used today."_s.arg(QLocale().toString(5000))),
             qPrintable(result.message));
}

void tst_ConnectionTest::accountToken() {
    const rz::ConnectionTestResult result =
        run(profile(rz::CredentialKind::Account), m_sim->tokens().accountToken);
    QVERIFY2(result.ok, qPrintable(result.message));
    QVERIFY2(result.message.startsWith(u"3 organizations"_s), qPrintable(result.message));
}

void tst_ConnectionTest::exportToken() {
    const rz::ConnectionTestResult result =
        run(profile(rz::CredentialKind::Export), m_sim->tokens(2).exportToken);
    QVERIFY2(result.ok, qPrintable(result.message));
    QVERIFY2(!result.message.isEmpty(), "an empty sentence");
}

void tst_ConnectionTest::clientCredentials() {
    const rz::ConnectionTestResult result =
        run(profile(rz::CredentialKind::OAuthClient), m_sim->tokens().clientSecret);
    QVERIFY2(result.ok, qPrintable(result.message));
    QVERIFY2(result.message.startsWith(u"3 organizations"_s), qPrintable(result.message));
}

void tst_ConnectionTest::failures_data() {
    QTest::addColumn<int>("kind");
    QTest::addColumn<QUrl>("baseUrl"); // empty: the simulator's
    QTest::addColumn<QString>("secret");
    QTest::addColumn<QString>("expected"); // a part of the sentence

    // A port that was free a moment ago: nothing listens there now.
    QTcpServer probe;
    QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
    const quint16 closedPort = probe.serverPort();
    probe.close();
    QUrl refused(u"http://127.0.0.1/api/v1.0"_s);
    refused.setPort(closedPort);
    QUrl notTls(u"https://127.0.0.1/api/v1.0"_s);
    notTls.setPort(m_notTls.serverPort());

    const int token = int(rz::CredentialKind::Organization);
    QTest::newRow("unknown token") << token << QUrl() << u"OT0123456789ABCDEF0123456789ABCDEF"_s
                                   << u"did not accept the credential"_s;
    QTest::newRow("wrong client secret")
        << int(rz::CredentialKind::OAuthClient) << QUrl() << u"not-the-secret"_s
        << u"did not accept the API client credentials"_s;
    QTest::newRow("wrong token kind") << int(rz::CredentialKind::Download) << QUrl()
                                      << m_sim->tokens().downloadToken << u"the credential in use is"_s;
    QTest::newRow("connection refused")
        << token << refused << m_sim->tokens().organizationToken << u"could not be reached"_s;
    QTest::newRow("TLS to a server that does not speak it")
        << token << notTls << m_sim->tokens().organizationToken << u"secure connection"_s;
    QTest::newRow("unknown host") << token << QUrl(u"https://rzconsole-test.invalid/api/v1.0"_s)
                                  << m_sim->tokens().organizationToken << u"could not be reached"_s;
}

void tst_ConnectionTest::failures() {
    QFETCH(int, kind);
    QFETCH(QUrl, baseUrl);
    QFETCH(QString, secret);
    QFETCH(QString, expected);
    rz::ConnectionProfile p = profile(rz::CredentialKind(kind));
    if (!baseUrl.isEmpty())
        p.baseUrl = baseUrl;
    const rz::ConnectionTestResult result = run(p, secret);
    QVERIFY(!result.ok);
    QVERIFY2(result.message.contains(expected), qPrintable(result.message));
    QVERIFY2(!result.message.contains(secret), "the sentence repeats the secret");
}

void tst_ConnectionTest::unusableCaBundle() {
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"not-a-certificate.pem"_s);
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("this is not PEM\n");
    file.close();
    rz::ConnectionProfile p = profile(rz::CredentialKind::Organization);
    p.caBundlePath = path;
    const rz::ConnectionTestResult result = run(p, m_sim->tokens().organizationToken);
    QVERIFY(!result.ok);
    QVERIFY2(result.message.contains(u"CA bundle"_s), qPrintable(result.message));

    const rz::ClientFactory::Built built = rz::ClientFactory::create(p, m_sim->tokens().organizationToken);
    QVERIFY(!built.client);
    QCOMPARE(built.error.kind, rz::ApiError::Kind::Tls);
}

void tst_ConnectionTest::noAnswerOnceTheAskerIsGone() {
    m_sim->setFaults({.latencyMs = 200});
    bool answered = false;
    auto context = std::make_unique<QObject>();
    rz::ClientFactory::tester()(profile(rz::CredentialKind::Account), m_sim->tokens().accountToken,
                                context.get(),
                                [&answered](const rz::ConnectionTestResult &) { answered = true; });
    context.reset();
    QTest::qWait(600);
    m_sim->setFaults({});
    QVERIFY(!answered);
}

void tst_ConnectionTest::factoryBuildsTheRightClient() {
    const rz::ClientFactory::Built oauth =
        rz::ClientFactory::create(profile(rz::CredentialKind::OAuthClient), m_sim->tokens().clientSecret);
    QVERIFY(oauth.client && oauth.error.ok());
    QCOMPARE(oauth.client->credentialKind(), rz::CredentialKind::OAuthClient);
    QCOMPARE(oauth.client->baseUrl(), m_sim->baseUrl());
    QVERIFY(oauth.client->capabilities().scanTemplates);

    const rz::ClientFactory::Built bearer = rz::ClientFactory::create(
        profile(rz::CredentialKind::Export), u"  "_s + m_sim->tokens().exportToken + u"\n"_s);
    QVERIFY(bearer.client);
    QCOMPARE(bearer.client->credentialKind(), rz::CredentialKind::Export);
    QVERIFY(!bearer.client->capabilities().organizationApi);
}

void tst_ConnectionTest::describeSentences() {
    const QLocale locale;
    rz::ConnectionReport report;
    report.organizationName = u"Acme"_s;
    report.usageToday = 1234;
    report.usageLimit = 10000;
    QCOMPARE(rz::ClientFactory::describe(report),
             u"Organization “Acme”; %1 of %2 API calls used today."_s.arg(locale.toString(1234),
                                                                          locale.toString(10000)));
    report.usageLimit = -1;
    QCOMPARE(rz::ClientFactory::describe(report), u"Organization “Acme”."_s);
    report.organizationName.clear();
    report.organizationCount = 1;
    QCOMPARE(rz::ClientFactory::describe(report), u"One organization."_s);
    report.organizationCount = 0;
    QCOMPARE(rz::ClientFactory::describe(report), u"0 organizations."_s);
    report.organizationCount = -1;
    QCOMPARE(rz::ClientFactory::describe(report), u"The credential was accepted."_s);
}

QTEST_MAIN(tst_ConnectionTest)
#include "tst_connectiontest.moc"
