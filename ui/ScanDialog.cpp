// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: rzconsole contributors
#include "ui/ScanDialog.h"

#include "api/ScanService.h"
#include "ui/AccessibleNames.h"
#include "ui/FieldProblemLabel.h"
#include "ui/RequestPreviewDialog.h"
#include "ui/ScanOptionsPage.h"
#include "ui/ScanProbesPage.h"
#include "ui/ScanScannerPage.h"
#include "ui/ScanSchedulePage.h"
#include "ui/ScanScopePage.h"
#include "ui/TintedFrame.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTime>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QStyle>
#include <QTabWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace rz {

namespace {

// A strip with an icon and a tinted background, for warnings and the launch's outcome.
QFrame *messageFrame(const QString &objectName, QStyle::StandardPixmap icon, QWidget *parent, QLabel **text,
                     QLabel **iconLabel = nullptr) {
    auto *frame = new TintedFrame(QColor(0xe0, 0xa0, 0x10), 6, parent); // amber, again on a palette change
    frame->setObjectName(objectName);
    auto *iconView = new QLabel(frame);
    const int size = frame->style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, frame);
    iconView->setPixmap(frame->style()->standardIcon(icon, nullptr, frame).pixmap(size));
    if (iconLabel)
        *iconLabel = iconView;
    *text = new QLabel(frame);
    (*text)->setWordWrap(true);
    (*text)->setTextFormat(Qt::PlainText);
    (*text)->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *layout = new QHBoxLayout(frame);
    layout->addWidget(iconView, 0, Qt::AlignTop);
    layout->addWidget(*text, 1);
    frame->hide();
    return frame;
}

} // namespace

ScanDialog::ScanDialog(ScanService &service, Setup setup, QWidget *parent)
    : QDialog(parent)
    , m_service(service)
    , m_scanLaunch(new ScanLaunch(service, this))
    , m_setup(std::move(setup))
    , m_intro(new QLabel(this))
    , m_site(new QComboBox(this))
    , m_siteProblem(new FieldProblemLabel(this))
    , m_tabs(new QTabWidget(this))
    , m_scope(new ScanScopePage(m_tabs))
    , m_scanner(new ScanScannerPage(m_tabs))
    , m_confirmWarnings(new QCheckBox(tr("I have read the &warnings; launch anyway"), this))
    , m_checkAgain(new QPushButton(tr("Check &Again"), this))
    , m_summary(new QLabel(this))
    , m_showRequest(new QPushButton(tr("Show Re&quest\u2026"), this))
    , m_launch(new QPushButton(tr("&Launch"), this))
    , m_close(new QPushButton(tr("Close"), this)) {
    setObjectName(u"scanDialog"_s);
    setWindowTitle(m_setup.organizationName.isEmpty()
                       ? tr("Launch Scan")
                       : tr("Launch Scan \u2014 %1").arg(m_setup.organizationName));
    m_blockedReason = m_service.organizationApiRefusal();
    buildLayout();
    AccessibleNames::fromLabels(this); // fields stacked with their problem text

    for (const Site &site : std::as_const(m_setup.sites))
        m_site->addItem(site.name.isEmpty() ? site.id : site.name, site.id);
    const int chosen = m_site->findData(m_setup.siteId);
    m_site->setCurrentIndex(chosen >= 0 ? chosen : (m_site->count() > 0 ? 0 : -1));
    m_site->setEnabled(m_site->count() > 0);
    m_scanner->setSiteId(m_site->currentData().toString());
    m_scope->setTargets(m_setup.targets.isEmpty() ? u"defaults"_s : m_setup.targets);
    m_scope->setName(defaultName());

    connect(m_site, &QComboBox::currentIndexChanged, this, &ScanDialog::onSiteChanged);
    for (ScanFormPage *page : std::as_const(m_pages))
        connect(page, &ScanFormPage::changed, this, &ScanDialog::revalidate);
    connect(m_scanner, &ScanScannerPage::templateChosen, this, [this](const QMap<QString, QString> &params) {
        for (ScanFormPage *page : std::as_const(m_pages))
            page->applyTemplate(params);
    });
    connect(m_scope, &ScanScopePage::nameEdited, this, [this] { m_nameEdited = true; });
    connect(m_confirmWarnings, &QCheckBox::toggled, this, [this](bool confirmed) {
        m_confirmedWarnings = confirmed ? m_check.warnings : QStringList();
        updateButtons();
    });
    connect(m_launch, &QPushButton::clicked, this, &ScanDialog::launch);
    connect(m_showRequest, &QPushButton::clicked, this, &ScanDialog::showRequest);
    connect(m_checkAgain, &QPushButton::clicked, this, &ScanDialog::checkAgain);
    connect(m_close, &QPushButton::clicked, this, &ScanDialog::reject);
    connect(m_scanLaunch, &ScanLaunch::stateChanged, this, &ScanDialog::renderLaunch);
    connect(m_scanLaunch, &ScanLaunch::launched, this, [this](const Task &task, bool answered) {
        Q_EMIT scanLaunched(task);
        if (answered)
            accept();
    });

    loadChoices();
    revalidate();
    resize(760, 660);
}

