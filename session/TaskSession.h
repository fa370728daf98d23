// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: rzconsole contributors
#pragma once

#include "domain/ApiError.h"
#include "domain/Task.h"

#include <QObject>
#include <memory>

namespace rz {

class ApiClient;
class ScanService;
class TaskModel;
class TaskWatcher;

// The organization's tasks as the Tasks view shows them: the list from /org/tasks, and the tasks launched
// from this console, followed until they end. Like ConsoleSession, it holds the state and the model; the
// widgets render it.
class TaskSession final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TaskSession)
public:
    // `client` may be null (no connection): then nothing is available. It must outlive the session.
    explicit TaskSession(ApiClient *client, QObject *parent = nullptr);
    ~TaskSession() override;

    // Whether the credential can read tasks and launch scans, and if not, why (a sentence).
    bool isAvailable() const;
    QString unavailableReason() const;
    ScanService *service() const; // null without a client
    TaskModel *model() const;

    bool isLoading() const;
    bool hasLoaded() const; // the list arrived at least once for the current organization
    ApiError lastError() const;
    bool isFollowing(const QString &taskId) const;
    // The waits between polls of a followed task (2 s doubling to 60 s unless set).
    void setPollIntervals(int firstMs, int ceilingMs);

public Q_SLOTS:
    // Loads the task list (/org/tasks).
    void refresh();
    // Shows `task` and follows it until it finishes, fails or is stopped.
    void follow(const rz::Task &task);
    // The organization changed: forgets the tasks and stops following them (refresh() loads the new list).
    void resetOrganization();

Q_SIGNALS:
    void stateChanged();
    // A sentence for the status bar: a launch, a task that started running, finished, failed or stopped.
    void announcement(const QString &text);
    void taskEnded(const rz::Task &task);

private:
    void onUpdated(const Task &task);
    void onEnded(const Task &task);
    void onPollFailed(const QString &taskId, const ApiError &error, bool dropped);
    QString nameOf(const QString &taskId) const;

    ApiClient *m_client;
    std::unique_ptr<ScanService> m_service;
    TaskModel *m_model;
    TaskWatcher *m_watcher = nullptr;
    bool m_loading = false;
    bool m_loaded = false;
    quint64 m_generation = 0; // answers for an earlier organization are dropped
    ApiError m_lastError;
};

} // namespace rz
