// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: rzconsole contributors
//
// Opening connections as the application does (ConnectionController, the composition root's working part),
// offscreen, against the simulated console on loopback: first start, reopening the last connection,
// --connection NAME, a missing secret, a failing keychain, switching, removing. Secrets live in
// MemorySecretStores (one per role) or in a keychain fake that fails. Set RZ_SCREENSHOT_DIR to keep pictures.
#include "api/ApiClient.h"
#include "auth/ConnectionStore.h"
#include "auth/MemorySecretStore.h"
#include "gui/SavedConnection.h"
#include "models/AssetTableModel.h"
#include "models/OrganizationModel.h"
#include "session/ConsoleSession.h"
#include "sim/SimServer.h"
#include "support/SettingsFile.h"
#include "support/TestConsole.h"
#include "ui/ConnectionController.h"
#include "ui/ConnectionDialog.h"
#include "ui/ConnectionMenu.h"
#include "ui/ConnectionMessageBar.h"
#include "ui/MainWindow.h"
#include "ui/SecretPromptDialog.h"

#include <QAction>
#include <QCheckBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QPointer>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QTest>
#include <QTreeView>

#include <memory>

using namespace Qt::StringLiterals;

namespace {

constexpr int Timeout = 60000; // generous: two cores shared with other builds
constexpr int Organizations = 3;
constexpr qint64 AssetsPerOrganization = 300;

rz::sim::SimConfig simConfig() {
    rz::sim::SimConfig config = rz::test::simulatedData(11, Organizations, AssetsPerOrganization, 2);
    return config;
}

// A keychain that cannot be used, as a locked or absent Secret Service: every operation fails with a reason.
class FailingSecretStore final : public rz::SecretStore {
public:
    using rz::SecretStore::SecretStore;
    void readSecret(const QString &, QObject *context, Callback done) override { fail(context, done); }
    void writeSecret(const QString &, const QString &, QObject *context, Callback done) override {
        ++writes;
        fail(context, done);
    }
    void removeSecret(const QString &, QObject *context, Callback done) override { fail(context, done); }
    int writes = 0;

private:
    static void fail(QObject *context, const Callback &done) {
        if (done)
            QMetaObject::invokeMethod(
                context, [done] { done(rz::SecretResult::failure(u"The keyring is locked."_s)); },
                Qt::QueuedConnection);
    }
};

} // namespace

class tst_App final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void firstStartShowsTheConnectionManager();
    void savedConnectionReopensAndConnects();
    void lastOrganizationIsRememberedPerConnection_data();
    void lastOrganizationIsRememberedPerConnection();
    void connectFromTheManager();
    void managerOpenDuringASwitchMovesToTheNewWindow();
    void connectionByName();
    void unknownConnectionNameSaysSo();
    void missingSecretIsAskedFor();
    void keychainFailureOffersSessionOnlyUse();
    void switchingRebuildsClientAndWindow();
    void rejectedCredentialOffersToEditIt();
    void removingTheOpenConnectionClosesIt();
    void unsavedConnectionOpensLikeASavedOne();

private:
    void makeController(rz::SecretStore *keychain = nullptr);
    // Makes the controller and starts it (with `connectionName`) as the application does; true once it has
    // connected. m_connected counts its connected() signals from before the start.
    bool startConnected(const QString &connectionName = {}, rz::SecretStore *keychain = nullptr);
    // `clientId` set: API client credentials with `secret` as client secret; else `secret` is a token.
    QUuid addProfile(const QString &name, const QString &secret, bool storeSecret = true,
                     const QString &clientId = {});
    QString secretIn(rz::MemorySecretStore &store, const QUuid &id);
    void snapshot(const char *moment) const;
    QWidget *window() const;
    template<class T> T *find(QObject *parent, const QString &name) const {
        T *child = parent ? parent->findChild<T *>(name) : nullptr;
        if (!child)
            qWarning("no child %s", qPrintable(name));
        return child;
    }
    rz::ConnectionMessageBar *messageBar() const;
    bool organizationsShown(int count) const;
    QAction *switchAction(const QUuid &id) const;

    std::unique_ptr<rz::sim::SimServer> m_sim;
    rz::test::SettingsFile m_settings;
    std::unique_ptr<rz::ConnectionStore> m_store;
    std::unique_ptr<rz::MemorySecretStore> m_keychain;
    std::unique_ptr<rz::MemorySecretStore> m_session;
    std::unique_ptr<rz::ConnectionController> m_controller;
    std::unique_ptr<QSignalSpy> m_connected;
};