ScanDialog::~ScanDialog() = default;

void ScanDialog::buildLayout() {
    m_intro->setObjectName(u"scanIntro"_s);
    m_intro->setWordWrap(true);
    m_intro->setText(
        tr("The scan runs on the explorer, explorer group or hosted zone you choose, and its results "
           "go to the site below. Options left empty use the console\u2019s defaults."));
    m_site->setObjectName(u"siteCombo"_s);
    m_siteProblem->setObjectName(u"siteProblem"_s);
    auto *siteRow = new QFormLayout;
    auto *siteLabel = new QLabel(tr("&Site:"), this);
    siteLabel->setBuddy(m_site);
    siteRow->addRow(siteLabel, FieldProblemLabel::stack(m_site, m_siteProblem, this));

    m_tabs->setObjectName(u"scanTabs"_s);
    m_pages = {m_scope, m_scanner, new ScanOptionsPage(m_tabs), new ScanProbesPage(m_tabs),
               new ScanSchedulePage(m_tabs)};
    m_tabs->addTab(m_pages[0], tr("Sco&pe"));
    m_tabs->addTab(m_pages[1], tr("S&canner"));
    m_tabs->addTab(m_pages[2], tr("&Options"));
    m_tabs->addTab(m_pages[3], tr("Pro&bes"));
    m_tabs->addTab(m_pages[4], tr("Sc&hedule"));

    m_warnings = messageFrame(u"warningsBox"_s, QStyle::SP_MessageBoxWarning, this, &m_warningsText);
    m_warningsText->setObjectName(u"warningsText"_s);
    m_confirmWarnings->setObjectName(u"confirmWarningsCheck"_s);
    m_warnings->layout()->addWidget(m_confirmWarnings);
    static_cast<QHBoxLayout *>(m_warnings->layout())->setAlignment(m_confirmWarnings, Qt::AlignBottom);

    m_messageBox = messageFrame(u"launchMessageBox"_s, QStyle::SP_MessageBoxInformation, this, &m_message,
                                &m_messageIcon);
    m_message->setObjectName(u"launchMessage"_s);
    m_checkAgain->setObjectName(u"checkAgainButton"_s);
    m_checkAgain->setAutoDefault(false);
    m_checkAgain->hide();
    m_messageBox->layout()->addWidget(m_checkAgain);

    m_summary->setObjectName(u"problemSummary"_s);
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::PlainText);
    m_showRequest->setObjectName(u"showRequestButton"_s);
    m_showRequest->setAutoDefault(false);
    m_launch->setObjectName(u"launchButton"_s);
    m_launch->setDefault(true);
    m_close->setObjectName(u"closeButton"_s);
    m_close->setAutoDefault(false);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_showRequest);
    buttons->addStretch(1);
    buttons->addWidget(m_launch);
    buttons->addWidget(m_close);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addLayout(siteRow);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(m_warnings);
    layout->addWidget(m_messageBox);
    layout->addWidget(m_summary);
    layout->addLayout(buttons);
}

