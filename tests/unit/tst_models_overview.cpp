// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: rzconsole contributors
//
// The overview of the asset view: exact counts by type, OS, site and alive over the visible rows, Unknown and
// Other, the local filter, and that only the latest count is ever applied.
#include "models/AssetOverviewCounter.h"
#include "models/AssetOverviewModel.h"
#include "models/AssetTableModel.h"
#include "models/Roles.h"

#include <QAbstractItemModelTester>
#include <QLocale>
#include <QSemaphore>
#include <QSignalSpy>
#include <QTest>
#include <QThreadPool>

using namespace Qt::StringLiterals;
using rz::AssetColumn;
using rz::AssetTallyEntry;

namespace {

constexpr int Timeout = 30000; // generous: two cores shared with other builds

const QList<AssetColumn> loadedColumns{AssetColumn::Names, AssetColumn::Type, AssetColumn::Os,
                                       AssetColumn::SiteName, AssetColumn::Alive};

rz::AssetPage page(QList<AssetColumn> columns, const QList<QStringList> &rows) {
    rz::AssetPage page;
    page.columns = std::move(columns);
    for (const QStringList &values : rows)
        page.rows.push_back(rz::AssetRow{u"id-"_s + values.first(), values});
    return page;
}

// Ten assets in three pages. The third page comes without the OS column and in another column order.
//   Type:  Server 4, Laptop 2, Phone 1, Printer 1, Unknown 2
//   OS:    Linux 3, Windows 2, iOS 1, Unknown 4 (one empty, three from the page without the column)
//   Site:  HQ 6, Lab 3, Branch 1
//   Alive: true 6, false 3, Unknown 1
QList<rz::AssetPage> knownPages() {
    return {
        page(loadedColumns, {{u"h0"_s, u"Server"_s, u"Linux"_s, u"HQ"_s, u"true"_s},
                             {u"h1"_s, u"Server"_s, u"Windows"_s, u"HQ"_s, u"true"_s},
                             {u"h2"_s, u"Laptop"_s, u"Windows"_s, u"Lab"_s, u"false"_s},
                             {u"h3"_s, QString(), QString(), u"HQ"_s, u"true"_s}}),
        page(loadedColumns, {{u"h4"_s, u"Server"_s, u"Linux"_s, u"Lab"_s, u"true"_s},
                             {u"h5"_s, u"Phone"_s, u"iOS"_s, u"Lab"_s, QString()},
                             {u"h6"_s, u"Laptop"_s, u"Linux"_s, u"HQ"_s, u"false"_s}}),
        page({AssetColumn::Names, AssetColumn::Alive, AssetColumn::SiteName, AssetColumn::Type},
             {{u"h7"_s, u"true"_s, u"Branch"_s, u"Server"_s},
              {u"h8"_s, u"true"_s, u"HQ"_s, QString()},
              {u"h9"_s, u"false"_s, u"HQ"_s, u"Printer"_s}}),
    };
}

using Bars = QList<std::pair<QString, qint64>>;

// A tally as (label, count) pairs, in its order.
Bars bars(const rz::AssetOverview &overview, AssetColumn column) {
    Bars out;
    const rz::AssetTally *tally = overview.tally(column);
    if (!tally)
        return out;
    for (const AssetTallyEntry &entry : tally->entries)
        out.append({rz::AssetOverviewModel::entryLabel(*tally, entry), entry.count});
    return out;
}

void load(rz::AssetTableModel &model, const QList<rz::AssetPage> &pages) {
    for (const rz::AssetPage &p : pages)
        model.appendPage(p);
}

bool settled(const rz::AssetTableModel &source, const rz::AssetOverviewModel &overview) {
    return !source.isReordering() && !overview.isCounting();
}

} // namespace

class tst_ModelsOverview final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void countsTheKnownPagesExactly();
    void countsOnlyTheFilteredRows();
    void keepsTheTopValuesAndSumsUpTheRestAsOther();
    void countsTextAndNumberColumns();
    void saysWhenAColumnIsNotLoaded();
    void sortingKeepsTheCounts();
    void pagesArrivingTogetherAreCountedOnce();
    void countsNothingWhileInactive();
    void aNewerCountSupersedesAnOlderOne();
    void cancelledCountGivesNothing();
    void modelsPassTheTester();
};

void tst_ModelsOverview::initTestCase() {
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}

