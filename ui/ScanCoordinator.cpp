// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: rzconsole contributors
#include "ui/ScanCoordinator.h"

#include "api/ScanService.h"
#include "models/OrganizationModel.h"
#include "models/SiteModel.h"
#include "models/TaskModel.h"
#include "session/ConsoleSession.h"
#include "session/TaskSession.h"
#include "ui/ScanDialog.h"
#include "ui/TasksPane.h"

#include <QAction>
#include <QDockWidget>
#include <QIcon>
#include <QKeySequence>
#include <QLabel>
#include <QMainWindow>
#include <QStyle>

using namespace Qt::StringLiterals;

namespace rz {

ScanCoordinator::ScanCoordinator(ApiClient *client, ConsoleSession *session, QMainWindow *window)
    : QObject(window)
    , m_client(client)
    , m_session(session)
    , m_window(window)
    , m_tasks(new TaskSession(client, this))
    , m_pane(new TasksPane(m_tasks, window))
    , m_dock(new QDockWidget(tr("Tasks"), window))
    , m_statusLabel(new QLabel(window))
    , m_launchAction(new QAction(
          QIcon::fromTheme(u"system-search"_s, window->style()->standardIcon(QStyle::SP_MediaPlay)),
          tr("&Launch Scan\u2026"), this)) {
    m_launchAction->setObjectName(u"launchScanAction"_s);
    m_launchAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    connect(m_launchAction, &QAction::triggered, this, &ScanCoordinator::launchScan);

    m_dock->setObjectName(u"tasksDock"_s);
    m_dock->setWidget(m_pane);
    m_dock->setAllowedAreas(Qt::BottomDockWidgetArea | Qt::RightDockWidgetArea);
    m_dock->toggleViewAction()->setObjectName(u"showTasksAction"_s);
    m_dock->toggleViewAction()->setText(tr("&Tasks"));
    m_dock->hide();
    // The list is loaded when it is first looked at, not on every change of organization.
    connect(m_dock, &QDockWidget::visibilityChanged, this, [this](bool visible) {
        if (visible && !m_tasks->hasLoaded() && !m_tasks->isLoading())
            m_tasks->refresh();
    });

    m_statusLabel->setObjectName(u"taskStatusLabel"_s);
    m_statusLabel->setTextFormat(Qt::PlainText);
    connect(m_tasks, &TaskSession::announcement, m_statusLabel, [this](const QString &text) {
        m_statusLabel->setText(text);
        m_statusLabel->setToolTip(text);
    });

    connect(m_session, &ConsoleSession::currentOrganizationChanged, this,
            &ScanCoordinator::onOrganizationChanged);
    connect(m_session, &ConsoleSession::stateChanged, this, &ScanCoordinator::updateActions);
    // The Tasks view names each task's site.
    const SiteModel *sites = m_session->siteModel();
    connect(sites, &QAbstractItemModel::modelReset, this, &ScanCoordinator::updateSiteNames);
    connect(sites, &QAbstractItemModel::rowsInserted, this, &ScanCoordinator::updateSiteNames);
    connect(sites, &QAbstractItemModel::rowsRemoved, this, &ScanCoordinator::updateSiteNames);
    updateSiteNames();
    updateActions();
}

ScanCoordinator::~ScanCoordinator() = default;

QAction *ScanCoordinator::launchAction() const {
    return m_launchAction;
}

QAction *ScanCoordinator::tasksAction() const {
    return m_dock->toggleViewAction();
}

QDockWidget *ScanCoordinator::tasksDock() const {
    return m_dock;
}

QLabel *ScanCoordinator::statusLabel() const {
    return m_statusLabel;
}

TaskSession *ScanCoordinator::tasks() const {
    return m_tasks;
}

ScanDialog *ScanCoordinator::dialog() const {
    return m_dialog;
}

void ScanCoordinator::updateActions() {
    QString reason;
    if (!m_client)
        reason = tr("No connection is configured.");
    else if (!m_tasks->isAvailable())
        reason = m_tasks->unavailableReason();
    else if (m_session->currentOrganizationRow() < 0)
        reason = tr("Choose an organization first.");
    else if (m_session->siteModel()->siteCount() == 0)
        reason = tr("The organization has no sites to scan into yet.");
    m_launchAction->setEnabled(reason.isEmpty());
    m_launchAction->setToolTip(reason.isEmpty() ? tr("Launch a scan of the chosen site (Ctrl+L)") : reason);
    m_launchAction->setStatusTip(m_launchAction->toolTip());
}

void ScanCoordinator::updateSiteNames() {
    QHash<QString, QString> names;
    const SiteModel *sites = m_session->siteModel();
    for (int row = 1; row <= sites->siteCount(); ++row)
        names.insert(sites->site(row).id, sites->site(row).name);
    m_tasks->model()->setSiteNames(std::move(names));
}

void ScanCoordinator::onOrganizationChanged() {
    m_tasks->resetOrganization();
    if (m_dock->isVisible())
        m_tasks->refresh();
    updateActions();
}

QString ScanCoordinator::currentSiteId() const {
    const SiteModel *sites = m_session->siteModel();
    const int row = m_session->currentSiteRow();
    if (row > SiteModel::AllSitesRow && row <= sites->siteCount())
        return sites->site(row).id;
    return {};
}

void ScanCoordinator::launchScan() {
    openDialog(currentSiteId(), {});
}

void ScanCoordinator::scanSite(int siteRow) {
    const SiteModel *sites = m_session->siteModel();
    openDialog(siteRow > SiteModel::AllSitesRow && siteRow <= sites->siteCount() ? sites->site(siteRow).id
                                                                                 : currentSiteId(),
               {});
}

void ScanCoordinator::scanAssets(const QStringList &addresses, const QStringList &siteNames) {
    QString siteId = currentSiteId();
    QStringList distinct = siteNames;
    distinct.removeAll(QString());
    distinct.removeDuplicates();
    if (distinct.size() == 1) {
        const SiteModel *sites = m_session->siteModel();
        for (int row = 1; row <= sites->siteCount(); ++row) {
            if (sites->site(row).name == distinct.first())
                siteId = sites->site(row).id;
        }
    }
    openDialog(siteId, addresses.join(u'\n'));
}

void ScanCoordinator::openDialog(const QString &siteId, const QString &targets) {
    if (!m_launchAction->isEnabled() || !m_tasks->service())
        return;
    if (m_dialog) {
        m_dialog->raise();
        m_dialog->activateWindow();
        return;
    }
    ScanDialog::Setup setup;
    const SiteModel *sites = m_session->siteModel();
    for (int row = 1; row <= sites->siteCount(); ++row)
        setup.sites.append(sites->site(row));
    setup.siteId = siteId;
    setup.targets = targets;
    if (const int org = m_session->currentOrganizationRow(); org >= 0)
        setup.organizationName = m_session->organizationModel()->organization(org).name;
    m_dialog = new ScanDialog(*m_tasks->service(), std::move(setup), m_window);
    m_dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_dialog, &ScanDialog::scanLaunched, this, [this](const Task &task) {
        m_tasks->follow(task);
        onLaunched();
    });
    m_dialog->open();
}

void ScanCoordinator::onLaunched() {
    m_dock->show();
    m_dock->raise();
    if (!m_tasks->hasLoaded() && !m_tasks->isLoading())
        m_tasks->refresh();
}

} // namespace rz
