// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: rzconsole contributors
//
// Edit ▸ Preferences…: the typed preferences in QSettings (round trip, validation, hand-edited values), the
// dialog (its form, its checks, what it says applies when), and how the preferences reach the requests: the
// page size and the timeout of the asset loads against the simulated console, a manual proxy that carries
// the requests and signs in with the password from the secret store (a fake proxy on loopback), and the
// ConnectionController applying them to the connection it opens and, on OK, to the open one.
#include "api/ApiClient.h"
#include "auth/ConnectionStore.h"
#include "auth/MemorySecretStore.h"
#include "gui/SavedConnection.h"
#include "session/AppPreferences.h"
#include "sim/SimServer.h"
#include "support/SettingsFile.h"
#include "support/TestConsole.h"
#include "ui/ConnectionController.h"
#include "ui/MainWindow.h"
#include "ui/PreferencesController.h"
#include "ui/PreferencesDialog.h"

#include <QAction>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <QUrlQuery>

#include <memory>

using namespace Qt::StringLiterals;

namespace {

constexpr int Timeout = 60000; // generous: two cores shared with other builds

rz::sim::SimConfig simConfig() {
    rz::sim::SimConfig config = rz::test::simulatedData(5, 1, 700, 2);
    return config;
}

// A console that is not on this computer (never contacted: a proxy answers for it).
const QUrl RemoteConsole(u"http://console.example.invalid/api/v1.0"_s);

// The asset export requests a client sent, with the page size and the timeout each carried.
struct RequestLog {
    explicit RequestLog(rz::ApiClient &client) {
        QObject::connect(client.networkAccessManager(), &QNetworkAccessManager::finished, &context,
                         [this](QNetworkReply *reply) {
                             const QUrl url = reply->request().url();
                             if (!url.path().endsWith("/export/org/assets.json"_L1))
                                 return;
                             pageSizes.append(QUrlQuery(url).queryItemValue(u"page_size"_s).toInt());
                             timeouts.append(reply->request().transferTimeout());
                         });
    }
    QObject context;
    QList<int> pageSizes;
    QList<int> timeouts;
};

// An HTTP proxy on loopback that asks for Basic credentials (407) and then answers every request with an
// empty JSON list, keeping the request heads it saw.
class FakeProxy final : public QObject {
public:
    FakeProxy() {
        listening = m_server.listen(QHostAddress::LocalHost, 0);
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = m_server.nextPendingConnection()) {
                socket->setParent(this);
                connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onData(socket); });
            }
        });
    }
    quint16 port() const { return m_server.serverPort(); }
    bool listening = false;
    QList<QByteArray> heads; // request line and headers of each request

private:
    void onData(QTcpSocket *socket) {
        QByteArray &buffer = m_buffers[socket];
        buffer += socket->readAll();
        const qsizetype end = buffer.indexOf("\r\n\r\n");
        if (end < 0)
            return;
        const QByteArray head = buffer.left(end);
        buffer.remove(0, end + 4);
        heads.append(head);
        if (!head.toLower().contains("\r\nproxy-authorization: basic ")) {
            socket->write("HTTP/1.1 407 Proxy Authentication Required\r\n"
                          "Proxy-Authenticate: Basic realm=\"test\"\r\nContent-Length: 0\r\n\r\n");
            return;
        }
        socket->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 2\r\n"
                      "Connection: close\r\n\r\n[]");
        socket->disconnectFromHost();
    }

    QTcpServer m_server;
    QHash<QTcpSocket *, QByteArray> m_buffers;
};

template<class T> T *child(QWidget *parent, const QString &name) {
    T *found = parent ? parent->findChild<T *>(name) : nullptr;
    if (!found)
        qWarning("no child %s", qPrintable(name));
    return found;
}

QPushButton *okButton(QWidget *dialog) {
    auto *buttons = child<QDialogButtonBox>(dialog, u"preferencesButtons"_s);
    return buttons ? buttons->button(QDialogButtonBox::Ok) : nullptr;
}

rz::AppPreferences customPreferences() {
    rz::AppPreferences preferences;
    preferences.pageSize = 750;
    preferences.timeoutSeconds = 17;
    preferences.proxyMode = rz::AppPreferences::ProxyMode::Manual;
    preferences.proxyHost = u"proxy.example.net"_s;
    preferences.proxyPort = 3128;
    preferences.proxyUser = u"analyst"_s;
    preferences.language = u"de"_s;
    return preferences;
}

} // namespace

