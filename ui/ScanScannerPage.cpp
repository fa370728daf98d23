// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: rzconsole contributors
#include "ui/ScanScannerPage.h"

#include "ui/FieldProblemLabel.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QRadioButton>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace rz {

namespace {

template<class T> T *named(T *widget, const QString &objectName) {
    widget->setObjectName(objectName);
    return widget;
}

} // namespace

ScanScannerPage::ScanScannerPage(QWidget *parent)
    : ScanFormPage(parent)
    , m_choice(new QButtonGroup(this))
    , m_explorerRadio(named(new QRadioButton(tr("An &explorer:"), this), u"explorerRadio"_s))
    , m_explorerCombo(named(new QComboBox(this), u"explorerCombo"_s))
    , m_groupRadio(named(new QRadioButton(tr("An explorer &group, by ID:"), this), u"explorerGroupRadio"_s))
    , m_groupEdit(named(new QLineEdit(this), u"explorerGroupEdit"_s))
    , m_zoneRadio(named(new QRadioButton(tr("A hosted &zone:"), this), u"hostedZoneRadio"_s))
    , m_zoneCombo(named(new QComboBox(this), u"hostedZoneCombo"_s))
    , m_status(named(new QLabel(tr("Loading the explorers\u2026"), this), u"scannerStatus"_s))
    , m_scannerProblem(named(new FieldProblemLabel(this), u"scannerProblem"_s))
    , m_templateCombo(named(new QComboBox(this), u"templateCombo"_s))
    , m_templateEdit(named(new QLineEdit(this), u"templateEdit"_s))
    , m_templateNote(named(new QLabel(tr("Loading the scan templates\u2026"), this), u"templateNote"_s))
    , m_templateProblem(named(new FieldProblemLabel(this), u"templateProblem"_s)) {
    m_choice->addButton(m_explorerRadio);
    m_choice->addButton(m_groupRadio);
    m_choice->addButton(m_zoneRadio);
    m_explorerCombo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_explorerCombo->setMinimumContentsLength(30);
    m_explorerCombo->setEnabled(false);
    m_groupEdit->setPlaceholderText(tr("The group\u2019s ID, a UUID"));
    m_groupEdit->setToolTip(tr("The group picks an available explorer among its members."));
    m_zoneCombo->addItem(tr("auto \u2014 let runZero choose a zone"), u"auto"_s);
    m_zoneRadio->setToolTip(tr("Hosted zones scan from the internet: public addresses and host names only."));
    m_zoneRadio->hide();
    m_zoneCombo->hide();
    m_status->setWordWrap(true);

    auto *who = new QGroupBox(tr("Who runs the scan"), this);
    auto *grid = new QGridLayout(who);
    grid->addWidget(m_explorerRadio, 0, 0);
    grid->addWidget(m_explorerCombo, 0, 1);
    grid->addWidget(m_groupRadio, 1, 0);
    grid->addWidget(m_groupEdit, 1, 1);
    grid->addWidget(m_zoneRadio, 2, 0);
    grid->addWidget(m_zoneCombo, 2, 1);
    grid->addWidget(m_status, 3, 0, 1, 2);
    grid->addWidget(m_scannerProblem, 4, 0, 1, 2);
    grid->setColumnStretch(1, 1);

    m_templateCombo->addItem(tr("None \u2014 use the options on the other tabs"), QString());
    m_templateCombo->setEnabled(false);
    m_templateEdit->setPlaceholderText(
        tr("Template ID (optional), e.g. e77602e0-3fb8-4734-aef9-fbc6fdcb0fa8"));
    m_templateEdit->hide();
    m_templateNote->setWordWrap(true);
    auto *templates = new QGroupBox(tr("Scan template"), this);
    auto *templateLayout = new QVBoxLayout(templates);
    templateLayout->addWidget(m_templateCombo);
    templateLayout->addWidget(m_templateEdit);
    templateLayout->addWidget(m_templateNote);
    templateLayout->addWidget(m_templateProblem);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(who);
    layout->addWidget(templates);
    layout->addStretch(1);

    connect(m_choice, &QButtonGroup::buttonToggled, this, [this](QAbstractButton *, bool checked) {
        if (checked)
            Q_EMIT changed();
    });
    // Using a choice's field picks that choice.
    connect(m_explorerCombo, &QComboBox::activated, this, [this] { m_explorerRadio->setChecked(true); });
    connect(m_explorerCombo, &QComboBox::currentIndexChanged, this, &ScanScannerPage::changed);
    connect(m_groupEdit, &QLineEdit::textEdited, this, [this] { m_groupRadio->setChecked(true); });
    connect(m_groupEdit, &QLineEdit::textChanged, this, &ScanScannerPage::changed);
    connect(m_zoneCombo, &QComboBox::activated, this, [this] { m_zoneRadio->setChecked(true); });
    connect(m_zoneCombo, &QComboBox::currentIndexChanged, this, &ScanScannerPage::changed);
    connect(m_templateEdit, &QLineEdit::textChanged, this, &ScanScannerPage::changed);
    connect(m_templateCombo, &QComboBox::activated, this, [this](int index) {
        const QString id = m_templateCombo->itemData(index).toString();
        const auto found = std::find_if(m_templates.cbegin(), m_templates.cend(),
                                        [&id](const ScanTemplate &t) { return t.id == id; });
        if (found != m_templates.cend())
            Q_EMIT templateChosen(found->params);
        Q_EMIT changed();
    });
}

