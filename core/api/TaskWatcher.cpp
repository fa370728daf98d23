// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: rzconsole contributors
#include "api/TaskWatcher.h"

#include "api/ScanService.h"

#include <QTimer>

namespace rz {

TaskWatcher::TaskWatcher(ScanService &service, QObject *parent)
    : QObject(parent)
    , m_service(service) {}

TaskWatcher::~TaskWatcher() = default;

void TaskWatcher::setIntervals(int firstMs, int ceilingMs) {
    m_firstMs = firstMs;
    m_ceilingMs = ceilingMs;
}

void TaskWatcher::watch(const Task &task) {
    if (task.id.isEmpty() || task.hasEnded())
        return;
    stop(task.id);
    Watch &entry = m_watches[task.id];
    entry.backoff = PollBackoff(m_firstMs, m_ceilingMs);
    entry.generation = ++m_generation;
    entry.timer = new QTimer(this);
    entry.timer->setSingleShot(true);
    connect(entry.timer, &QTimer::timeout, this, [this, id = task.id] { poll(id); });
    schedule(task.id);
}

void TaskWatcher::stop(const QString &taskId) {
    const auto it = m_watches.find(taskId);
    if (it == m_watches.end())
        return;
    // Later: stop() may run inside an answer whose context is this timer.
    it->timer->stop();
    it->timer->deleteLater();
    m_watches.erase(it);
}

void TaskWatcher::stopAll() {
    for (Watch &entry : m_watches) {
        entry.timer->stop();
        entry.timer->deleteLater();
    }
    m_watches.clear();
}

bool TaskWatcher::isWatching(const QString &taskId) const {
    return m_watches.contains(taskId);
}

int TaskWatcher::watchedCount() const {
    return int(m_watches.size());
}

void TaskWatcher::schedule(const QString &taskId) {
    const auto it = m_watches.find(taskId);
    if (it != m_watches.end())
        it->timer->start(it->backoff.next());
}

void TaskWatcher::poll(const QString &taskId) {
    const auto it = m_watches.find(taskId);
    if (it == m_watches.end() || it->polling)
        return;
    it->polling = true;
    // The timer is the context: stopping the watch deletes it, and with it any answer still on its way.
    m_service.fetchTask(taskId, it->timer,
                        [this, taskId, generation = it->generation](const Result<Task> &result) {
                            const auto entry = m_watches.find(taskId);
                            if (entry == m_watches.end() || entry->generation != generation)
                                return;
                            entry->polling = false;
                            if (!result.ok()) {
                                const bool gone = result.error.kind == ApiError::Kind::NotFound;
                                if (gone)
                                    stop(taskId);
                                else
                                    schedule(taskId);
                                Q_EMIT pollFailed(taskId, result.error, gone);
                                return;
                            }
                            const Task task = result.value;
                            if (task.hasEnded()) {
                                stop(taskId);
                                Q_EMIT updated(task);
                                Q_EMIT ended(task);
                                return;
                            }
                            schedule(taskId);
                            Q_EMIT updated(task);
                        });
}

} // namespace rz
