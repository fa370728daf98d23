// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: rzconsole contributors
#pragma once

#include "domain/Task.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

namespace rz {

// The organization's tasks, newest first, as /org/tasks lists them; a task followed after a launch is updated
// in its row as its status changes.
class TaskModel final : public QAbstractTableModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TaskModel)
public:
    enum Column { Name, Status, Site, Created, Updated, Result, Count };

    explicit TaskModel(QObject *parent = nullptr);
    ~TaskModel() override;

    // Replaces every task (a reset); the list is shown newest first.
    void setTasks(QList<Task> tasks);
    // Updates the task's row (one dataChanged over that row), or inserts it above the tasks created before
    // it.
    void upsert(const Task &task);
    void clear();
    // Names for the Site column, by site id; ids without a name are shown as they are.
    void setSiteNames(QHash<QString, QString> namesById);

    int taskCount() const;
    const Task &task(int row) const;
    int rowOfId(const QString &id) const; // -1 when absent

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // The Result column's text for a task: hosts found when it finished, the error when it failed.
    static QString resultText(const Task &task);

private:
    QVariant display(const Task &task, int column) const;
    QVariant rawValue(const Task &task, int column) const;
    QString timeText(qint64 seconds) const;

    QList<Task> m_tasks;
    QHash<QString, QString> m_siteNames;
};

} // namespace rz
