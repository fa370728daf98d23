// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: rzconsole contributors
#include "session/ScanLaunch.h"

#include "api/ScanService.h"

namespace rz {

namespace {

// Failures after which the console may have created the task all the same.
bool outcomeUnknown(const ApiError &error) {
    switch (error.kind) {
    case ApiError::Kind::Timeout:
    case ApiError::Kind::Network:
    case ApiError::Kind::Server:
    case ApiError::Kind::Malformed:
    case ApiError::Kind::Cancelled:
        return true;
    default:
        return false;
    }
}

} // namespace

ScanLaunch::ScanLaunch(ScanService &service, QObject *parent)
    : QObject(parent)
    , m_service(service)
    , m_clock(service.clock() ? service.clock() : &m_systemClock) {}

qint64 ScanLaunch::nowSeconds() const {
    return m_clock->nowUtc().toSecsSinceEpoch();
}

void ScanLaunch::send(const ScanRequest &request) {
    if (!canSend())
        return;
    m_sentName = request.name.trimmed();
    m_sentSiteId = request.siteId;
    m_sentAt = nowSeconds();
    setState(State::Sending, tr("Sending the scan to the console\u2026"));
    m_service.launchScan(request, this, [this](const Result<Task> &result) { onAnswer(result); });
}

void ScanLaunch::onAnswer(const Result<Task> &result) {
    if (result.ok()) {
        setState(State::Launched, tr("The console created the scan \u201c%1\u201d.").arg(m_sentName));
        Q_EMIT launched(result.value, true);
        return;
    }
    if (outcomeUnknown(result.error)) {
        // The console may have created the task even though its answer did not arrive: look before
        // offering to send again.
        m_sendError = result.error;
        lookForLaunchedTask();
        return;
    }
    setState(State::Editing, tr("The scan was not launched. %1").arg(result.error.userMessage()), true);
}

void ScanLaunch::checkAgain() {
    if (m_state == State::CheckFailed)
        lookForLaunchedTask();
}

void ScanLaunch::lookForLaunchedTask() {
    setState(State::Checking, tr("%1 Looking in the task list for a scan named \u201c%2\u201d\u2026")
                                  .arg(m_sendError.userMessage(), m_sentName));
    m_service.fetchTasks({m_sentName, {}}, this, [this](const Result<QList<Task>> &result) {
        if (!result.ok()) {
            setState(
                State::CheckFailed,
                tr("It is not known whether the console created the scan \u201c%1\u201d: the answer to the "
                   "launch did not arrive (%2), and the task list could not be read (%3). Check again "
                   "before sending it again.")
                    .arg(m_sentName, m_sendError.userMessage(), result.error.userMessage()));
            return;
        }
        const Task *found = nullptr;
        for (const Task &task : result.value) {
            const bool sameName = task.name.trimmed() == m_sentName;
            const bool sameSite =
                task.siteId.isEmpty() || task.siteId.compare(m_sentSiteId, Qt::CaseInsensitive) == 0;
            const bool recent = task.createdAt == 0 || task.createdAt >= m_sentAt - clockSlackSeconds;
            if (sameName && sameSite && recent && (!found || task.createdAt > found->createdAt))
                found = &task;
        }
        if (found) {
            const Task task = *found;
            setState(State::Launched,
                     tr("The console did create the scan \u201c%1\u201d, although its answer did not arrive. "
                        "It was not sent again.")
                         .arg(m_sentName));
            Q_EMIT launched(task, false);
            return;
        }
        setState(
            State::NotCreated,
            tr("The console did not confirm the launch (%1), and no scan named \u201c%2\u201d appears in "
               "the task list, so it was not created. You can send it again.")
                .arg(m_sendError.userMessage(), m_sentName));
    });
}

void ScanLaunch::setState(State state, const QString &message, bool refused) {
    m_state = state;
    m_message = message;
    m_refused = refused;
    Q_EMIT stateChanged();
}

} // namespace rz
