// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: rzconsole contributors
#pragma once

#include "api/Clock.h"
#include "domain/ApiError.h"
#include "domain/ScanRequest.h"
#include "domain/Task.h"

#include <QObject>
#include <QString>

namespace rz {

class ScanService;

// One scan launch, sent once and never retried: PUT /org/sites/{site_id}/scan. When its answer does not come
// (a timeout, a dropped connection, a server error, an answer that cannot be read), the outcome is unknown:
// it looks for a task of that name on that site, created since shortly before the launch, in the task list
// before anything may be sent again, so that a scan is never launched twice by accident. What it says is a
// translated sentence for the dialog that renders it. Time comes from the injected clock (the service's
// client's).
class ScanLaunch final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ScanLaunch)
public:
    enum class State {
        Editing,     // nothing sent yet, or the last launch was refused
        Sending,     // the launch is on its way
        Checking,    // the launch's outcome is unknown; looking for the task by name
        CheckFailed, // the outcome is still unknown: the task list could not be read
        NotCreated,  // the outcome was unknown, and the task list shows no such scan
        Launched,    // the console created the task
    };
    // How long before the launch, on the console's clock, a task found by name may have been created and
    // still be this launch's (the console's clock and this computer's may differ).
    static constexpr qint64 clockSlackSeconds = 3600;

    // `service` (and its client's clock) must outlive this.
    explicit ScanLaunch(ScanService &service, QObject *parent = nullptr);

    State state() const { return m_state; }
    QString message() const { return m_message; }
    bool refused() const { return m_refused; } // the message reports a refusal
    // Whether send() may be called: nothing is on its way and no earlier launch may have succeeded.
    bool canSend() const { return m_state == State::Editing || m_state == State::NotCreated; }
    // An answer is awaited; closing now would lose track of the scan.
    bool busy() const { return m_state == State::Sending || m_state == State::Checking; }
    // Seconds since the epoch on the injected clock, for checks of the form (a schedule in the past).
    qint64 nowSeconds() const;

    void send(const ScanRequest &request);
    // Looks in the task list again for a launch whose outcome is unknown.
    void checkAgain();

Q_SIGNALS:
    void stateChanged();
    // The console created the task: from the launch's answer (`answered`), or found in the task list.
    void launched(const rz::Task &task, bool answered);

private:
    void setState(State state, const QString &message, bool refused = false);
    void onAnswer(const Result<Task> &result);
    void lookForLaunchedTask();

    ScanService &m_service;
    SystemClock m_systemClock; // when the client has no clock of its own
    const Clock *m_clock;
    State m_state = State::Editing;
    QString m_message;
    bool m_refused = false;
    // The launch whose outcome is being settled.
    QString m_sentName;
    QString m_sentSiteId;
    qint64 m_sentAt = 0;
    ApiError m_sendError;
};

} // namespace rz
