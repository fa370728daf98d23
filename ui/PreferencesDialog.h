// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: rzconsole contributors
#pragma once

#include "session/AppPreferences.h"

#include <QDialog>

class QButtonGroup;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QRadioButton;
class QSpinBox;

namespace rz {

class FieldProblemLabel;

// Edit ▸ Preferences…: the page size of asset loads, the request timeout, the proxy (the system's, none, or
// a host and port with an optional user name and password) and the language. It only edits a value: OK is
// enabled while the form is valid, and whoever opened the dialog saves and applies what preferences()
// returns (see PreferencesController). It says what applies when: the connection settings to the open
// connection (or the next one), the language at the next start.
class PreferencesDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PreferencesDialog)
public:
    // `connectionOpen`: whether OK applies to an open connection (the dialog says so) or to the next one.
    PreferencesDialog(const AppPreferences &preferences, const QString &proxyPassword, bool connectionOpen,
                      QWidget *parent = nullptr);
    ~PreferencesDialog() override;

    // What the form says now.
    AppPreferences preferences() const;
    QString proxyPassword() const;
    QList<AppPreferences::Problem> problems() const;

    // Puts the defaults in the form (the proxy password is cleared).
    void restoreDefaults();
    // Refused while the form has a problem.
    void accept() override;

private:
    void setForm(const AppPreferences &preferences);
    void updateState();

    QSpinBox *m_pageSize;
    QSpinBox *m_timeout;
    QButtonGroup *m_proxyModes;
    QRadioButton *m_systemProxy;
    QRadioButton *m_noProxy;
    QRadioButton *m_manualProxy;
    QLineEdit *m_proxyHost;
    QSpinBox *m_proxyPort;
    QLineEdit *m_proxyUser;
    QLineEdit *m_proxyPassword;
    FieldProblemLabel *m_proxyProblem;
    QComboBox *m_language;
    QLabel *m_applyNote;
    QDialogButtonBox *m_buttons;
};

} // namespace rz