void tst_App::initTestCase() {
    m_sim = std::make_unique<rz::sim::SimServer>(simConfig());
    QVERIFY2(m_sim->listen(), qPrintable(m_sim->errorString()));
}

void tst_App::init() {
    QVERIFY(m_settings.create());
    m_store = std::make_unique<rz::ConnectionStore>(*m_settings);
    m_keychain = std::make_unique<rz::MemorySecretStore>();
    m_session = std::make_unique<rz::MemorySecretStore>();
}

void tst_App::cleanup() {
    snapshot("end");
    m_connected.reset();
    m_controller.reset();
    QTest::qWait(0); // deferred deletions of replaced windows
    m_store.reset();
    m_settings.reset();
    m_keychain.reset();
    m_session.reset();
    m_sim->setFaults({});
}

void tst_App::makeController(rz::SecretStore *keychain) {
    m_controller = std::make_unique<rz::ConnectionController>(*m_store, *m_settings,
                                                              keychain ? *keychain : *m_keychain, *m_session);
}

bool tst_App::startConnected(const QString &connectionName, rz::SecretStore *keychain) {
    makeController(keychain);
    m_connected = std::make_unique<QSignalSpy>(m_controller.get(), &rz::ConnectionController::connected);
    m_controller->start(connectionName);
    if (QTest::qWaitFor([this] { return m_connected->size() == 1; }, Timeout))
        return true;
    qWarning("%d connections instead of 1", int(m_connected->size()));
    return false;
}

QUuid tst_App::addProfile(const QString &name, const QString &secret, bool storeSecret,
                          const QString &clientId) {
    return rz::test::saveConnection(*m_store, storeSecret ? m_keychain.get() : nullptr, name,
                                    m_sim->baseUrl(), secret, clientId);
}

QString tst_App::secretIn(rz::MemorySecretStore &store, const QUuid &id) {
    std::optional<rz::SecretResult> result;
    rz::ConnectionProfile profile;
    profile.id = id;
    store.readSecret(profile.secretKey(), this, [&result](const rz::SecretResult &r) { result = r; });
    if (!QTest::qWaitFor([&result] { return result.has_value(); }, Timeout))
        return {};
    return result->secret;
}

void tst_App::snapshot(const char *moment) const {
    const QString dir = qEnvironmentVariable("RZ_SCREENSHOT_DIR");
    if (dir.isEmpty() || !m_controller || !m_controller->window())
        return;
    const QString name =
        u"app-"_s + QString::fromLatin1(QTest::currentTestFunction()) + u'-' + QLatin1StringView(moment);
    m_controller->window()->grab().save(QDir(dir).filePath(name + u".png"_s));
    for (QWidget *dialog : {static_cast<QWidget *>(m_controller->connectionDialog()),
                            static_cast<QWidget *>(m_controller->secretPrompt())}) {
        if (dialog && dialog->isVisible())
            dialog->grab().save(QDir(dir).filePath(name + u'-' + dialog->objectName() + u".png"_s));
    }
}

QWidget *tst_App::window() const {
    return m_controller ? m_controller->window() : nullptr;
}

rz::ConnectionMessageBar *tst_App::messageBar() const {
    return m_controller && m_controller->window() ? m_controller->window()->connectionMessageBar() : nullptr;
}

bool tst_App::organizationsShown(int count) const {
    rz::MainWindow *current = m_controller ? m_controller->window() : nullptr;
    return current && current->session()->organizationModel()->rowCount() == count &&
           current->session()->currentOrganizationRow() >= 0;
}

