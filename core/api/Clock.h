// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: rzconsole contributors
#pragma once

#include <QDateTime>
#include <QtGlobal>
#include <functional>

class QObject;

namespace rz {

// Time as the rate budget, the request queue and their display see it, injected so that tests move time
// instead of sleeping.
class Clock {
    Q_DISABLE_COPY_MOVE(Clock)
public:
    Clock() = default;
    virtual ~Clock() = default;

    // Monotonic milliseconds from an arbitrary origin: for durations (request window, back-off).
    virtual qint64 nowMs() const = 0;
    // Wall-clock time in UTC: for the daily budget's UTC day and for HTTP-date Retry-After values.
    virtual QDateTime nowUtc() const = 0;

    // Runs `callback` in `context`'s thread once about `delayMs` have passed on this clock, unless `context`
    // is destroyed first. The default waits with a QTimer; a test clock may run it when the test moves time
    // on. Whoever waits re-reads nowMs() when woken, so an early or late call is harmless.
    virtual void runAfter(qint64 delayMs, QObject *context, std::function<void()> callback) const;
};

// The real clock: the steady clock for durations, the system clock for the date.
class SystemClock final : public Clock {
public:
    SystemClock() = default;

    qint64 nowMs() const override;
    QDateTime nowUtc() const override;
};

} // namespace rz
