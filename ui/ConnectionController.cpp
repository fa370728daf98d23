// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: rzconsole contributors
#include "ui/ConnectionController.h"

#include "api/ApiClient.h"
#include "auth/ConnectionStore.h"
#include "auth/Redaction.h"
#include "auth/SecretStore.h"
#include "session/ClientFactory.h"
#include "session/ConsoleSession.h"
#include "session/InventorySettings.h"
#include "ui/CapabilityHints.h"
#include "ui/ConnectionDialog.h"
#include "ui/ConnectionMenu.h"
#include "ui/ConnectionMessageBar.h"
#include "ui/MainWindow.h"
#include "ui/PreferencesController.h"

#include <QAction>
#include <QLabel>
#include <QSettings>
#include <utility>

using namespace Qt::StringLiterals;

namespace rz {

namespace {

// For a backend's sentence quoted inside one of ours.
QString withoutFinalStop(const QString &sentence) {
    QString trimmed = sentence.trimmed();
    if (trimmed.endsWith(u'.'))
        trimmed.chop(1);
    return trimmed;
}

// Moves a dialog that is open over `from` to `to`, keeping it open.
void moveOpenDialog(QDialog *dialog, QWidget *from, QWidget *to) {
    if (!dialog || dialog->parentWidget() != from || dialog->isHidden())
        return;
    dialog->setParent(to, dialog->windowFlags());
    dialog->open();
}

} // namespace

ConnectionController::ConnectionController(ConnectionStore &store, QSettings &settings, SecretStore &keychain,
                                           SecretStore &session, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_settings(settings)
    , m_keychain(keychain)
    , m_session(session)
    , m_secrets(keychain, session)
    , m_preferences(new PreferencesController(&settings, &keychain, this)) {}

ConnectionController::~ConnectionController() = default;

QString ConnectionController::lastConnectionKey() {
    return u"state/lastConnection"_s;
}

MainWindow *ConnectionController::window() const {
    return m_window.get();
}

ApiClient *ConnectionController::client() const {
    return m_client.get();
}

QUuid ConnectionController::currentConnection() const {
    return m_current;
}

ConnectionDialog *ConnectionController::connectionDialog() const {
    return m_dialog.data();
}

SecretPromptDialog *ConnectionController::secretPrompt() const {
    return m_prompt.data();
}

PreferencesController *ConnectionController::preferences() const {
    return m_preferences;
}

void ConnectionController::start(const QString &connectionName) {
    if (!m_preferences->isPrepared()) { // a proxy password to read from the keychain first
        m_preferences->prepare(this, [this, connectionName] { start(connectionName); });
        return;
    }
    const QList<ConnectionProfile> profiles = m_store.profiles();
    const QString wanted = connectionName.trimmed();
    if (!wanted.isEmpty()) {
        auto found = std::find_if(profiles.cbegin(), profiles.cend(),
                                  [&wanted](const ConnectionProfile &p) { return p.name == wanted; });
        if (found == profiles.cend()) {
            found = std::find_if(profiles.cbegin(), profiles.cend(), [&wanted](const ConnectionProfile &p) {
                return p.name.compare(wanted, Qt::CaseInsensitive) == 0;
            });
        }
        if (found == profiles.cend()) {
            showNoConnection();
            const QString message = tr("There is no saved connection called “%1”.").arg(wanted);
            qCWarning(lcAuth).noquote() << redact(message);
            showProblem(message, tr("&Manage Connections…"), [this] { manageConnections(); });
            Q_EMIT connectionProblem(message);
            return;
        }
        openConnection(found->id);
        return;
    }
    if (profiles.isEmpty()) {
        // First start: the window explains what is missing, the connection manager asks for it.
        showNoConnection();
        manageConnections();
        return;
    }
    const QUuid last(m_settings.value(lastConnectionKey()).toString());
    openConnection(m_store.contains(last) ? last : profiles.constFirst().id);
}

void ConnectionController::openUnsaved(const ConnectionProfile &profile, const QString &secret) {
    if (!m_preferences->isPrepared()) { // a proxy password to read from the keychain first
        m_preferences->prepare(this, [this, profile, secret] { openUnsaved(profile, secret); });
        return;
    }
    connectWith(profile, secret);
}

void ConnectionController::openConnection(const QUuid &id) {
    const quint64 attempt = ++m_attempt;
    const std::optional<ConnectionProfile> profile = m_store.profile(id);
    if (!profile) {
        if (!m_window)
            showNoConnection();
        showProblem(tr("This connection no longer exists."));
        return;
    }
    m_secrets.read(*profile, this,
                   [this, attempt, id](const SecretResult &result) { onSecretRead(attempt, id, result); });
}

void ConnectionController::onSecretRead(quint64 attempt, const QUuid &id, const SecretResult &result) {
    if (attempt != m_attempt)
        return; // the user asked for something else meanwhile
    const std::optional<ConnectionProfile> profile = m_store.profile(id);
    if (!profile)
        return;
    if (result.ok() && !result.secret.trimmed().isEmpty()) {
        connectWith(*profile, result.secret);
        return;
    }
    if (!m_window)
        showNoConnection();
    if (auto *menu = qobject_cast<ConnectionMenu *>(m_window->connectionMenu()))
        menu->setCurrentConnection(m_current); // the switch did not happen (yet)

    if (result.failed()) {
        qCWarning(lcAuth).noquote() << "could not read the secret of connection" << redact(profile->name)
                                    << "from the keychain:" << redact(result.errorMessage);
        const QString reason = result.errorMessage;
        const QString message = tr("The system keychain could not provide the secret of “%1”: %2. You can "
                                   "enter it to use it for this session only; it is then not saved anywhere.")
                                    .arg(profile->name, withoutFinalStop(reason));
        showProblem(message, tr("Enter Secret for This &Session…"), [this, id, reason] {
            promptForSecret(id, SecretPromptDialog::Reason::KeychainFailed, reason);
        });
        Q_EMIT connectionProblem(message);
        return;
    }
    const QString message = tr("No secret is saved for “%1”.").arg(profile->name);
    showProblem(message, tr("&Enter Secret…"),
                [this, id] { promptForSecret(id, SecretPromptDialog::Reason::NotSaved, {}); });
    promptForSecret(id, SecretPromptDialog::Reason::NotSaved, {});
    Q_EMIT connectionProblem(message);
}

void ConnectionController::promptForSecret(const QUuid &id, SecretPromptDialog::Reason reason,
                                           const QString &keychainMessage) {
    const std::optional<ConnectionProfile> profile = m_store.profile(id);
    if (!profile || !m_window)
        return;
    if (m_prompt)
        m_prompt->reject();
    auto *prompt = new SecretPromptDialog(*profile, reason, keychainMessage, m_window.get());
    prompt->setAttribute(Qt::WA_DeleteOnClose);
    m_prompt = prompt;
    connect(prompt, &QDialog::accepted, this, [this, id, prompt] { onSecretEntered(id, *prompt); });
    prompt->open();
}

void ConnectionController::onSecretEntered(const QUuid &id, const SecretPromptDialog &prompt) {
    const std::optional<ConnectionProfile> stored = m_store.profile(id);
    if (!stored)
        return;
    const QString secret = prompt.secret();
    const bool keychainFailed = prompt.reason() == SecretPromptDialog::Reason::KeychainFailed;
    const bool remember = prompt.rememberInKeychain();

    // The profile follows what was typed: the kind of the new token, and where its secret is to be kept.
    ConnectionProfile profile = *stored;
    if (!profile.usesClientCredentials())
        profile.kind = prompt.credentialKind();
    if (!keychainFailed)
        profile.rememberSecret = remember;
    if (profile != *stored) {
        const ProfileProblems problems = m_store.update(profile);
        if (!problems.isEmpty()) {
            showProblem(tr("“%1” could not be updated: %2").arg(profile.name, problems.constFirst().message));
            return;
        }
    }
    if (!remember) {
        // Chosen instead of the keychain (not for want of it): the keychain's copy goes.
        keepForSession(profile, secret, !keychainFailed && stored->rememberSecret, {});
        return;
    }
    m_secrets.remember(profile, secret, this, [this, profile, secret](const SecretResult &r) {
        if (r.ok()) {
            connectWith(profile, secret);
            return;
        }
        qCWarning(lcAuth).noquote() << "keychain refused the secret of connection" << redact(profile.name);
        keepForSession(profile, secret, false,
                       tr("The system keychain could not store the secret of “%1” (%2); it is used for this "
                          "session only.")
                           .arg(profile.name, withoutFinalStop(r.errorMessage)));
    });
}

void ConnectionController::keepForSession(const ConnectionProfile &profile, const QString &secret,
                                          bool dropKeychainCopy, const QString &warning) {
    // Held in memory only, so that switching back during this session does not ask again.
    m_secrets.keepForSession(
        profile, secret, dropKeychainCopy, this,
        [this, profile, secret, warning](const SecretResult &) { connectWith(profile, secret, warning); });
}

void ConnectionController::connectWith(const ConnectionProfile &profile, const QString &secret,
                                       const QString &warning) {
    ++m_attempt; // whatever was still being read is no longer wanted
    ClientFactory::Built built = ClientFactory::create(profile, secret);
    if (!built.client) {
        if (!m_window)
            showNoConnection();
        const QString message = tr("“%1” cannot be opened: %2").arg(profile.name, built.error.userMessage());
        showProblem(message, tr("&Edit Connection…"), [this, id = profile.id] { manageConnections(id); });
        Q_EMIT connectionProblem(message);
        return;
    }
    std::unique_ptr<ApiClient> client = std::move(built.client);
    m_preferences->applyTo(*client); // page size, timeout, proxy
    std::unique_ptr<MainWindow> window = makeWindow(client.get(), &profile);
    m_current = profile.id;
    if (m_store.contains(profile.id))
        m_settings.setValue(lastConnectionKey(), profile.id.toString(QUuid::WithoutBraces));
    replaceWindow(std::move(window), std::move(client));
    if (!warning.isEmpty())
        showProblem(warning);
    qCInfo(lcAuth).noquote() << "connected with" << redact(profile.name) << "to"
                             << redact(profile.baseUrl.toDisplayString());
    m_window->start();
    Q_EMIT connected(profile.id);
}

void ConnectionController::showNoConnection() {
    ++m_attempt;
    m_current = {};
    replaceWindow(makeWindow(nullptr, nullptr), nullptr);
    m_window->start();
}

std::unique_ptr<MainWindow> ConnectionController::makeWindow(ApiClient *client,
                                                             const ConnectionProfile *profile) {
    auto window = std::make_unique<MainWindow>(client);
    if (m_window)
        m_window->saveLayout(); // the new window starts as the old one looks
    window->setLayoutSettings(&m_settings);
    connect(window->preferencesAction(), &QAction::triggered, this,
            [this] { m_preferences->openDialog(m_window.get(), m_client.get()); });
    auto *menu = new ConnectionMenu(m_store, window.get());
    window->addConnectionMenu(menu);
    menu->setCurrentConnection(profile ? profile->id : QUuid());
    connect(menu, &ConnectionMenu::manageRequested, this, [this] { manageConnections(); });
    connect(menu, &ConnectionMenu::connectionChosen, this, &ConnectionController::openConnection);
    if (!profile)
        return window;

    window->setWindowTitle(tr("%1 — runZero Console").arg(profile->name));
    // Which connection this window shows, with what the credential can and cannot do.
    auto *label = new QLabel(
        tr("%1 · %2").arg(profile->name, credentialKindDisplayName(client->credentialKind())), window.get());
    label->setObjectName(u"connectionLabel"_s);
    label->setToolTip(window->capabilityHints()->summary());
    label->setAccessibleName(tr("Connection"));
    label->setAccessibleDescription(label->toolTip());
    window->addStatusWidget(label);
    if (!m_store.contains(profile->id))
        return window; // unsaved (the demo): nothing of it is remembered
    ConsoleSession *session = window->session();
    // The organization, site, columns and searches of this connection, as the user left them.
    session->setSettings(InventorySettings(&m_settings, profile->id.toString(QUuid::WithoutBraces)));
    session->setPreferredOrganizationId(profile->lastOrganizationId);
    const QUuid id = profile->id;
    connect(session, &ConsoleSession::currentOrganizationChanged, this, [this, session, id] {
        const QString organizationId = session->currentOrganizationId();
        if (!organizationId.isEmpty())
            m_store.setLastOrganizationId(id, organizationId);
    });
    connect(session, &ConsoleSession::failed, this, [this, id, name = profile->name](const ApiError &error) {
        if (error.kind != ApiError::Kind::Unauthorized)
            return;
        // The error itself is in the content's banner; this says where to fix it.
        showProblem(
            tr("Check the credential of “%1”, or enter a new one, in the connection manager.").arg(name),
            tr("&Edit Connection…"), [this, id] { manageConnections(id); });
    });
    return window;
}

void ConnectionController::replaceWindow(std::unique_ptr<MainWindow> window,
                                         std::unique_ptr<ApiClient> client) {
    std::unique_ptr<MainWindow> old = std::exchange(m_window, std::move(window));
    std::unique_ptr<ApiClient> oldClient = std::exchange(m_client, std::move(client));
    if (old)
        m_window->restoreGeometry(old->saveGeometry());
    m_window->show(); // before the old one hides, so that there is always a window
    if (old) {
        // A dialog still open over the old window (e.g. the manager, opened while a keychain read was slow)
        // moves to the new one instead of going away with the old.
        moveOpenDialog(m_dialog.data(), old.get(), m_window.get());
        moveOpenDialog(m_prompt.data(), old.get(), m_window.get());
        // The old client goes with the old window, after the session that uses it (an earlier child), once
        // control is back in the event loop: this may run inside a signal of that window.
        if (oldClient)
            oldClient.release()->setParent(old.get());
        old->hide();
        old.release()->deleteLater();
    }
}

void ConnectionController::showProblem(const QString &message, const QString &actionText,
                                       std::function<void()> action) {
    if (!m_window)
        return;
    m_window->connectionMessageBar()->showMessage(ConnectionMessageBar::Kind::Warning, message, actionText,
                                                  std::move(action));
}

void ConnectionController::manageConnections(const QUuid &select) {
    if (ConnectionDialog *open = m_dialog.data(); open && !open->isHidden()) {
        if (!select.isNull())
            open->selectConnection(select);
        open->raise();
        open->activateWindow();
        return;
    }
    if (!m_window)
        showNoConnection();
    auto *dialog = new ConnectionDialog(m_store, m_keychain, m_session, m_window.get());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setConnectionTester(
        ClientFactory::tester([this](ApiClient &client) { m_preferences->applyTo(client); }));
    const QUuid initial = select.isNull() ? m_current : select;
    if (!initial.isNull())
        dialog->selectConnection(initial);
    m_currentEdited = false;
    const auto noteEdit = [this](const QUuid &id) {
        if (!id.isNull() && id == m_current)
            m_currentEdited = true;
    };
    connect(dialog, &ConnectionDialog::connectionSaved, this, noteEdit);
    connect(dialog, &ConnectionDialog::connectionRemoved, this, noteEdit);
    connect(dialog, &QDialog::finished, this, &ConnectionController::onDialogFinished);
    connect(dialog, &ConnectionDialog::connectRequested, this, &ConnectionController::openConnection);
    m_dialog = dialog;
    dialog->open();
}

void ConnectionController::onDialogFinished(int result) {
    const bool edited = std::exchange(m_currentEdited, false);
    if (result == QDialog::Accepted || !edited || m_current.isNull())
        return; // "Connect" opens what it asks for itself
    if (m_store.contains(m_current)) {
        openConnection(m_current); // the open connection was changed: use what was saved
        return;
    }
    const QString message = tr("The connection that was open has been removed.");
    showNoConnection();
    showProblem(message, tr("&Manage Connections…"), [this] { manageConnections(); });
}

} // namespace rz