QAction *tst_App::switchAction(const QUuid &id) const {
    auto *menu = window() ? window()->findChild<rz::ConnectionMenu *>() : nullptr;
    if (!menu)
        return nullptr;
    for (QAction *action : menu->connectionActions()) {
        if (action->data().toUuid() == id)
            return action;
    }
    return nullptr;
}

void tst_App::firstStartShowsTheConnectionManager() {
    makeController();
    m_controller->start();
    QVERIFY(window() && window()->isVisible());
    QVERIFY(!m_controller->client());
    rz::ConnectionDialog *dialog = m_controller->connectionDialog();
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    QVERIFY(dialog->isModal());
    // Behind it, the window says how to get a connection, and its menu has the way there.
    auto *placeholder = find<QLabel>(window(), u"assetPlaceholder"_s);
    QVERIFY(placeholder && placeholder->text().contains(u"Manage Connections"_s));
    auto *manage = find<QAction>(window(), u"manageConnectionsAction"_s);
    QVERIFY(manage && manage->isEnabled());
    QVERIFY(m_controller->window()->menuBar()->actions().size() >= 3);
    QCOMPARE(m_controller->window()->menuBar()->actions().at(1)->text(), u"&Connection"_s);
    snapshot("dialog");

    // The user fills in the first connection and connects with it.
    QTest::keyClicks(find<QLineEdit>(dialog, u"nameEdit"_s), u"Production"_s);
    auto *url = find<QLineEdit>(dialog, u"urlEdit"_s);
    url->clear();
    QTest::keyClicks(url, m_sim->baseUrl().toString());
    QTest::keyClicks(find<QLineEdit>(dialog, u"tokenEdit"_s), m_sim->tokens(0).organizationToken);
    auto *connectButton = find<QPushButton>(dialog, u"connectButton"_s);
    QVERIFY(connectButton->isEnabled());
    QSignalSpy connected(m_controller.get(), &rz::ConnectionController::connected);
    connectButton->click();
    QTRY_COMPARE_WITH_TIMEOUT(connected.size(), 1, Timeout);
    QVERIFY(!m_controller->connectionDialog());

    const QList<rz::ConnectionProfile> profiles = m_store->profiles();
    QCOMPARE(profiles.size(), 1);
    QCOMPARE(connected.constFirst().constFirst().toUuid(), profiles.constFirst().id);
    QCOMPARE(secretIn(*m_keychain, profiles.constFirst().id), m_sim->tokens(0).organizationToken);
    QVERIFY(m_controller->client());
    QCOMPARE(m_controller->client()->credentialKind(), rz::CredentialKind::Organization);
    QVERIFY(window()->windowTitle().contains(u"Production"_s));
    QTRY_VERIFY_WITH_TIMEOUT(organizationsShown(1), Timeout);
    QTRY_COMPARE_WITH_TIMEOUT(m_controller->window()->session()->assetModel()->rowCount(),
                              int(AssetsPerOrganization), Timeout);
}

void tst_App::savedConnectionReopensAndConnects() {
    const QUuid first = addProfile(u"Alpha"_s, m_sim->tokens(0).organizationToken);
    const QUuid second = addProfile(u"Beta"_s, m_sim->tokens(0).accountToken);
    m_settings->setValue(rz::ConnectionController::lastConnectionKey(), second.toString());

    QVERIFY(startConnected());
    QCOMPARE(m_connected->constFirst().constFirst().toUuid(), second);
    QCOMPARE(m_controller->currentConnection(), second);
    QVERIFY(!m_controller->connectionDialog());
    QCOMPARE(m_controller->client()->credentialKind(), rz::CredentialKind::Account);
    QTRY_VERIFY_WITH_TIMEOUT(organizationsShown(Organizations), Timeout);
    QVERIFY(!messageBar()->isVisible());

    // The menu lists both, the open one checked.
    QVERIFY(switchAction(first) && switchAction(second));
    QVERIFY(switchAction(second)->isChecked());
    QVERIFY(!switchAction(first)->isChecked());

    // The choice is remembered for the next start.
    m_controller.reset();
    QTest::qWait(0);
    QVERIFY(startConnected());
    QCOMPARE(m_controller->currentConnection(), second);
}

