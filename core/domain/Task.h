// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: rzconsole contributors
#pragma once

#include <QCoreApplication>
#include <QString>

namespace rz {

// A task of the organization (/org/tasks): for this console, mostly scans.
struct Task {
    Q_DECLARE_TR_FUNCTIONS(rz::Task)
public:
    // Where a task stands, from the server's free-form status and error.
    enum class Phase { Queued, Running, Finished, Failed, Stopped };

    QString id;
    QString name;
    QString description;
    QString type;   // "scan", ...
    QString status; // as the server says it: "new", "processing", "processed", "failed", "stopped" ...
    QString error;
    QString siteId;
    QString explorerId; // agent_id
    QString hostedZoneId;
    QString templateId;
    QString createdBy;
    QString recurFrequency;
    qint64 createdAt = 0; // Unix seconds; 0 when not given
    qint64 updatedAt = 0;
    qint64 startTime = 0;
    bool recur = false;
    qint64 hostsAlive = -1; // from stats, -1 when not given
    qint64 hostsTotal = -1;
    qint64 newAssets = -1;

    Phase phase() const;
    // Finished, failed or stopped: nothing more will change.
    bool hasEnded() const;
    static QString phaseName(Phase phase); // translated: "Queued", "Running" ...
};

} // namespace rz