void tst_ModelsOverview::countsTheKnownPagesExactly() {
    rz::AssetTableModel source;
    source.setColumns(loadedColumns);
    load(source, knownPages());
    rz::AssetOverviewModel overview(&source);
    QTRY_VERIFY_WITH_TIMEOUT(settled(source, overview), Timeout);

    const rz::AssetOverview &o = overview.overview();
    QCOMPARE(o.visibleRows, 10);
    QCOMPARE(o.loadedRows, 10);
    QVERIFY(o.filter.isEmpty());
    QCOMPARE(
        bars(o, AssetColumn::Type),
        (Bars{{u"Server"_s, 4}, {u"Laptop"_s, 2}, {u"Phone"_s, 1}, {u"Printer"_s, 1}, {u"Unknown"_s, 2}}));
    QCOMPARE(bars(o, AssetColumn::Os),
             (Bars{{u"Linux"_s, 3}, {u"Windows"_s, 2}, {u"iOS"_s, 1}, {u"Unknown"_s, 4}}));
    QCOMPARE(bars(o, AssetColumn::SiteName), (Bars{{u"HQ"_s, 6}, {u"Lab"_s, 3}, {u"Branch"_s, 1}}));
    QCOMPARE(bars(o, AssetColumn::Alive), (Bars{{u"Yes"_s, 6}, {u"No"_s, 3}, {u"Unknown"_s, 1}}));
    QCOMPARE(o.tally(AssetColumn::Type)->distinct, 4);
    QCOMPARE(o.tally(AssetColumn::Type)->total, 10);
    QCOMPARE(o.tally(AssetColumn::Os)->countOf(AssetTallyEntry::Kind::Unknown), 4);
    QCOMPARE(o.tally(AssetColumn::Alive)->countOf(u"true"_s), 6);

    // The same numbers through the item model: a row per column, a child per bar.
    QCOMPARE(overview.rowCount(), 4);
    const QModelIndex type = overview.index(0, rz::AssetOverviewModel::Value);
    QCOMPARE(type.data().toString(), u"Type"_s);
    QCOMPARE(overview.index(0, rz::AssetOverviewModel::Assets).data(rz::RawValueRole).toLongLong(), 10);
    QCOMPARE(overview.rowCount(type), 5);
    QCOMPARE(overview.index(0, rz::AssetOverviewModel::Value, type).data().toString(), u"Server"_s);
    QCOMPARE(overview.index(0, rz::AssetOverviewModel::Assets, type).data().toString(), u"4"_s);
    QCOMPARE(overview.index(0, rz::AssetOverviewModel::Share, type).data().toString(), u"40.0%"_s);
    QCOMPARE(overview.index(4, rz::AssetOverviewModel::Value, type).data().toString(), u"Unknown"_s);
}

void tst_ModelsOverview::countsOnlyTheFilteredRows() {
    rz::AssetTableModel source;
    source.setColumns(loadedColumns);
    load(source, knownPages());
    rz::AssetOverviewModel overview(&source);
    overview.setThrottleInterval(0);
    QTRY_VERIFY_WITH_TIMEOUT(settled(source, overview), Timeout);

    source.setLocalFilter(u"linux"_s); // h0, h4, h6
    QTRY_VERIFY_WITH_TIMEOUT(settled(source, overview) && overview.overview().filter == u"linux"_s, Timeout);
    const rz::AssetOverview &o = overview.overview();
    QCOMPARE(o.visibleRows, 3);
    QCOMPARE(o.loadedRows, 10);
    QCOMPARE(bars(o, AssetColumn::Type), (Bars{{u"Server"_s, 2}, {u"Laptop"_s, 1}}));
    QCOMPARE(bars(o, AssetColumn::Os), (Bars{{u"Linux"_s, 3}}));
    QCOMPARE(bars(o, AssetColumn::SiteName), (Bars{{u"HQ"_s, 2}, {u"Lab"_s, 1}}));
    QCOMPARE(bars(o, AssetColumn::Alive), (Bars{{u"Yes"_s, 2}, {u"No"_s, 1}}));

    // Pages that arrive under the filter count as far as it keeps them.
    source.appendPage(page(loadedColumns, {{u"h10"_s, u"Server"_s, u"Linux"_s, u"Lab"_s, u"true"_s},
                                           {u"h11"_s, u"Server"_s, u"Windows"_s, u"Lab"_s, u"true"_s}}));
    QTRY_VERIFY_WITH_TIMEOUT(settled(source, overview) && overview.overview().loadedRows == 12, Timeout);
    QCOMPARE(overview.overview().visibleRows, 4);
    QCOMPARE(bars(overview.overview(), AssetColumn::Type), (Bars{{u"Server"_s, 3}, {u"Laptop"_s, 1}}));

    // A filter that keeps nothing: empty tallies, still loaded.
    source.setLocalFilter(u"no such thing"_s);
    QTRY_VERIFY_WITH_TIMEOUT(settled(source, overview) && overview.overview().filter == u"no such thing"_s,
                             Timeout);
    QCOMPARE(overview.overview().visibleRows, 0);
    QVERIFY(overview.overview().tally(AssetColumn::Type)->loaded);
    QVERIFY(overview.overview().tally(AssetColumn::Type)->entries.isEmpty());

    source.setLocalFilter(QString());
    QTRY_VERIFY_WITH_TIMEOUT(settled(source, overview) && overview.overview().filter.isEmpty(), Timeout);
    QCOMPARE(overview.overview().visibleRows, 12);
    QCOMPARE(overview.overview().tally(AssetColumn::Type)->countOf(u"Server"_s), 6);
}

