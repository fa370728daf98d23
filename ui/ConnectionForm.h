// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: rzconsole contributors
#pragma once

#include "auth/ConnectionProfile.h"
#include "auth/ProfileProblem.h"

#include <QWidget>
#include <optional>

class QButtonGroup;
class QCheckBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;
class QToolButton;

namespace rz {

class ConnectionStore;

// The editing half of the connection dialog: the fields of one profile plus its secret, each with an inline
// sentence saying what is wrong. It validates as the user types, shows the credential kind detected from the
// token's prefix, and never stores anything itself.
class ConnectionForm final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConnectionForm)
public:
    explicit ConnectionForm(const ConnectionStore &store, QWidget *parent = nullptr);
    ~ConnectionForm() override;

    // An empty form for a new connection.
    void startNew();
    // Edits a stored profile; its secret stays where it is unless a new one is typed.
    void loadProfile(const ConnectionProfile &profile);
    // The stored profile was renamed elsewhere (the list): follow without losing other edits.
    void followRename(const QString &name);

    bool isNew() const;
    // The stored profile being edited, if any.
    std::optional<ConnectionProfile> loadedProfile() const;
    // The profile as edited (with the id of the loaded profile; null id when new).
    ConnectionProfile profile() const;
    // The typed token or client secret, surrounding whitespace removed; empty means "keep the saved one".
    QString secret() const;
    bool isValid() const;

    // Problems found on saving (e.g. a name taken meanwhile, the settings file not writable).
    void showProblems(const ProfileProblems &problems);
    void focusFirstField();

Q_SIGNALS:
    void edited();

private:
    void buildUi();
    void revalidate();
    void updateMode();
    void updateDetectedKind();
    void browseCaBundle();
    bool usingClientCredentials() const;
    CredentialKind effectiveKind() const;
    QString secretProblem() const;
    static void setProblem(QLabel *label, QWidget *field, const QString &problem);

    const ConnectionStore &m_store;
    std::optional<ConnectionProfile> m_loaded;
    bool m_valid = false;

    QFormLayout *m_layout = nullptr;
    QLineEdit *m_nameEdit = nullptr;
    QLabel *m_nameProblem = nullptr;
    QLineEdit *m_urlEdit = nullptr;
    QLabel *m_urlProblem = nullptr;
    QButtonGroup *m_modeGroup = nullptr;
    QRadioButton *m_tokenMode = nullptr;
    QRadioButton *m_clientMode = nullptr;
    QWidget *m_tokenRow = nullptr;
    QLineEdit *m_tokenEdit = nullptr;
    QToolButton *m_showToken = nullptr;
    QLabel *m_detectedKind = nullptr;
    QLabel *m_tokenProblem = nullptr;
    QLineEdit *m_clientIdEdit = nullptr;
    QLabel *m_clientIdProblem = nullptr;
    QWidget *m_clientSecretRow = nullptr;
    QLineEdit *m_clientSecretEdit = nullptr;
    QToolButton *m_showClientSecret = nullptr;
    QLabel *m_clientSecretProblem = nullptr;
    QWidget *m_caRow = nullptr;
    QLineEdit *m_caEdit = nullptr;
    QPushButton *m_caBrowse = nullptr;
    QLabel *m_caProblem = nullptr;
    QCheckBox *m_remember = nullptr;
    QLabel *m_storageProblem = nullptr;
};

} // namespace rz
