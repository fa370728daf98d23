// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: rzconsole contributors
#include "ui/ConnectionForm.h"

#include "auth/ConnectionStore.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QToolButton>

using namespace Qt::StringLiterals;

namespace rz {

namespace {

QLabel *makeProblemLabel(const QString &objectName, const QString &accessibleName, QWidget *parent) {
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setAccessibleName(accessibleName);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    label->hide();
    return label;
}

QToolButton *makeShowButton(const QString &objectName, const QString &accessibleName, QLineEdit *field,
                            QWidget *parent) {
    auto *button = new QToolButton(parent);
    button->setObjectName(objectName);
    button->setText(ConnectionForm::tr("Show"));
    button->setCheckable(true);
    button->setAccessibleName(accessibleName);
    button->setToolTip(accessibleName);
    QObject::connect(button, &QToolButton::toggled, field, [field](bool shown) {
        field->setEchoMode(shown ? QLineEdit::Normal : QLineEdit::Password);
    });
    return button;
}

QWidget *row(QWidget *parent, std::initializer_list<QWidget *> widgets) {
    auto *container = new QWidget(parent);
    auto *layout = new QHBoxLayout(container);
    layout->setContentsMargins(0, 0, 0, 0);
    bool first = true;
    for (QWidget *widget : widgets) {
        layout->addWidget(widget, first ? 1 : 0);
        first = false;
    }
    return container;
}

} // namespace

ConnectionForm::ConnectionForm(const ConnectionStore &store, QWidget *parent)
    : QWidget(parent)
    , m_store(store) {
    buildUi();
    startNew();
}

ConnectionForm::~ConnectionForm() = default;

void ConnectionForm::buildUi() {
    setObjectName(u"connectionForm"_s);
    m_layout = new QFormLayout(this);
    m_layout->setContentsMargins(0, 0, 0, 0);
    m_layout->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);

    m_nameEdit = new QLineEdit(this);
    m_nameEdit->setObjectName(u"nameEdit"_s);
    m_nameEdit->setAccessibleName(tr("Connection name"));
    m_nameEdit->setPlaceholderText(tr("e.g. Production"));
    m_nameProblem = makeProblemLabel(u"nameProblemLabel"_s, tr("Name problem"), this);
    m_layout->addRow(tr("&Name:"), m_nameEdit);
    m_layout->addRow(QString(), m_nameProblem);

    m_urlEdit = new QLineEdit(this);
    m_urlEdit->setObjectName(u"urlEdit"_s);
    m_urlEdit->setAccessibleName(tr("Console URL"));
    m_urlEdit->setPlaceholderText(ConnectionProfile::defaultBaseUrl().toString());
    m_urlProblem = makeProblemLabel(u"urlProblemLabel"_s, tr("Console URL problem"), this);
    m_layout->addRow(tr("Console &URL:"), m_urlEdit);
    m_layout->addRow(QString(), m_urlProblem);

    m_tokenMode = new QRadioButton(tr("A&PI token"), this);
    m_tokenMode->setObjectName(u"tokenModeRadio"_s);
    m_tokenMode->setAccessibleName(tr("Authenticate with an API token"));
    m_clientMode = new QRadioButton(tr("API c&lient credentials"), this);
    m_clientMode->setObjectName(u"clientModeRadio"_s);
    m_clientMode->setAccessibleName(tr("Authenticate with API client credentials"));
    m_modeGroup = new QButtonGroup(this);
    m_modeGroup->addButton(m_tokenMode);
    m_modeGroup->addButton(m_clientMode);
    m_layout->addRow(tr("Credential:"), row(this, {m_tokenMode, m_clientMode}));

    m_tokenEdit = new QLineEdit(this);
    m_tokenEdit->setObjectName(u"tokenEdit"_s);
    m_tokenEdit->setAccessibleName(tr("API token"));
    m_tokenEdit->setEchoMode(QLineEdit::Password);
    m_showToken = makeShowButton(u"showTokenButton"_s, tr("Show the token"), m_tokenEdit, this);
    m_tokenRow = row(this, {m_tokenEdit, m_showToken});
    m_detectedKind = new QLabel(this);
    m_detectedKind->setObjectName(u"detectedKindLabel"_s);
    m_detectedKind->setAccessibleName(tr("Detected credential type"));
    m_tokenProblem = makeProblemLabel(u"tokenProblemLabel"_s, tr("Token problem"), this);
    m_layout->addRow(tr("Tok&en:"), m_tokenRow);
    m_layout->addRow(tr("Type:"), m_detectedKind);
    m_layout->addRow(QString(), m_tokenProblem);

