// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: rzconsole contributors
#include "api/RateBudget.h"
#include "support/ManualClock.h"
#include "ui/RateLimitGauge.h"

#include <QDir>
#include <QImage>
#include <QSignalSpy>
#include <QTest>
#include <cmath>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

namespace rz {

namespace {

QList<std::pair<QByteArray, QByteArray>> usageHeaders(qint64 today, qint64 limit, qint64 remaining,
                                                      qint64 total) {
    return {{"X-API-Usage-Total"_ba, QByteArray::number(total)},
            {"X-API-Usage-Today"_ba, QByteArray::number(today)},
            {"X-API-Usage-Limit"_ba, QByteArray::number(limit)},
            {"X-API-Usage-Remaining"_ba, QByteArray::number(remaining)}};
}

QPalette lightPalette() {
    QPalette p;
    p.setColor(QPalette::Window, QColor(0xef, 0xef, 0xef));
    p.setColor(QPalette::WindowText, QColor(0x1a, 0x1a, 0x1a));
    p.setColor(QPalette::Highlight, QColor(0x30, 0x8c, 0xc6));
    return p;
}

QPalette darkPalette() {
    QPalette p;
    p.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2b));
    p.setColor(QPalette::WindowText, QColor(0xe6, 0xe6, 0xe6));
    p.setColor(QPalette::Highlight, QColor(0x3d, 0xae, 0xe9));
    return p;
}

double luminance(const QColor &c) {
    const auto channel = [](double v) {
        return v <= 0.04045 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4);
    };
    return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF());
}

// WCAG 2 contrast ratio.
double contrast(const QColor &a, const QColor &b) {
    const double la = luminance(a);
    const double lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

bool imageContains(const QImage &image, const QColor &color) {
    const QRgb wanted = color.rgb();
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            if ((image.pixel(x, y) & 0xffffff) == (wanted & 0xffffff))
                return true;
        }
    }
    return false;
}

} // namespace