class tst_Preferences final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void roundTripThroughSettings();
    void handEditedValuesReadAsDefaults();
    void problems_data();
    void problems();
    void dialogShowsAndReturnsThePreferences();
    void dialogChecksTheProxy();
    void dialogRestoresDefaults();
    void dialogSaysWhenChangesApply();
    void okSavesAndAppliesWithThePasswordInTheSecretStore();
    void pageSizeAndTimeoutReachTheRequests();
    void manualProxyCarriesTheRequests();
    void consoleOnThisComputerIsReachedDirectly();
    void proxyPasswordIsReadBeforeConnecting();
    void connectionsUseThePreferencesAndOkChangesTheOpenOne();

private:
    std::unique_ptr<rz::sim::SimServer> m_sim;
    rz::test::SettingsFile m_settings;
};

void tst_Preferences::initTestCase() {
    m_sim = std::make_unique<rz::sim::SimServer>(simConfig());
    QVERIFY2(m_sim->listen(), qPrintable(m_sim->errorString()));
}

void tst_Preferences::init() {
    QVERIFY(m_settings.create());
}

void tst_Preferences::cleanup() {
    m_settings.reset();
}

void tst_Preferences::roundTripThroughSettings() {
    QCOMPARE(rz::AppPreferences::load(m_settings.get()), rz::AppPreferences());
    QCOMPARE(rz::AppPreferences::load(nullptr), rz::AppPreferences());
    const rz::AppPreferences preferences = customPreferences();
    QVERIFY(preferences.isValid());
    preferences.save(m_settings.get());
    m_settings->sync();
    const QSettings reread(m_settings->fileName(), QSettings::IniFormat);
    QCOMPARE(rz::AppPreferences::load(&reread), preferences);
    QCOMPARE(reread.value(rz::AppPreferences::languageKey()).toString(), u"de"_s);
}

void tst_Preferences::handEditedValuesReadAsDefaults() {
    m_settings->setValue(u"preferences/pageSize"_s, 5);                // below the minimum
    m_settings->setValue(u"preferences/timeoutSeconds"_s, u"soon"_s);  // not a number
    m_settings->setValue(u"preferences/proxy/mode"_s, u"manual"_s);    // ... without a host
    m_settings->setValue(u"preferences/proxy/port"_s, 70000);          // not a port
    m_settings->setValue(rz::AppPreferences::languageKey(), u"tlh"_s); // not offered
    const rz::AppPreferences read = rz::AppPreferences::load(m_settings.get());
    QCOMPARE(read.pageSize, rz::AppPreferences::DefaultPageSize);
    QCOMPARE(read.timeoutSeconds, rz::AppPreferences::DefaultTimeoutSeconds);
    QCOMPARE(read.proxyMode, rz::AppPreferences::ProxyMode::System);
    QCOMPARE(read.proxyPort, rz::AppPreferences::DefaultProxyPort);
    QCOMPARE(read.language, QString());
    QVERIFY(read.isValid());
}

void tst_Preferences::problems_data() {
    QTest::addColumn<rz::AppPreferences>("preferences");
    QTest::addColumn<int>("field");

    using Field = rz::AppPreferences::Field;
    rz::AppPreferences p = customPreferences();
    p.pageSize = rz::AppPreferences::MaxPageSize + 1;
    QTest::newRow("page size too large") << p << int(Field::PageSize);
    p = customPreferences();
    p.pageSize = rz::AppPreferences::MinPageSize - 1;
    QTest::newRow("page size too small") << p << int(Field::PageSize);
    p = customPreferences();
    p.timeoutSeconds = 0;
    QTest::newRow("no timeout") << p << int(Field::Timeout);
    p = customPreferences();
    p.proxyHost.clear();
    QTest::newRow("manual proxy without host") << p << int(Field::ProxyHost);
    p = customPreferences();
    p.proxyHost = u"http://proxy.example.net"_s;
    QTest::newRow("host with a scheme") << p << int(Field::ProxyHost);
    p = customPreferences();
    p.proxyHost = u"proxy example"_s;
    QTest::newRow("host with a space") << p << int(Field::ProxyHost);
    p = customPreferences();
    p.proxyPort = 0;
    QTest::newRow("port zero") << p << int(Field::ProxyPort);
    p = customPreferences();
    p.proxyUser = u"a:b"_s;
    QTest::newRow("colon in user name") << p << int(Field::ProxyUser);
    p = customPreferences();
    p.language = u"fr"_s;
    QTest::newRow("language not offered") << p << int(Field::Language);
}

