// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: rzconsole contributors
#include "ui/PreferencesDialog.h"

#include "ui/AccessibleNames.h"
#include "ui/FieldProblemLabel.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace rz {

namespace {

QLabel *noteLabel(const QString &text, const QString &objectName, QWidget *parent) {
    auto *label = new QLabel(text, parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    return label;
}

} // namespace

PreferencesDialog::PreferencesDialog(const AppPreferences &preferences, const QString &proxyPassword,
                                     bool connectionOpen, QWidget *parent)
    : QDialog(parent)
    , m_pageSize(new QSpinBox(this))
    , m_timeout(new QSpinBox(this))
    , m_proxyModes(new QButtonGroup(this))
    , m_systemProxy(new QRadioButton(tr("Use the &system's proxy settings"), this))
    , m_noProxy(new QRadioButton(tr("&No proxy"), this))
    , m_manualProxy(new QRadioButton(tr("&Manual proxy:"), this))
    , m_proxyHost(new QLineEdit(this))
    , m_proxyPort(new QSpinBox(this))
    , m_proxyUser(new QLineEdit(this))
    , m_proxyPassword(new QLineEdit(this))
    , m_proxyProblem(new FieldProblemLabel(this))
    , m_language(new QComboBox(this))
    , m_applyNote(nullptr)
    , m_buttons(new QDialogButtonBox(
          QDialogButtonBox::Ok | QDialogButtonBox::Cancel | QDialogButtonBox::RestoreDefaults, this)) {
    setObjectName(u"preferencesDialog"_s);
    setWindowTitle(tr("Preferences"));

    // Loading.
    m_pageSize->setObjectName(u"pageSizeSpin"_s);
    m_pageSize->setRange(AppPreferences::MinPageSize, AppPreferences::MaxPageSize);
    m_pageSize->setSingleStep(500);
    m_pageSize->setGroupSeparatorShown(true);
    m_pageSize->setSuffix(tr(" assets"));
    m_pageSize->setAccessibleName(tr("Page size"));
    m_pageSize->setToolTip(tr("How many assets each request of a load asks for (page_size). Larger pages "
                              "need fewer API calls; smaller ones show the first rows sooner."));
    m_timeout->setObjectName(u"timeoutSpin"_s);
    m_timeout->setRange(AppPreferences::MinTimeoutSeconds, AppPreferences::MaxTimeoutSeconds);
    m_timeout->setSuffix(tr(" s"));
    m_timeout->setAccessibleName(tr("Request timeout in seconds"));
    m_timeout->setToolTip(tr("A request fails when the console stays silent for this long."));
    auto *loading = new QGroupBox(tr("Loading"), this);
    auto *loadingForm = new QFormLayout(loading);
    loadingForm->addRow(tr("&Page size:"), m_pageSize);
    loadingForm->addRow(tr("Request &timeout:"), m_timeout);

    // Proxy.
    m_systemProxy->setObjectName(u"systemProxyRadio"_s);
    m_noProxy->setObjectName(u"noProxyRadio"_s);
    m_manualProxy->setObjectName(u"manualProxyRadio"_s);
    m_proxyModes->addButton(m_systemProxy, int(AppPreferences::ProxyMode::System));
    m_proxyModes->addButton(m_noProxy, int(AppPreferences::ProxyMode::None));
    m_proxyModes->addButton(m_manualProxy, int(AppPreferences::ProxyMode::Manual));
    m_proxyHost->setObjectName(u"proxyHostEdit"_s);
    m_proxyHost->setPlaceholderText(tr("proxy.example.com"));
    m_proxyHost->setAccessibleName(tr("Proxy host"));
    m_proxyPort->setObjectName(u"proxyPortSpin"_s);
    m_proxyPort->setRange(1, 65535);
    m_proxyPort->setAccessibleName(tr("Proxy port"));
    m_proxyUser->setObjectName(u"proxyUserEdit"_s);
    m_proxyUser->setPlaceholderText(tr("optional"));
    m_proxyUser->setAccessibleName(tr("Proxy user name"));
    m_proxyPassword->setObjectName(u"proxyPasswordEdit"_s);
    m_proxyPassword->setEchoMode(QLineEdit::Password);
    m_proxyPassword->setAccessibleName(tr("Proxy password"));
    m_proxyPassword->setToolTip(tr("Kept in the system keychain, never in the settings file."));
    m_proxyProblem->setObjectName(u"proxyProblemLabel"_s);
    auto *proxy = new QGroupBox(tr("Proxy"), this);
    auto *proxyLayout = new QVBoxLayout(proxy);
    proxyLayout->addWidget(m_systemProxy);
    proxyLayout->addWidget(m_noProxy);
    proxyLayout->addWidget(m_manualProxy);
    auto *manualForm = new QFormLayout;
    manualForm->setContentsMargins(24, 0, 0, 0);
    manualForm->addRow(tr("&Host:"), FieldProblemLabel::stack(m_proxyHost, m_proxyProblem, proxy));
    manualForm->addRow(tr("P&ort:"), m_proxyPort);
    manualForm->addRow(tr("&User name:"), m_proxyUser);
    manualForm->addRow(tr("Pass&word:"), m_proxyPassword);
    proxyLayout->addLayout(manualForm);

    // Language.
    m_language->setObjectName(u"languageCombo"_s);
    m_language->setAccessibleName(tr("Language"));
    for (const QString &language : AppPreferences::languages())
        m_language->addItem(AppPreferences::languageName(language), language);
    auto *languageBox = new QGroupBox(tr("Language"), this);
    auto *languageForm = new QFormLayout(languageBox);
    languageForm->addRow(tr("&Language:"), m_language);
    languageForm->addRow(noteLabel(tr("A new language takes effect when rzconsole is started again."),
                                   u"languageNoteLabel"_s, languageBox));

    m_applyNote =
        noteLabel(connectionOpen ? tr("OK applies the page size, the timeout and the proxy to the open "
                                      "connection from its next request; a load already running keeps its "
                                      "page size.")
                                 : tr("The page size, the timeout and the proxy apply from the next "
                                      "connection."),
                  u"applyNoteLabel"_s, this);
    m_buttons->setObjectName(u"preferencesButtons"_s);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(loading);
    layout->addWidget(proxy);
    layout->addWidget(languageBox);
    layout->addWidget(m_applyNote);
    layout->addStretch(1);
    layout->addWidget(m_buttons);

    // Top to bottom, as the form reads.
    QWidget::setTabOrder(m_pageSize, m_timeout);
    QWidget::setTabOrder(m_timeout, m_systemProxy);
    QWidget::setTabOrder(m_systemProxy, m_noProxy);
    QWidget::setTabOrder(m_noProxy, m_manualProxy);
    QWidget::setTabOrder(m_manualProxy, m_proxyHost);
    QWidget::setTabOrder(m_proxyHost, m_proxyPort);
    QWidget::setTabOrder(m_proxyPort, m_proxyUser);
    QWidget::setTabOrder(m_proxyUser, m_proxyPassword);
    QWidget::setTabOrder(m_proxyPassword, m_language);
    QWidget::setTabOrder(m_language, m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &PreferencesDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &PreferencesDialog::reject);
    connect(m_buttons->button(QDialogButtonBox::RestoreDefaults), &QPushButton::clicked, this,
            &PreferencesDialog::restoreDefaults);
    connect(m_proxyModes, &QButtonGroup::idToggled, this, &PreferencesDialog::updateState);
    connect(m_proxyHost, &QLineEdit::textChanged, this, &PreferencesDialog::updateState);
    connect(m_proxyUser, &QLineEdit::textChanged, this, &PreferencesDialog::updateState);

    AccessibleNames::fromLabels(this);
    setForm(preferences);
    m_proxyPassword->setText(proxyPassword);
    updateState();
}

PreferencesDialog::~PreferencesDialog() = default;

AppPreferences PreferencesDialog::preferences() const {
    AppPreferences preferences;
    preferences.pageSize = m_pageSize->value();
    preferences.timeoutSeconds = m_timeout->value();
    preferences.proxyMode = AppPreferences::ProxyMode(std::max(0, m_proxyModes->checkedId()));
    preferences.proxyHost = m_proxyHost->text().trimmed();
    preferences.proxyPort = m_proxyPort->value();
    preferences.proxyUser = m_proxyUser->text().trimmed();
    preferences.language = m_language->currentData().toString();
    return preferences;
}

QString PreferencesDialog::proxyPassword() const {
    // Only a manual proxy with a user name signs in; a password left in the field otherwise means nothing.
    return preferences().proxyNeedsPassword() ? m_proxyPassword->text() : QString();
}

QList<AppPreferences::Problem> PreferencesDialog::problems() const {
    return preferences().problems();
}

void PreferencesDialog::restoreDefaults() {
    setForm(AppPreferences());
    m_proxyPassword->clear();
    updateState();
}

void PreferencesDialog::accept() {
    if (!problems().isEmpty())
        return;
    QDialog::accept();
}

void PreferencesDialog::setForm(const AppPreferences &preferences) {
    m_pageSize->setValue(preferences.pageSize);
    m_timeout->setValue(preferences.timeoutSeconds);
    if (QAbstractButton *mode = m_proxyModes->button(int(preferences.proxyMode)))
        mode->setChecked(true);
    m_proxyHost->setText(preferences.proxyHost);
    m_proxyPort->setValue(preferences.proxyPort);
    m_proxyUser->setText(preferences.proxyUser);
    m_language->setCurrentIndex(std::max(0, m_language->findData(preferences.language)));
}

void PreferencesDialog::updateState() {
    const bool manual = m_manualProxy->isChecked();
    for (QWidget *field : {static_cast<QWidget *>(m_proxyHost), static_cast<QWidget *>(m_proxyPort),
                           static_cast<QWidget *>(m_proxyUser)})
        field->setEnabled(manual);
    m_proxyPassword->setEnabled(manual && !m_proxyUser->text().trimmed().isEmpty());

    QString proxyProblem;
    const QList<AppPreferences::Problem> found = problems();
    for (const AppPreferences::Problem &problem : found) {
        const AppPreferences::Field field = problem.field;
        if (field == AppPreferences::Field::ProxyHost || field == AppPreferences::Field::ProxyPort ||
            field == AppPreferences::Field::ProxyUser) {
            proxyProblem = problem.message;
            break;
        }
    }
    m_proxyProblem->setProblem(proxyProblem);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(found.isEmpty());
}

} // namespace rz
