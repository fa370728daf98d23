// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: rzconsole contributors
//
// ConsoleSession hands the pages of a load to the asset model in batches (AssetPageBatcher). What it must
// keep while doing so: every row is in the model when a load reports its end, and the pages still waiting
// when a load is replaced never reach the model.
#include "api/ApiClient.h"
#include "models/AssetTableModel.h"
#include "models/SiteModel.h"
#include "session/ConsoleSession.h"
#include "sim/SimServer.h"
#include "support/TestConsole.h"

#include <QSet>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

constexpr int Timeout = 60000; // generous: two cores shared with other builds
constexpr qint64 Assets = 3000;
constexpr int Sites = 3;

} // namespace

class tst_ConsoleSessionBatches final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() {
        m_sim = std::make_unique<rz::sim::SimServer>(rz::test::simulatedData(17, 1, Assets, Sites));
        QVERIFY2(m_sim->listen(), qPrintable(m_sim->errorString()));
    }

    void everyRowIsInWhenTheLoadEnds() {
        rz::ApiClient client(m_sim->baseUrl(), m_sim->tokens().exportToken);
        client.setAssetPageSize(20); // many small pages, arriving faster than a batch interval
        rz::ConsoleSession session(&client);
        qint64 rowsAtTheEnd = -1;
        connect(&session, &rz::ConsoleSession::stateChanged, this, [&] {
            if (rowsAtTheEnd < 0 && session.outcome() == rz::ConsoleSession::Outcome::Complete)
                rowsAtTheEnd = session.assetModel()->loadedRowCount();
        });
        session.start();
        QTRY_VERIFY_WITH_TIMEOUT(rowsAtTheEnd >= 0, Timeout);
        QCOMPARE(rowsAtTheEnd, Assets);
    }

    void aReplacedLoadAddsNothingMore() {
        rz::ApiClient client(m_sim->baseUrl(), m_sim->tokens().exportToken);
        client.setAssetPageSize(20);
        rz::ConsoleSession session(&client);
        session.start();
        // All sites, until the first batch is in; then one site, while more pages of all sites wait.
        QTRY_VERIFY_WITH_TIMEOUT(session.assetModel()->loadedRowCount() > 0, Timeout);
        QVERIFY(session.activity() == rz::ConsoleSession::Activity::Assets);
        const rz::Site site = session.siteModel()->site(1);
        session.selectSite(1);
        QTRY_VERIFY_WITH_TIMEOUT(session.outcome() == rz::ConsoleSession::Outcome::Complete, Timeout);
        QTest::qWait(300); // longer than a batch interval: a page left waiting would be in by now
        const rz::AssetTableModel *model = session.assetModel();
        QCOMPARE(model->loadedRowCount(), Assets / Sites); // the generator spreads assets evenly
        const int siteSection = model->sectionOf(rz::AssetColumn::SiteName);
        QVERIFY(siteSection >= 0);
        QSet<QString> sites;
        for (int row = 0; row < model->rowCount(); ++row)
            sites.insert(model->rawText(row, siteSection));
        QCOMPARE(sites, QSet<QString>{site.name});
    }

private:
    std::unique_ptr<rz::sim::SimServer> m_sim;
};

QTEST_MAIN(tst_ConsoleSessionBatches)
#include "tst_consolesession_batches.moc"