void ScanDialog::loadChoices() {
    if (!m_blockedReason.isEmpty()) {
        m_scanner->setExplorersFailed(m_blockedReason);
        m_scanner->setTemplatesUnavailable(m_blockedReason);
        return;
    }
    m_service.fetchExplorers(this, [this](const Result<QList<Explorer>> &result) {
        if (result.ok())
            m_scanner->setExplorers(result.value, siteNames());
        else
            m_scanner->setExplorersFailed(result.error.userMessage());
    });
    // Hosted zones are an Enterprise feature: without them (or without the right to list them) the choice is
    // simply not offered.
    m_service.fetchHostedZones(this, [this](const Result<QList<HostedZone>> &result) {
        m_scanner->setHostedZones(result.ok() ? result.value : QList<HostedZone>());
    });
    if (!m_service.canListScanTemplates()) {
        m_scanner->setTemplatesUnavailable(m_service.scanTemplateRefusal());
        return;
    }
    m_service.fetchScanTemplates(this, [this](const Result<QList<ScanTemplate>> &result) {
        if (result.ok())
            m_scanner->setTemplates(result.value);
        else
            m_scanner->setTemplatesFailed(result.error.userMessage());
    });
}

ScanRequest ScanDialog::request() const {
    ScanRequest request;
    request.siteId = m_site->currentData().toString();
    for (const ScanFormPage *page : m_pages)
        page->writeTo(request);
    return request;
}

ScanCheck ScanDialog::check() const {
    return m_check;
}

QByteArray ScanDialog::requestBody() const {
    return ScanService::launchBody(request());
}

ScanDialog::LaunchState ScanDialog::launchState() const {
    return m_scanLaunch->state();
}

QString ScanDialog::message() const {
    return m_message->text();
}

bool ScanDialog::canLaunch() const {
    const bool ready = m_scanLaunch->canSend();
    const bool confirmed = m_check.warnings.isEmpty() || m_confirmedWarnings == m_check.warnings;
    return ready && m_blockedReason.isEmpty() && m_check.ok() && confirmed;
}

QString ScanDialog::siteName(const QString &siteId) const {
    for (const Site &site : m_setup.sites) {
        if (site.id == siteId)
            return site.name;
    }
    return {};
}

QHash<QString, QString> ScanDialog::siteNames() const {
    QHash<QString, QString> names;
    for (const Site &site : m_setup.sites)
        names.insert(site.id, site.name);
    return names;
}

QString ScanDialog::defaultName() const {
    // Unique enough to tell this launch from earlier ones in the task list.
    const QString when = QLocale().toString(QDateTime::currentDateTime(), u"yyyy-MM-dd HH:mm"_s);
    const QString site = siteName(m_site->currentData().toString());
    return site.isEmpty() ? tr("Scan %1").arg(when) : tr("%1 scan %2").arg(site, when);
}

void ScanDialog::onSiteChanged() {
    m_scanner->setSiteId(m_site->currentData().toString());
    if (!m_nameEdited)
        m_scope->setName(defaultName());
    revalidate();
}

