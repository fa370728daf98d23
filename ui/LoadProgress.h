// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: rzconsole contributors
#pragma once

#include <QWidget>
#include <memory>

class QLabel;

namespace rz {

class Clock;

// How fast assets arrive: while a load runs, "6,000 of 12,000 assets · 3,100 per second"; once it ends, how
// long it took. The rate is the average since the load (or its resumption) started, read from an injected
// clock.
class LoadProgress final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LoadProgress)
public:
    // `clock` must outlive the widget; null uses the system clock.
    explicit LoadProgress(const Clock *clock = nullptr, QWidget *parent = nullptr);
    ~LoadProgress() override;

    // The state of the current load; a change from not running to running starts the timing. `expected`
    // <= 0 when the total is not known in advance (a search).
    void setProgress(bool running, qint64 loaded, qint64 expected);

    QString text() const;
    // Rows per second since the start; negative until enough time has passed to say.
    double rowsPerSecond() const;

private:
    void updateText();

    std::unique_ptr<Clock> m_ownClock;
    const Clock *m_clock;
    QLabel *m_label;
    bool m_running = false;
    qint64 m_startMs = 0;
    qint64 m_startRows = 0;
    qint64 m_loaded = 0;
    qint64 m_expected = -1;
    qint64 m_elapsedMs = 0;
};

} // namespace rz