void tst_App::lastOrganizationIsRememberedPerConnection_data() {
    QTest::addColumn<bool>("oauth");
    QTest::newRow("account token") << false;
    QTest::newRow("API client credentials") << true;
}

void tst_App::lastOrganizationIsRememberedPerConnection() {
    QFETCH(bool, oauth);
    const rz::sim::SimTokens tokens = m_sim->tokens(0);
    const QUuid id = oauth ? addProfile(u"OAuth"_s, tokens.clientSecret, true, tokens.clientId)
                           : addProfile(u"Account"_s, tokens.accountToken);
    const QStringList ids = m_sim->organizationIds();
    QCOMPARE(ids.size(), Organizations);

    makeController();
    m_controller->start();
    QTRY_VERIFY_WITH_TIMEOUT(organizationsShown(Organizations), Timeout);
    rz::ConsoleSession *session = m_controller->window()->session();
    const int wanted = session->organizationModel()->rowOfId(ids.at(2));
    QVERIFY(wanted >= 0);
    session->selectOrganization(wanted);
    QCOMPARE(session->currentOrganizationId(), ids.at(2));
    QCOMPARE(m_store->profile(id)->lastOrganizationId, ids.at(2));
    QCOMPARE(m_controller->client()->organizationId(), ids.at(2)); // sent as _oid

    // Next time, that organization is selected again instead of the first: from the connection profile (the
    // inventory's own memory of it is dropped here, so that only the profile can tell).
    m_controller.reset();
    QTest::qWait(0);
    m_settings->remove(u"inventory"_s);
    makeController();
    m_controller->start();
    QTRY_VERIFY_WITH_TIMEOUT(organizationsShown(Organizations), Timeout);
    QCOMPARE(m_controller->window()->session()->currentOrganizationId(), ids.at(2));
    QCOMPARE(m_controller->client()->organizationId(), ids.at(2));
}

void tst_App::connectionByName() {
    addProfile(u"Alpha"_s, m_sim->tokens(0).organizationToken);
    const QUuid beta = addProfile(u"Beta"_s, m_sim->tokens(1).exportToken);
    QVERIFY(startConnected(u"beta"_s)); // names match case-insensitively when nothing matches exactly
    QCOMPARE(m_controller->currentConnection(), beta);
    QCOMPARE(m_controller->client()->credentialKind(), rz::CredentialKind::Export);
}

void tst_App::unknownConnectionNameSaysSo() {
    addProfile(u"Alpha"_s, m_sim->tokens(0).organizationToken);
    makeController();
    QSignalSpy problem(m_controller.get(), &rz::ConnectionController::connectionProblem);
    m_controller->start(u"Gamma"_s);
    QCOMPARE(problem.size(), 1);
    QCOMPARE(problem.constFirst().constFirst().toString(), u"There is no saved connection called “Gamma”."_s);
    QVERIFY(window() && window()->isVisible());
    QVERIFY(!m_controller->client());
    QVERIFY(messageBar()->isVisible());
    QCOMPARE(messageBar()->text(), u"There is no saved connection called “Gamma”."_s);
    // Its action opens the connection manager.
    QVERIFY(messageBar()->actionButton()->isVisible());
    messageBar()->actionButton()->click();
    QVERIFY(m_controller->connectionDialog());
}