void tst_Preferences::problems() {
    QFETCH(rz::AppPreferences, preferences);
    QFETCH(int, field);
    const QList<rz::AppPreferences::Problem> found = preferences.problems();
    QCOMPARE(found.size(), 1);
    QCOMPARE(int(found.constFirst().field), field);
    QVERIFY(!found.constFirst().message.isEmpty());
    QVERIFY(!preferences.isValid());
    // The same host is no problem while the proxy is not manual.
    preferences.proxyMode = rz::AppPreferences::ProxyMode::None;
    const bool proxyField = field == int(rz::AppPreferences::Field::ProxyHost) ||
                            field == int(rz::AppPreferences::Field::ProxyPort) ||
                            field == int(rz::AppPreferences::Field::ProxyUser);
    QCOMPARE(preferences.isValid(), proxyField);
}

void tst_Preferences::dialogShowsAndReturnsThePreferences() {
    const rz::AppPreferences preferences = customPreferences();
    rz::PreferencesDialog dialog(preferences, u"pa55word"_s, true);
    QCOMPARE(dialog.preferences(), preferences);
    QCOMPARE(dialog.proxyPassword(), u"pa55word"_s);
    QVERIFY(okButton(&dialog)->isEnabled());
    QCOMPARE(child<QSpinBox>(&dialog, u"pageSizeSpin"_s)->value(), 750);
    QCOMPARE(child<QComboBox>(&dialog, u"languageCombo"_s)->currentData().toString(), u"de"_s);

    // Edited as a user would.
    child<QSpinBox>(&dialog, u"pageSizeSpin"_s)->setValue(1200);
    child<QSpinBox>(&dialog, u"timeoutSpin"_s)->setValue(90);
    child<QRadioButton>(&dialog, u"noProxyRadio"_s)->click();
    auto *language = child<QComboBox>(&dialog, u"languageCombo"_s);
    language->setCurrentIndex(language->findData(QString()));
    const rz::AppPreferences edited = dialog.preferences();
    QCOMPARE(edited.pageSize, 1200);
    QCOMPARE(edited.timeoutSeconds, 90);
    QCOMPARE(edited.proxyMode, rz::AppPreferences::ProxyMode::None);
    QCOMPARE(edited.language, QString());
    QCOMPARE(dialog.proxyPassword(), QString()); // no proxy signs in: no password to keep
    QVERIFY(!child<QLineEdit>(&dialog, u"proxyHostEdit"_s)->isEnabled());

    // The spin boxes hold the bounds.
    auto *pageSize = child<QSpinBox>(&dialog, u"pageSizeSpin"_s);
    QCOMPARE(pageSize->minimum(), rz::AppPreferences::MinPageSize);
    QCOMPARE(pageSize->maximum(), rz::AppPreferences::MaxPageSize);
}

void tst_Preferences::dialogChecksTheProxy() {
    rz::PreferencesDialog dialog(rz::AppPreferences(), {}, true);
    dialog.show();
    QVERIFY(okButton(&dialog)->isEnabled());
    auto *host = child<QLineEdit>(&dialog, u"proxyHostEdit"_s);
    auto *problem = child<QLabel>(&dialog, u"proxyProblemLabel"_s);
    auto *password = child<QLineEdit>(&dialog, u"proxyPasswordEdit"_s);
    QVERIFY(!host->isEnabled());

    child<QRadioButton>(&dialog, u"manualProxyRadio"_s)->click();
    QVERIFY(host->isEnabled());
    QVERIFY(!okButton(&dialog)->isEnabled()); // no host yet
    QVERIFY(problem->isVisible());
    QVERIFY(!password->isEnabled()); // no user name: nothing to sign in with

    QTest::keyClicks(host, u"http://proxy.example.net"_s);
    QVERIFY(!okButton(&dialog)->isEnabled());
    QVERIFY(problem->text().contains(u"http://"_s));
    dialog.accept(); // refused while the form is wrong
    QVERIFY(dialog.isVisible());
    QCOMPARE(dialog.result(), int(QDialog::Rejected));

    host->clear();
    QTest::keyClicks(host, u"proxy.example.net"_s);
    QVERIFY(okButton(&dialog)->isEnabled());
    QVERIFY(!problem->isVisible());
    QTest::keyClicks(child<QLineEdit>(&dialog, u"proxyUserEdit"_s), u"analyst"_s);
    QVERIFY(password->isEnabled());
    QTest::keyClicks(password, u"s3cret"_s);
    QCOMPARE(dialog.proxyPassword(), u"s3cret"_s);
    QCOMPARE(password->echoMode(), QLineEdit::Password);

    okButton(&dialog)->click();
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(dialog.preferences().proxyHost, u"proxy.example.net"_s);
    QCOMPARE(dialog.preferences().proxyUser, u"analyst"_s);
}

