// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: rzconsole contributors
#pragma once

#include <QByteArray>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QObject>
#include <QRandomGenerator>
#include <chrono>
#include <deque>
#include <functional>
#include <optional>
#include <utility>

namespace rz {

class Clock;

// The client's view of runZero's two limits, as pure logic (no network, no timers):
// - the daily budget (as many calls a day as the account has licensed assets), read from the X-API-Usage-*
//   headers of every response, or seeded from /org/key before the first response;
// - at most `windowSize` requests per `windowLength` per source address, paced from this app's own request
//   times, plus the pause the server orders with HTTP 429.
// ApiClient asks msUntilNextAllowed() before sending and reports what happened; displays read snapshot().
// Used from one thread.
class RateBudget final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RateBudget)
public:
    // In order of precedence: an exhausted day outlasts any back-off, a back-off outweighs "low".
    enum class State {
        Normal,
        Low,        // under 10% of the daily limit left, or the request window more than 80% used
        Exhausted,  // no calls left today
        BackingOff, // pausing after HTTP 429
    };
    Q_ENUM(State)

    // The four X-API-Usage-* values of one response; a missing or unreadable header is nullopt.
    struct Usage {
        std::optional<qint64> total;     // X-API-Usage-Total
        std::optional<qint64> today;     // X-API-Usage-Today
        std::optional<qint64> limit;     // X-API-Usage-Limit
        std::optional<qint64> remaining; // X-API-Usage-Remaining
        bool isEmpty() const { return !total && !today && !limit && !remaining; }
    };

    struct Snapshot {
        std::optional<qint64> today; // 0 after a UTC day rollover; derived from limit - remaining if needed
        std::optional<qint64> limit;
        std::optional<qint64> remaining; // derived from limit - today if the server did not say
        std::optional<qint64> total;
        int windowUsed = 0; // this app's requests in the current window
        int windowSize = 0;
        qint64 windowLengthMs = 0;
        State state = State::Normal;
        qint64 backoffRemainingMs = 0;
        qint64 takenAtMs =
            0; // Clock::nowMs() when taken: the back-off ends at takenAtMs + backoffRemainingMs
        QDateTime lastUpdate; // UTC time of the last header reading or seed; invalid before the first

        bool hasDailyUsage() const { return today.has_value() || limit.has_value(); }
        // Back-off left at a later clock reading.
        qint64 backoffRemainingAt(qint64 nowMs) const;
        // The state at a later clock reading: once the back-off has run out, the state of the usage numbers.
        State stateAt(qint64 nowMs) const;
    };

    // `clock` is not owned and must outlive the budget.
    explicit RateBudget(const Clock *clock, int windowSize = 2000,
                        std::chrono::milliseconds windowLength = std::chrono::minutes(5),
                        QObject *parent = nullptr);
    ~RateBudget() override;

    // Header names are matched case-insensitively; values must be non-negative decimal integers.
    static Usage parseUsageHeaders(const QList<std::pair<QByteArray, QByteArray>> &rawHeaders);
    // A Retry-After value (delay-seconds or any of the three HTTP-date forms) as milliseconds from nowUtc,
    // clamped to [0, one hour]; nullopt when it is neither.
    static std::optional<qint64> parseRetryAfterMs(const QByteArray &value, const QDateTime &nowUtc);

    // Takes the usage headers of a response (e.g. QNetworkReply::rawHeaderPairs()). Values a response does
    // not carry keep their previous reading, except that today/remaining are never mixed from two readings.
    void updateFromHeaders(const QList<std::pair<QByteArray, QByteArray>> &rawHeaders);
    void updateUsage(const Usage &usage);
    // usage_today and usage_limit from /org/key; ignored once a response header has reported usage today.
    void seed(qint64 usageToday, qint64 usageLimit);

    // Call when a request leaves, to keep the sliding window of this app's own requests.
    void recordRequestSent();
    // A successful response: consecutive 429s start over. A pause already ordered still runs out.
    void onSuccess();
    // HTTP 429: pause until Retry-After or, when it is absent or unreadable, for an exponential back-off with
    // jitter (1 s doubling per consecutive 429, capped at 60 s; jitter shortens each step by up to half).
    void onTooManyRequests(const std::optional<QByteArray> &retryAfter);

    // 0 if a request may go now; otherwise the wait until the back-off ends and the window has room for one
    // more request. The window is paced at 95% of its size to leave room for clock skew.
    qint64 msUntilNextAllowed() const;
    int pacedWindowLimit() const;
    int consecutiveTooManyRequests() const;

    bool isDailyBudgetExhausted() const;
    // Calls left today; nullopt while unknown.
    std::optional<qint64> remainingToday() const;
    // Whether `requests` calls fit into what is left today; true while that is unknown.
    bool estimateFits(qint64 requests) const;

    Snapshot snapshot() const;

    // The jitter source returns values in [0, 1); the default is a generator seeded from the system.
    void setJitterSource(std::function<double()> source);
    void setJitterSeed(quint32 seed);
    // A value from the jitter source, for other back-offs that should not run in lockstep either.
    double jitter();

    const Clock *clock() const;
    // Replaces the clock (not owned; it must outlive the budget). The request times of the window were read
    // from the old clock and are forgotten, and so is a back-off in progress.
    void setClock(const Clock *clock);
    // Replaces the request window (a console may be configured with another one); the requests already in
    // the window stay counted.
    void setWindow(int windowSize, std::chrono::milliseconds windowLength);

public Q_SLOTS:
    // Notices what time alone changed (requests leaving the window, a back-off running out, a new UTC day)
    // and emits changed() if the snapshot differs; call from a timer when a display must follow time.
    void refresh();

Q_SIGNALS:
    void changed();

private:
    Usage currentUsage(const QDate &todayUtc) const;
    int windowUsedAt(qint64 nowMs) const;
    void pruneWindow(qint64 nowMs);
    qint64 exponentialBackoffMs();
    void notifyIfChanged();

    const Clock *m_clock;
    int m_windowSize;
    qint64 m_windowMs;
    std::deque<qint64> m_sent; // send times, oldest first
    Usage m_usage;
    QDate m_readingDate; // UTC day of the stored usage reading
    QDate m_headerDate;  // UTC day of the last header reading, which a seed must not overwrite
    QDateTime m_lastUpdate;
    qint64 m_backoffUntilMs = 0;
    int m_consecutive429 = 0;
    QRandomGenerator m_random;
    std::function<double()> m_jitter;
    std::optional<Snapshot> m_lastNotified;
};

} // namespace rz