void tst_App::missingSecretIsAskedFor() {
    const QUuid id = addProfile(u"No secret"_s, m_sim->tokens(0).organizationToken, false);

    makeController();
    QSignalSpy problem(m_controller.get(), &rz::ConnectionController::connectionProblem);
    m_controller->start();
    QTRY_COMPARE_WITH_TIMEOUT(problem.size(), 1, Timeout);
    QCOMPARE(problem.constFirst().constFirst().toString(), u"No secret is saved for “No secret”."_s);
    QVERIFY(!m_controller->client());
    rz::SecretPromptDialog *prompt = m_controller->secretPrompt();
    QVERIFY(prompt);
    QTRY_VERIFY(prompt->isVisible());
    QCOMPARE(prompt->reason(), rz::SecretPromptDialog::Reason::NotSaved);
    auto *remember = find<QCheckBox>(prompt, u"rememberSecretCheck"_s);
    QVERIFY(remember->isVisible() && remember->isChecked());
    auto *ok = find<QPushButton>(prompt, u"connectButton"_s);
    QVERIFY(!ok->isEnabled());
    QTest::keyClicks(find<QLineEdit>(prompt, u"secretEdit"_s), u"DTfedcba9876543210fedcba9876543210"_s);
    QVERIFY(!ok->isEnabled()); // a download token cannot read the inventory
    QVERIFY(find<QLabel>(prompt, u"secretProblemLabel"_s)->isVisible());
    snapshot("prompt");
    find<QLineEdit>(prompt, u"secretEdit"_s)->clear();
    QTest::keyClicks(find<QLineEdit>(prompt, u"secretEdit"_s), m_sim->tokens(0).accountToken);
    QVERIFY(ok->isEnabled());

    QSignalSpy connected(m_controller.get(), &rz::ConnectionController::connected);
    ok->click();
    QTRY_COMPARE_WITH_TIMEOUT(connected.size(), 1, Timeout);
    // Remembered in the keychain, and the profile now knows the kind of the token typed.
    QCOMPARE(secretIn(*m_keychain, id), m_sim->tokens(0).accountToken);
    QCOMPARE(m_store->profile(id)->kind, rz::CredentialKind::Account);
    QCOMPARE(m_session->size(), 0);
    QTRY_VERIFY_WITH_TIMEOUT(organizationsShown(Organizations), Timeout);
}

void tst_App::keychainFailureOffersSessionOnlyUse() {
    const QUuid id = addProfile(u"Locked"_s, m_sim->tokens(0).organizationToken, false);
    FailingSecretStore keychain;
    makeController(&keychain);
    QSignalSpy problem(m_controller.get(), &rz::ConnectionController::connectionProblem);
    m_controller->start();
    QTRY_COMPARE_WITH_TIMEOUT(problem.size(), 1, Timeout);

    // A message, not a modal box: the keychain's own reason and an offer to use the secret for now only.
    QVERIFY(!m_controller->secretPrompt());
    QVERIFY(messageBar()->isVisible());
    QVERIFY2(messageBar()->text().contains(u"The keyring is locked"_s), qPrintable(messageBar()->text()));
    QVERIFY(messageBar()->text().contains(u"for this session only"_s));
    QCOMPARE(messageBar()->kind(), rz::ConnectionMessageBar::Kind::Warning);
    QVERIFY(messageBar()->actionButton()->isVisible());
    QCOMPARE(messageBar()->actionButton()->text(), u"Enter Secret for This &Session…"_s);
    snapshot("message");

    messageBar()->actionButton()->click();
    rz::SecretPromptDialog *prompt = m_controller->secretPrompt();
    QVERIFY(prompt);
    QTRY_VERIFY(prompt->isVisible());
    QCOMPARE(prompt->reason(), rz::SecretPromptDialog::Reason::KeychainFailed);
    QVERIFY(!find<QCheckBox>(prompt, u"rememberSecretCheck"_s)->isVisible());
    QVERIFY(find<QLabel>(prompt, u"secretPromptExplanation"_s)->text().contains(u"The keyring is locked"_s));
    snapshot("prompt");
    QTest::keyClicks(find<QLineEdit>(prompt, u"secretEdit"_s), m_sim->tokens(0).organizationToken);
    QSignalSpy connected(m_controller.get(), &rz::ConnectionController::connected);
    find<QPushButton>(prompt, u"connectButton"_s)->click();
    QTRY_COMPARE_WITH_TIMEOUT(connected.size(), 1, Timeout);

    // Kept in memory for the session; the keychain was not even asked to store it; the profile unchanged.
    QCOMPARE(secretIn(*m_session, id), m_sim->tokens(0).organizationToken);
    QCOMPARE(keychain.writes, 0);
    QVERIFY(m_store->profile(id)->rememberSecret);
    QTRY_VERIFY_WITH_TIMEOUT(organizationsShown(1), Timeout);

    // Switching away and back in this session does not ask again.
    const QUuid other = addProfile(u"Other"_s, m_sim->tokens(1).organizationToken, false);
    QSignalSpy problems(m_controller.get(), &rz::ConnectionController::connectionProblem);
    m_controller->openConnection(other);
    QTRY_COMPARE_WITH_TIMEOUT(problems.size(), 1, Timeout);
    QCOMPARE(m_controller->currentConnection(), id); // still open: the switch could not happen
    QVERIFY(m_controller->client());
    m_controller->openConnection(id);
    QTRY_COMPARE_WITH_TIMEOUT(connected.size(), 2, Timeout);
    QCOMPARE(problems.size(), 1);

    // Test Connection in the connection manager finds the secret where Connect does (kept for this session,
    // the keychain still failing), instead of reporting that the keychain could not read it.
    m_controller->manageConnections(id);
    rz::ConnectionDialog *dialog = m_controller->connectionDialog();
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    QCOMPARE(dialog->currentConnectionId(), id);
    find<QPushButton>(dialog, u"testButton"_s)->click();
    auto *result = find<QLabel>(dialog, u"testResultLabel"_s);
    QTRY_VERIFY2_WITH_TIMEOUT(result->text().startsWith(u"Connection works"_s), qPrintable(result->text()),
                              Timeout);
    dialog->reject();
}

