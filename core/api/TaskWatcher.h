// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: rzconsole contributors
#pragma once

#include "api/PollBackoff.h"
#include "domain/ApiError.h"
#include "domain/Task.h"

#include <QHash>
#include <QObject>

class QTimer;

namespace rz {

class ScanService;

// Follows tasks until they end: polls /org/tasks/{id} with a backing-off wait (2 s doubling to 60 s by
// default) and reports every answer. A failed poll is reported and tried again after the next wait; a task
// the server no longer knows (404) is dropped.
class TaskWatcher final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TaskWatcher)
public:
    // `service` must outlive the watcher.
    explicit TaskWatcher(ScanService &service, QObject *parent = nullptr);
    ~TaskWatcher() override;

    // The waits for tasks watched from now on.
    void setIntervals(int firstMs, int ceilingMs);

    // Starts following `task` (already ended: nothing to do). Watching a task again restarts its waits.
    void watch(const Task &task);
    void stop(const QString &taskId);
    void stopAll();
    bool isWatching(const QString &taskId) const;
    int watchedCount() const;

Q_SIGNALS:
    // A fresh copy of a watched task.
    void updated(const rz::Task &task);
    // The task finished, failed or was stopped; it is no longer watched.
    void ended(const rz::Task &task);
    // A poll failed; the watcher tries again later unless the task is gone (then `dropped` is true).
    void pollFailed(const QString &taskId, const rz::ApiError &error, bool dropped);

private:
    struct Watch {
        QTimer *timer = nullptr;
        PollBackoff backoff;
        bool polling = false;
        quint64 generation = 0; // answers meant for an earlier watch of the same task are dropped
    };
    void poll(const QString &taskId);
    void schedule(const QString &taskId);

    ScanService &m_service;
    int m_firstMs = 2000;
    int m_ceilingMs = 60000;
    quint64 m_generation = 0;
    QHash<QString, Watch> m_watches;
};

} // namespace rz