    m_clientIdEdit = new QLineEdit(this);
    m_clientIdEdit->setObjectName(u"clientIdEdit"_s);
    m_clientIdEdit->setAccessibleName(tr("Client ID"));
    m_clientIdProblem = makeProblemLabel(u"clientIdProblemLabel"_s, tr("Client ID problem"), this);
    m_clientSecretEdit = new QLineEdit(this);
    m_clientSecretEdit->setObjectName(u"clientSecretEdit"_s);
    m_clientSecretEdit->setAccessibleName(tr("Client secret"));
    m_clientSecretEdit->setEchoMode(QLineEdit::Password);
    m_showClientSecret =
        makeShowButton(u"showClientSecretButton"_s, tr("Show the client secret"), m_clientSecretEdit, this);
    m_clientSecretRow = row(this, {m_clientSecretEdit, m_showClientSecret});
    m_clientSecretProblem =
        makeProblemLabel(u"clientSecretProblemLabel"_s, tr("Client secret problem"), this);
    m_layout->addRow(tr("Client &ID:"), m_clientIdEdit);
    m_layout->addRow(QString(), m_clientIdProblem);
    m_layout->addRow(tr("Client s&ecret:"), m_clientSecretRow);
    m_layout->addRow(QString(), m_clientSecretProblem);

    m_caEdit = new QLineEdit(this);
    m_caEdit->setObjectName(u"caBundleEdit"_s);
    m_caEdit->setAccessibleName(tr("CA bundle file (optional)"));
    m_caEdit->setPlaceholderText(tr("Optional: PEM file with extra trusted certificates"));
    m_caBrowse = new QPushButton(tr("&Browse…"), this);
    m_caBrowse->setObjectName(u"caBundleBrowseButton"_s);
    m_caBrowse->setAccessibleName(tr("Choose a CA bundle file"));
    m_caRow = row(this, {m_caEdit, m_caBrowse});
    m_caProblem = makeProblemLabel(u"caBundleProblemLabel"_s, tr("CA bundle problem"), this);
    m_layout->addRow(tr("CA bun&dle:"), m_caRow);
    m_layout->addRow(QString(), m_caProblem);

    m_remember = new QCheckBox(tr("Remember in the system &keychain"), this);
    m_remember->setObjectName(u"rememberCheck"_s);
    m_remember->setAccessibleName(tr("Remember the secret in the system keychain"));
    m_remember->setToolTip(tr("When off, the secret is kept for this session only and asked for again next "
                              "time."));
    m_layout->addRow(QString(), m_remember);
    m_storageProblem = makeProblemLabel(u"storageProblemLabel"_s, tr("Saving problem"), this);
    m_layout->addRow(QString(), m_storageProblem);

    setTabOrder(m_nameEdit, m_urlEdit);
    setTabOrder(m_urlEdit, m_tokenMode);
    setTabOrder(m_tokenMode, m_clientMode);
    setTabOrder(m_clientMode, m_tokenEdit);
    setTabOrder(m_tokenEdit, m_showToken);
    setTabOrder(m_showToken, m_clientIdEdit);
    setTabOrder(m_clientIdEdit, m_clientSecretEdit);
    setTabOrder(m_clientSecretEdit, m_showClientSecret);
    setTabOrder(m_showClientSecret, m_caEdit);
    setTabOrder(m_caEdit, m_caBrowse);
    setTabOrder(m_caBrowse, m_remember);

    for (QLineEdit *edit : {m_nameEdit, m_urlEdit, m_tokenEdit, m_clientIdEdit, m_clientSecretEdit, m_caEdit})
        connect(edit, &QLineEdit::textChanged, this, &ConnectionForm::revalidate);
    connect(m_tokenEdit, &QLineEdit::textChanged, this, &ConnectionForm::updateDetectedKind);
    connect(m_modeGroup, &QButtonGroup::buttonToggled, this, [this](QAbstractButton *, bool checked) {
        if (checked)
            updateMode();
    });
    connect(m_remember, &QCheckBox::toggled, this, &ConnectionForm::revalidate);
    connect(m_caBrowse, &QPushButton::clicked, this, &ConnectionForm::browseCaBundle);
}

