// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: rzconsole contributors
#include "sim/FaultInjector.h"

namespace rz::sim {

void FaultInjector::setPlan(const FaultPlan &plan) {
    m_plan = plan;
    m_count = 0;
}

Fault FaultInjector::next() {
    ++m_count;
    if (due(m_plan.tooManyEvery, m_count))
        return Fault::TooManyRequests;
    if (due(m_plan.error500Every, m_count))
        return Fault::ServerError;
    if (due(m_plan.dropMidBodyEvery, m_count))
        return Fault::DropMidBody;
    if (due(m_plan.truncateEvery, m_count))
        return Fault::Truncate;
    if (due(m_plan.malformedEvery, m_count))
        return Fault::Malformed;
    return Fault::None;
}

} // namespace rz::sim
