// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: rzconsole contributors
#pragma once

#include <QtGlobal>

namespace rz::sim {

// Wall-clock time plus an offset that tests move forward (task progress, token expiry, daily reset, rate
// window) instead of sleeping.
class SimClock final {
public:
    qint64 nowMs() const;
    qint64 nowSeconds() const { return nowMs() / 1000; }
    void advance(qint64 seconds) { m_offsetMs += seconds * 1000; }

private:
    qint64 m_offsetMs = 0;
};

} // namespace rz::sim
