// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: rzconsole contributors
#include "api/RateBudget.h"
#include "support/ManualClock.h"

#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

namespace rz {

using Headers = QList<std::pair<QByteArray, QByteArray>>;

namespace {

Headers usageHeaders(qint64 today, qint64 limit, qint64 remaining, qint64 total) {
    return {{"X-API-Usage-Total"_ba, QByteArray::number(total)},
            {"X-API-Usage-Today"_ba, QByteArray::number(today)},
            {"X-API-Usage-Limit"_ba, QByteArray::number(limit)},
            {"X-API-Usage-Remaining"_ba, QByteArray::number(remaining)}};
}

} // namespace

class TestRateBudget final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void defaults() {
        ManualClock clock;
        RateBudget budget(&clock);
        QCOMPARE(budget.pacedWindowLimit(), 1900);
        QCOMPARE(budget.msUntilNextAllowed(), 0);
        QVERIFY(!budget.isDailyBudgetExhausted());
        QCOMPARE(budget.remainingToday(), std::nullopt);
        QVERIFY(budget.estimateFits(1'000'000)); // unknown: no warning
        const RateBudget::Snapshot s = budget.snapshot();
        QVERIFY(!s.hasDailyUsage());
        QCOMPARE(s.windowSize, 2000);
        QCOMPARE(s.windowLengthMs, 300'000);
        QCOMPARE(s.windowUsed, 0);
        QCOMPARE(s.state, RateBudget::State::Normal);
        QVERIFY(!s.lastUpdate.isValid());
    }