void tst_ModelsOverview::keepsTheTopValuesAndSumsUpTheRestAsOther() {
    rz::AssetTableModel source;
    source.setColumns(loadedColumns);
    load(source, knownPages());
    rz::AssetOverviewModel overview(&source);
    overview.setThrottleInterval(0);
    overview.setTopCount(2);
    QTRY_VERIFY_WITH_TIMEOUT(settled(source, overview) && overview.overview().visibleRows == 10, Timeout);
    QCOMPARE(bars(overview.overview(), AssetColumn::Type),
             (Bars{{u"Server"_s, 4}, {u"Laptop"_s, 2}, {u"Other (2 values)"_s, 2}, {u"Unknown"_s, 2}}));
    const rz::AssetTally *type = overview.overview().tally(AssetColumn::Type);
    QCOMPARE(type->entries.at(2).kind, AssetTallyEntry::Kind::Other);
    QCOMPARE(type->entries.at(2).values, 2);
    QCOMPARE(type->total, 10);

    // Room for all but one: that one is shown as itself, not as an "Other" of one value.
    overview.setTopCount(3);
    QTRY_VERIFY_WITH_TIMEOUT(settled(source, overview) &&
                                 overview.overview().tally(AssetColumn::Type)->entries.size() == 5,
                             Timeout);
    QCOMPARE(overview.overview().tally(AssetColumn::Type)->countOf(AssetTallyEntry::Kind::Other), 0);
    QCOMPARE(overview.overview().tally(AssetColumn::Type)->countOf(u"Printer"_s), 1);
}

void tst_ModelsOverview::countsTextAndNumberColumns() {
    // 140 rows with 70 OS values: more than a block pools, so the block keeps them as texts.
    rz::AssetPage many;
    many.columns = {AssetColumn::Names, AssetColumn::Os, AssetColumn::ServiceCount};
    for (int i = 0; i < 140; ++i) {
        many.rows.push_back(rz::AssetRow{
            u"id%1"_s.arg(i),
            {u"n%1"_s.arg(i), u"os-%1"_s.arg(i % 70, 2, 10, QChar(u'0')), QString::number(i % 3)}});
    }
    const auto block = rz::AssetBlock::fromRows(many.columns, many.rows);
    QCOMPARE(block->cells[1].storage, rz::AssetBlockColumn::Storage::Text);
    QCOMPARE(block->cells[2].storage, rz::AssetBlockColumn::Storage::Number);
    many.rows.clear();
    many.block = block;

    rz::AssetTableModel source;
    source.setColumns(many.columns);
    source.appendPage(many);
    source.appendPage(many); // the same values again: counts double
    rz::AssetOverviewModel overview(&source);
    overview.setTalliedColumns({AssetColumn::Os, AssetColumn::ServiceCount});
    QTRY_VERIFY_WITH_TIMEOUT(settled(source, overview) && overview.overview().tallies.size() == 2, Timeout);

    const rz::AssetTally *os = overview.overview().tally(AssetColumn::Os);
    QCOMPARE(os->distinct, 70);
    QCOMPARE(os->entries.size(), 9); // the top 8 and Other
    QCOMPARE(os->entries.first().value, u"os-00"_s);
    QCOMPARE(os->entries.first().count, 4);
    QCOMPARE(os->entries.at(7).value, u"os-07"_s);
    QCOMPARE(os->entries.at(8).kind, AssetTallyEntry::Kind::Other);
    QCOMPARE(os->entries.at(8).values, 62);
    QCOMPARE(os->entries.at(8).count, 62 * 4);
    QCOMPARE(bars(overview.overview(), AssetColumn::ServiceCount),
             (Bars{{u"0"_s, 94}, {u"1"_s, 94}, {u"2"_s, 92}}));
}

