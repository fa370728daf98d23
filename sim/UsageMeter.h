// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: rzconsole contributors
#pragma once

#include <QHash>
#include <QString>

#include <deque>

namespace rz::sim {

// runZero's two limits: a daily call budget shared by all keys of the account (reset at 00:00 UTC) and a
// sliding window of requests per client address.
class UsageMeter final {
public:
    UsageMeter(qint64 dailyLimit, int windowRequests, int windowSeconds);

    // Records a request of `client` in the window; returns 0 when admitted, else the seconds to wait.
    int admit(const QString &client, qint64 nowMs);

    bool dailyLimitReached(qint64 nowMs);
    void countCall(qint64 nowMs);
    static int secondsUntilReset(qint64 nowMs);

    qint64 total() const { return m_total; }
    qint64 today(qint64 nowMs);
    qint64 limit() const { return m_dailyLimit; }
    qint64 remaining(qint64 nowMs);

private:
    void rollDay(qint64 nowMs);

    qint64 m_dailyLimit;
    int m_windowRequests;
    qint64 m_windowMs;
    qint64 m_total = 0;
    qint64 m_today = 0;
    qint64 m_day = -1;
    QHash<QString, std::deque<qint64>> m_windows;
};

} // namespace rz::sim