void tst_Preferences::dialogRestoresDefaults() {
    rz::PreferencesDialog dialog(customPreferences(), u"pa55word"_s, false);
    auto *buttons = child<QDialogButtonBox>(&dialog, u"preferencesButtons"_s);
    buttons->button(QDialogButtonBox::RestoreDefaults)->click();
    QCOMPARE(dialog.preferences(), rz::AppPreferences());
    QCOMPARE(child<QLineEdit>(&dialog, u"proxyPasswordEdit"_s)->text(), QString());
}

void tst_Preferences::dialogSaysWhenChangesApply() {
    rz::PreferencesDialog open(rz::AppPreferences(), {}, true);
    rz::PreferencesDialog closed(rz::AppPreferences(), {}, false);
    const QString openNote = child<QLabel>(&open, u"applyNoteLabel"_s)->text();
    const QString closedNote = child<QLabel>(&closed, u"applyNoteLabel"_s)->text();
    QVERIFY2(openNote.contains(u"open connection"_s), qPrintable(openNote));
    QVERIFY2(closedNote.contains(u"next connection"_s), qPrintable(closedNote));
    const QString languageNote = child<QLabel>(&open, u"languageNoteLabel"_s)->text();
    QVERIFY2(languageNote.contains(u"started again"_s), qPrintable(languageNote));
}

void tst_Preferences::okSavesAndAppliesWithThePasswordInTheSecretStore() {
    rz::MemorySecretStore secrets;
    rz::PreferencesController controller(m_settings.get(), &secrets);
    rz::ApiClient client(RemoteConsole, m_sim->tokens().exportToken);
    QWidget parent;
    QSignalSpy applied(&controller, &rz::PreferencesController::applied);

    rz::PreferencesDialog *dialog = controller.openDialog(&parent, &client);
    QVERIFY(dialog);
    QCOMPARE(controller.openDialog(&parent, &client), dialog); // raised, not opened twice
    child<QSpinBox>(dialog, u"pageSizeSpin"_s)->setValue(500);
    child<QSpinBox>(dialog, u"timeoutSpin"_s)->setValue(17);
    child<QRadioButton>(dialog, u"manualProxyRadio"_s)->click();
    QTest::keyClicks(child<QLineEdit>(dialog, u"proxyHostEdit"_s), u"proxy.example.net"_s);
    child<QSpinBox>(dialog, u"proxyPortSpin"_s)->setValue(3128);
    QTest::keyClicks(child<QLineEdit>(dialog, u"proxyUserEdit"_s), u"analyst"_s);
    QTest::keyClicks(child<QLineEdit>(dialog, u"proxyPasswordEdit"_s), u"pr0xy-s3cret"_s);
    okButton(dialog)->click();
    QCOMPARE(applied.count(), 1);

    // Saved, and applied to the open connection at once.
    const rz::AppPreferences saved = rz::AppPreferences::load(m_settings.get());
    QCOMPARE(saved.pageSize, 500);
    QCOMPARE(saved.timeoutSeconds, 17);
    QCOMPARE(saved.proxyMode, rz::AppPreferences::ProxyMode::Manual);
    QCOMPARE(client.assetPageSize(), 500);
    QCOMPARE(client.timeoutMs(), 17000);
    const QNetworkProxy proxy = client.proxyFor(RemoteConsole);
    QCOMPARE(proxy.type(), QNetworkProxy::HttpProxy);
    QCOMPARE(proxy.hostName(), u"proxy.example.net"_s);
    QCOMPARE(proxy.port(), quint16(3128));
    QCOMPARE(proxy.user(), u"analyst"_s);
    QCOMPARE(proxy.password(), u"pr0xy-s3cret"_s);

    // The password is in the secret store, and nowhere in the settings file.
    QTRY_VERIFY_WITH_TIMEOUT(secrets.contains(rz::PreferencesController::proxyPasswordKey()), Timeout);
    const QByteArray stored = m_settings.contents();
    QVERIFY(stored.contains("proxy.example.net"));
    QVERIFY(!stored.contains("pr0xy-s3cret"));

    // Choosing no proxy removes the password.
    dialog = controller.openDialog(&parent, &client);
    QTRY_VERIFY(dialog); // the first one deleted itself on close
    child<QRadioButton>(dialog, u"noProxyRadio"_s)->click();
    okButton(dialog)->click();
    QTRY_VERIFY_WITH_TIMEOUT(!secrets.contains(rz::PreferencesController::proxyPasswordKey()), Timeout);
    QCOMPARE(client.proxyFor(RemoteConsole).type(), QNetworkProxy::NoProxy);
}