void ScanDialog::revalidate() {
    const ScanRequest current = request();
    ScanContext context;
    const QString siteId = current.siteId;
    for (const Site &site : std::as_const(m_setup.sites)) {
        if (site.id == siteId) {
            context.siteScope = site.scope;
            context.siteExcludes = site.excludes;
        }
    }
    context.explorers = m_scanner->explorers();
    context.explorersKnown = m_scanner->explorersKnown();
    context.nowSeconds = m_scanLaunch->nowSeconds();
    m_check = current.check(context);

    m_siteProblem->setProblem(m_check.problems.value(ScanField::Site));
    for (int index = 0; index < m_pages.size(); ++index) {
        ScanFormPage *page = m_pages.at(index);
        page->showCheck(m_check);
        bool problem = false;
        const QList<ScanField> fields = page->fields();
        for (const ScanField field : fields)
            problem = problem || m_check.problems.contains(field);
        m_tabs->setTabIcon(index, problem ? style()->standardIcon(QStyle::SP_MessageBoxWarning) : QIcon());
        m_tabs->setTabToolTip(index, problem ? tr("Something on this tab needs fixing.") : QString());
    }

    if (m_check.warnings != m_confirmedWarnings) {
        const QSignalBlocker blocker(m_confirmWarnings);
        m_confirmWarnings->setChecked(false);
        m_confirmedWarnings.clear();
    }
    m_warningsText->setText(m_check.warnings.join(u'\n'));
    m_warnings->setVisible(!m_check.warnings.isEmpty());

    if (!m_blockedReason.isEmpty()) {
        m_summary->setText(m_blockedReason);
    } else if (m_check.problems.isEmpty()) {
        m_summary->setText(QString());
    } else {
        const QString first = m_check.problems.first().section(u'\n', 0, 0);
        m_summary->setText(m_check.problems.size() == 1
                               ? tr("One thing to fix before launching: %1").arg(first)
                               : tr("%1 things to fix before launching. The first: %2")
                                     .arg(m_check.problems.size())
                                     .arg(first));
    }
    m_summary->setVisible(!m_summary->text().isEmpty());
    if (const RequestPreviewDialog *preview = m_preview.data(); preview && preview->isVisible())
        showRequest();
    updateButtons();
}

void ScanDialog::updateButtons() {
    const LaunchState state = m_scanLaunch->state();
    const bool busy = m_scanLaunch->busy();
    for (ScanFormPage *page : std::as_const(m_pages))
        page->setEnabled(!busy && state != LaunchState::Launched);
    m_site->setEnabled(!busy && state != LaunchState::Launched && m_site->count() > 0);
    switch (state) {
    case LaunchState::Sending:
        m_launch->setText(tr("Launching\u2026"));
        break;
    case LaunchState::Checking:
        m_launch->setText(tr("Checking\u2026"));
        break;
    case LaunchState::NotCreated:
        m_launch->setText(tr("Send &Again"));
        break;
    case LaunchState::Editing:
    case LaunchState::CheckFailed:
    case LaunchState::Launched:
        m_launch->setText(tr("&Launch"));
        break;
    }
    m_launch->setVisible(state != LaunchState::Launched);
    m_launch->setEnabled(canLaunch());
    m_checkAgain->setVisible(state == LaunchState::CheckFailed);
    m_close->setEnabled(!busy);
    m_close->setDefault(state == LaunchState::Launched);
}

void ScanDialog::renderLaunch() {
    const LaunchState state = m_scanLaunch->state();
    const QString message = m_scanLaunch->message();
    m_message->setText(message);
    // Refusals look like errors, an open outcome like a warning, progress and success like information.
    QStyle::StandardPixmap icon = QStyle::SP_MessageBoxInformation;
    if (m_scanLaunch->refused())
        icon = QStyle::SP_MessageBoxCritical;
    else if (state == LaunchState::CheckFailed || state == LaunchState::NotCreated)
        icon = QStyle::SP_MessageBoxWarning;
    const int size = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
    m_messageIcon->setPixmap(style()->standardIcon(icon, nullptr, this).pixmap(size));
    m_messageBox->setVisible(!message.isEmpty());
    updateButtons();
}

void ScanDialog::showRequest() {
    RequestPreviewDialog *preview = m_preview.data();
    if (!preview) {
        preview = new RequestPreviewDialog(this);
        preview->setAttribute(Qt::WA_DeleteOnClose);
        m_preview = preview;
    }
    QString note;
    if (!m_check.ok())
        note = m_check.problems.size() == 1
                   ? tr("The form still has one problem; Launch stays disabled until it is fixed.")
                   : tr("The form still has %1 problems; Launch stays disabled until they are fixed.")
                         .arg(m_check.problems.size());
    preview->setRequest(ScanService::launchRequestLine(m_site->currentData().toString()), requestBody(),
                        note);
    preview->show();
    preview->raise();
}

void ScanDialog::launch() {
    if (canLaunch())
        m_scanLaunch->send(request());
}

void ScanDialog::checkAgain() {
    m_scanLaunch->checkAgain();
}

void ScanDialog::reject() {
    if (m_scanLaunch->busy())
        return;
    QDialog::reject();
}

} // namespace rz
