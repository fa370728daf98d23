// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: rzconsole contributors
//
// No secret may reach a file or a log line. The application's real flows run offscreen with fresh HOME and
// XDG directories against the simulated console: connections with an API token and with OAuth client
// credentials are created in the connection manager, tested, opened, loaded and switched; a rejected token,
// a token of the wrong kind and a wrong client secret produce errors. Every message goes through the
// application's RedactingLog (all categories at debug level) into its log file and on to a capture. Then
// every file under the temporary directories and every captured line is searched for every secret: the
// tokens, the client secrets and each OAuth access token the console issued (read off the wire by a relay).
#include "app/RedactingLog.h"
#include "auth/ConnectionStore.h"
#include "auth/MemorySecretStore.h"
#include "models/AssetTableModel.h"
#include "session/ConsoleSession.h"
#include "sim/SimServer.h"
#include "support/TestConsole.h"
#include "ui/ConnectionController.h"
#include "ui/ConnectionDialog.h"
#include "ui/ConnectionMenu.h"
#include "ui/ConnectionMessageBar.h"
#include "ui/MainWindow.h"

#include <QAction>
#include <QCheckBox>
#include <QDir>
#include <QDirIterator>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QLoggingCategory>
#include <QMutex>
#include <QPushButton>
#include <QRadioButton>
#include <QRegularExpression>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

#include <memory>

using namespace Qt::StringLiterals;

namespace {

constexpr int Timeout = 60000;

// Everything the log handed on (after redaction), as the terminal would have shown it.
QMutex g_captureMutex;
QStringList g_captured;

void captureMessage(QtMsgType, const QMessageLogContext &, const QString &message) {
    const QMutexLocker locker(&g_captureMutex);
    g_captured.append(message);
}

QStringList captured() {
    const QMutexLocker locker(&g_captureMutex);
    return g_captured;
}

// A TCP relay in front of the simulated console that keeps every byte the console sends, so that the test
// learns the OAuth access tokens it issued to the application.
class TapRelay final : public QObject {
public:
    explicit TapRelay(quint16 targetPort)
        : m_targetPort(targetPort) {
        connect(&m_server, &QTcpServer::newConnection, this, &TapRelay::accept);
    }
    bool listen() { return m_server.listen(QHostAddress::LocalHost, 0); }
    quint16 port() const { return m_server.serverPort(); }
    QByteArray fromServer() const { return m_fromServer; }

private:
    void accept() {
        while (QTcpSocket *client = m_server.nextPendingConnection()) {
            auto *upstream = new QTcpSocket(client);
            auto pending = std::make_shared<QByteArray>();
            connect(client, &QTcpSocket::readyRead, upstream, [client, upstream, pending] {
                const QByteArray data = client->readAll();
                if (upstream->state() == QAbstractSocket::ConnectedState)
                    upstream->write(data);
                else
                    pending->append(data);
            });
            connect(upstream, &QTcpSocket::connected, client, [upstream, pending] {
                upstream->write(*pending);
                pending->clear();
            });
            connect(upstream, &QTcpSocket::readyRead, client, [this, client, upstream] {
                const QByteArray data = upstream->readAll();
                m_fromServer.append(data);
                client->write(data);
            });
            connect(upstream, &QTcpSocket::disconnected, client, &QTcpSocket::disconnectFromHost);
            connect(client, &QTcpSocket::disconnected, client, [client, upstream] {
                upstream->disconnectFromHost();
                client->deleteLater();
            });
            upstream->connectToHost(QHostAddress::LocalHost, m_targetPort);
        }
    }

    QTcpServer m_server;
    quint16 m_targetPort;
    QByteArray m_fromServer;
};

} // namespace

class tst_SecretLeak final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void logRedactsAndRotates();
    void realFlowsLeakNoSecret();

private:
    QUrl relayUrl() const;
    bool waitForConnected(QSignalSpy &spy, int count);
    bool assetsLoaded() const;
    void fillNewConnection(rz::ConnectionDialog *dialog, const QString &name, const QString &token);
    void fillNewClient(rz::ConnectionDialog *dialog, const QString &name, const QString &clientId,
                       const QString &secret);
    template<class T> T *find(QObject *parent, const QString &name) const {
        T *child = parent ? parent->findChild<T *>(name) : nullptr;
        if (!child)
            qWarning("no child %s", qPrintable(name));
        return child;
    }

    QTemporaryDir m_root;
    std::unique_ptr<rz::sim::SimServer> m_sim;
    std::unique_ptr<TapRelay> m_relay;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<rz::ConnectionStore> m_store;
    rz::MemorySecretStore m_keychain;
    rz::MemorySecretStore m_session;
    std::unique_ptr<rz::ConnectionController> m_controller;
    QtMessageHandler m_testHandler = nullptr;
};