void tst_Preferences::pageSizeAndTimeoutReachTheRequests() {
    rz::AppPreferences preferences;
    preferences.pageSize = 150;
    preferences.timeoutSeconds = 23;
    preferences.save(m_settings.get());
    rz::ApiClient client(m_sim->baseUrl(), m_sim->tokens().accountToken);
    RequestLog log(client);
    rz::PreferencesController(m_settings.get(), nullptr).applyTo(client);
    {
        rz::MainWindow window(&client);
        window.start();
        // 700 assets in pages of 150: five requests, each asking for 150, each with the timeout.
        QTRY_COMPARE_WITH_TIMEOUT(log.pageSizes.size(), 5, Timeout);
        QCOMPARE(log.pageSizes, QList<int>(5, 150));
        QCOMPARE(log.timeouts, QList<int>(5, 23000));
    }
}

void tst_Preferences::manualProxyCarriesTheRequests() {
    FakeProxy proxy;
    QVERIFY(proxy.listening);
    rz::AppPreferences preferences;
    preferences.proxyMode = rz::AppPreferences::ProxyMode::Manual;
    preferences.proxyHost = u"127.0.0.1"_s;
    preferences.proxyPort = proxy.port();
    preferences.proxyUser = u"analyst"_s;
    preferences.save(m_settings.get());
    rz::MemorySecretStore secrets;
    bool written = false;
    secrets.writeSecret(rz::PreferencesController::proxyPasswordKey(), u"s3cret"_s, this,
                        [&written](const rz::SecretResult &r) { written = r.ok(); });
    QTRY_VERIFY_WITH_TIMEOUT(written, Timeout);

    rz::PreferencesController controller(m_settings.get(), &secrets);
    QVERIFY(!controller.isPrepared()); // the password is still in the store
    bool ready = false;
    controller.prepare(this, [&ready] { ready = true; });
    QTRY_VERIFY_WITH_TIMEOUT(ready, Timeout);
    rz::ApiClient client(RemoteConsole, m_sim->tokens().exportToken);
    controller.applyTo(client);

    std::optional<rz::Result<QList<rz::Site>>> sites;
    client.fetchSites(this, [&sites](const rz::Result<QList<rz::Site>> &result) { sites = result; });
    QTRY_VERIFY_WITH_TIMEOUT(sites.has_value(), Timeout);
    QVERIFY2(sites->ok(), qPrintable(sites->error.userMessage()));
    QVERIFY(sites->value.isEmpty());
    // The request went to the proxy, for the remote console, and signed in when the proxy asked.
    QVERIFY(proxy.heads.size() >= 2);
    QVERIFY2(proxy.heads.constFirst().startsWith(
                 "GET http://console.example.invalid/api/v1.0/export/org/sites.json"),
             proxy.heads.constFirst().constData());
    const QByteArray expected = "proxy-authorization: basic " + "analyst:s3cret"_ba.toBase64().toLower();
    QVERIFY2(proxy.heads.constLast().toLower().contains(expected), proxy.heads.constLast().constData());
}

