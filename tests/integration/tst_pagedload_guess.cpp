// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: rzconsole contributors
//
// The paged asset load asks for the next page the moment a page arrives, on the next_key read from the page's
// last bytes, without waiting for the parser: with the parser's thread held, the second request still goes
// out. The rows still arrive complete, in order and once each.
#include "api/ApiRequest.h"
#include "api/ApiTransport.h"
#include "api/PagedAssetLoad.h"
#include "sim/SimServer.h"
#include "support/TestConsole.h"

#include <QScopeGuard>
#include <QSemaphore>
#include <QSignalSpy>
#include <QTest>
#include <QThreadPool>

using namespace Qt::StringLiterals;

namespace rz {

class TestPagedLoadGuess final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void nextPageGoesOutBeforeTheParserRuns() {
        sim::SimConfig config = rz::test::simulatedData(11, 1, 50, 1);
        sim::SimServer sim(config);
        QVERIFY2(sim.listen(), qPrintable(sim.errorString()));
        ApiTransport transport(sim.baseUrl(), sim.tokens().exportToken, nullptr);

        // The parser's only thread is held until the test lets it go.
        QThreadPool pool;
        pool.setMaxThreadCount(1);
        QSemaphore hold;
        pool.start([&hold] { hold.acquire(); });
        const auto letGo = qScopeGuard([&hold] { hold.release(); }); // also when a check fails

        AssetQuery query;
        query.columns = {AssetColumn::Addresses, AssetColumn::Names};
        query.pageSize = 10; // five pages
        QStringList ids;
        PagedAssetLoad load(&transport, query, nullptr, &pool);
        connect(&load, &AssetLoad::pageReady, this, [&ids](const AssetPage &page) {
            for (const AssetRow &row : page.rows)
                ids.append(row.id);
        });
        QSignalSpy finished(&load, &AssetLoad::finished);

        const qint64 before = sim.requestCount();
        // Page 1 arrives and cannot be parsed yet; page 2 is requested on the guess all the same, and no
        // further (at most one page beyond the one waiting).
        QTRY_COMPARE_WITH_TIMEOUT(sim.requestCount() - before, 2, 20000);
        QTest::qWait(200);
        QCOMPARE(sim.requestCount() - before, 2);
        QVERIFY(ids.isEmpty());

        hold.release();
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 20000);
        QVERIFY(finished.first().first().value<ApiError>().ok());
        QCOMPARE(ids.size(), 50);
        QCOMPARE(QSet<QString>(ids.cbegin(), ids.cend()).size(), 50);
        QCOMPARE(sim.requestCount() - before, 5); // each of the five pages once
    }
};

} // namespace rz

QTEST_GUILESS_MAIN(rz::TestPagedLoadGuess)
#include "tst_pagedload_guess.moc"