ScanScannerPage::~ScanScannerPage() = default;

void ScanScannerPage::setSiteId(const QString &siteId) {
    if (siteId == m_siteId)
        return;
    m_siteId = siteId;
    if (m_explorersKnown)
        fillExplorerCombo();
}

void ScanScannerPage::setExplorers(const QList<Explorer> &explorers,
                                   const QHash<QString, QString> &siteNames) {
    m_explorers.clear();
    for (const Explorer &explorer : explorers) {
        if (!explorer.inactive)
            m_explorers.append(explorer);
    }
    m_siteNames = siteNames;
    m_explorersKnown = true;
    fillExplorerCombo();
    if (m_explorers.isEmpty()) {
        m_status->setText(tr("This organization has no explorers. Use an explorer group or a hosted zone, or "
                             "deploy an explorer first."));
    } else {
        const auto connected = std::count_if(m_explorers.cbegin(), m_explorers.cend(),
                                             [](const Explorer &e) { return e.connected; });
        m_status->setText(connected == 0 ? tr("None of the explorers is connected right now.") : QString());
    }
    m_status->setVisible(!m_status->text().isEmpty());
    if (!m_explorers.isEmpty() && !m_choice->checkedButton())
        m_explorerRadio->setChecked(true);
    Q_EMIT changed();
}

void ScanScannerPage::setExplorersFailed(const QString &message) {
    m_status->setText(tr("The explorers could not be loaded. %1").arg(message));
    m_status->show();
}

void ScanScannerPage::fillExplorerCombo() {
    const QString current = m_explorerCombo->currentData().toString();
    QList<Explorer> sorted = m_explorers;
    // Connected explorers of this site first, then other connected ones, then the offline ones.
    std::stable_sort(sorted.begin(), sorted.end(), [this](const Explorer &a, const Explorer &b) {
        const auto rank = [this](const Explorer &e) {
            return (e.connected ? 0 : 2) + (e.siteId == m_siteId ? 0 : 1);
        };
        return rank(a) < rank(b);
    });
    const QSignalBlocker blocker(m_explorerCombo);
    m_explorerCombo->clear();
    for (const Explorer &explorer : sorted) {
        m_explorerCombo->addItem(explorerText(explorer), explorer.id);
        m_explorerCombo->setItemData(m_explorerCombo->count() - 1,
                                     tr("Internal address %1, external address %2, %3")
                                         .arg(explorer.internalIp, explorer.externalIp, explorer.os),
                                     Qt::ToolTipRole);
    }
    const int keep = m_explorerCombo->findData(current);
    m_explorerCombo->setCurrentIndex(keep >= 0 ? keep : (sorted.isEmpty() ? -1 : 0));
    m_explorerCombo->setEnabled(!sorted.isEmpty());
    m_explorerRadio->setEnabled(!sorted.isEmpty());
}