class TestRateLimitGauge final : public QObject {
    Q_OBJECT

private:
    // Puts the budget into one of the gauge's states.
    static void prepare(RateBudget &budget, RateLimitGauge::State state) {
        switch (state) {
        case RateLimitGauge::State::Unknown:
            break;
        case RateLimitGauge::State::Normal:
            budget.updateFromHeaders(usageHeaders(1234, 100'000, 98'766, 5'000'000));
            for (int i = 0; i < 37; ++i)
                budget.recordRequestSent();
            break;
        case RateLimitGauge::State::Low:
            budget.updateFromHeaders(usageHeaders(95'100, 100'000, 4900, 5'100'000));
            break;
        case RateLimitGauge::State::Exhausted:
            budget.updateFromHeaders(usageHeaders(100'000, 100'000, 0, 5'200'000));
            break;
        case RateLimitGauge::State::BackingOff:
            budget.updateFromHeaders(usageHeaders(40'000, 100'000, 60'000, 5'000'000));
            for (int i = 0; i < 1900; ++i)
                budget.recordRequestSent();
            budget.onTooManyRequests("12"_ba);
            break;
        }
    }

private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }

    void unknownWithoutData() {
        ManualClock clock;
        RateLimitGauge gauge(&clock);
        QCOMPARE(gauge.state(), RateLimitGauge::State::Unknown);
        QCOMPARE(gauge.property("state").value<RateLimitGauge::State>(), RateLimitGauge::State::Unknown);
        QCOMPARE(gauge.text(), u"API usage: not known yet"_s);
        QCOMPARE(gauge.accessibleName(), u"API usage: not known yet"_s);
        QVERIFY(gauge.accessibleDescription().contains(u"No response has reported"_s));
        QVERIFY(gauge.toolTip().contains(u"X-API-Usage-Today: not reported"_s));
        QVERIFY(gauge.toolTip().contains(u"Last update: none yet"_s));

        // A snapshot without daily numbers is still "not known yet".
        RateBudget budget(&clock);
        budget.recordRequestSent();
        gauge.setSnapshot(budget.snapshot());
        QCOMPARE(gauge.state(), RateLimitGauge::State::Unknown);
        QCOMPARE(gauge.text(), u"API usage: not known yet"_s);
    }

    void normal() {
        ManualClock clock;
        RateBudget budget(&clock);
        prepare(budget, RateLimitGauge::State::Normal);
        RateLimitGauge gauge(&clock);
        QSignalSpy stateSpy(&gauge, &RateLimitGauge::stateChanged);
        gauge.setSnapshot(budget.snapshot());
        QCOMPARE(gauge.state(), RateLimitGauge::State::Normal);
        QCOMPARE(stateSpy.count(), 1);
        QCOMPARE(gauge.text(), u"API 1,234 / 100,000 today · window 37 / 2,000"_s);
        QCOMPARE(gauge.accessibleName(), u"API usage: normal"_s);
        QVERIFY(gauge.accessibleDescription().contains(u"API 1,234 / 100,000 today"_s));
        const QString tip = gauge.toolTip();
        QVERIFY2(tip.contains(u"X-API-Usage-Today: 1234"_s), qPrintable(tip));
        QVERIFY(tip.contains(u"X-API-Usage-Limit: 100000"_s));
        QVERIFY(tip.contains(u"X-API-Usage-Remaining: 98766"_s));
        QVERIFY(tip.contains(u"X-API-Usage-Total: 5000000"_s));
        QVERIFY(tip.contains(u"in the last 5 min: 37 of 2,000"_s));
        const QString local = QLocale().toString(clock.nowUtc().toLocalTime(), QLocale::ShortFormat);
        QVERIFY2(tip.contains(u"Last update: "_s + local), qPrintable(tip));
    }

    void low() {
        ManualClock clock;
        RateBudget budget(&clock);
        prepare(budget, RateLimitGauge::State::Low);
        RateLimitGauge gauge(&clock);
        gauge.setSnapshot(budget.snapshot());
        QCOMPARE(gauge.state(), RateLimitGauge::State::Low);
        QCOMPARE(gauge.text(), u"API 95,100 / 100,000 today · window 0 / 2,000 · running low"_s);
        QCOMPARE(gauge.accessibleName(), u"API usage: running low"_s);
        QVERIFY(gauge.accessibleDescription().contains(u"4,900 API calls are left today"_s));
        QVERIFY(gauge.toolTip().contains(u"X-API-Usage-Remaining: 4900"_s));
        QVERIFY(gauge.toolTip().contains(u"Running low"_s));
    }

    void exhausted() {
        ManualClock clock(QDateTime(QDate(2024, 5, 6), QTime(20, 0), Qt::UTC));
        RateBudget budget(&clock);
        prepare(budget, RateLimitGauge::State::Exhausted);
        RateLimitGauge gauge(&clock);
        gauge.setSnapshot(budget.snapshot());
        QCOMPARE(gauge.state(), RateLimitGauge::State::Exhausted);
        QCOMPARE(gauge.text(), u"API 100,000 / 100,000 today · window 0 / 2,000 · daily limit reached"_s);
        QCOMPARE(gauge.accessibleName(), u"API usage: daily limit reached"_s);
        const QString reset = QLocale().toString(
            QDateTime(QDate(2024, 5, 7), QTime(0, 0), Qt::UTC).toLocalTime(), QLocale::ShortFormat);
        QVERIFY2(gauge.accessibleDescription().contains(u"resets at "_s + reset),
                 qPrintable(gauge.accessibleDescription()));
        QVERIFY(gauge.toolTip().contains(u"X-API-Usage-Remaining: 0"_s));
        QVERIFY(gauge.toolTip().contains(u"resets at "_s + reset));
    }

    void backingOffCountsDown() {
        ManualClock clock;
        RateBudget budget(&clock);
        prepare(budget, RateLimitGauge::State::BackingOff);
        RateLimitGauge gauge(&clock);
        gauge.setSnapshot(budget.snapshot());
        QCOMPARE(gauge.state(), RateLimitGauge::State::BackingOff);
        QCOMPARE(gauge.text(), u"API 40,000 / 100,000 today · window 1,900 / 2,000 · backing off 12 s"_s);
        QCOMPARE(gauge.accessibleName(), u"API usage: backing off"_s);
        const QString resume =
            QLocale().toString(clock.nowUtc().addSecs(12).toLocalTime(), QLocale::ShortFormat);
        const QString description = gauge.accessibleDescription();
        QVERIFY2(description.contains(u"HTTP 429"_s) && description.contains(u"resume at "_s + resume),
                 qPrintable(description));
        QVERIFY(gauge.toolTip().contains(u"HTTP 429"_s));

        // No new snapshot: the gauge's own timer follows the clock.
        clock.advance(5s);
        QTRY_COMPARE_WITH_TIMEOUT(
            gauge.text(), u"API 40,000 / 100,000 today · window 1,900 / 2,000 · backing off 7 s"_s, 5000);
        QCOMPARE(gauge.accessibleDescription(), description); // stable while counting down
        clock.advance(6500ms);
        QTRY_COMPARE_WITH_TIMEOUT(
            gauge.text(), u"API 40,000 / 100,000 today · window 1,900 / 2,000 · backing off 1 s"_s, 5000);
        QSignalSpy stateSpy(&gauge, &RateLimitGauge::stateChanged);
        clock.advance(500ms);
        // Back-off over: the state the numbers call for (the window is over 80% used).
        QTRY_COMPARE_WITH_TIMEOUT(gauge.state(), RateLimitGauge::State::Low, 5000);
        QCOMPARE(stateSpy.count(), 1);
        QCOMPARE(gauge.text(), u"API 40,000 / 100,000 today · window 1,900 / 2,000 · running low"_s);
        QCOMPARE(gauge.accessibleName(), u"API usage: running low"_s);
    }

    void backingOffBeforeAnyUsage() {
        ManualClock clock;
        RateBudget budget(&clock);
        budget.onTooManyRequests("3"_ba);
        RateLimitGauge gauge(&clock);
        gauge.setSnapshot(budget.snapshot());
        QCOMPARE(gauge.state(), RateLimitGauge::State::BackingOff);
        QCOMPARE(gauge.text(), u"API usage not known yet · window 0 / 2,000 · backing off 3 s"_s);
    }

    void newSnapshotReplacesCountdown() {
        ManualClock clock;
        RateBudget budget(&clock);
        prepare(budget, RateLimitGauge::State::BackingOff);
        RateLimitGauge gauge(&clock);
        gauge.setSnapshot(budget.snapshot());
        clock.advance(12s);
        budget.onSuccess();
        budget.updateFromHeaders(usageHeaders(40'001, 100'000, 59'999, 5'000'001));
        clock.advance(300s);
        gauge.setSnapshot(budget.snapshot());
        QCOMPARE(gauge.state(), RateLimitGauge::State::Normal);
        QCOMPARE(gauge.text(), u"API 40,001 / 100,000 today · window 0 / 2,000"_s);
    }

    void coloursReadableInLightAndDarkThemes() {
        const QList<RateLimitGauge::State> states = {
            RateLimitGauge::State::Low, RateLimitGauge::State::Exhausted, RateLimitGauge::State::BackingOff};
        for (const QPalette &palette : {lightPalette(), darkPalette()}) {
            QList<QColor> seen;
            for (RateLimitGauge::State state : states) {
                ManualClock clock;
                RateBudget budget(&clock);
                prepare(budget, state);
                RateLimitGauge gauge(&clock);
                gauge.setPalette(palette);
                gauge.setSnapshot(budget.snapshot());
                QCOMPARE(gauge.state(), state);
                const QColor accent = gauge.accentColor();
                // The state's colour is also the text's, so it must pass as text (WCAG AA, 4.5:1).
                const double ratio = contrast(accent, palette.color(QPalette::Window));
                QVERIFY2(
                    ratio >= 4.5,
                    qPrintable(u"%1 on %2: %3"_s.arg(accent.name(), palette.color(QPalette::Window).name())
                                   .arg(ratio)));
                QVERIFY(!seen.contains(accent));
                seen << accent;
            }
        }
    }

    void barDrawnInStateColour_data() {
        QTest::addColumn<RateLimitGauge::State>("state");
        QTest::addColumn<bool>("dark");
        const QList<std::pair<RateLimitGauge::State, const char *>> states = {
            {RateLimitGauge::State::Unknown, "unknown"},
            {RateLimitGauge::State::Normal, "normal"},
            {RateLimitGauge::State::Low, "low"},
            {RateLimitGauge::State::Exhausted, "exhausted"},
            {RateLimitGauge::State::BackingOff, "backingoff"}};
        for (const auto &[state, name] : states) {
            QTest::addRow("%s-light", name) << state << false;
            QTest::addRow("%s-dark", name) << state << true;
        }
    }

    void barDrawnInStateColour() {
        QFETCH(RateLimitGauge::State, state);
        QFETCH(bool, dark);
        ManualClock clock;
        RateBudget budget(&clock);
        prepare(budget, state);
        RateLimitGauge gauge(&clock);
        gauge.setPalette(dark ? darkPalette() : lightPalette());
        gauge.setAutoFillBackground(true);
        gauge.setSnapshot(budget.snapshot());
        gauge.resize(gauge.sizeHint());
        const QImage image = gauge.grab().toImage();
        QCOMPARE(image.size(), gauge.size() * gauge.devicePixelRatio());
        if (state != RateLimitGauge::State::Unknown)
            QVERIFY(imageContains(image, gauge.accentColor()));
        bool plainBottom = true; // the bar sits under the text, in the bottom rows
        const QRgb background = gauge.palette().color(QPalette::Window).rgb() & 0xffffff;
        for (int y = image.height() - 6; y < image.height(); ++y) {
            for (int x = 0; x < image.width(); ++x)
                plainBottom = plainBottom && (image.pixel(x, y) & 0xffffff) == background;
        }
        QCOMPARE(plainBottom, state == RateLimitGauge::State::Unknown);
        // Set RZ_GAUGE_GRAB_DIR to keep the pictures for a look.
        const QString grabDir = qEnvironmentVariable("RZ_GAUGE_GRAB_DIR");
        if (!grabDir.isEmpty()) {
            const QString file =
                QDir(grabDir).filePath(u"gauge-%1.png"_s.arg(QString::fromLatin1(QTest::currentDataTag())));
            QVERIFY(image.save(file));
        }
    }
};

} // namespace rz

QTEST_MAIN(rz::TestRateLimitGauge)
#include "tst_ratelimitgauge.moc"