void tst_SecretLeak::initTestCase() {
    QVERIFY(m_root.isValid());
    // Fresh home and XDG directories: whatever the application writes lands under m_root.
    const QString home = m_root.filePath(u"home"_s);
    const auto dir = [&home](const QString &relative) {
        const QString path = home + u'/' + relative;
        QDir().mkpath(path);
        return path;
    };
    qputenv("HOME", home.toUtf8());
    qputenv("XDG_CONFIG_HOME", dir(u".config"_s).toUtf8());
    qputenv("XDG_DATA_HOME", dir(u".local/share"_s).toUtf8());
    qputenv("XDG_CACHE_HOME", dir(u".cache"_s).toUtf8());
    qputenv("XDG_STATE_HOME", dir(u".local/state"_s).toUtf8());
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, dir(u".config"_s));
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, dir(u".config"_s));
    QCoreApplication::setOrganizationName(u"rzconsole"_s);
    QCoreApplication::setApplicationName(u"rzconsole"_s);
    QVERIFY(QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation).startsWith(home));
    QVERIFY(rz::RedactingLog::defaultFilePath().startsWith(home));

    // Every category at every level: a secret in any debug line would show.
    QLoggingCategory::setFilterRules(u"*.debug=true"_s);

    m_sim = std::make_unique<rz::sim::SimServer>([] {
        rz::sim::SimConfig config = rz::test::simulatedData(5, 2, 600, 2);
        return config;
    }());
    QVERIFY2(m_sim->listen(), qPrintable(m_sim->errorString()));
    m_relay = std::make_unique<TapRelay>(m_sim->baseUrl().port());
    QVERIFY(m_relay->listen());
}

void tst_SecretLeak::cleanupTestCase() {
    m_controller.reset();
    QTest::qWait(0);
    QLoggingCategory::setFilterRules(QString());
}

QUrl tst_SecretLeak::relayUrl() const {
    QUrl url = m_sim->baseUrl();
    url.setPort(m_relay->port());
    return url;
}

bool tst_SecretLeak::waitForConnected(QSignalSpy &spy, int count) {
    return QTest::qWaitFor([&] { return spy.size() >= count; }, Timeout);
}

bool tst_SecretLeak::assetsLoaded() const {
    rz::MainWindow *window = m_controller->window();
    return window && window->session()->outcome() == rz::ConsoleSession::Outcome::Complete &&
           window->session()->assetModel()->rowCount() > 0;
}

void tst_SecretLeak::fillNewConnection(rz::ConnectionDialog *dialog, const QString &name,
                                       const QString &token) {
    find<QPushButton>(dialog, u"addButton"_s)->click();
    QTest::keyClicks(find<QLineEdit>(dialog, u"nameEdit"_s), name);
    auto *url = find<QLineEdit>(dialog, u"urlEdit"_s);
    url->clear();
    QTest::keyClicks(url, relayUrl().toString());
    find<QRadioButton>(dialog, u"tokenModeRadio"_s)->click();
    QTest::keyClicks(find<QLineEdit>(dialog, u"tokenEdit"_s), token);
}

void tst_SecretLeak::fillNewClient(rz::ConnectionDialog *dialog, const QString &name, const QString &clientId,
                                   const QString &secret) {
    find<QPushButton>(dialog, u"addButton"_s)->click();
    QTest::keyClicks(find<QLineEdit>(dialog, u"nameEdit"_s), name);
    auto *url = find<QLineEdit>(dialog, u"urlEdit"_s);
    url->clear();
    QTest::keyClicks(url, relayUrl().toString());
    find<QRadioButton>(dialog, u"clientModeRadio"_s)->click();
    QTest::keyClicks(find<QLineEdit>(dialog, u"clientIdEdit"_s), clientId);
    QTest::keyClicks(find<QLineEdit>(dialog, u"clientSecretEdit"_s), secret);
}

