// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: rzconsole contributors
#include "api/Clock.h"

#include <QDeadlineTimer>
#include <QTimer>
#include <algorithm>
#include <limits>

namespace rz {

void Clock::runAfter(qint64 delayMs, QObject *context, std::function<void()> callback) const {
    const qint64 bounded = std::clamp<qint64>(delayMs, 0, std::numeric_limits<int>::max());
    QTimer::singleShot(int(bounded), Qt::PreciseTimer, context, std::move(callback));
}

qint64 SystemClock::nowMs() const {
    // QDeadlineTimer reads the steady clock, so system time changes cannot shorten or stretch a back-off.
    return QDeadlineTimer::current(Qt::PreciseTimer).deadline();
}

QDateTime SystemClock::nowUtc() const {
    return QDateTime::currentDateTimeUtc();
}

} // namespace rz