void ConnectionForm::startNew() {
    m_loaded.reset();
    m_nameEdit->clear();
    m_urlEdit->setText(ConnectionProfile::defaultBaseUrl().toString());
    m_tokenMode->setChecked(true);
    m_tokenEdit->clear();
    m_clientIdEdit->clear();
    m_clientSecretEdit->clear();
    m_caEdit->clear();
    m_remember->setChecked(true);
    m_showToken->setChecked(false);
    m_showClientSecret->setChecked(false);
    m_tokenEdit->setPlaceholderText(tr("ET…, OT… or CT…"));
    m_clientSecretEdit->setPlaceholderText(QString());
    updateMode();
}

void ConnectionForm::loadProfile(const ConnectionProfile &profile) {
    m_loaded = profile;
    m_nameEdit->setText(profile.name);
    m_urlEdit->setText(profile.baseUrl.toString());
    (profile.usesClientCredentials() ? m_clientMode : m_tokenMode)->setChecked(true);
    m_tokenEdit->clear();
    m_clientIdEdit->setText(profile.clientId);
    m_clientSecretEdit->clear();
    m_caEdit->setText(profile.caBundlePath);
    m_remember->setChecked(profile.rememberSecret);
    m_showToken->setChecked(false);
    m_showClientSecret->setChecked(false);
    m_tokenEdit->setPlaceholderText(
        profile.usesClientCredentials() ? tr("ET…, OT… or CT…") : tr("Leave empty to keep the saved token"));
    m_clientSecretEdit->setPlaceholderText(
        profile.usesClientCredentials() ? tr("Leave empty to keep the saved client secret") : QString());
    updateMode();
}

void ConnectionForm::followRename(const QString &name) {
    if (m_loaded)
        m_loaded->name = name;
    m_nameEdit->setText(name);
}

bool ConnectionForm::isNew() const {
    return !m_loaded.has_value();
}

std::optional<ConnectionProfile> ConnectionForm::loadedProfile() const {
    return m_loaded;
}

ConnectionProfile ConnectionForm::profile() const {
    ConnectionProfile result;
    if (m_loaded) {
        result.id = m_loaded->id;
        result.lastOrganizationId = m_loaded->lastOrganizationId;
    }
    result.name = m_nameEdit->text().trimmed();
    result.baseUrl = ConnectionProfile::parseBaseUrl(m_urlEdit->text());
    result.kind = effectiveKind();
    if (usingClientCredentials())
        result.clientId = m_clientIdEdit->text().trimmed();
    result.caBundlePath = m_caEdit->text().trimmed();
    result.rememberSecret = m_remember->isChecked();
    return result;
}

QString ConnectionForm::secret() const {
    return (usingClientCredentials() ? m_clientSecretEdit : m_tokenEdit)->text().trimmed();
}

bool ConnectionForm::isValid() const {
    return m_valid;
}

void ConnectionForm::showProblems(const ProfileProblems &problems) {
    for (const ProfileProblem &problem : problems) {
        switch (problem.field) {
        case ProfileProblem::Field::Name:
            setProblem(m_nameProblem, m_nameEdit, problem.message);
            break;
        case ProfileProblem::Field::BaseUrl:
            setProblem(m_urlProblem, m_urlEdit, problem.message);
            break;
        case ProfileProblem::Field::Credential:
            setProblem(m_tokenProblem, m_tokenEdit, problem.message);
            break;
        case ProfileProblem::Field::ClientId:
            setProblem(m_clientIdProblem, m_clientIdEdit, problem.message);
            break;
        case ProfileProblem::Field::CaBundle:
            setProblem(m_caProblem, m_caEdit, problem.message);
            break;
        case ProfileProblem::Field::Id:
        case ProfileProblem::Field::Storage:
            setProblem(m_storageProblem, m_remember, problem.message);
            break;
        }
    }
}

void ConnectionForm::focusFirstField() {
    m_nameEdit->setFocus(Qt::OtherFocusReason);
    m_nameEdit->selectAll();
}