void tst_App::switchingRebuildsClientAndWindow() {
    const QUuid account = addProfile(u"Account"_s, m_sim->tokens(0).accountToken);
    const QUuid organization = addProfile(u"Second org"_s, m_sim->tokens(1).organizationToken);
    m_settings->setValue(rz::ConnectionController::lastConnectionKey(), account.toString());
    QVERIFY(startConnected());
    QTRY_VERIFY_WITH_TIMEOUT(organizationsShown(Organizations), Timeout);

    // Slow answers, so that the first connection still has requests in flight when the user switches.
    m_sim->setFaults({.latencyMs = 300});
    m_controller->window()->session()->refresh();
    QPointer<rz::MainWindow> oldWindow = m_controller->window();
    QPointer<rz::ApiClient> oldClient = m_controller->client();
    QAction *action = switchAction(organization);
    QVERIFY(action);
    action->trigger();
    QTRY_COMPARE_WITH_TIMEOUT(m_connected->size(), 2, Timeout);
    QCOMPARE(m_controller->currentConnection(), organization);

    // Everything of the first connection is gone once the event loop has run.
    QVERIFY(m_controller->window() != oldWindow.data());
    QTRY_VERIFY(oldWindow.isNull());
    QVERIFY(oldClient.isNull());
    QVERIFY(m_controller->window()->isVisible());
    QVERIFY(switchAction(organization)->isChecked());

    // The new models hold the second connection's organization and its assets, nothing else.
    rz::ConsoleSession *session = m_controller->window()->session();
    QTRY_VERIFY_WITH_TIMEOUT(organizationsShown(1), Timeout);
    QCOMPARE(session->currentOrganizationId(), m_sim->organizationIds().at(1));
    QTRY_COMPARE_WITH_TIMEOUT(session->outcome(), rz::ConsoleSession::Outcome::Complete, Timeout);
    QCOMPARE(session->assetModel()->rowCount(), int(AssetsPerOrganization));
    QTest::qWait(700); // any answer still owed to the old client would have arrived by now
    QCOMPARE(session->organizationModel()->rowCount(), 1);
    QCOMPARE(session->assetModel()->rowCount(), int(AssetsPerOrganization));
}

void tst_App::rejectedCredentialOffersToEditIt() {
    const QUuid id = addProfile(u"Revoked"_s, u"OT00000000000000000000000000000000"_s);
    QVERIFY(startConnected());
    QTRY_VERIFY_WITH_TIMEOUT(messageBar()->isVisible(), Timeout);
    QVERIFY2(messageBar()->text().contains(u"Check the credential of “Revoked”"_s),
             qPrintable(messageBar()->text()));
    snapshot("rejected");
    messageBar()->actionButton()->click();
    QVERIFY(m_controller->connectionDialog());
    QCOMPARE(m_controller->connectionDialog()->currentConnectionId(), id);
}

