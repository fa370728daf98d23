// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: rzconsole contributors
#pragma once

#include "api/RateBudget.h"

#include <QDateTime>
#include <QTimer>
#include <QWidget>
#include <optional>

namespace rz {

class Clock;

// A compact status-bar gauge of the API budget: today's calls against the daily limit as text over a thin
// bar, the request window's use, and the state (normal, running low, daily limit reached, or a live
// "backing off N s" countdown after HTTP 429). The tooltip lists the raw X-API-Usage-* values and the local
// time of the last update. Fed with RateBudget snapshots; the clock drives the countdown.
class RateLimitGauge final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RateLimitGauge)
    Q_PROPERTY(State state READ state NOTIFY stateChanged)
    Q_PROPERTY(QString text READ text NOTIFY textChanged)
public:
    enum class State { Unknown, Normal, Low, Exhausted, BackingOff };
    Q_ENUM(State)

    // `clock` is not owned and must outlive the gauge; use the budget's clock.
    explicit RateLimitGauge(const Clock *clock, QWidget *parent = nullptr);
    ~RateLimitGauge() override;

    void setSnapshot(const RateBudget::Snapshot &snapshot);

    State state() const;
    // The line the gauge shows.
    QString text() const;
    // The colour of the bar (and of the text outside the normal state) for the current state and palette.
    QColor accentColor() const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

Q_SIGNALS:
    void stateChanged(rz::RateLimitGauge::State state);
    void textChanged(const QString &text);

protected:
    void paintEvent(QPaintEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void refresh();
    QString usageText() const;
    QString windowText() const;
    QString stateSentence() const;
    QString toolTipText() const;

    const Clock *m_clock;
    std::optional<RateBudget::Snapshot> m_snapshot;
    QDateTime m_resumeAtUtc; // when the back-off of the current snapshot ends, in wall-clock time
    State m_state = State::Unknown;
    QString m_text;
    QTimer m_countdown;
};

} // namespace rz