void tst_ModelsOverview::saysWhenAColumnIsNotLoaded() {
    rz::AssetTableModel source;
    source.setColumns({AssetColumn::Names, AssetColumn::Type});
    source.appendPage(page({AssetColumn::Names, AssetColumn::Type}, {{u"a"_s, u"Server"_s}}));
    rz::AssetOverviewModel overview(&source);
    QTRY_VERIFY_WITH_TIMEOUT(settled(source, overview) && overview.overview().visibleRows == 1, Timeout);
    QVERIFY(overview.overview().tally(AssetColumn::Type)->loaded);
    const rz::AssetTally *os = overview.overview().tally(AssetColumn::Os);
    QVERIFY(os);
    QVERIFY(!os->loaded);
    QVERIFY(os->entries.isEmpty());
    QCOMPARE(overview.index(1, rz::AssetOverviewModel::Assets).data().toString(), u"not loaded"_s);
    QVERIFY(overview.index(1, 0).data(Qt::ToolTipRole).toString().contains(u"Add the Operating system"_s));

    // Other columns reset the source: the overview follows.
    overview.setThrottleInterval(0);
    source.setColumns(loadedColumns);
    load(source, knownPages());
    QTRY_VERIFY_WITH_TIMEOUT(settled(source, overview) && overview.overview().visibleRows == 10, Timeout);
    QVERIFY(overview.overview().tally(AssetColumn::Os)->loaded);
    QCOMPARE(overview.overview().tally(AssetColumn::Os)->countOf(u"Linux"_s), 3);
}

void tst_ModelsOverview::sortingKeepsTheCounts() {
    rz::AssetTableModel source;
    source.setColumns(loadedColumns);
    load(source, knownPages());
    rz::AssetOverviewModel overview(&source);
    overview.setThrottleInterval(0);
    QTRY_VERIFY_WITH_TIMEOUT(settled(source, overview), Timeout);
    const rz::AssetOverview before = overview.overview();
    source.setLocalFilter(u"h"_s); // every row, through a filter
    source.sort(source.sectionOf(AssetColumn::SiteName), Qt::DescendingOrder);
    QTRY_VERIFY_WITH_TIMEOUT(settled(source, overview) && overview.overview().filter == u"h"_s, Timeout);
    QCOMPARE(source.rawText(0, source.sectionOf(AssetColumn::SiteName)), u"Lab"_s);
    rz::AssetOverview after = overview.overview();
    after.filter.clear();
    QCOMPARE(after, before);
}

void tst_ModelsOverview::pagesArrivingTogetherAreCountedOnce() {
    rz::AssetTableModel source;
    source.setColumns(loadedColumns);
    rz::AssetOverviewModel overview(&source);
    overview.setThrottleInterval(0);
    QTRY_VERIFY_WITH_TIMEOUT(settled(source, overview), Timeout);
    QSignalSpy applied(&overview, &rz::AssetOverviewModel::overviewChanged);
    for (int round = 0; round < 5; ++round)
        load(source, knownPages());
    QVERIFY(overview.isCounting());
    QTRY_VERIFY_WITH_TIMEOUT(settled(source, overview), Timeout);
    QCOMPARE(applied.size(), 1);
    QCOMPARE(overview.overview().visibleRows, 50);
    QCOMPARE(overview.overview().tally(AssetColumn::SiteName)->countOf(u"HQ"_s), 30);
}

void tst_ModelsOverview::countsNothingWhileInactive() {
    rz::AssetTableModel source;
    source.setColumns(loadedColumns);
    rz::AssetOverviewModel overview(&source);
    overview.setThrottleInterval(0);
    QTRY_VERIFY_WITH_TIMEOUT(settled(source, overview), Timeout);
    overview.setActive(false);
    QSignalSpy applied(&overview, &rz::AssetOverviewModel::overviewChanged);
    load(source, knownPages());
    QVERIFY(!overview.isCounting());
    QTest::qWait(0); // a turn of the event loop: nothing is due to run
    QCoreApplication::processEvents();
    QCOMPARE(applied.size(), 0);
    QCOMPARE(overview.overview().visibleRows, 0);

    overview.setActive(true);
    QVERIFY(overview.isCounting());
    QTRY_VERIFY_WITH_TIMEOUT(settled(source, overview), Timeout);
    QCOMPARE(applied.size(), 1);
    QCOMPARE(overview.overview().visibleRows, 10);
}

