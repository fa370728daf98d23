// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: rzconsole contributors
#pragma once

#include "session/AppPreferences.h"

#include <QObject>
#include <QPointer>
#include <functional>

class QSettings;
class QWidget;

namespace rz {

class ApiClient;
class PreferencesDialog;
class SecretStore;

// The preferences as the application uses them: read from the injected QSettings, applied to every API
// client a connection builds (page size, timeout, proxy), and edited in the preferences dialog, whose OK
// saves them and applies them to the open connection at once. The proxy password lives in the SecretStore
// (the system keychain) under proxyPasswordKey(); it is read from there once, when a manual proxy with a
// user name first needs it, and kept in memory only.
class PreferencesController final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PreferencesController)
public:
    // `secrets` may be null (the demo): then no proxy password is read or kept. Both must outlive this.
    PreferencesController(QSettings *settings, SecretStore *secrets, QObject *parent = nullptr);
    ~PreferencesController() override;

    AppPreferences preferences() const;
    static QString proxyPasswordKey();

    // Whether applyTo() has what it needs; if not, prepare() reads the proxy password and then calls
    // `ready` in `context` (a keychain that cannot provide it leaves it empty: the proxy then refuses, and
    // the request fails saying so).
    bool isPrepared() const;
    void prepare(QObject *context, std::function<void()> ready);
    void applyTo(ApiClient &client) const;

    // Opens the dialog over `parent` (or raises the open one). OK saves the preferences, keeps a changed
    // proxy password in the secret store, and applies them to `client` (the open connection; may be null).
    PreferencesDialog *openDialog(QWidget *parent, ApiClient *client);
    PreferencesDialog *dialog() const;

Q_SIGNALS:
    // The dialog's OK saved the preferences (and applied them to the client it was opened for).
    void applied();

private:
    void onAccepted(const PreferencesDialog &dialog, ApiClient *client);

    QSettings *m_settings;
    SecretStore *m_secrets;
    QString m_proxyPassword;
    bool m_passwordRead = false;
    QPointer<PreferencesDialog> m_dialog;
};

} // namespace rz