QString ScanScannerPage::explorerText(const Explorer &explorer) const {
    const QString site = m_siteNames.value(explorer.siteId, tr("no site"));
    // "4.0.250311.0 (build 20250311182347) [5d1c0ab2]" -> "4.0.250311.0"
    const QString version = explorer.version.section(u' ', 0, 0);
    const QString name = explorer.name.isEmpty() ? explorer.id : explorer.name;
    if (explorer.connected)
        return tr("%1 \u2014 %2, connected, version %3").arg(name, site, version);
    return tr("%1 \u2014 %2, offline, version %3").arg(name, site, version);
}

void ScanScannerPage::setHostedZones(const QList<HostedZone> &zones) {
    const QSignalBlocker blocker(m_zoneCombo);
    while (m_zoneCombo->count() > 1)
        m_zoneCombo->removeItem(1);
    for (const HostedZone &zone : zones) {
        if (zone.enabled && !zone.name.isEmpty())
            m_zoneCombo->addItem(zone.name, zone.name);
    }
    const bool any = m_zoneCombo->count() > 1;
    m_zoneRadio->setVisible(any);
    m_zoneCombo->setVisible(any);
    if (!any && m_zoneRadio->isChecked())
        m_explorerRadio->setChecked(true);
}

void ScanScannerPage::setTemplates(const QList<ScanTemplate> &templates) {
    m_templates = templates;
    const QSignalBlocker blocker(m_templateCombo);
    while (m_templateCombo->count() > 1)
        m_templateCombo->removeItem(1);
    for (const ScanTemplate &scanTemplate : templates) {
        const QString name = scanTemplate.name.isEmpty() ? scanTemplate.id : scanTemplate.name;
        m_templateCombo->addItem(scanTemplate.global ? tr("%1 (global)").arg(name) : name, scanTemplate.id);
        m_templateCombo->setItemData(m_templateCombo->count() - 1, scanTemplate.description, Qt::ToolTipRole);
    }
    m_templateCombo->setEnabled(true);
    m_templateNote->setText(templates.isEmpty()
                                ? tr("The account has no scan templates.")
                                : tr("Choosing a template fills in its options; what you change "
                                     "afterwards is sent as well and takes precedence."));
}

void ScanScannerPage::setTemplatesFailed(const QString &message) {
    m_templateNote->setText(tr("The scan templates could not be loaded. %1").arg(message));
    m_typedTemplate = true;
    m_templateCombo->hide();
    m_templateEdit->show();
}

void ScanScannerPage::setTemplatesUnavailable(const QString &reason) {
    m_typedTemplate = true;
    m_templateCombo->hide();
    m_templateEdit->show();
    m_templateNote->setText(reason.isEmpty() ? QString()
                                             : tr("%1 You can enter a template ID instead.").arg(reason));
}

const QList<Explorer> &ScanScannerPage::explorers() const {
    return m_explorers;
}

bool ScanScannerPage::explorersKnown() const {
    return m_explorersKnown;
}

void ScanScannerPage::writeTo(ScanRequest &request) const {
    request.scanner = ScanRequest::Scanner::None;
    if (m_explorerRadio->isChecked()) {
        request.scanner = ScanRequest::Scanner::Explorer;
        request.explorerId = m_explorerCombo->currentData().toString();
    } else if (m_groupRadio->isChecked()) {
        request.scanner = ScanRequest::Scanner::ExplorerGroup;
        request.explorerGroupId = m_groupEdit->text();
    } else if (m_zoneRadio->isChecked()) {
        request.scanner = ScanRequest::Scanner::HostedZone;
        request.hostedZone = m_zoneCombo->currentData().toString();
    }
    request.templateId = m_typedTemplate ? m_templateEdit->text() : m_templateCombo->currentData().toString();
}

void ScanScannerPage::showCheck(const ScanCheck &check) {
    m_scannerProblem->setProblem(check.problems.value(ScanField::Scanner));
    m_templateProblem->setProblem(check.problems.value(ScanField::Template));
}

QList<ScanField> ScanScannerPage::fields() const {
    return {ScanField::Scanner, ScanField::Template};
}

} // namespace rz