void tst_SecretLeak::logRedactsAndRotates() {
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"logs/test.log"_s);
    const QString token = u"CT0123456789abcdef0123456789abcdef"_s;
    {
        g_captured.clear();
        QtMessageHandler before = qInstallMessageHandler(captureMessage);
        {
            rz::RedactingLog log(path, 4096);
            QVERIFY2(log.errorString().isEmpty(), qPrintable(log.errorString()));
            qWarning().noquote() << "token" << token << "in a warning";
            qDebug().noquote() << "form body client_secret=abc123def456&grant_type=client_credentials";
            QFile file(path);
            QVERIFY(file.open(QIODevice::ReadOnly));
            const QByteArray written = file.readAll();
            QVERIFY(!written.contains(token.toUtf8()));
            QVERIFY(written.contains("token CT[redacted] in a warning"));
            QVERIFY(!written.contains("abc123def456"));
            QVERIFY(written.contains(" warning default: "));
            QCOMPARE(QFile::permissions(path) & (QFile::ReadGroup | QFile::ReadOther), QFile::Permissions());
            // Handed on redacted.
            QCOMPARE(captured().size(), 2);
            QCOMPARE(captured().constFirst(), u"token CT[redacted] in a warning"_s);

            for (int i = 0; i < 200; ++i)
                qInfo("line %d of a long log that has to be rotated before it grows too large", i);
        }
        qInstallMessageHandler(before);
    }
    QVERIFY(QFile::exists(path + u".1"_s));
    QVERIFY(QFileInfo(path).size() <= 4096);
    QVERIFY(QFileInfo(path + u".1"_s).size() <= 4096);
    QFile last(path);
    QVERIFY(last.open(QIODevice::ReadOnly));
    QVERIFY(last.readAll().contains("line 199 of a long log"));
    QCOMPARE(captured().size(), 202);
}