void tst_ModelsOverview::aNewerCountSupersedesAnOlderOne() {
    rz::AssetTableModel source;
    source.setColumns(loadedColumns);
    load(source, knownPages());
    // One worker, held busy: the count for the unfiltered view waits behind it, and the count for the
    // filtered view is asked for before either runs.
    QThreadPool pool;
    pool.setMaxThreadCount(1);
    QSemaphore gate;
    pool.start([&gate] { gate.acquire(); });
    rz::AssetOverviewModel overview(&source, nullptr, &pool);
    overview.setThrottleInterval(0);
    QSignalSpy applied(&overview, &rz::AssetOverviewModel::overviewChanged);
    QTRY_COMPARE_WITH_TIMEOUT(pool.activeThreadCount(), 1, Timeout);
    for (int turn = 0; turn < 3; ++turn)
        QCoreApplication::processEvents(); // the first count starts: queued behind the gate
    QVERIFY(overview.isCounting());

    source.setLocalFilter(u"windows"_s); // h1, h2
    QTRY_VERIFY_WITH_TIMEOUT(!source.isReordering(), Timeout);
    for (int turn = 0; turn < 3; ++turn)
        QCoreApplication::processEvents(); // the second count starts
    gate.release();
    QTRY_VERIFY_WITH_TIMEOUT(settled(source, overview), Timeout);
    QVERIFY(pool.waitForDone(Timeout));
    QCoreApplication::processEvents();

    // Only the newest count was applied, once; the older one never showed.
    QCOMPARE(applied.size(), 1);
    QCOMPARE(overview.overview().filter, u"windows"_s);
    QCOMPARE(overview.overview().visibleRows, 2);
    QCOMPARE(bars(overview.overview(), AssetColumn::Os), (Bars{{u"Windows"_s, 2}}));
}

void tst_ModelsOverview::cancelledCountGivesNothing() {
    rz::AssetTableModel source;
    source.setColumns(loadedColumns);
    load(source, knownPages());
    const rz::AssetViewSnapshot snapshot = source.viewSnapshot();
    const std::atomic<bool> cancelled(true);
    QVERIFY(!rz::AssetOverviewCounter::count(snapshot, {AssetColumn::Type}, 8, cancelled));
    const std::atomic<bool> running(false);
    const std::optional<rz::AssetOverview> counted =
        rz::AssetOverviewCounter::count(snapshot, {AssetColumn::Type}, 8, running);
    QVERIFY(counted);
    QCOMPARE(counted->tally(AssetColumn::Type)->countOf(u"Server"_s), 4);
}

void tst_ModelsOverview::modelsPassTheTester() {
    rz::AssetTableModel source;
    QAbstractItemModelTester sourceTester(&source, QAbstractItemModelTester::FailureReportingMode::QtTest);
    rz::AssetOverviewModel overview(&source);
    QAbstractItemModelTester tester(&overview, QAbstractItemModelTester::FailureReportingMode::QtTest);
    overview.setThrottleInterval(0);
    source.setColumns(loadedColumns);
    load(source, knownPages());
    QTRY_VERIFY_WITH_TIMEOUT(settled(source, overview) && overview.overview().visibleRows == 10, Timeout);
    source.setLocalFilter(u"lab"_s);
    QTRY_VERIFY_WITH_TIMEOUT(settled(source, overview) && overview.overview().visibleRows == 3, Timeout);
    source.sort(0, Qt::DescendingOrder);
    load(source, knownPages());
    QTRY_VERIFY_WITH_TIMEOUT(settled(source, overview) && overview.overview().visibleRows == 6, Timeout);
    overview.setTalliedColumns({AssetColumn::Os});
    QTRY_VERIFY_WITH_TIMEOUT(settled(source, overview) && overview.rowCount() == 1, Timeout);
    source.clear();
    QTRY_VERIFY_WITH_TIMEOUT(settled(source, overview) && overview.overview().loadedRows == 0, Timeout);
    QCOMPARE(overview.rowCount(overview.index(0, 0)), 0);
}

QTEST_GUILESS_MAIN(tst_ModelsOverview)
#include "tst_models_overview.moc"
