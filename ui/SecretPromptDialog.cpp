// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: rzconsole contributors
#include "ui/SecretPromptDialog.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace rz {

namespace {

QString explanationFor(const ConnectionProfile &profile, SecretPromptDialog::Reason reason,
                       const QString &keychainMessage) {
    const bool client = profile.usesClientCredentials();
    if (reason == SecretPromptDialog::Reason::NotSaved) {
        return client ? SecretPromptDialog::tr("No client secret is saved for “%1”. Enter it to connect.")
                            .arg(profile.name)
                      : SecretPromptDialog::tr("No API token is saved for “%1”. Enter it to connect.")
                            .arg(profile.name);
    }
    QString reasonText = keychainMessage.trimmed();
    while (reasonText.endsWith(u'.'))
        reasonText.chop(1); // quoted inside a sentence of ours
    if (reasonText.isEmpty())
        reasonText = SecretPromptDialog::tr("no reason was given");
    return client ? SecretPromptDialog::tr("The system keychain could not provide the client secret of “%1” "
                                           "(%2).\n\nYou can enter it to use it for this session only; it "
                                           "is not saved anywhere.")
                        .arg(profile.name, reasonText)
                  : SecretPromptDialog::tr("The system keychain could not provide the API token of “%1” "
                                           "(%2).\n\nYou can enter it to use it for this session only; it "
                                           "is not saved anywhere.")
                        .arg(profile.name, reasonText);
}

} // namespace

SecretPromptDialog::SecretPromptDialog(const ConnectionProfile &profile, Reason reason,
                                       const QString &keychainMessage, QWidget *parent)
    : QDialog(parent)
    , m_profile(profile)
    , m_reason(reason) {
    setObjectName(u"secretPromptDialog"_s);
    const bool client = profile.usesClientCredentials();
    setWindowTitle(client ? tr("Client Secret for “%1”").arg(profile.name)
                          : tr("API Token for “%1”").arg(profile.name));

    m_explanation = new QLabel(explanationFor(profile, reason, keychainMessage), this);
    m_explanation->setObjectName(u"secretPromptExplanation"_s);
    m_explanation->setWordWrap(true);
    m_explanation->setTextFormat(Qt::PlainText);
    m_explanation->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_secretEdit = new QLineEdit(this);
    m_secretEdit->setObjectName(u"secretEdit"_s);
    m_secretEdit->setEchoMode(QLineEdit::Password);
    m_secretEdit->setAccessibleName(client ? tr("Client secret") : tr("API token"));
    if (!client)
        m_secretEdit->setPlaceholderText(tr("ET…, OT… or CT…"));
    m_showSecret = new QToolButton(this);
    m_showSecret->setObjectName(u"showSecretButton"_s);
    m_showSecret->setText(tr("Show"));
    m_showSecret->setCheckable(true);
    m_showSecret->setAccessibleName(client ? tr("Show the client secret") : tr("Show the token"));
    m_showSecret->setToolTip(m_showSecret->accessibleName());
    connect(m_showSecret, &QToolButton::toggled, m_secretEdit, [this](bool shown) {
        m_secretEdit->setEchoMode(shown ? QLineEdit::Normal : QLineEdit::Password);
    });

    m_problem = new QLabel(this);
    m_problem->setObjectName(u"secretProblemLabel"_s);
    m_problem->setWordWrap(true);
    m_problem->setTextFormat(Qt::PlainText);
    m_problem->hide();

    m_remember = new QCheckBox(tr("&Remember in the system keychain"), this);
    m_remember->setObjectName(u"rememberSecretCheck"_s);
    m_remember->setChecked(reason == Reason::NotSaved && profile.rememberSecret);
    m_remember->setVisible(reason == Reason::NotSaved);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    QPushButton *ok = m_buttons->button(QDialogButtonBox::Ok);
    ok->setObjectName(u"connectButton"_s);
    ok->setText(reason == Reason::KeychainFailed ? tr("&Connect for This Session") : tr("&Connect"));
    m_buttons->button(QDialogButtonBox::Cancel)->setObjectName(u"cancelButton"_s);

    auto *secretRow = new QHBoxLayout;
    secretRow->addWidget(m_secretEdit, 1);
    secretRow->addWidget(m_showSecret);
    // A row that is a layout gets no buddy from QFormLayout: the label names its field itself.
    auto *secretLabel = new QLabel(client ? tr("Client &secret:") : tr("API &token:"), this);
    secretLabel->setBuddy(m_secretEdit);
    auto *form = new QFormLayout;
    form->addRow(secretLabel, secretRow);
    form->addRow(QString(), m_problem);
    form->addRow(QString(), m_remember);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_explanation);
    layout->addLayout(form);
    layout->addStretch(1);
    layout->addWidget(m_buttons);

    connect(m_secretEdit, &QLineEdit::textChanged, this, &SecretPromptDialog::revalidate);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    revalidate();
    m_secretEdit->setFocus(Qt::OtherFocusReason);
    resize(qMax(sizeHint().width(), 460), sizeHint().height());
}

SecretPromptDialog::~SecretPromptDialog() = default;

SecretPromptDialog::Reason SecretPromptDialog::reason() const {
    return m_reason;
}

QString SecretPromptDialog::secret() const {
    return m_secretEdit->text().trimmed();
}

CredentialKind SecretPromptDialog::credentialKind() const {
    return m_profile.usesClientCredentials() ? CredentialKind::OAuthClient : detectCredentialKind(secret());
}

bool SecretPromptDialog::rememberInKeychain() const {
    return m_reason == Reason::NotSaved && m_remember->isChecked();
}

void SecretPromptDialog::revalidate() {
    const QString typed = secret();
    QString problem;
    if (!typed.isEmpty() && !m_profile.usesClientCredentials())
        problem = credentialRefusalReason(typed);
    m_problem->setText(problem);
    m_problem->setVisible(!problem.isEmpty());
    m_secretEdit->setAccessibleDescription(problem);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!typed.isEmpty() && problem.isEmpty());
}

} // namespace rz
