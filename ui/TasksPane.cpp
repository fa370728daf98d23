// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: rzconsole contributors
#include "ui/TasksPane.h"

#include "models/TaskModel.h"
#include "session/TaskSession.h"
#include "ui/ErrorBanner.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QStyle>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace rz {

TasksPane::TasksPane(TaskSession *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_status(new QLabel(this))
    , m_refresh(new QToolButton(this))
    , m_banner(new ErrorBanner(this))
    , m_view(new QTreeView(this)) {
    setObjectName(u"tasksPane"_s);
    m_status->setObjectName(u"tasksStatus"_s);
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText);
    m_refresh->setObjectName(u"refreshTasksButton"_s);
    m_refresh->setIcon(QIcon::fromTheme(u"view-refresh"_s, style()->standardIcon(QStyle::SP_BrowserReload)));
    m_refresh->setText(tr("Refresh"));
    m_refresh->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_refresh->setToolTip(tr("Load the organization\u2019s tasks again"));

    m_view->setObjectName(u"taskView"_s);
    m_view->setAccessibleName(tr("Tasks"));
    m_view->setModel(m_session->model());
    m_view->setRootIsDecorated(false);
    m_view->setUniformRowHeights(true);
    m_view->setAllColumnsShowFocus(true);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    QHeaderView *header = m_view->header();
    header->setStretchLastSection(true);
    const int chars = fontMetrics().averageCharWidth();
    m_view->setColumnWidth(TaskModel::Name, 32 * chars);
    m_view->setColumnWidth(TaskModel::Status, 11 * chars);
    m_view->setColumnWidth(TaskModel::Site, 16 * chars);
    m_view->setColumnWidth(TaskModel::Created, 18 * chars);
    m_view->setColumnWidth(TaskModel::Updated, 18 * chars);

    auto *top = new QHBoxLayout;
    top->addWidget(m_status, 1);
    top->addWidget(m_refresh);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(top);
    layout->addWidget(m_banner);
    layout->addWidget(m_view, 1);

    connect(m_refresh, &QToolButton::clicked, m_session, &TaskSession::refresh);
    connect(m_banner, &ErrorBanner::retryRequested, m_session, &TaskSession::refresh);
    connect(m_session, &TaskSession::stateChanged, this, &TasksPane::updateState);
    connect(m_session->model(), &QAbstractItemModel::modelReset, this, &TasksPane::updateState);
    connect(m_session->model(), &QAbstractItemModel::rowsInserted, this, &TasksPane::updateState);
    updateState();
}

TasksPane::~TasksPane() = default;

QTreeView *TasksPane::view() const {
    return m_view;
}

void TasksPane::updateState() {
    const bool available = m_session->isAvailable();
    m_view->setEnabled(available);
    m_refresh->setEnabled(available && !m_session->isLoading());
    const int count = m_session->model()->taskCount();
    QString status;
    if (!available)
        status = m_session->unavailableReason();
    else if (m_session->isLoading())
        status = tr("Loading tasks\u2026");
    else if (!m_session->hasLoaded() && count == 0)
        status = tr("Tasks are loaded when an organization is chosen.");
    else if (count == 0)
        status = tr("This organization has no tasks.");
    else
        status = count == 1 ? tr("1 task") : tr("%1 tasks, newest first").arg(QLocale().toString(count));
    m_status->setText(status);
    const ApiError error = m_session->lastError();
    if (!error.ok() && available)
        m_banner->showMessage(tr("The tasks could not be loaded. %1").arg(error.userMessage()));
    else
        m_banner->hide();
}

} // namespace rz
