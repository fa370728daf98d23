// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: rzconsole contributors
#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

namespace rz::bench {

// The longest time the thread's event loop went without running a 1 ms timer: how long the GUI stalled.
class StallMeter final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StallMeter)
public:
    explicit StallMeter(QObject *parent = nullptr);

    void start();
    void stop();
    double longestGapMs() const { return double(m_longestNs) / 1e6; }

private:
    void tick();

    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_lastNs = 0;
    qint64 m_longestNs = 0;
};

} // namespace rz::bench
