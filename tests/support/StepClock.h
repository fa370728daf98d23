// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: rzconsole contributors
#pragma once

#include "api/Clock.h"

#include <QDate>
#include <QDateTime>
#include <QPointer>
#include <QTime>

#include <algorithm>
#include <chrono>
#include <functional>
#include <vector>

namespace rz {

// A clock that stands still until the test moves it, and whose runAfter() waits for it too: what the code
// under test schedules (back-offs, pauses, token renewals) runs when the test advances past it, in order of
// due time, and never when its context object is gone. Starts at monotonic 0 and `startUtc`.
class StepClock final : public Clock {
public:
    explicit StepClock(QDateTime startUtc = QDateTime(QDate(2024, 5, 6), QTime(8, 0), Qt::UTC))
        : m_startUtc(std::move(startUtc)) {}

    qint64 nowMs() const override { return m_ms; }
    QDateTime nowUtc() const override { return m_startUtc.addMSecs(m_ms); }
    void runAfter(qint64 delayMs, QObject *context, std::function<void()> callback) const override {
        m_waiting.push_back({m_ms + std::max<qint64>(0, delayMs), context, std::move(callback)});
    }

    // Moves time on and runs what fell due, earliest first (what they schedule waits for the next move).
    void advance(std::chrono::milliseconds by) {
        m_ms += std::max<qint64>(0, by.count());
        std::stable_sort(m_waiting.begin(), m_waiting.end(),
                         [](const Waiter &a, const Waiter &b) { return a.dueMs < b.dueMs; });
        std::vector<Waiter> due;
        while (!m_waiting.empty() && m_waiting.front().dueMs <= m_ms) {
            due.push_back(std::move(m_waiting.front()));
            m_waiting.erase(m_waiting.begin());
        }
        for (Waiter &waiter : due) {
            if (waiter.context)
                waiter.callback();
        }
    }

    // How long until the earliest wake-up, or -1 when nothing waits: a test moves the clock only once what it
    // means to move past has been scheduled.
    qint64 nextDueInMs() const {
        if (m_waiting.empty())
            return -1;
        const auto next =
            std::min_element(m_waiting.cbegin(), m_waiting.cend(),
                             [](const Waiter &a, const Waiter &b) { return a.dueMs < b.dueMs; });
        return std::max<qint64>(0, next->dueMs - m_ms);
    }

    // Moves on to the earliest wake-up and runs it; returns how far time moved, or -1 when nothing waits.
    qint64 advanceToNext() {
        const qint64 step = nextDueInMs();
        if (step >= 0)
            advance(std::chrono::milliseconds(step));
        return step;
    }

private:
    struct Waiter {
        qint64 dueMs;
        QPointer<QObject> context;
        std::function<void()> callback;
    };
    qint64 m_ms = 0;
    QDateTime m_startUtc;
    mutable std::vector<Waiter> m_waiting;
};

} // namespace rz
