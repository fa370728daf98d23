// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: rzconsole contributors
#pragma once

#include "sim/SimServer.h"

namespace rz::sim {

// The fault that hits one response. At most one kind applies; when several are due on the same request the
// first in this order wins: 429, 500, dropped connection, truncated body, malformed body.
enum class Fault { None, TooManyRequests, ServerError, DropMidBody, Truncate, Malformed };

// Counts authenticated API requests and decides which fault, if any, each one gets.
class FaultInjector final {
public:
    void setPlan(const FaultPlan &plan);
    const FaultPlan &plan() const { return m_plan; }
    Fault next();

private:
    static bool due(int every, qint64 count) { return every > 0 && count % every == 0; }

    FaultPlan m_plan;
    qint64 m_count = 0;
};

} // namespace rz::sim
