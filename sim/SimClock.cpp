// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: rzconsole contributors
#include "sim/SimClock.h"

#include <QDateTime>

namespace rz::sim {

qint64 SimClock::nowMs() const {
    return QDateTime::currentMSecsSinceEpoch() + m_offsetMs;
}

} // namespace rz::sim
