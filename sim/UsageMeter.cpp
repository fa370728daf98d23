// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: rzconsole contributors
#include "sim/UsageMeter.h"

namespace rz::sim {

namespace {
constexpr qint64 kDayMs = 86400LL * 1000;
}

UsageMeter::UsageMeter(qint64 dailyLimit, int windowRequests, int windowSeconds)
    : m_dailyLimit(qMax<qint64>(0, dailyLimit))
    , m_windowRequests(qMax(1, windowRequests))
    , m_windowMs(qMax<qint64>(1, windowSeconds) * 1000) {}

int UsageMeter::admit(const QString &client, qint64 nowMs) {
    std::deque<qint64> &window = m_windows[client];
    while (!window.empty() && window.front() <= nowMs - m_windowMs)
        window.pop_front();
    if (static_cast<qint64>(window.size()) >= m_windowRequests) {
        const qint64 waitMs = window.front() + m_windowMs - nowMs;
        return static_cast<int>(qMax<qint64>(1, (waitMs + 999) / 1000));
    }
    window.push_back(nowMs);
    return 0;
}

void UsageMeter::rollDay(qint64 nowMs) {
    const qint64 day = nowMs / kDayMs;
    if (day != m_day) {
        m_day = day;
        m_today = 0;
    }
}

bool UsageMeter::dailyLimitReached(qint64 nowMs) {
    rollDay(nowMs);
    return m_today >= m_dailyLimit;
}

void UsageMeter::countCall(qint64 nowMs) {
    rollDay(nowMs);
    ++m_today;
    ++m_total;
}

int UsageMeter::secondsUntilReset(qint64 nowMs) {
    const qint64 nextDay = (nowMs / kDayMs + 1) * kDayMs;
    return static_cast<int>(qMax<qint64>(1, (nextDay - nowMs + 999) / 1000));
}

qint64 UsageMeter::today(qint64 nowMs) {
    rollDay(nowMs);
    return m_today;
}

qint64 UsageMeter::remaining(qint64 nowMs) {
    return qMax<qint64>(0, m_dailyLimit - today(nowMs));
}

} // namespace rz::sim
