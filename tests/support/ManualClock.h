// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: rzconsole contributors
#pragma once

#include "api/Clock.h"

#include <QDate>
#include <QTime>
#include <chrono>

namespace rz {

// A clock that stands still until a test advances it; monotonic and wall time move together.
class ManualClock final : public Clock {
public:
    explicit ManualClock(QDateTime startUtc = QDateTime(QDate(2024, 5, 6), QTime(12, 0), Qt::UTC),
                         qint64 startMs = 1'000'000)
        : m_ms(startMs)
        , m_utc(std::move(startUtc)) {}

    qint64 nowMs() const override { return m_ms; }
    QDateTime nowUtc() const override { return m_utc; }

    void advance(std::chrono::milliseconds by) {
        Q_ASSERT(by.count() >= 0); // a monotonic clock never goes back
        m_ms += by.count();
        m_utc = m_utc.addMSecs(by.count());
    }

private:
    qint64 m_ms;
    QDateTime m_utc;
};

} // namespace rz
