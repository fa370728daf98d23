// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: rzconsole contributors
//
// The rate-limit gauge in the real main window, offscreen, fed by the client's RateBudget while the
// simulated console serves pages: it follows every page, shows the console's numbers, warns before a load
// that today's budget cannot cover, and turns to "daily limit reached" when the budget runs out.
#include "api/ApiClient.h"
#include "api/RateBudget.h"
#include "models/AssetTableModel.h"
#include "session/ConsoleSession.h"
#include "sim/SimServer.h"
#include "ui/ConnectionMessageBar.h"
#include "ui/MainWindow.h"
#include "ui/RateLimitGauge.h"

#include <QLabel>
#include <QLocale>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;

namespace rz {

namespace {

constexpr int Timeout = 60000;
constexpr qint64 Assets = 6000; // three pages of 2,000

sim::SimConfig config(qint64 dailyLimit) {
    sim::SimConfig c;
    c.seed = 3;
    c.organizations = 1;
    c.assetsPerOrganization = Assets;
    c.sitesPerOrganization = 2;
    c.dailyLimit = dailyLimit;
    return c;
}

// What the budget and the gauge said when a page reached the table.
struct AtPage {
    qint64 today = -1;
    QString text;
};

} // namespace

class TestGaugeLive final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }

    void followsThePagesAsTheyLoad() {
        sim::SimServer sim(config(100000));
        QVERIFY2(sim.listen(), qPrintable(sim.errorString()));
        ApiClient client(sim.baseUrl(), sim.tokens().accountToken);
        MainWindow window(&client);
        window.show();
        auto *gauge = window.findChild<RateLimitGauge *>(u"rateLimitGauge"_s);
        QVERIFY(gauge);
        QVERIFY(window.statusBar()->isAncestorOf(gauge));
        QVERIFY(gauge->isVisible());
        QCOMPARE(gauge->state(), RateLimitGauge::State::Unknown);

        AssetTableModel *model = window.session()->assetModel();
        QList<AtPage> pages;
        connect(model, &QAbstractItemModel::rowsInserted, this, [&] {
            pages.append({client.rateBudget().snapshot().today.value_or(-1), gauge->text()});
        });
        QSignalSpy textChanges(gauge, &RateLimitGauge::textChanged);
        window.start();
        QTRY_COMPARE_WITH_TIMEOUT(model->rowCount(), int(Assets), Timeout);
        QTRY_COMPARE_WITH_TIMEOUT(window.session()->activity(), ConsoleSession::Activity::Idle, Timeout);

        QCOMPARE(pages.size(), 3); // one insertion per page
        for (qsizetype i = 0; i < pages.size(); ++i) {
            // Whenever a page reached the table, the gauge showed the budget as it stood then. How many
            // responses had been counted by then depends on timing (the next page is already on its way
            // while one is parsed, and a slow build parses slowly), so the count only never goes back.
            QVERIFY2(pages[i].today > 0, qPrintable(pages[i].text));
            if (i > 0)
                QVERIFY(pages[i].today >= pages[i - 1].today);
            const QString shown =
                u"API %1 / %2 today"_s.arg(QLocale().toString(pages[i].today), QLocale().toString(100000));
            QVERIFY2(pages[i].text.contains(shown), qPrintable(pages[i].text));
        }
        // In the end the budget holds the console's count of every call the window made.
        QCOMPARE(client.rateBudget().snapshot().today.value_or(-1), sim.requestCount());
        QVERIFY(textChanges.size() >= pages.size());
        QCOMPARE(gauge->state(), RateLimitGauge::State::Normal);
        const RateBudget::Snapshot last = client.rateBudget().snapshot();
        QVERIFY(gauge->text().contains(QLocale().toString(last.today.value_or(-1))));
        QVERIFY(gauge->toolTip().contains(u"X-API-Usage-Remaining: %1"_s.arg(last.remaining.value_or(-1))));
        QVERIFY(!window.connectionMessageBar()->isVisible()); // the budget was never in question
    }

    void warnsBeforeALoadTheBudgetCannotCoverAndStops() {
        // Four calls a day: organizations, /org/key and sites leave one for the three pages.
        sim::SimServer sim(config(4));
        QVERIFY2(sim.listen(), qPrintable(sim.errorString()));
        ApiClient client(sim.baseUrl(), sim.tokens().accountToken);
        MainWindow window(&client);
        window.show();
        auto *gauge = window.findChild<RateLimitGauge *>(u"rateLimitGauge"_s);
        QVERIFY(gauge);
        QSignalSpy warnings(window.session(), &ConsoleSession::budgetWarning);
        window.start();

        QTRY_COMPARE_WITH_TIMEOUT(warnings.size(), 1, Timeout);
        const QString warning = warnings.first().first().toString();
        QVERIFY2(warning.contains("~3 pages needs 3 API calls"_L1), qPrintable(warning));
        QVERIFY2(warning.contains("left today"_L1), qPrintable(warning));
        ConnectionMessageBar *bar = window.connectionMessageBar();
        QTRY_VERIFY(bar->isVisible());
        QCOMPARE(bar->text(), warning);
        QCOMPARE(bar->kind(), ConnectionMessageBar::Kind::Warning);

        // The load goes as far as the budget allows, then stops with the daily sentence.
        QTRY_COMPARE_WITH_TIMEOUT(window.session()->outcome(), ConsoleSession::Outcome::Failed, Timeout);
        QTRY_COMPARE(gauge->state(), RateLimitGauge::State::Exhausted);
        QVERIFY(gauge->text().contains("daily limit reached"_L1));
        QVERIFY(window.session()->assetModel()->rowCount() < int(Assets));
        auto *message = window.findChild<QLabel *>(u"errorMessage"_s);
        QVERIFY(message);
        QTRY_VERIFY(message->isVisible());
        QVERIFY2(message->text().contains("daily API budget of 4 calls"_L1), qPrintable(message->text()));
        const qint64 served = sim.requestCount();
        QTest::qWait(100);
        QCOMPARE(sim.requestCount(), served); // nothing more goes out
    }
};

} // namespace rz

QTEST_MAIN(rz::TestGaugeLive)
#include "tst_gauge_live.moc"
