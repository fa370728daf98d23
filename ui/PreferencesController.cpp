// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: rzconsole contributors
#include "ui/PreferencesController.h"

#include "api/ApiClient.h"
#include "auth/Redaction.h"
#include "auth/SecretStore.h"
#include "ui/PreferencesDialog.h"

#include <QMessageBox>
#include <QSettings>

using namespace Qt::StringLiterals;

namespace rz {

PreferencesController::PreferencesController(QSettings *settings, SecretStore *secrets, QObject *parent)
    : QObject(parent)
    , m_settings(settings)
    , m_secrets(secrets) {}

PreferencesController::~PreferencesController() = default;

AppPreferences PreferencesController::preferences() const {
    return AppPreferences::load(m_settings);
}

QString PreferencesController::proxyPasswordKey() {
    return u"proxy/manual"_s;
}

bool PreferencesController::isPrepared() const {
    return m_passwordRead || !m_secrets || !preferences().proxyNeedsPassword();
}

void PreferencesController::prepare(QObject *context, std::function<void()> ready) {
    if (isPrepared()) {
        QMetaObject::invokeMethod(context, std::move(ready), Qt::QueuedConnection);
        return;
    }
    m_secrets->readSecret(proxyPasswordKey(), context,
                          [this, ready = std::move(ready)](const SecretResult &result) {
                              if (result.failed())
                                  qCWarning(lcAuth).noquote() << "the proxy password could not be read:"
                                                              << redact(result.errorMessage);
                              if (!m_passwordRead)
                                  m_proxyPassword = result.ok() ? result.secret : QString();
                              m_passwordRead = true;
                              ready();
                          });
}

void PreferencesController::applyTo(ApiClient &client) const {
    preferences().applyTo(client, m_proxyPassword);
}

PreferencesDialog *PreferencesController::openDialog(QWidget *parent, ApiClient *client) {
    if (PreferencesDialog *open = m_dialog.data(); open && !open->isHidden()) {
        open->raise();
        open->activateWindow();
        return open;
    }
    auto *dialog = new PreferencesDialog(preferences(), m_proxyPassword, client != nullptr, parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const QPointer<ApiClient> weakClient(client);
    connect(dialog, &QDialog::accepted, this,
            [this, dialog, weakClient] { onAccepted(*dialog, weakClient.data()); });
    m_dialog = dialog;
    dialog->open();
    return dialog;
}

PreferencesDialog *PreferencesController::dialog() const {
    return m_dialog.data();
}

void PreferencesController::onAccepted(const PreferencesDialog &dialog, ApiClient *client) {
    const AppPreferences preferences = dialog.preferences();
    preferences.save(m_settings);
    const QString password = dialog.proxyPassword();
    const bool passwordChanged = password != m_proxyPassword;
    m_proxyPassword = password;
    m_passwordRead = true;
    if (m_secrets && passwordChanged) {
        QPointer<QWidget> parent = dialog.parentWidget();
        const auto report = [parent](const SecretResult &result) {
            if (!result.failed())
                return;
            qCWarning(lcAuth).noquote()
                << "the proxy password could not be stored:" << redact(result.errorMessage);
            if (!parent)
                return;
            // Not modal: the connection goes on with the password in memory.
            auto *box = new QMessageBox(QMessageBox::Warning, tr("Preferences"),
                                        tr("The system keychain could not keep the proxy password (%1). It "
                                           "is used until rzconsole quits.")
                                            .arg(result.errorMessage),
                                        QMessageBox::Ok, parent);
            box->setObjectName(u"proxyPasswordWarning"_s);
            box->setAttribute(Qt::WA_DeleteOnClose);
            box->open();
        };
        if (password.isEmpty())
            m_secrets->removeSecret(proxyPasswordKey(), this, report);
        else
            m_secrets->writeSecret(proxyPasswordKey(), password, this, report);
    }
    if (client)
        preferences.applyTo(*client, m_proxyPassword);
    Q_EMIT applied();
}

} // namespace rz
