// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: rzconsole contributors
#include "domain/Task.h"

using namespace Qt::StringLiterals;

namespace rz {

Task::Phase Task::phase() const {
    const QString state = status.trimmed().toLower();
    if (state == "failed"_L1 || state == "error"_L1 || state == "errored"_L1)
        return Phase::Failed;
    if (state == "stopped"_L1 || state == "canceled"_L1 || state == "cancelled"_L1)
        return Phase::Stopped;
    if (state == "processed"_L1 || state == "completed"_L1 || state == "complete"_L1 ||
        state == "finished"_L1)
        return error.trimmed().isEmpty() ? Phase::Finished : Phase::Failed;
    if (!error.trimmed().isEmpty())
        return Phase::Failed;
    if (state.isEmpty() || state == "new"_L1 || state == "queued"_L1 || state == "waiting"_L1 ||
        state == "pending"_L1 || state == "scheduled"_L1)
        return Phase::Queued;
    return Phase::Running; // "processing", "running", "started" and anything newer
}

bool Task::hasEnded() const {
    const Phase now = phase();
    return now == Phase::Finished || now == Phase::Failed || now == Phase::Stopped;
}

QString Task::phaseName(Phase phase) {
    switch (phase) {
    case Phase::Queued:
        return tr("Queued");
    case Phase::Running:
        return tr("Running");
    case Phase::Finished:
        return tr("Finished");
    case Phase::Failed:
        return tr("Failed");
    case Phase::Stopped:
        return tr("Stopped");
    }
    return {};
}

} // namespace rz