void tst_App::removingTheOpenConnectionClosesIt() {
    const QUuid id = addProfile(u"Doomed"_s, m_sim->tokens(0).organizationToken);
    QVERIFY(startConnected());

    find<QAction>(window(), u"manageConnectionsAction"_s)->trigger();
    rz::ConnectionDialog *dialog = m_controller->connectionDialog();
    QVERIFY(dialog);
    QCOMPARE(dialog->currentConnectionId(), id);
    find<QPushButton>(dialog, u"removeButton"_s)->click();
    find<rz::ConnectionMessageBar>(dialog, u"connectionMessageBar"_s)->actionButton()->click(); // confirm
    QVERIFY(!m_store->contains(id));
    find<QPushButton>(dialog, u"closeButton"_s)->click();

    QTRY_VERIFY(!m_controller->client());
    QVERIFY(m_controller->currentConnection().isNull());
    QVERIFY(messageBar()->isVisible());
    QCOMPARE(messageBar()->text(), u"The connection that was open has been removed."_s);
    QCOMPARE(m_controller->window()->session()->organizationModel()->rowCount(), 0);
}

void tst_App::connectFromTheManager() {
    const QUuid first = addProfile(u"First"_s, m_sim->tokens(0).organizationToken);
    const QUuid second = addProfile(u"Second"_s, m_sim->tokens(1).exportToken);
    m_settings->setValue(rz::ConnectionController::lastConnectionKey(), first.toString());
    QVERIFY(startConnected());

    // The manager opens on the open connection; choosing another and "Connect" opens that one, unsaved
    // nothing (nothing was edited).
    find<QAction>(window(), u"manageConnectionsAction"_s)->trigger();
    rz::ConnectionDialog *dialog = m_controller->connectionDialog();
    QVERIFY(dialog && dialog->isVisible());
    QCOMPARE(dialog->currentConnectionId(), first);
    dialog->selectConnection(second);
    QSignalSpy saved(dialog, &rz::ConnectionDialog::connectionSaved);
    auto *connectButton = find<QPushButton>(dialog, u"connectButton"_s);
    QVERIFY(connectButton->isEnabled());
    connectButton->click();
    QTRY_COMPARE_WITH_TIMEOUT(m_connected->size(), 2, Timeout);
    QCOMPARE(m_connected->last().constFirst().toUuid(), second);
    QCOMPARE(saved.size(), 0);
    QCOMPARE(m_controller->client()->credentialKind(), rz::CredentialKind::Export);
    QTRY_VERIFY(!m_controller->connectionDialog());

    // Saving a change to the open connection and closing the manager reconnects with what was saved.
    find<QAction>(window(), u"manageConnectionsAction"_s)->trigger();
    dialog = m_controller->connectionDialog();
    QVERIFY(dialog);
    QCOMPARE(dialog->currentConnectionId(), second);
    QTest::keyClicks(find<QLineEdit>(dialog, u"tokenEdit"_s), m_sim->tokens(1).organizationToken);
    find<QPushButton>(dialog, u"saveButton"_s)->click();
    QTRY_COMPARE_WITH_TIMEOUT(secretIn(*m_keychain, second), m_sim->tokens(1).organizationToken, Timeout);
    find<QPushButton>(dialog, u"closeButton"_s)->click();
    QTRY_COMPARE_WITH_TIMEOUT(m_connected->size(), 3, Timeout);
    QCOMPARE(m_controller->currentConnection(), second);
    QCOMPARE(m_controller->client()->credentialKind(), rz::CredentialKind::Organization);
}

