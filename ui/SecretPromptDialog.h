// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: rzconsole contributors
#pragma once

#include "auth/ConnectionProfile.h"

#include <QDialog>

class QCheckBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QToolButton;

namespace rz {

// Asks for the token or client secret of one saved connection when it cannot be read: none is saved, or the
// system keychain failed. After a keychain failure the secret can only be used for this session (the dialog
// says so and offers no "remember"); when none was saved the user may choose to remember it. The dialog only
// collects the secret; the caller decides where it goes.
class SecretPromptDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SecretPromptDialog)
public:
    enum class Reason { NotSaved, KeychainFailed };

    // `keychainMessage` is the keychain's own reason, shown for KeychainFailed.
    SecretPromptDialog(const ConnectionProfile &profile, Reason reason, const QString &keychainMessage,
                       QWidget *parent = nullptr);
    ~SecretPromptDialog() override;

    Reason reason() const;
    // What was typed, surrounding whitespace removed.
    QString secret() const;
    // The kind of the typed token (OAuthClient for client credentials).
    CredentialKind credentialKind() const;
    // Whether to keep the secret in the system keychain; always false after a keychain failure.
    bool rememberInKeychain() const;

private:
    void revalidate();

    ConnectionProfile m_profile;
    Reason m_reason;
    QLabel *m_explanation = nullptr;
    QLineEdit *m_secretEdit = nullptr;
    QToolButton *m_showSecret = nullptr;
    QLabel *m_problem = nullptr;
    QCheckBox *m_remember = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace rz
