// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: rzconsole contributors
#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace rz::sim {

class SimDataSet;

struct SimTask {
    QByteArray id;
    QByteArray organizationId;
    QByteArray siteId;
    QByteArray agentId;
    QByteArray hostedZoneId;
    QByteArray templateId;
    QString name;
    QString description;
    QString recurFrequency;
    QJsonObject params;
    qint64 createdAt = 0; // Unix seconds on the simulator's clock
    qint64 startTime = 0;
    bool recur = false;
};

// The organizations' tasks. A task's status follows the clock: "new" for its first kQueuedSeconds,
// then "processing" for kRunningSeconds, then "processed".
class TaskBook final {
public:
    static constexpr qint64 kQueuedSeconds = 5;
    static constexpr qint64 kRunningSeconds = 60;

    // Seeds each organization with a few finished scans and one that is still running.
    TaskBook(const SimDataSet &data, qint64 nowSeconds);

    const SimTask &add(SimTask task);
    QList<const SimTask *> tasks(QByteArrayView organizationId) const; // newest first
    const SimTask *find(QByteArrayView organizationId, QByteArrayView taskId) const;

    static QString status(const SimTask &task, qint64 nowSeconds);
    QJsonObject toJson(const SimTask &task, qint64 nowSeconds) const;

private:
    QByteArray m_clientId;
    QList<SimTask> m_tasks;
};

} // namespace rz::sim
