// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: rzconsole contributors
#include "api/Clock.h"

#include <QDeadlineTimer>

namespace rz {

qint64 SystemClock::nowMs() const {
    // QDeadlineTimer reads the steady clock, so system time changes cannot shorten or stretch a back-off.
    return QDeadlineTimer::current(Qt::PreciseTimer).deadline();
}

QDateTime SystemClock::nowUtc() const {
    return QDateTime::currentDateTimeUtc();
}

} // namespace rz