void tst_App::managerOpenDuringASwitchMovesToTheNewWindow() {
    // A keychain that answers reads only when told to, as one waiting for the user to unlock it.
    class HeldSecretStore final : public rz::SecretStore {
    public:
        explicit HeldSecretStore(rz::SecretStore &inner)
            : m_inner(inner) {}
        void readSecret(const QString &key, QObject *context, Callback done) override {
            if (!hold) {
                m_inner.readSecret(key, context, std::move(done));
                return;
            }
            m_held.append([this, key, context = QPointer<QObject>(context), done] {
                if (context)
                    m_inner.readSecret(key, context, done);
            });
        }
        void writeSecret(const QString &key, const QString &secret, QObject *context,
                         Callback done) override {
            m_inner.writeSecret(key, secret, context, std::move(done));
        }
        void removeSecret(const QString &key, QObject *context, Callback done) override {
            m_inner.removeSecret(key, context, std::move(done));
        }
        void release() {
            hold = false;
            const QList<std::function<void()>> held = std::exchange(m_held, {});
            for (const auto &read : held)
                read();
        }
        bool hold = false;

    private:
        rz::SecretStore &m_inner;
        QList<std::function<void()>> m_held;
    };

    const QUuid first = addProfile(u"First"_s, m_sim->tokens(0).organizationToken);
    const QUuid second = addProfile(u"Second"_s, m_sim->tokens(1).organizationToken);
    m_settings->setValue(rz::ConnectionController::lastConnectionKey(), first.toString());
    HeldSecretStore keychain(*m_keychain);
    QVERIFY(startConnected({}, &keychain));

    keychain.hold = true;
    m_controller->openConnection(second);
    QPointer<rz::MainWindow> oldWindow = m_controller->window();
    m_controller->manageConnections();
    QPointer<rz::ConnectionDialog> dialog = m_controller->connectionDialog();
    QVERIFY(!dialog.isNull());
    QVERIFY(!dialog.data()->isHidden());
    QCOMPARE(dialog.data()->parentWidget(), oldWindow.data());

    keychain.release();
    QTRY_COMPARE_WITH_TIMEOUT(m_connected->size(), 2, Timeout);
    QTRY_VERIFY(oldWindow.isNull());
    QVERIFY(!dialog.isNull()); // survived the old window
    QCOMPARE(m_controller->connectionDialog(), dialog.data());
    QVERIFY(!m_controller->connectionDialog()->isHidden());
    QCOMPARE(m_controller->connectionDialog()->parentWidget(), m_controller->window());
}

// The demo's way in: a connection that is not saved opens through the same controller, client and window as a
// saved one (its name in the title and the status bar, the connection menu), and nothing of it is written.
void tst_App::unsavedConnectionOpensLikeASavedOne() {
    const QUuid saved = addProfile(u"Saved"_s, m_sim->tokens(1).organizationToken);
    makeController();
    rz::ConnectionProfile demo;
    demo.id = QUuid::createUuid();
    demo.name = u"Demo (simulated data)"_s;
    demo.baseUrl = m_sim->baseUrl();
    demo.kind = rz::CredentialKind::Account;
    demo.rememberSecret = false;
    QSignalSpy connected(m_controller.get(), &rz::ConnectionController::connected);
    m_controller->openUnsaved(demo, m_sim->tokens(0).accountToken);
    QTRY_COMPARE_WITH_TIMEOUT(connected.size(), 1, Timeout);
    QCOMPARE(m_controller->currentConnection(), demo.id);
    QVERIFY(m_controller->client());
    QCOMPARE(window()->windowTitle(), u"Demo (simulated data) — runZero Console"_s);
    auto *label = find<QLabel>(window(), u"connectionLabel"_s);
    QVERIFY(label);
    QVERIFY(label->text().startsWith(u"Demo (simulated data) · "_s));
    QVERIFY(switchAction(saved)); // the saved connections are a click away
    QTRY_VERIFY_WITH_TIMEOUT(organizationsShown(Organizations), Timeout);

    QVERIFY(!m_settings->contains(rz::ConnectionController::lastConnectionKey()));
    QCOMPARE(m_store->profiles().size(), 1);
    QCOMPARE(m_keychain->size(), 1); // the saved connection's, from before
    QCOMPARE(m_session->size(), 0);
    for (const QString &key : m_settings->allKeys())
        QVERIFY2(!key.contains(demo.id.toString(QUuid::WithoutBraces)), qPrintable(key));
}

QTEST_MAIN(tst_App)
#include "tst_app.moc"
