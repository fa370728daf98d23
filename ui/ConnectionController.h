// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: rzconsole contributors
#pragma once

#include "auth/ConnectionProfile.h"
#include "auth/ConnectionSecrets.h"
#include "ui/SecretPromptDialog.h"

#include <QObject>
#include <QPointer>
#include <QUuid>
#include <memory>

class QSettings;

namespace rz {

class ApiClient;
class ConnectionDialog;
class ConnectionStore;
class MainWindow;
class PreferencesController;
class SecretStore;
struct SecretResult;

// Opens saved connections: reads the secret (the session store first, then the system keychain), builds the
// ApiClient for it and a main window showing it, and switches between connections. Each connection gets a
// new client and a new window (models, loads, panes), so nothing of the previous one can reach the new
// models; the old window and client are deleted together once control returns to the event loop.
//
// When the secret cannot be read it says why in the window: none saved -> it asks for it; the keychain
// failed -> a message with the keychain's reason and an offer to type it for this session only (kept in
// the session store, in memory). It never writes a secret anywhere else.
class ConnectionController final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConnectionController)
public:
    // `settings` also keeps which connection was open last. All must outlive the controller.
    ConnectionController(ConnectionStore &store, QSettings &settings, SecretStore &keychain,
                         SecretStore &session, QObject *parent = nullptr);
    ~ConnectionController() override;

    // Opens `connectionName` (a message says so when no saved connection has that name), or else the
    // connection used last (or the first saved one). With none saved, shows the window with the connection
    // manager over it.
    void start(const QString &connectionName = {});
    // Reads the secret and connects; the current connection stays open until the new one is ready.
    void openConnection(const QUuid &id);
    // Opens a connection that is not saved (the demo console) through the same client, window and
    // preferences as a saved one; nothing of it is written to the settings (it is neither the last
    // connection, nor are its organization and columns remembered), and its secret is kept nowhere.
    void openUnsaved(const ConnectionProfile &profile, const QString &secret);
    // Opens the connection manager (or raises it), with `select` selected (the open connection when null).
    void manageConnections(const QUuid &select = {});

    // The window shown now (null before start()); replaced on every successful connection.
    MainWindow *window() const;
    ApiClient *client() const;                  // null while no connection is open
    QUuid currentConnection() const;            // null while no connection is open
    ConnectionDialog *connectionDialog() const; // the open connection manager, if any
    SecretPromptDialog *secretPrompt() const;   // the open secret prompt, if any
    // The preferences (Edit ▸ Preferences…), applied to every client this controller builds.
    PreferencesController *preferences() const;

    // The settings key under which the last opened connection is kept.
    static QString lastConnectionKey();

Q_SIGNALS:
    // A client for the connection exists and the (new) window shows it.
    void connected(const QUuid &id);
    // Opening a connection stopped before connecting: the window says why (for tests and logs).
    void connectionProblem(const QString &message);

private:
    void onSecretRead(quint64 attempt, const QUuid &id, const SecretResult &result);
    void promptForSecret(const QUuid &id, SecretPromptDialog::Reason reason, const QString &keychainMessage);
    void onSecretEntered(const QUuid &id, const SecretPromptDialog &prompt);
    void keepForSession(const ConnectionProfile &profile, const QString &secret, bool dropKeychainCopy,
                        const QString &warning);
    void connectWith(const ConnectionProfile &profile, const QString &secret, const QString &warning = {});
    void showNoConnection();
    std::unique_ptr<MainWindow> makeWindow(ApiClient *client, const ConnectionProfile *profile);
    void replaceWindow(std::unique_ptr<MainWindow> window, std::unique_ptr<ApiClient> client);
    void showProblem(const QString &message, const QString &actionText = {},
                     std::function<void()> action = {});
    void onDialogFinished(int result);

    ConnectionStore &m_store;
    QSettings &m_settings;
    // Both stores also go to the connection manager, which keeps secrets by the same ConnectionSecrets rules.
    SecretStore &m_keychain;
    SecretStore &m_session;
    ConnectionSecrets m_secrets;

    std::unique_ptr<ApiClient> m_client;
    std::unique_ptr<MainWindow> m_window; // uses m_client; always destroyed first
    QUuid m_current;
    quint64 m_attempt = 0; // a secret read for an older request is ignored
    QPointer<ConnectionDialog> m_dialog;
    QPointer<SecretPromptDialog> m_prompt;
    bool m_currentEdited = false; // the open connection was saved or removed in the manager
    // A child; the proxy password comes from the keychain.
    PreferencesController *m_preferences;
};

} // namespace rz