void tst_Preferences::consoleOnThisComputerIsReachedDirectly() {
    rz::AppPreferences preferences = customPreferences();
    rz::ApiClient local(m_sim->baseUrl(), m_sim->tokens().exportToken);
    preferences.applyTo(local, u"pw"_s);
    QCOMPARE(local.proxyFor(m_sim->baseUrl()).type(), QNetworkProxy::NoProxy);
    QVERIFY(rz::AppPreferences::isLocalConsole(QUrl(u"https://localhost:8443/api/v1.0"_s)));
    QVERIFY(rz::AppPreferences::isLocalConsole(QUrl(u"http://[::1]:8080/api/v1.0"_s)));
    QVERIFY(!rz::AppPreferences::isLocalConsole(RemoteConsole));
    // The system's settings, asked per request for a remote console.
    preferences.proxyMode = rz::AppPreferences::ProxyMode::System;
    rz::ApiClient remote(RemoteConsole, m_sim->tokens().exportToken);
    preferences.applyTo(remote, {});
    QCOMPARE(remote.proxyFor(RemoteConsole),
             QNetworkProxyFactory::systemProxyForQuery(QNetworkProxyQuery(RemoteConsole))
                 .value(0, QNetworkProxy(QNetworkProxy::NoProxy)));
}

void tst_Preferences::proxyPasswordIsReadBeforeConnecting() {
    rz::AppPreferences preferences = customPreferences();
    preferences.save(m_settings.get());
    rz::MemorySecretStore keychain;
    bool written = false;
    keychain.writeSecret(rz::PreferencesController::proxyPasswordKey(), u"from-keychain"_s, this,
                         [&written](const rz::SecretResult &r) { written = r.ok(); });
    QTRY_VERIFY_WITH_TIMEOUT(written, Timeout);
    rz::PreferencesController controller(m_settings.get(), &keychain);
    bool ready = false;
    controller.prepare(this, [&ready] { ready = true; });
    QVERIFY(!ready); // always later, from the event loop
    QTRY_VERIFY_WITH_TIMEOUT(ready, Timeout);
    QVERIFY(controller.isPrepared());
    rz::ApiClient client(RemoteConsole, m_sim->tokens().exportToken);
    controller.applyTo(client);
    QCOMPARE(client.proxyFor(RemoteConsole).password(), u"from-keychain"_s);
}

void tst_Preferences::connectionsUseThePreferencesAndOkChangesTheOpenOne() {
    rz::AppPreferences preferences;
    preferences.pageSize = 300;
    preferences.save(m_settings.get());
    rz::ConnectionStore store(*m_settings);
    rz::MemorySecretStore keychain;
    rz::MemorySecretStore session;
    const QUuid id = rz::test::saveConnection(store, &keychain, u"Simulated"_s, m_sim->baseUrl(),
                                              m_sim->tokens().accountToken);
    QVERIFY(!id.isNull());

    rz::ConnectionController controller(store, *m_settings, keychain, session);
    QSignalSpy connected(&controller, &rz::ConnectionController::connected);
    controller.start();
    QTRY_COMPARE_WITH_TIMEOUT(connected.count(), 1, Timeout);
    rz::ApiClient *client = controller.client();
    QVERIFY(client);
    QCOMPARE(client->assetPageSize(), 300);
    QCOMPARE(client->timeoutMs(), rz::AppPreferences::DefaultTimeoutSeconds * 1000);
    RequestLog log(*client);

    // Edit ▸ Preferences… on the open connection: OK applies at once, the next load uses it.
    QAction *action = controller.window()->preferencesAction();
    QVERIFY(action);
    action->trigger();
    rz::PreferencesDialog *dialog = controller.preferences()->dialog();
    QVERIFY(dialog);
    QVERIFY(child<QLabel>(dialog, u"applyNoteLabel"_s)->text().contains(u"open connection"_s));
    child<QSpinBox>(dialog, u"pageSizeSpin"_s)->setValue(250);
    okButton(dialog)->click();
    QCOMPARE(client->assetPageSize(), 250);
    QTRY_VERIFY_WITH_TIMEOUT(!controller.window()->findChild<QAction *>(u"cancelLoadAction"_s)->isEnabled(),
                             Timeout);
    controller.window()->findChild<QAction *>(u"refreshAction"_s)->trigger();
    QTRY_COMPARE_WITH_TIMEOUT(log.pageSizes.size(), 3, Timeout); // 700 assets in pages of 250
    QCOMPARE(log.pageSizes, QList<int>(3, 250));
    QCOMPARE(rz::AppPreferences::load(m_settings.get()).pageSize, 250);
}

QTEST_MAIN(tst_Preferences)
#include "tst_preferences.moc"
