// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: rzconsole contributors
//
// ApiClient against the simulated console while it misbehaves: a small request window that answers 429,
// injected 429s, 500s, dropped connections, truncated and garbled bodies. A paged load must still deliver
// exactly the data set's asset ids, none twice; a PUT that fails is never sent again; the daily budget stops
// requests. Time is a clock the test moves (the client's, and the simulator's along with it), so no test
// sleeps through a back-off.
#include "api/ApiClient.h"
#include "api/AssetLoad.h"
#include "api/Clock.h"
#include "api/RateBudget.h"
#include "support/SimHttp.h"
#include "support/StepClock.h"
#include "support/TestConsole.h"

#include <QPointer>
#include <QTest>

#include <algorithm>
#include <functional>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

namespace rz {

namespace {

constexpr int loadTimeoutMs = 120000;

// Lets the event loop run; whenever the client waits for time, moves its clock and the simulator's on.
bool drive(StepClock &clock, sim::SimServer *server, const std::function<bool()> &done) {
    QElapsedTimer guard;
    guard.start();
    while (!done() && guard.elapsed() < loadTimeoutMs) {
        QTest::qWait(5);
        if (done())
            break;
        const qint64 moved = clock.advanceToNext();
        if (moved > 0 && server)
            server->advanceClock((moved + 999) / 1000);
    }
    return done();
}

// What a load delivered.
struct LoadOutcome {
    QStringList ids;
    QList<ApiError> finished;
    QList<RateBudget::State> states; // every state the budget went through
};

} // namespace

class TestResilience final : public QObject {
    Q_OBJECT

private:
    static sim::SimConfig config(int windowRequests, int windowSeconds, qint64 dailyLimit = 100000) {
        sim::SimConfig c;
        c.seed = 11;
        c.organizations = 1;
        c.assetsPerOrganization = 600;
        c.sitesPerOrganization = 2;
        c.windowRequests = windowRequests;
        c.windowSeconds = windowSeconds;
        c.dailyLimit = dailyLimit;
        return c;
    }

    // The data set's asset ids, read without ApiClient (one unpaged request).
    static QStringList referenceIds(const test::ConsoleEndpoint &endpoint) {
        QStringList ids = test::idsOf(test::SimHttp(loadTimeoutMs).exportedAssets(endpoint, {}, u"id"_s));
        ids.sort();
        return ids;
    }

    static AssetLoad *startLoad(ApiClient &client, int pageSize, LoadOutcome &outcome, QObject *owner) {
        AssetQuery query;
        query.columns = {AssetColumn::Os};
        query.pageSize = pageSize;
        AssetLoad *load = client.loadAssets(query, owner);
        QObject::connect(load, &AssetLoad::pageReady, owner, [&outcome](const AssetPage &page) {
            for (const AssetRow &row : page.rows)
                outcome.ids.append(row.id);
        });
        QObject::connect(load, &AssetLoad::finished, owner,
                         [&outcome](const ApiError &error) { outcome.finished.append(error); });
        QObject::connect(&client.rateBudget(), &RateBudget::changed, owner, [&outcome, &client] {
            const RateBudget::State state = client.rateBudget().snapshot().state;
            if (outcome.states.isEmpty() || outcome.states.last() != state)
                outcome.states.append(state);
        });
        return load;
    }

private Q_SLOTS:
    void fullLoadThroughEveryKindOfFault() {
        // The simulator's window takes 10 requests per 2 s; the client does not know it and meets its 429s,
        // besides injected 429s, 500s, dropped connections, truncated and garbled bodies.
        test::TestConsole console(config(10, 2));
        sim::SimServer *server = console.server();
        if (!server)
            QSKIP("faults can only be injected into the simulated console");
        QVERIFY(console.endpoint().baseUrl.isValid());
        const QStringList reference = referenceIds(console.endpoint());
        QCOMPARE(reference.size(), 600);
        server->advanceClock(10); // the reference request leaves the window

        sim::FaultPlan plan;
        plan.tooManyEvery = 5;
        plan.error500Every = 7;
        plan.dropMidBodyEvery = 11;
        plan.truncateEvery = 13;
        plan.malformedEvery = 17;
        server->setFaults(plan);

        StepClock clock;
        ApiClient client(console.endpoint().baseUrl, console.endpoint().tokens.exportToken);
        client.setClock(&clock);
        LoadOutcome outcome;
        const qint64 before = server->requestCount();
        startLoad(client, 20, outcome, this); // 30 pages
        QVERIFY(drive(clock, server, [&] { return !outcome.finished.isEmpty(); }));
        server->setFaults({});

        QCOMPARE(outcome.finished.size(), 1);
        QVERIFY2(outcome.finished.first().ok(), qPrintable(outcome.finished.first().userMessage()));
        QStringList ids = outcome.ids;
        ids.sort();
        QCOMPARE(ids.size(), reference.size());                          // none twice ...
        QCOMPARE(ids, reference);                                        // ... and none missing
        QVERIFY(outcome.states.contains(RateBudget::State::BackingOff)); // 429s did arrive
        QVERIFY(server->requestCount() - before > 30);                   // and faults made it try again
    }

