// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: rzconsole contributors
#pragma once

#include "auth/ConnectionSecrets.h"
#include "session/ConnectionTester.h"

#include <QDialog>
#include <QUuid>

class QLabel;
class QListWidget;
class QListWidgetItem;
class QPushButton;

namespace rz {

class ConnectionForm;
class ConnectionMessageBar;
class ConnectionStore;
class SecretStore;

// Manages the saved connections: a list on the left, the selected (or new) connection's form on the right.
// Profiles go to the ConnectionStore; secrets go to the keychain store, or to the session store when
// "Remember in the system keychain" is off or the user chooses so after the keychain refused. A secret is
// never written anywhere else. "Test connection" calls the injected tester; the dialog does no network work.
// "Connect" saves pending edits first, then asks to open the selected connection (connectRequested) and
// closes; the dialog itself never opens one.
class ConnectionDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConnectionDialog)
public:
    explicit ConnectionDialog(ConnectionStore &store, SecretStore &keychain, SecretStore &session,
                              QWidget *parent = nullptr);
    ~ConnectionDialog() override;

    // Without a tester the "Test connection" button stays disabled.
    void setConnectionTester(ConnectionTester tester);

    void selectConnection(const QUuid &id);
    // The selected stored connection; null while a new one is being entered.
    QUuid currentConnectionId() const;

Q_SIGNALS:
    void connectionSaved(const QUuid &id);
    void connectionRemoved(const QUuid &id);
    // The user asked to open this saved connection; the dialog has accepted (closed) already.
    void connectRequested(const QUuid &id);

private:
    void buildUi();
    void reloadList(const QUuid &select);
    void showSelected();
    void addConnection();
    void renameSelected();
    void onItemRenamed(QListWidgetItem *item);
    void confirmRemoval();
    void removeConnection(const QUuid &id);
    void save();
    void connectSelected();
    bool hasUnsavedEdits() const;
    void storeSecret(const ConnectionProfile &profile, const QString &secret);
    void useForSessionOnly();
    void storeInSession(const ConnectionProfile &profile, const QString &secret);
    void commit(const ConnectionProfile &profile);
    void testConnection();
    void runTest(const ConnectionProfile &profile, const QString &secret, int generation);
    void showTestResult(const ConnectionTestResult &result, int generation);
    void setBusy(bool busy);
    void updateButtons();

    ConnectionStore &m_store;
    ConnectionSecrets m_secrets;
    ConnectionTester m_tester;
    bool m_busy = false;
    bool m_testing = false;
    bool m_connectAfterSave = false; // "Connect" is waiting for a save to finish
    int m_testGeneration = 0;

    QListWidget *m_list = nullptr;
    QPushButton *m_addButton = nullptr;
    QPushButton *m_renameButton = nullptr;
    QPushButton *m_removeButton = nullptr;
    ConnectionForm *m_form = nullptr;
    QPushButton *m_testButton = nullptr;
    QLabel *m_testResult = nullptr;
    ConnectionMessageBar *m_messageBar = nullptr;
    QPushButton *m_saveButton = nullptr;
    QPushButton *m_connectButton = nullptr;
    QPushButton *m_closeButton = nullptr;
};

} // namespace rz