void ConnectionForm::revalidate() {
    const ConnectionProfile current = profile();
    const bool client = usingClientCredentials();

    const QString nameProblem = m_store.nameProblem(current.name, current.id);
    const QString urlProblem = ConnectionStore::baseUrlProblem(current.baseUrl);
    const QString clientIdProblem = client ? ConnectionStore::credentialProblem(current) : QString();
    const QString secret = secretProblem();
    const QString caProblem = ConnectionStore::caBundleProblem(current.caBundlePath);

    setProblem(m_nameProblem, m_nameEdit, nameProblem);
    setProblem(m_urlProblem, m_urlEdit, urlProblem);
    setProblem(m_tokenProblem, m_tokenEdit, client ? QString() : secret);
    setProblem(m_clientIdProblem, m_clientIdEdit, clientIdProblem);
    setProblem(m_clientSecretProblem, m_clientSecretEdit, client ? secret : QString());
    setProblem(m_caProblem, m_caEdit, caProblem);
    setProblem(m_storageProblem, m_remember, QString());

    m_valid = nameProblem.isEmpty() && urlProblem.isEmpty() && clientIdProblem.isEmpty() &&
              secret.isEmpty() && caProblem.isEmpty();
    Q_EMIT edited();
}

void ConnectionForm::updateMode() {
    const bool client = usingClientCredentials();
    m_layout->setRowVisible(m_tokenRow, !client);
    m_layout->setRowVisible(m_tokenProblem, !client);
    m_layout->setRowVisible(m_clientIdEdit, client);
    m_layout->setRowVisible(m_clientIdProblem, client);
    m_layout->setRowVisible(m_clientSecretRow, client);
    m_layout->setRowVisible(m_clientSecretProblem, client);
    updateDetectedKind();
    revalidate();
}

void ConnectionForm::updateDetectedKind() {
    const QString typed = m_tokenEdit->text().trimmed();
    QString text;
    if (!typed.isEmpty())
        text = credentialKindDisplayName(detectCredentialKind(typed));
    else if (m_loaded && !m_loaded->usesClientCredentials() && isUsableCredentialKind(m_loaded->kind))
        text = tr("%1 (saved)").arg(credentialKindDisplayName(m_loaded->kind));
    m_detectedKind->setText(text);
    // "Type:" with nothing after it would only puzzle: the row appears once there is a token to name.
    m_layout->setRowVisible(m_detectedKind, !usingClientCredentials() && !text.isEmpty());
}

void ConnectionForm::browseCaBundle() {
    const QString path = QFileDialog::getOpenFileName(this, tr("Choose a CA bundle"), m_caEdit->text(),
                                                      tr("PEM certificates (*.pem *.crt);;All files (*)"));
    if (!path.isEmpty())
        m_caEdit->setText(path);
}

bool ConnectionForm::usingClientCredentials() const {
    return m_clientMode->isChecked();
}

CredentialKind ConnectionForm::effectiveKind() const {
    if (usingClientCredentials())
        return CredentialKind::OAuthClient;
    const QString typed = m_tokenEdit->text().trimmed();
    if (!typed.isEmpty())
        return detectCredentialKind(typed);
    if (m_loaded && !m_loaded->usesClientCredentials())
        return m_loaded->kind;
    return CredentialKind::Unknown;
}

QString ConnectionForm::secretProblem() const {
    const bool client = usingClientCredentials();
    const QString typed = secret();
    if (!typed.isEmpty())
        return client ? QString() : credentialRefusalReason(typed);

    // Nothing typed: the saved secret is kept, if there is one of the right sort where it already is.
    const bool sameSort = m_loaded && m_loaded->usesClientCredentials() == client;
    if (sameSort && m_loaded->rememberSecret != m_remember->isChecked()) {
        return m_remember->isChecked() ? tr("Enter the secret again to keep it in the system keychain.")
                                       : tr("Enter the secret again to keep it for this session only.");
    }
    if (sameSort && (client || isUsableCredentialKind(m_loaded->kind)))
        return {};
    return client ? tr("Enter the client secret of the API client.") : credentialRefusalReason(typed);
}

void ConnectionForm::setProblem(QLabel *label, QWidget *field, const QString &problem) {
    label->setText(problem);
    label->setVisible(!problem.isEmpty());
    // Screen readers announce the field together with what is wrong with it.
    field->setAccessibleDescription(problem);
}

} // namespace rz