    void windowFillsAndFrees() {
        ManualClock clock;
        RateBudget budget(&clock, 10, 60s); // paced at 9 per minute
        QCOMPARE(budget.pacedWindowLimit(), 9);
        for (int i = 0; i < 9; ++i) {
            QCOMPARE(budget.msUntilNextAllowed(), 0);
            budget.recordRequestSent();
            clock.advance(1s);
        }
        // Sent at 0..8 s, now 9 s: the first leaves the window at 60 s.
        QCOMPARE(budget.snapshot().windowUsed, 9);
        QCOMPARE(budget.msUntilNextAllowed(), 51'000);
        clock.advance(50'999ms);
        QCOMPARE(budget.msUntilNextAllowed(), 1);
        QCOMPARE(budget.snapshot().windowUsed, 9);
        clock.advance(1ms);
        QCOMPARE(budget.msUntilNextAllowed(), 0);
        QCOMPARE(budget.snapshot().windowUsed, 8);
        budget.recordRequestSent();
        // Full again; now the request sent at 1 s is the one to leave, at 61 s.
        QCOMPARE(budget.msUntilNextAllowed(), 1000);
        clock.advance(60s);
        QCOMPARE(budget.snapshot().windowUsed, 0);
        QCOMPARE(budget.msUntilNextAllowed(), 0);
    }

    void pacingDelayWithDefaultWindow() {
        ManualClock clock;
        RateBudget budget(&clock);
        for (int i = 0; i < 1899; ++i) {
            budget.recordRequestSent();
            clock.advance(100ms);
        }
        QCOMPARE(budget.msUntilNextAllowed(), 0);
        budget.recordRequestSent(); // the 1900th, sent at 189.9 s
        clock.advance(100ms);
        QCOMPARE(budget.msUntilNextAllowed(), 300'000 - 190'000);
        // A burst: the wait is measured from the oldest request that must leave.
        clock.advance(300s);
        for (int i = 0; i < 1950; ++i)
            budget.recordRequestSent();
        clock.advance(10s);
        QCOMPARE(budget.msUntilNextAllowed(), 290'000);
    }

    void lowWhenWindowMostlyUsed() {
        ManualClock clock;
        RateBudget budget(&clock, 10, 60s);
        for (int i = 0; i < 8; ++i)
            budget.recordRequestSent();
        QCOMPARE(budget.snapshot().state, RateBudget::State::Normal); // 80% is not more than 80%
        budget.recordRequestSent();
        QCOMPARE(budget.snapshot().state, RateBudget::State::Low);
        clock.advance(60s);
        QCOMPARE(budget.snapshot().state, RateBudget::State::Normal);
    }

    void retryAfterParsing_data() {
        QTest::addColumn<QByteArray>("value");
        QTest::addColumn<qint64>("expectedMs"); // -1: not a Retry-After value
        QTest::newRow("seconds") << "12"_ba << qint64(12'000);
        QTest::newRow("zero") << "0"_ba << qint64(0);
        QTest::newRow("padded") << "  7 "_ba << qint64(7000);
        QTest::newRow("huge seconds capped") << "99999999"_ba << qint64(3'600'000);
        QTest::newRow("imf-fixdate") << "Mon, 06 May 2024 12:00:30 GMT"_ba << qint64(30'000);
        QTest::newRow("rfc850") << "Monday, 06-May-24 12:01:00 GMT"_ba << qint64(60'000);
        QTest::newRow("asctime") << "Mon May  6 12:00:05 2024"_ba << qint64(5000);
        QTest::newRow("past date") << "Mon, 06 May 2024 11:00:00 GMT"_ba << qint64(0);
        QTest::newRow("far future capped") << "Tue, 07 May 2024 12:00:00 GMT"_ba << qint64(3'600'000);
        QTest::newRow("negative") << "-5"_ba << qint64(-1);
        QTest::newRow("fraction") << "1.5"_ba << qint64(-1);
        QTest::newRow("empty") << QByteArray() << qint64(-1);
        QTest::newRow("word") << "soon"_ba << qint64(-1);
        QTest::newRow("bad day") << "Mon, 32 May 2024 12:00:00 GMT"_ba << qint64(-1);
        QTest::newRow("bad month") << "Mon, 06 Mai 2024 12:00:00 GMT"_ba << qint64(-1);
        QTest::newRow("bad time") << "Mon, 06 May 2024 25:00:00 GMT"_ba << qint64(-1);
        QTest::newRow("local zone") << "Mon, 06 May 2024 12:00:30 CEST"_ba << qint64(-1);
    }

    void retryAfterParsing() {
        QFETCH(QByteArray, value);
        QFETCH(qint64, expectedMs);
        const QDateTime now(QDate(2024, 5, 6), QTime(12, 0), Qt::UTC);
        const std::optional<qint64> parsed = RateBudget::parseRetryAfterMs(value, now);
        if (expectedMs < 0)
            QCOMPARE(parsed, std::nullopt);
        else
            QCOMPARE(parsed, std::optional<qint64>(expectedMs));
    }

    void tooManyRequestsWithRetryAfterSeconds() {
        ManualClock clock;
        RateBudget budget(&clock);
        budget.onTooManyRequests("12"_ba);
        QCOMPARE(budget.msUntilNextAllowed(), 12'000);
        RateBudget::Snapshot s = budget.snapshot();
        QCOMPARE(s.state, RateBudget::State::BackingOff);
        QCOMPARE(s.backoffRemainingMs, 12'000);
        clock.advance(5s);
        QCOMPARE(budget.msUntilNextAllowed(), 7000);
        QCOMPARE(s.backoffRemainingAt(clock.nowMs()), 7000);
        clock.advance(7s);
        QCOMPARE(budget.msUntilNextAllowed(), 0);
        QCOMPARE(s.stateAt(clock.nowMs()), RateBudget::State::Normal);
        QCOMPARE(budget.snapshot().state, RateBudget::State::Normal);
    }

    void tooManyRequestsWithRetryAfterDate() {
        ManualClock clock(QDateTime(QDate(2024, 5, 6), QTime(12, 0), Qt::UTC));
        RateBudget budget(&clock);
        budget.onTooManyRequests("Mon, 06 May 2024 12:00:45 GMT"_ba);
        QCOMPARE(budget.msUntilNextAllowed(), 45'000);
        QCOMPARE(budget.snapshot().state, RateBudget::State::BackingOff);
    }

    void unreadableRetryAfterFallsBackToBackoff() {
        ManualClock clock;
        RateBudget budget(&clock);
        budget.setJitterSource([] { return 0.0; });
        budget.onTooManyRequests("whenever"_ba);
        QCOMPARE(budget.msUntilNextAllowed(), 1000);
    }

    void backoffGrowsAndIsCapped() {
        ManualClock clock;
        RateBudget budget(&clock);
        budget.setJitterSource([] { return 0.0; });
        const QList<qint64> expected = {1000, 2000, 4000, 8000, 16'000, 32'000, 60'000, 60'000, 60'000};
        for (qint64 delay : expected) {
            budget.onTooManyRequests(std::nullopt);
            QCOMPARE(budget.msUntilNextAllowed(), delay);
            clock.advance(std::chrono::milliseconds(delay));
        }
        QCOMPARE(budget.consecutiveTooManyRequests(), expected.size());
    }

    void jitterShortensByAtMostHalf() {
        ManualClock clock;
        RateBudget budget(&clock);
        budget.setJitterSource([] { return 0.5; });
        budget.onTooManyRequests(std::nullopt);
        QCOMPARE(budget.msUntilNextAllowed(), 750);
        clock.advance(1s);
        budget.setJitterSource([] { return 1.0; }); // out of range: treated as the largest jitter
        budget.onTooManyRequests(std::nullopt);
        QCOMPARE(budget.msUntilNextAllowed(), 1000);
    }

    void seededJitterIsRepeatableAndBounded() {
        ManualClock clockA;
        ManualClock clockB;
        RateBudget a(&clockA);
        RateBudget b(&clockB);
        a.setJitterSeed(42);
        b.setJitterSeed(42);
        qint64 previous = 0;
        bool anyJitter = false;
        for (int attempt = 1; attempt <= 10; ++attempt) {
            a.onTooManyRequests(std::nullopt);
            b.onTooManyRequests(std::nullopt);
            const qint64 delay = a.msUntilNextAllowed();
            QCOMPARE(b.msUntilNextAllowed(), delay);
            const qint64 step = std::min<qint64>(60'000, 1000LL << (attempt - 1));
            QVERIFY2(delay > step / 2 && delay <= step,
                     qPrintable(u"attempt %1: %2 ms"_s.arg(attempt).arg(delay)));
            if (step < 60'000)
                QVERIFY(delay > previous); // steps below the cap never overlap
            anyJitter = anyJitter || delay != step;
            previous = delay;
            clockA.advance(std::chrono::milliseconds(delay));
            clockB.advance(std::chrono::milliseconds(delay));
        }
        QVERIFY(anyJitter);
    }

    void successResetsBackoff() {
        ManualClock clock;
        RateBudget budget(&clock);
        budget.setJitterSource([] { return 0.0; });
        budget.onTooManyRequests(std::nullopt);
        clock.advance(1s);
        budget.onTooManyRequests(std::nullopt);
        QCOMPARE(budget.msUntilNextAllowed(), 2000);
        clock.advance(2s);
        budget.onSuccess();
        QCOMPARE(budget.consecutiveTooManyRequests(), 0);
        budget.onTooManyRequests(std::nullopt);
        QCOMPARE(budget.msUntilNextAllowed(), 1000);
    }

    void shorterAnswerKeepsLongerPause() {
        ManualClock clock;
        RateBudget budget(&clock);
        budget.onTooManyRequests("30"_ba);
        clock.advance(10s);
        budget.onTooManyRequests("1"_ba);
        QCOMPARE(budget.msUntilNextAllowed(), 20'000);
        budget.onSuccess(); // an answer to a request already in flight does not lift the pause
        QCOMPARE(budget.msUntilNextAllowed(), 20'000);
    }

    void backoffAndWindowCombine() {
        ManualClock clock;
        RateBudget budget(&clock, 10, 60s);
        for (int i = 0; i < 9; ++i)
            budget.recordRequestSent();
        budget.onTooManyRequests("5"_ba);
        QCOMPARE(budget.msUntilNextAllowed(), 60'000); // the window is the longer wait
        clock.advance(60s);
        budget.onTooManyRequests("5"_ba);
        QCOMPARE(budget.msUntilNextAllowed(), 5000); // the back-off is
    }

    void headerParsing_data() {
        QTest::addColumn<Headers>("headers");
        QTest::addColumn<qint64>("total"); // -1: nullopt
        QTest::addColumn<qint64>("today");
        QTest::addColumn<qint64>("limit");
        QTest::addColumn<qint64>("remaining");
        QTest::newRow("all") << usageHeaders(1234, 100'000, 98'766, 5'000'000) << qint64(5'000'000)
                             << qint64(1234) << qint64(100'000) << qint64(98'766);
        QTest::newRow("none") << Headers{{"Content-Type"_ba, "application/json"_ba}} << qint64(-1)
                              << qint64(-1) << qint64(-1) << qint64(-1);
        QTest::newRow("case") << Headers{{"x-api-usage-today"_ba, "5"_ba}, {"X-API-USAGE-LIMIT"_ba, "10"_ba}}
                              << qint64(-1) << qint64(5) << qint64(10) << qint64(-1);
        QTest::newRow("padding") << Headers{{"X-API-Usage-Today"_ba, " 42 "_ba}} << qint64(-1) << qint64(42)
                                 << qint64(-1) << qint64(-1);
        QTest::newRow("garbage") << Headers{{"X-API-Usage-Total"_ba, "lots"_ba},
                                            {"X-API-Usage-Today"_ba, "-1"_ba},
                                            {"X-API-Usage-Limit"_ba, "12abc"_ba},
                                            {"X-API-Usage-Remaining"_ba, ""_ba}}
                                 << qint64(-1) << qint64(-1) << qint64(-1) << qint64(-1);
        QTest::newRow("too long") << Headers{{"X-API-Usage-Total"_ba, "99999999999999999999"_ba}}
                                  << qint64(-1) << qint64(-1) << qint64(-1) << qint64(-1);
        QTest::newRow("repeated") << Headers{{"X-API-Usage-Today"_ba, "1"_ba},
                                             {"X-API-Usage-Today"_ba, "2"_ba}}
                                  << qint64(-1) << qint64(2) << qint64(-1) << qint64(-1);
        QTest::newRow("prefix only") << Headers{{"X-API-Usage"_ba, "1"_ba}, {"X-API-Usage-Todays"_ba, "1"_ba}}
                                     << qint64(-1) << qint64(-1) << qint64(-1) << qint64(-1);
    }

    void headerParsing() {
        QFETCH(Headers, headers);
        QFETCH(qint64, total);
        QFETCH(qint64, today);
        QFETCH(qint64, limit);
        QFETCH(qint64, remaining);
        const auto expect = [](qint64 v) {
            return v < 0 ? std::optional<qint64>() : std::optional<qint64>(v);
        };
        const RateBudget::Usage usage = RateBudget::parseUsageHeaders(headers);
        QCOMPARE(usage.total, expect(total));
        QCOMPARE(usage.today, expect(today));
        QCOMPARE(usage.limit, expect(limit));
        QCOMPARE(usage.remaining, expect(remaining));
    }

    void headersUpdateSnapshot() {
        ManualClock clock;
        RateBudget budget(&clock);
        QSignalSpy spy(&budget, &RateBudget::changed);
        budget.updateFromHeaders(usageHeaders(1234, 100'000, 98'766, 5'000'000));
        QCOMPARE(spy.count(), 1);
        RateBudget::Snapshot s = budget.snapshot();
        QCOMPARE(s.today, 1234);
        QCOMPARE(s.limit, 100'000);
        QCOMPARE(s.remaining, 98'766);
        QCOMPARE(s.total, 5'000'000);
        QCOMPARE(s.lastUpdate, clock.nowUtc());
        QCOMPARE(s.state, RateBudget::State::Normal);

        // A response without usage headers changes nothing.
        clock.advance(1s);
        budget.updateFromHeaders({{"Content-Type"_ba, "application/json"_ba}});
        QCOMPARE(spy.count(), 1);
        QCOMPARE(budget.snapshot().lastUpdate, s.lastUpdate);

        // Garbage in one header: the others still count, the total keeps its last reading.
        budget.updateFromHeaders({{"X-API-Usage-Today"_ba, "1300"_ba},
                                  {"X-API-Usage-Limit"_ba, "100000"_ba},
                                  {"X-API-Usage-Remaining"_ba, "n/a"_ba},
                                  {"X-API-Usage-Total"_ba, "?"_ba}});
        QCOMPARE(spy.count(), 2);
        s = budget.snapshot();
        QCOMPARE(s.today, 1300);
        QCOMPARE(s.remaining, 98'700); // derived from this reading, not the stale 98,766
        QCOMPARE(s.total, 5'000'000);

        // Only Remaining and Limit: today is derived from them.
        budget.updateFromHeaders(
            {{"X-API-Usage-Limit"_ba, "100000"_ba}, {"X-API-Usage-Remaining"_ba, "98000"_ba}});
        QCOMPARE(budget.snapshot().today, 2000);
    }

    void lowWhenDailyBudgetNearlyUsed() {
        ManualClock clock;
        RateBudget budget(&clock);
        budget.updateFromHeaders(usageHeaders(900, 1000, 100, 900));
        QCOMPARE(budget.snapshot().state, RateBudget::State::Normal); // 10% left is not under 10%
        budget.updateFromHeaders(usageHeaders(901, 1000, 99, 901));
        QCOMPARE(budget.snapshot().state, RateBudget::State::Low);
    }

    void dailyExhaustion() {
        ManualClock clock;
        RateBudget budget(&clock);
        budget.updateFromHeaders(usageHeaders(990, 1000, 10, 990));
        QCOMPARE(budget.remainingToday(), 10);
        QVERIFY(budget.estimateFits(10));
        QVERIFY(!budget.estimateFits(11));
        budget.updateFromHeaders(usageHeaders(1000, 1000, 0, 1000));
        QVERIFY(budget.isDailyBudgetExhausted());
        QVERIFY(!budget.estimateFits(1));
        QVERIFY(budget.estimateFits(0));
        QCOMPARE(budget.snapshot().state, RateBudget::State::Exhausted);
        // An exhausted day outlasts a back-off, so it is what the state shows.
        budget.onTooManyRequests("10"_ba);
        const RateBudget::Snapshot s = budget.snapshot();
        QCOMPARE(s.state, RateBudget::State::Exhausted);
        QCOMPARE(s.backoffRemainingMs, 10'000);
    }

    void rolloverAtUtcMidnight() {
        ManualClock clock(QDateTime(QDate(2024, 5, 6), QTime(23, 59), Qt::UTC));
        RateBudget budget(&clock);
        budget.updateFromHeaders(usageHeaders(1000, 1000, 0, 7000));
        QVERIFY(budget.isDailyBudgetExhausted());
        QSignalSpy spy(&budget, &RateBudget::changed);
        clock.advance(59s);
        budget.refresh();
        QVERIFY(budget.isDailyBudgetExhausted());
        QCOMPARE(spy.count(), 0);
        clock.advance(1s); // 00:00:00 UTC
        QVERIFY(!budget.isDailyBudgetExhausted());
        QCOMPARE(budget.remainingToday(), 1000);
        const RateBudget::Snapshot s = budget.snapshot();
        QCOMPARE(s.today, 0);
        QCOMPARE(s.total, 7000);
        QCOMPARE(s.state, RateBudget::State::Normal);
        budget.refresh();
        QCOMPARE(spy.count(), 1);
        // A partial reading on the new day starts from the new day's numbers.
        budget.updateFromHeaders({{"X-API-Usage-Total"_ba, "7001"_ba}});
        QCOMPARE(budget.remainingToday(), 1000);
        QCOMPARE(budget.snapshot().today, 0);
    }

    void rolloverWhenServerCountDrops() {
        ManualClock clock;
        RateBudget budget(&clock);
        budget.updateFromHeaders(usageHeaders(1000, 1000, 0, 7000));
        QVERIFY(budget.isDailyBudgetExhausted());
        // The server's day began before ours: its count drops; Remaining missing is derived.
        budget.updateFromHeaders({{"X-API-Usage-Today"_ba, "3"_ba}, {"X-API-Usage-Limit"_ba, "1000"_ba}});
        QVERIFY(!budget.isDailyBudgetExhausted());
        QCOMPARE(budget.remainingToday(), 997);
    }

    void seedBeforeFirstResponse() {
        ManualClock clock(QDateTime(QDate(2024, 5, 6), QTime(23, 0), Qt::UTC));
        RateBudget budget(&clock);
        QSignalSpy spy(&budget, &RateBudget::changed);
        budget.seed(-1, 100);
        QCOMPARE(spy.count(), 0);
        budget.seed(40, 100);
        QCOMPARE(spy.count(), 1);
        QCOMPARE(budget.remainingToday(), 60);
        QCOMPARE(budget.snapshot().lastUpdate, clock.nowUtc());
        budget.updateFromHeaders(usageHeaders(41, 100, 59, 41));
        // Headers have spoken today: an older seed (e.g. a late /org/key body) does not undo them.
        budget.seed(40, 100);
        QCOMPARE(budget.remainingToday(), 59);
        clock.advance(2h);
        budget.seed(5, 200);
        QCOMPARE(budget.remainingToday(), 195);
    }

    void changedOnlyWhenSnapshotChanges() {
        ManualClock clock;
        RateBudget budget(&clock, 10, 60s);
        QSignalSpy spy(&budget, &RateBudget::changed);
        budget.onSuccess();
        budget.refresh();
        QCOMPARE(spy.count(), 0);
        budget.recordRequestSent();
        QCOMPARE(spy.count(), 1);
        budget.updateFromHeaders(usageHeaders(1, 100, 99, 1));
        QCOMPARE(spy.count(), 2);
        clock.advance(1s);
        budget.updateFromHeaders(usageHeaders(1, 100, 99, 1)); // same numbers, new reading time
        QCOMPARE(spy.count(), 3);
        budget.onTooManyRequests("5"_ba);
        QCOMPARE(spy.count(), 4);
        clock.advance(2s);
        budget.refresh(); // still backing off, same end
        QCOMPARE(spy.count(), 4);
        clock.advance(3s);
        budget.refresh(); // back-off over
        QCOMPARE(spy.count(), 5);
        QCOMPARE(budget.snapshot().state, RateBudget::State::Normal);
        clock.advance(60s);
        budget.refresh(); // the request left the window
        QCOMPARE(spy.count(), 6);
        QCOMPARE(budget.snapshot().windowUsed, 0);
    }
};

} // namespace rz

QTEST_GUILESS_MAIN(rz::TestRateBudget)
#include "tst_ratebudget.moc"