void tst_SecretLeak::realFlowsLeakNoSecret() {
    g_captured.clear();
    m_testHandler = qInstallMessageHandler(captureMessage);
    auto log = std::make_unique<rz::RedactingLog>(rz::RedactingLog::defaultFilePath());
    QVERIFY2(log->errorString().isEmpty(), qPrintable(log->errorString()));

    const rz::sim::SimTokens tokens = m_sim->tokens(0);
    const QString unknownToken =
        u"OT"_s + QString::fromLatin1(QUuid::createUuid().toRfc4122().toHex()).toUpper();
    const QString wrongClientSecret = QString::fromLatin1(QUuid::createUuid().toRfc4122().toHex());

    // As the composition root builds them.
    m_settings = std::make_unique<QSettings>(u"rzconsole"_s, u"rzconsole"_s);
    QVERIFY(m_settings->fileName().startsWith(m_root.path()));
    m_store = std::make_unique<rz::ConnectionStore>(*m_settings);
    m_controller = std::make_unique<rz::ConnectionController>(*m_store, *m_settings, m_keychain, m_session);
    QSignalSpy connected(m_controller.get(), &rz::ConnectionController::connected);

    // First start: the connection manager. A token connection is saved and tested; OAuth is tested and
    // opened.
    m_controller->start();
    rz::ConnectionDialog *dialog = m_controller->connectionDialog();
    QVERIFY(dialog);
    fillNewConnection(dialog, u"Token"_s, tokens.organizationToken);
    find<QPushButton>(dialog, u"saveButton"_s)->click();
    QTRY_COMPARE_WITH_TIMEOUT(m_store->profiles().size(), 1, Timeout);
    auto *testButton = find<QPushButton>(dialog, u"testButton"_s);
    auto *testResult = find<QLabel>(dialog, u"testResultLabel"_s);
    testButton->click();
    QTRY_VERIFY_WITH_TIMEOUT(testResult->text().startsWith(u"Connection works"_s), Timeout);

    fillNewClient(dialog, u"OAuth"_s, tokens.clientId, tokens.clientSecret);
    testButton->click();
    QTRY_VERIFY_WITH_TIMEOUT(testResult->text().startsWith(u"Connection works"_s), Timeout);
    find<QPushButton>(dialog, u"connectButton"_s)->click();
    QVERIFY(waitForConnected(connected, 1));
    QTRY_VERIFY_WITH_TIMEOUT(assetsLoaded(), Timeout);

    // Switch to the token connection through the menu, and load.
    const QList<rz::ConnectionProfile> saved = m_store->profiles();
    const auto idOf = [&saved](const QString &name) {
        for (const rz::ConnectionProfile &p : saved) {
            if (p.name == name)
                return p.id;
        }
        return QUuid();
    };
    for (QAction *action : m_controller->window()->findChild<rz::ConnectionMenu *>()->connectionActions()) {
        if (action->data().toUuid() == idOf(u"Token"_s))
            action->trigger();
    }
    QVERIFY(waitForConnected(connected, 2));
    QTRY_VERIFY_WITH_TIMEOUT(assetsLoaded(), Timeout);

    // A token the console does not know: rejected, and the window offers to edit the connection.
    m_controller->manageConnections();
    dialog = m_controller->connectionDialog();
    QVERIFY(dialog);
    fillNewConnection(dialog, u"Unknown"_s, unknownToken);
    testButton = find<QPushButton>(dialog, u"testButton"_s);
    testResult = find<QLabel>(dialog, u"testResultLabel"_s);
    testButton->click();
    QTRY_VERIFY_WITH_TIMEOUT(testResult->text().startsWith(u"Connection failed"_s), Timeout);
    find<QPushButton>(dialog, u"connectButton"_s)->click();
    QVERIFY(waitForConnected(connected, 3));
    QTRY_VERIFY_WITH_TIMEOUT(m_controller->window()->connectionMessageBar()->isVisible(), Timeout);
    QVERIFY(m_controller->window()->connectionMessageBar()->text().contains(u"Check the credential"_s));

    // A token of the wrong kind: the keychain holds a download token for a connection saved as an
    // organization token (the form itself refuses download tokens). The console says which kinds it takes.
    rz::ConnectionProfile wrongKind;
    wrongKind.name = u"Wrong kind"_s;
    wrongKind.baseUrl = relayUrl();
    wrongKind.kind = rz::CredentialKind::Organization;
    const rz::ConnectionStore::AddResult added = m_store->add(wrongKind);
    QVERIFY(added.ok());
    wrongKind.id = added.id;
    bool written = false;
    m_keychain.writeSecret(wrongKind.secretKey(), tokens.downloadToken, this,
                           [&written](const rz::SecretResult &r) { written = r.ok(); });
    QTRY_VERIFY(written);
    m_controller->openConnection(wrongKind.id);
    QVERIFY(waitForConnected(connected, 4));
    QSignalSpy failed(m_controller->window()->session(), &rz::ConsoleSession::failed);
    QTRY_VERIFY_WITH_TIMEOUT(!failed.isEmpty() || m_controller->window()->session()->hasFailure(), Timeout);
    m_controller->window()->session()->retry();
    QTRY_VERIFY_WITH_TIMEOUT(!failed.isEmpty(), Timeout);
    QCOMPARE(failed.constFirst().constFirst().value<rz::ApiError>().kind, rz::ApiError::Kind::WrongTokenKind);

    // OAuth with a wrong client secret, kept for this session only.
    m_controller->manageConnections();
    dialog = m_controller->connectionDialog();
    fillNewClient(dialog, u"Bad OAuth"_s, tokens.clientId, wrongClientSecret);
    find<QCheckBox>(dialog, u"rememberCheck"_s)->setChecked(false);
    find<QPushButton>(dialog, u"connectButton"_s)->click();
    QVERIFY(waitForConnected(connected, 5));
    QTRY_VERIFY_WITH_TIMEOUT(m_controller->window()->connectionMessageBar()->isVisible(), Timeout);

    // Everything is written: close the application's objects, then the log.
    m_controller.reset();
    QTest::qWait(0);
    m_store.reset();
    m_settings->sync();
    m_settings.reset();
    const QString logPath = log->filePath();
    log.reset();
    qInstallMessageHandler(m_testHandler);

    // The secrets, including every access token the console issued during the run.
    QStringList secrets{tokens.organizationToken, tokens.accountToken, tokens.exportToken,
                        tokens.downloadToken,     tokens.clientSecret, unknownToken,
                        wrongClientSecret};
    static const QRegularExpression accessToken(u"\"access_token\"\\s*:\\s*\"([^\"]+)\""_s);
    const QString wire = QString::fromUtf8(m_relay->fromServer());
    int issued = 0;
    for (auto it = accessToken.globalMatch(wire); it.hasNext(); ++issued)
        secrets.append(it.next().captured(1));
    QVERIFY2(issued > 0, "the console issued no OAuth access token: the OAuth flow did not run");

    // The log was written, and through it everything that was logged.
    QVERIFY(QFileInfo(logPath).size() > 0);
    const QStringList lines = captured();
    QVERIFY(lines.size() > 10);

    int files = 0;
    QDirIterator it(m_root.path(), QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        QFile file(path);
        QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(path));
        const QByteArray contents = file.readAll();
        ++files;
        for (const QString &secret : secrets) {
            QVERIFY2(!contents.contains(secret.toUtf8()),
                     qPrintable(u"%1 holds a secret (%2…)"_s.arg(path, secret.left(4))));
        }
    }
    QVERIFY(files >= 2); // at least the settings and the log
    for (const QString &line : lines) {
        for (const QString &secret : secrets)
            QVERIFY2(!line.contains(secret),
                     qPrintable(u"a log line holds a secret (%1…)"_s.arg(secret.left(4))));
    }
}

QTEST_MAIN(tst_SecretLeak)
#include "tst_secretleak.moc"