    void pacingKeepsUnderTheWindow() {
        // Told the window, the client paces itself and the simulator never needs to say 429.
        test::TestConsole console(config(10, 2));
        sim::SimServer *server = console.server();
        if (!server)
            QSKIP("needs the simulated console's window");
        StepClock clock;
        ApiClient client(console.endpoint().baseUrl, console.endpoint().tokens.exportToken);
        client.setClock(&clock);
        client.setRequestWindow(10, 2s);
        LoadOutcome outcome;
        const qint64 before = server->requestCount();
        startLoad(client, 30, outcome, this); // 20 pages
        QVERIFY(drive(clock, server, [&] { return !outcome.finished.isEmpty(); }));
        QVERIFY2(outcome.finished.first().ok(), qPrintable(outcome.finished.first().userMessage()));
        QCOMPARE(outcome.ids.size(), 600);
        QCOMPARE(server->requestCount() - before, 20); // each page once: no 429 was answered
        QVERIFY(!outcome.states.contains(RateBudget::State::BackingOff));
        QVERIFY(clock.nowMs() >= 4000); // 20 requests at 9 per 2 s had to wait for the window twice
    }

    void putThatFailsIsNotResent_data() {
        QTest::addColumn<int>("error500Every");
        QTest::addColumn<int>("tooManyEvery");
        QTest::addColumn<int>("dropMidBodyEvery");
        QTest::addColumn<int>("kind");
        QTest::newRow("500") << 1 << 0 << 0 << int(ApiError::Kind::Server);
        QTest::newRow("429") << 0 << 1 << 0 << int(ApiError::Kind::RateLimited);
        QTest::newRow("dropped") << 0 << 0 << 1 << int(ApiError::Kind::Network);
    }

    void putThatFailsIsNotResent() {
        QFETCH(int, error500Every);
        QFETCH(int, tooManyEvery);
        QFETCH(int, dropMidBodyEvery);
        QFETCH(int, kind);
        test::TestConsole console(config(2000, 300));
        sim::SimServer *server = console.server();
        if (!server)
            QSKIP("faults can only be injected into the simulated console");
        StepClock clock;
        ApiClient client(console.endpoint().baseUrl, console.endpoint().tokens.organizationToken);
        client.setClock(&clock);
        std::optional<Result<QList<Site>>> sites;
        client.fetchSites(this, [&sites](const Result<QList<Site>> &r) { sites = r; });
        QTRY_VERIFY(sites.has_value());
        QVERIFY(sites->ok() && !sites->value.isEmpty());

        sim::FaultPlan plan;
        plan.error500Every = error500Every;
        plan.tooManyEvery = tooManyEvery;
        plan.dropMidBodyEvery = dropMidBodyEvery;
        server->setFaults(plan);
        const qint64 before = server->requestCount();
        std::optional<Result<QByteArray>> answer;
        client.put(u"org/sites/"_s + sites->value.first().id + u"/scan"_s,
                   R"({"targets":"192.0.2.0/28","hosted-zone-name":"auto"})"_ba, this,
                   [&answer](const Result<QByteArray> &r) { answer = r; });
        QTRY_VERIFY(answer.has_value());
        QCOMPARE(int(answer->error.kind), kind);
        for (int i = 0; i < 10; ++i) { // plenty of time for a retry that must not come
            clock.advance(10s);
            server->advanceClock(10);
            QTest::qWait(10);
        }
        QCOMPARE(server->requestCount() - before, 1);
        server->setFaults({});
    }

    void dailyBudgetStopsAndNextDayResumes() {
        // Five calls a day; the load needs eight pages.
        test::TestConsole console(config(2000, 300, 5));
        sim::SimServer *server = console.server();
        if (!server)
            QSKIP("needs the simulated console's daily budget");
        StepClock clock;
        ApiClient client(console.endpoint().baseUrl, console.endpoint().tokens.exportToken);
        client.setClock(&clock);
        LoadOutcome outcome;
        const qint64 before = server->requestCount();
        AssetLoad *load = startLoad(client, 75, outcome, this);
        QTRY_VERIFY_WITH_TIMEOUT(!outcome.finished.isEmpty(), loadTimeoutMs);
        const ApiError stop = outcome.finished.first();
        QVERIFY2(stop.isDailyBudgetExhausted(), qPrintable(stop.userMessage()));
        QCOMPARE(stop.dailyLimit, 5);
        QVERIFY2(stop.userMessage().contains("resets at midnight UTC"_L1), qPrintable(stop.userMessage()));
        QCOMPARE(server->requestCount() - before, 5); // the sixth was never sent
        QCOMPARE(outcome.ids.size(), 5 * 75);
        QCOMPARE(client.rateBudget().snapshot().state, RateBudget::State::Exhausted);

        std::optional<Result<QList<Site>>> refused;
        client.fetchSites(this, [&refused](const Result<QList<Site>> &r) { refused = r; });
        QTRY_VERIFY(refused.has_value());
        QVERIFY(refused->error.isDailyBudgetExhausted());
        QCOMPARE(server->requestCount() - before, 5);

        // A day later, on both clocks, the load carries on where it stopped.
        clock.advance(24h);
        server->advanceClock(24 * 3600);
        load->resume();
        QTRY_COMPARE_WITH_TIMEOUT(outcome.finished.size(), 2, loadTimeoutMs);
        QVERIFY2(outcome.finished.last().ok(), qPrintable(outcome.finished.last().userMessage()));
        QStringList ids = outcome.ids;
        ids.removeDuplicates();
        QCOMPARE(ids.size(), 600);
        QCOMPARE(outcome.ids.size(), 600);
    }
};

} // namespace rz

QTEST_GUILESS_MAIN(rz::TestResilience)
#include "tst_resilience.moc"
