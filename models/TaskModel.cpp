// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: rzconsole contributors
#include "models/TaskModel.h"

#include "models/Roles.h"

#include <QDateTime>
#include <QLocale>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace rz {

namespace {

bool newerFirst(const Task &a, const Task &b) {
    return a.createdAt > b.createdAt;
}

QDateTime timeOf(qint64 seconds) {
    return seconds > 0 ? QDateTime::fromSecsSinceEpoch(seconds) : QDateTime();
}

} // namespace

TaskModel::TaskModel(QObject *parent)
    : QAbstractTableModel(parent) {}

TaskModel::~TaskModel() = default;

void TaskModel::setTasks(QList<Task> tasks) {
    std::stable_sort(tasks.begin(), tasks.end(), newerFirst);
    beginResetModel();
    m_tasks = std::move(tasks);
    endResetModel();
}

void TaskModel::upsert(const Task &task) {
    if (task.id.isEmpty())
        return;
    if (const int row = rowOfId(task.id); row >= 0) {
        m_tasks[row] = task;
        Q_EMIT dataChanged(index(row, 0), index(row, Count - 1));
        return;
    }
    const auto position = std::upper_bound(m_tasks.cbegin(), m_tasks.cend(), task, newerFirst);
    const int row = int(position - m_tasks.cbegin());
    beginInsertRows({}, row, row);
    m_tasks.insert(row, task);
    endInsertRows();
}

void TaskModel::clear() {
    if (m_tasks.isEmpty())
        return;
    beginResetModel();
    m_tasks.clear();
    endResetModel();
}

void TaskModel::setSiteNames(QHash<QString, QString> namesById) {
    m_siteNames = std::move(namesById);
    if (!m_tasks.isEmpty())
        Q_EMIT dataChanged(index(0, Site), index(rowCount() - 1, Site));
}

int TaskModel::taskCount() const {
    return int(m_tasks.size());
}

const Task &TaskModel::task(int row) const {
    return m_tasks.at(row);
}

int TaskModel::rowOfId(const QString &id) const {
    for (int row = 0; row < m_tasks.size(); ++row) {
        if (m_tasks.at(row).id.compare(id, Qt::CaseInsensitive) == 0)
            return row;
    }
    return -1;
}

int TaskModel::rowCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : int(m_tasks.size());
}

int TaskModel::columnCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : Count;
}

QVariant TaskModel::data(const QModelIndex &index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Task &task = m_tasks.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return display(task, index.column());
    case Qt::ToolTipRole:
        if (index.column() == Status)
            return task.error.isEmpty()
                       ? tr("Status reported by the console: %1").arg(task.status)
                       : tr("Status reported by the console: %1\n%2").arg(task.status, task.error);
        if (index.column() == Name && !task.description.isEmpty())
            return task.description;
        if (index.column() == Result)
            return resultText(task);
        return {};
    case RawValueRole:
        return rawValue(task, index.column());
    case IdRole:
        return task.id;
    default:
        return {};
    }
}

QVariant TaskModel::display(const Task &task, int column) const {
    switch (column) {
    case Name:
        return task.name.isEmpty() ? tr("(unnamed task)") : task.name;
    case Status:
        return Task::phaseName(task.phase());
    case Site:
        return m_siteNames.value(task.siteId, task.siteId);
    case Created:
        return timeText(task.createdAt);
    case Updated:
        return timeText(task.updatedAt);
    case Result:
        return resultText(task);
    default:
        return {};
    }
}

QVariant TaskModel::rawValue(const Task &task, int column) const {
    switch (column) {
    case Name:
        return task.name;
    case Status:
        return int(task.phase());
    case Site:
        return m_siteNames.value(task.siteId, task.siteId);
    case Created:
        return task.createdAt > 0 ? QVariant(timeOf(task.createdAt)) : QVariant();
    case Updated:
        return task.updatedAt > 0 ? QVariant(timeOf(task.updatedAt)) : QVariant();
    case Result:
        return task.hostsAlive >= 0 ? QVariant(task.hostsAlive) : QVariant();
    default:
        return {};
    }
}

QString TaskModel::timeText(qint64 seconds) const {
    if (seconds <= 0)
        return {};
    return QLocale().toString(timeOf(seconds), QLocale::ShortFormat);
}

QString TaskModel::resultText(const Task &task) {
    const QLocale locale;
    switch (task.phase()) {
    case Task::Phase::Failed:
        return task.error.isEmpty() ? tr("The task failed.") : task.error;
    case Task::Phase::Finished:
        if (task.hostsAlive >= 0 && task.hostsTotal >= 0)
            return tr("%1 of %2 hosts alive")
                .arg(locale.toString(task.hostsAlive), locale.toString(task.hostsTotal));
        if (task.hostsAlive >= 0)
            return tr("%1 hosts alive").arg(locale.toString(task.hostsAlive));
        return {};
    case Task::Phase::Queued:
    case Task::Phase::Running:
    case Task::Phase::Stopped:
        break;
    }
    return {};
}

QVariant TaskModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Name:
        return tr("Name");
    case Status:
        return tr("Status");
    case Site:
        return tr("Site");
    case Created:
        return tr("Created");
    case Updated:
        return tr("Updated");
    case Result:
        return tr("Result");
    default:
        return {};
    }
}

} // namespace rz
