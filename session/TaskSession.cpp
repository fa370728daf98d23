// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: rzconsole contributors
#include "session/TaskSession.h"

#include "api/ApiClient.h"
#include "api/ScanService.h"
#include "api/TaskWatcher.h"
#include "models/TaskModel.h"

namespace rz {

TaskSession::TaskSession(ApiClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_model(new TaskModel(this)) {
    if (!m_client)
        return;
    m_service = std::make_unique<ScanService>(*m_client);
    m_watcher = new TaskWatcher(*m_service, this);
    connect(m_watcher, &TaskWatcher::updated, this, &TaskSession::onUpdated);
    connect(m_watcher, &TaskWatcher::ended, this, &TaskSession::onEnded);
    connect(m_watcher, &TaskWatcher::pollFailed, this, &TaskSession::onPollFailed);
}

TaskSession::~TaskSession() {
    // The watcher's answers refer to the service: stop them before it goes.
    delete m_watcher;
    m_watcher = nullptr;
}

bool TaskSession::isAvailable() const {
    return unavailableReason().isEmpty();
}

QString TaskSession::unavailableReason() const {
    if (!m_service)
        return tr("No connection is configured.");
    return m_service->organizationApiRefusal();
}

ScanService *TaskSession::service() const {
    return m_service.get();
}

TaskModel *TaskSession::model() const {
    return m_model;
}

bool TaskSession::isLoading() const {
    return m_loading;
}

bool TaskSession::hasLoaded() const {
    return m_loaded;
}

ApiError TaskSession::lastError() const {
    return m_lastError;
}

bool TaskSession::isFollowing(const QString &taskId) const {
    return m_watcher && m_watcher->isWatching(taskId);
}

void TaskSession::setPollIntervals(int firstMs, int ceilingMs) {
    if (m_watcher)
        m_watcher->setIntervals(firstMs, ceilingMs);
}

void TaskSession::refresh() {
    if (!isAvailable() || m_loading)
        return;
    m_loading = true;
    Q_EMIT stateChanged();
    m_service->fetchTasks({}, this, [this, generation = m_generation](const Result<QList<Task>> &result) {
        if (generation != m_generation)
            return;
        m_loading = false;
        m_lastError = result.error;
        if (result.ok()) {
            m_loaded = true;
            m_model->setTasks(result.value);
        }
        Q_EMIT stateChanged();
    });
}

void TaskSession::follow(const Task &task) {
    if (!m_watcher)
        return;
    m_model->upsert(task);
    m_watcher->watch(task);
    const QString name = task.name.isEmpty() ? task.id : task.name;
    if (task.hasEnded())
        onEnded(task);
    else
        Q_EMIT announcement(tr("Scan \u201c%1\u201d launched; following its progress.").arg(name));
    Q_EMIT stateChanged();
}

void TaskSession::resetOrganization() {
    ++m_generation;
    if (m_watcher)
        m_watcher->stopAll();
    m_model->clear();
    m_loading = false;
    m_loaded = false;
    m_lastError = {};
    Q_EMIT stateChanged();
}

QString TaskSession::nameOf(const QString &taskId) const {
    const int row = m_model->rowOfId(taskId);
    if (row < 0 || m_model->task(row).name.isEmpty())
        return taskId;
    return m_model->task(row).name;
}

void TaskSession::onUpdated(const Task &task) {
    const int row = m_model->rowOfId(task.id);
    const bool started =
        row >= 0 && m_model->task(row).phase() == Task::Phase::Queued && task.phase() == Task::Phase::Running;
    m_model->upsert(task);
    if (started)
        Q_EMIT announcement(tr("Scan \u201c%1\u201d is running.").arg(nameOf(task.id)));
}

void TaskSession::onEnded(const Task &task) {
    m_model->upsert(task);
    const QString name = nameOf(task.id);
    switch (task.phase()) {
    case Task::Phase::Finished: {
        const QString result = TaskModel::resultText(task);
        Q_EMIT announcement(result.isEmpty() ? tr("Scan \u201c%1\u201d finished.").arg(name)
                                             : tr("Scan \u201c%1\u201d finished: %2.").arg(name, result));
        break;
    }
    case Task::Phase::Failed:
        Q_EMIT announcement(task.error.isEmpty()
                                ? tr("Scan \u201c%1\u201d failed.").arg(name)
                                : tr("Scan \u201c%1\u201d failed: %2").arg(name, task.error));
        break;
    case Task::Phase::Stopped:
        Q_EMIT announcement(tr("Scan \u201c%1\u201d was stopped.").arg(name));
        break;
    case Task::Phase::Queued:
    case Task::Phase::Running:
        break;
    }
    Q_EMIT taskEnded(task);
    Q_EMIT stateChanged();
}

void TaskSession::onPollFailed(const QString &taskId, const ApiError &error, bool dropped) {
    if (dropped)
        Q_EMIT announcement(
            tr("Scan \u201c%1\u201d is no longer known to the console; it is no longer followed.")
                .arg(nameOf(taskId)));
    else
        Q_EMIT announcement(tr("Could not check on scan \u201c%1\u201d (%2); trying again later.")
                                .arg(nameOf(taskId), error.userMessage()));
    Q_EMIT stateChanged();
}

} // namespace rz
