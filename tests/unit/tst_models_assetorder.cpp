// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: rzconsole contributors
#include "export/CsvSelection.h"
#include "export/CsvTable.h"
#include "models/AssetTableModel.h"
#include "models/Roles.h"

#include <QAbstractItemModelTester>
#include <QLocale>
#include <QSignalSpy>
#include <QTest>
#include <QThread>

#include <ctime>

using namespace Qt::StringLiterals;
using rz::AssetColumn;

namespace {

const QList<AssetColumn> testColumns{AssetColumn::Names,        AssetColumn::Addresses, AssetColumn::LastSeen,
                                     AssetColumn::ServiceCount, AssetColumn::Alive,     AssetColumn::Os};
enum Section { NamesSection, AddressesSection, LastSeenSection, CountSection, AliveSection, OsSection };

rz::AssetPage pageOf(std::vector<rz::AssetRow> rows, QList<AssetColumn> columns = testColumns) {
    rz::AssetPage page;
    page.columns = std::move(columns);
    page.rows = std::move(rows);
    return page;
}

// Ids are "r<expected rank by name>"; the other columns are chosen so that each sort gives another order.
rz::AssetPage mixedPage() {
    return pageOf({
        {u"r3"_s, {u"delta\nd.example"_s, u"10.0.0.10"_s, u"1700000000"_s, u"10"_s, u"true"_s, u"Linux"_s}},
        {u"r1"_s, {u"Alpha"_s, u"192.168.1.1"_s, u"999999999"_s, u"2"_s, u"false"_s, u"Windows"_s}},
        {u"r5"_s, {QString(), QString(), QString(), QString(), QString(), QString()}},
        {u"r2"_s, {u"bravo"_s, u"2001:db8::1"_s, u"0"_s, u"1234"_s, u"true"_s, u"linux"_s}},
        {u"r4"_s, {u"Echo"_s, u"10.0.0.9"_s, u"1576300370"_s, u"9"_s, u"false"_s, u"BSD"_s}},
    });
}

QStringList visibleIds(const rz::AssetTableModel &model) {
    QStringList ids;
    for (int row = 0; row < model.rowCount(); ++row)
        ids.append(model.assetId(row));
    return ids;
}

bool settle(const rz::AssetTableModel &model) {
    return QTest::qWaitFor([&model] { return !model.isReordering(); }, 60000);
}

QStringList snapshotRows(const rz::CsvTable &table) {
    QStringList rows;
    for (qsizetype row = 0; row < table.rowCount(); ++row) {
        QStringList cells;
        for (int column = 0; column < table.columnCount(); ++column)
            cells.append(table.cell(row, column).toString());
        rows.append(cells.join(u'|'));
    }
    return rows;
}

} // namespace

class tst_ModelsAssetOrder final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();

    void filterMatchesDisplayTextIgnoringCase_data();
    void filterMatchesDisplayTextIgnoringCase();
    void filterResetsOnceAndEmptyTextClears();
    void filterTakesInAppendedPagesOnePageAtATime();
    void newFilterWhileLoadingCoversEveryRow();
    void filterFindsTimesAsShownAcrossClockChanges();

    void sortsByRawValues_data();
    void sortsByRawValues();
    void sortIsStableAndCaseInsensitive();
    void sortMovesPersistentIndexesAlong();
    void sortTakesInAppendedRowsLater();
    void sortAndFilterTogether();
    void sortFollowsItsColumnAcrossSetColumns();
    void reorderingSignalsComeInPairs();

    void exportSnapshotIsTheView();
    void exportSnapshotOfASelection();
    void exportSnapshotStaysAsTakenWhileLoading();
    void underTesterThroughout();
};

void tst_ModelsAssetOrder::initTestCase() {
    qputenv("TZ", "UTC");
    tzset();
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}

void tst_ModelsAssetOrder::filterMatchesDisplayTextIgnoringCase_data() {
    QTest::addColumn<QString>("needle");
    QTest::addColumn<QStringList>("ids");
    QTest::newRow("text, any case") << u"LINUX"_s << QStringList{u"r3"_s, u"r2"_s};
    QTest::newRow("list item") << u"d.exam"_s << QStringList{u"r3"_s};
    QTest::newRow("lists shown joined by comma") << u"delta, d."_s << QStringList{u"r3"_s};
    QTest::newRow("stored joint is no match") << u"delta\nd"_s << QStringList{};
    QTest::newRow("address") << u"10.0.0.1"_s << QStringList{u"r3"_s};
    QTest::newRow("IPv6") << u"DB8::"_s << QStringList{u"r2"_s};
    QTest::newRow("flag shown as Yes") << u"yes"_s << QStringList{u"r3"_s, u"r2"_s};
    QTest::newRow("flag's stored text is no match") << u"true"_s << QStringList{};
    QTest::newRow("time as shown") << u"12/14/2019"_s << QStringList{u"r4"_s};
    QTest::newRow("time of day") << u"10:13 PM"_s << QStringList{u"r3"_s};
    QTest::newRow("never shows nothing") << u"1/1/1970"_s << QStringList{};
    QTest::newRow("count with grouping") << u"1,23"_s << QStringList{u"r2"_s};
    QTest::newRow("nothing") << u"zzz"_s << QStringList{};
}

void tst_ModelsAssetOrder::filterMatchesDisplayTextIgnoringCase() {
    QFETCH(QString, needle);
    QFETCH(QStringList, ids);
    rz::AssetTableModel model;
    model.setColumns(testColumns);
    model.appendPage(mixedPage());
    model.setLocalFilter(needle);
    QVERIFY(settle(model));
    QCOMPARE(visibleIds(model), ids);
    QCOMPARE(model.loadedRowCount(), qint64(5));
    // Every visible row's display text does contain the needle.
    for (int row = 0; row < model.rowCount(); ++row) {
        bool found = false;
        for (int column = 0; column < model.columnCount(); ++column)
            found = found || model.index(row, column).data().toString().contains(needle, Qt::CaseInsensitive);
        QVERIFY2(found, qPrintable(model.assetId(row)));
    }
}

void tst_ModelsAssetOrder::filterResetsOnceAndEmptyTextClears() {
    rz::AssetTableModel model;
    model.setColumns(testColumns);
    model.appendPage(mixedPage());
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    model.setLocalFilter(u"linux"_s);
    QVERIFY(model.isReordering());
    QCOMPARE(model.rowCount(), 5); // unchanged until the job is done
    QVERIFY(settle(model));
    QCOMPARE(reset.size(), 1);
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.localFilter(), u"linux"_s);
    QCOMPARE(model.sourceRow(0), 0);
    QCOMPARE(model.sourceRow(1), 3);
    QCOMPARE(model.sourceRow(2), -1);
    QCOMPARE(model.rawText(1, OsSection), u"linux"_s);
    QCOMPARE(model.index(1, 0).data(rz::IdRole).toString(), u"r2"_s);

    model.setLocalFilter(QString());
    QVERIFY(!model.isReordering()); // nothing to compute
    QCOMPARE(reset.size(), 2);
    QCOMPARE(visibleIds(model), (QStringList{u"r3"_s, u"r1"_s, u"r5"_s, u"r2"_s, u"r4"_s}));
    QCOMPARE(inserted.size(), 0);
    QCOMPARE(removed.size(), 0);
}

void tst_ModelsAssetOrder::filterTakesInAppendedPagesOnePageAtATime() {
    rz::AssetTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setColumns({AssetColumn::Names});
    model.setLocalFilter(u"keep"_s); // set before any row arrives
    QVERIFY(!model.isReordering());
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    for (int page = 0; page < 3; ++page) {
        std::vector<rz::AssetRow> rows;
        for (int i = 0; i < 100; ++i) {
            const int n = page * 100 + i;
            rows.push_back({u"a%1"_s.arg(n), {n % 3 == 0 ? u"keep-%1"_s.arg(n) : u"drop-%1"_s.arg(n)}});
        }
        model.appendPage(pageOf(std::move(rows), {AssetColumn::Names}));
        QCOMPARE(inserted.size(), page + 1); // one insertion per page, of the matching rows only
    }
    QCOMPARE(model.loadedRowCount(), qint64(300));
    QCOMPARE(model.rowCount(), 100);
    QCOMPARE(model.assetId(99), u"a297"_s);
    QCOMPARE(inserted.at(2).at(1).toInt(), 67);
    QCOMPARE(inserted.at(2).at(2).toInt(), 99);
    // A page with no match inserts nothing.
    model.appendPage(pageOf({{u"x"_s, {u"other"_s}}}, {AssetColumn::Names}));
    QCOMPARE(inserted.size(), 3);
    QCOMPARE(model.loadedRowCount(), qint64(301));
}

void tst_ModelsAssetOrder::newFilterWhileLoadingCoversEveryRow() {
    rz::AssetTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setColumns({AssetColumn::Names});
    const auto page = [](int first) {
        std::vector<rz::AssetRow> rows;
        for (int n = first; n < first + 1000; ++n)
            rows.push_back({u"a%1"_s.arg(n), {u"host-%1"_s.arg(n)}});
        return pageOf(std::move(rows), {AssetColumn::Names});
    };
    model.appendPage(page(0));
    model.setLocalFilter(u"7"_s);
    // Pages arriving while the job runs (before the event loop delivers its result) are covered too.
    model.appendPage(page(1000));
    model.appendPage(page(2000));
    QVERIFY(settle(model));
    int expected = 0;
    for (int n = 0; n < 3000; ++n)
        expected += QString::number(n).contains(u'7') ? 1 : 0;
    QCOMPARE(model.rowCount(), expected);
    for (int row = 0; row < model.rowCount(); ++row)
        QVERIFY(model.index(row, 0).data().toString().contains(u'7'));
    QCOMPARE(model.assetId(0), u"a7"_s);
    QCOMPARE(model.assetId(model.rowCount() - 1), u"a2997"_s);
}

void tst_ModelsAssetOrder::filterFindsTimesAsShownAcrossClockChanges() {
    // Local times around daylight-saving changes, in a zone that shifts by an hour and one that shifts by
    // half an hour at a half hour: the filter must match exactly what each cell shows.
    const QByteArray zone = qgetenv("TZ");
    for (const char *name : {"Europe/Berlin", "Australia/Lord_Howe"}) {
        qputenv("TZ", name);
        tzset();
        rz::AssetTableModel model;
        model.setColumns({AssetColumn::LastSeen});
        std::vector<rz::AssetRow> rows;
        for (const qint64 start :
             {qint64(1616893200), qint64(1635642000), qint64(1617462000), qint64(1633190400)}) {
            for (qint64 t = start - 7200; t < start + 7200; t += 599)
                rows.push_back({QString::number(t), {QString::number(t)}});
        }
        model.appendPage(pageOf(std::move(rows), {AssetColumn::LastSeen}));
        QStringList shown;
        for (int row = 0; row < model.rowCount(); ++row)
            shown.append(model.index(row, 0).data().toString());
        for (const int probe : {0, 7, 13, 24, 31, 45}) {
            const QString needle = shown.at(probe).mid(shown.at(probe).indexOf(u' ') - 2);
            QStringList expected;
            for (int row = 0; row < shown.size(); ++row) {
                if (shown.at(row).contains(needle, Qt::CaseInsensitive))
                    expected.append(model.assetId(row));
            }
            model.setLocalFilter(needle);
            QVERIFY(settle(model));
            QCOMPARE(visibleIds(model), expected);
            model.setLocalFilter(QString());
        }
    }
    qputenv("TZ", zone);
    tzset();
}

void tst_ModelsAssetOrder::sortsByRawValues_data() {
    QTest::addColumn<int>("section");
    QTest::addColumn<int>("order");
    QTest::addColumn<QStringList>("ids");
    const auto up = int(Qt::AscendingOrder);
    const auto down = int(Qt::DescendingOrder);
    QTest::newRow("names") << int(NamesSection) << up
                           << QStringList{u"r1"_s, u"r2"_s, u"r3"_s, u"r4"_s, u"r5"_s};
    QTest::newRow("names, descending, empty last")
        << int(NamesSection) << down << QStringList{u"r4"_s, u"r3"_s, u"r2"_s, u"r1"_s, u"r5"_s};
    QTest::newRow("addresses: IPv4 numerically, then IPv6")
        << int(AddressesSection) << up << QStringList{u"r4"_s, u"r3"_s, u"r1"_s, u"r2"_s, u"r5"_s};
    QTest::newRow("addresses, descending")
        << int(AddressesSection) << down << QStringList{u"r2"_s, u"r1"_s, u"r3"_s, u"r4"_s, u"r5"_s};
    QTest::newRow("times as times, never last")
        << int(LastSeenSection) << up << QStringList{u"r1"_s, u"r4"_s, u"r3"_s, u"r5"_s, u"r2"_s};
    QTest::newRow("counts as numbers")
        << int(CountSection) << up << QStringList{u"r1"_s, u"r4"_s, u"r3"_s, u"r2"_s, u"r5"_s};
    QTest::newRow("counts, descending")
        << int(CountSection) << down << QStringList{u"r2"_s, u"r3"_s, u"r4"_s, u"r1"_s, u"r5"_s};
    QTest::newRow("flags: false first")
        << int(AliveSection) << up << QStringList{u"r1"_s, u"r4"_s, u"r3"_s, u"r2"_s, u"r5"_s};
    QTest::newRow("text ignoring case, ties in load order")
        << int(OsSection) << up << QStringList{u"r4"_s, u"r3"_s, u"r2"_s, u"r1"_s, u"r5"_s};
    QTest::newRow("text descending, ties still in load order")
        << int(OsSection) << down << QStringList{u"r1"_s, u"r3"_s, u"r2"_s, u"r4"_s, u"r5"_s};
}

void tst_ModelsAssetOrder::sortsByRawValues() {
    QFETCH(int, section);
    QFETCH(int, order);
    QFETCH(QStringList, ids);
    rz::AssetTableModel model;
    model.setColumns(testColumns);
    model.appendPage(mixedPage());
    model.sort(section, Qt::SortOrder(order));
    QVERIFY(settle(model));
    QCOMPARE(visibleIds(model), ids);
    QCOMPARE(model.sortColumn(), section);
    QCOMPARE(model.sortOrder(), Qt::SortOrder(order));
    // Back to load order.
    model.sort(-1, Qt::AscendingOrder);
    QVERIFY(settle(model));
    QCOMPARE(visibleIds(model), (QStringList{u"r3"_s, u"r1"_s, u"r5"_s, u"r2"_s, u"r4"_s}));
}

void tst_ModelsAssetOrder::sortIsStableAndCaseInsensitive() {
    rz::AssetTableModel model;
    model.setColumns({AssetColumn::Names});
    std::vector<rz::AssetRow> rows;
    // Long shared prefixes, so that the order is decided past the first keys; equal names in any case.
    const QStringList names{u"rzhq-workstation-0010"_s,
                            u"RZHQ-WORKSTATION-0002"_s,
                            u"rzhq-workstation-0010"_s,
                            u"rzhq-workstation-001"_s,
                            u"Rzhq-Workstation-0010"_s,
                            u"rzhq-works"_s,
                            u"ÄBC"_s,
                            u"äbc"_s,
                            u"abc"_s};
    for (qsizetype i = 0; i < names.size(); ++i)
        rows.push_back({u"n%1"_s.arg(i), {names.at(i)}});
    model.appendPage(pageOf(std::move(rows), {AssetColumn::Names}));
    model.sort(0, Qt::AscendingOrder);
    QVERIFY(settle(model));
    QCOMPARE(visibleIds(model),
             (QStringList{u"n8"_s, u"n5"_s, u"n1"_s, u"n3"_s, u"n0"_s, u"n2"_s, u"n4"_s, u"n6"_s, u"n7"_s}));
    model.sort(0, Qt::DescendingOrder);
    QVERIFY(settle(model));
    QCOMPARE(visibleIds(model),
             (QStringList{u"n6"_s, u"n7"_s, u"n0"_s, u"n2"_s, u"n4"_s, u"n3"_s, u"n1"_s, u"n5"_s, u"n8"_s}));
}

void tst_ModelsAssetOrder::sortMovesPersistentIndexesAlong() {
    rz::AssetTableModel model;
    model.setColumns(testColumns);
    model.appendPage(mixedPage());
    const QPersistentModelIndex echo(model.index(4, OsSection));     // r4
    const QPersistentModelIndex alpha(model.index(1, NamesSection)); // r1
    QSignalSpy layout(&model, &QAbstractItemModel::layoutChanged);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    model.sort(NamesSection, Qt::AscendingOrder);
    QVERIFY(settle(model));
    QCOMPARE(layout.size(), 1);
    QCOMPARE(reset.size(), 0);
    QCOMPARE(echo.row(), 3);
    QCOMPARE(echo.column(), int(OsSection));
    QCOMPARE(echo.data(rz::IdRole).toString(), u"r4"_s);
    QCOMPARE(alpha.row(), 0);
    QCOMPARE(alpha.data().toString(), u"Alpha"_s);
    model.sort(-1, Qt::AscendingOrder);
    QVERIFY(settle(model));
    QCOMPARE(layout.size(), 2);
    QCOMPARE(echo.row(), 4);
    QCOMPARE(alpha.row(), 1);
}

void tst_ModelsAssetOrder::sortTakesInAppendedRowsLater() {
    rz::AssetTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setColumns({AssetColumn::ServiceCount});
    model.appendPage(pageOf({{u"c5"_s, {u"5"_s}}, {u"c1"_s, {u"1"_s}}}, {AssetColumn::ServiceCount}));
    model.sort(0, Qt::AscendingOrder);
    QVERIFY(settle(model));
    QCOMPARE(visibleIds(model), (QStringList{u"c1"_s, u"c5"_s}));

    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    model.appendPage(pageOf({{u"c3"_s, {u"3"_s}}, {u"c0"_s, {u"0"_s}}}, {AssetColumn::ServiceCount}));
    QCOMPARE(inserted.size(), 1);
    QCOMPARE(inserted.at(0).at(1).toInt(), 2); // at the end for now
    QCOMPARE(visibleIds(model), (QStringList{u"c1"_s, u"c5"_s, u"c3"_s, u"c0"_s}));
    QVERIFY(model.isReordering());
    QVERIFY(settle(model));
    QCOMPARE(visibleIds(model), (QStringList{u"c0"_s, u"c1"_s, u"c3"_s, u"c5"_s}));
}

void tst_ModelsAssetOrder::sortAndFilterTogether() {
    rz::AssetTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setColumns(testColumns);
    model.appendPage(mixedPage());
    model.sort(CountSection, Qt::DescendingOrder);
    model.setLocalFilter(u"e"_s); // delta, Echo, and "Yes"
    QVERIFY(settle(model));
    QCOMPARE(visibleIds(model), (QStringList{u"r2"_s, u"r3"_s, u"r4"_s}));
    model.appendPage(pageOf({{u"r6"_s, {u"echo-2"_s, {}, {}, u"50"_s, {}, {}}},
                             {u"r7"_s, {u"zulu"_s, {}, {}, u"60"_s, {}, {}}}}));
    QVERIFY(settle(model));
    QCOMPARE(visibleIds(model), (QStringList{u"r2"_s, u"r6"_s, u"r3"_s, u"r4"_s}));
    model.setLocalFilter(QString());
    QVERIFY(settle(model));
    QCOMPARE(visibleIds(model), (QStringList{u"r2"_s, u"r7"_s, u"r6"_s, u"r3"_s, u"r4"_s, u"r1"_s, u"r5"_s}));
}

void tst_ModelsAssetOrder::sortFollowsItsColumnAcrossSetColumns() {
    rz::AssetTableModel model;
    model.setColumns(testColumns);
    model.sort(OsSection, Qt::DescendingOrder);
    model.setLocalFilter(u"x"_s);
    model.setColumns({AssetColumn::Os, AssetColumn::Names});
    QCOMPARE(model.sortColumn(), 0);
    QCOMPARE(model.localFilter(), u"x"_s);
    model.appendPage(pageOf({{u"a"_s, {u"Linux"_s, u"ax"_s}}, {u"b"_s, {u"Xenix"_s, u"b"_s}}},
                            {AssetColumn::Os, AssetColumn::Names}));
    QVERIFY(settle(model));
    QCOMPARE(visibleIds(model), (QStringList{u"b"_s, u"a"_s}));
    model.setColumns({AssetColumn::Names});
    QCOMPARE(model.sortColumn(), -1);
}

void tst_ModelsAssetOrder::reorderingSignalsComeInPairs() {
    rz::AssetTableModel model;
    model.setColumns(testColumns);
    model.appendPage(mixedPage());
    QSignalSpy busy(&model, &rz::AssetTableModel::reorderingChanged);
    model.sort(NamesSection, Qt::AscendingOrder);
    model.setLocalFilter(u"l"_s); // replaces the running job
    QVERIFY(settle(model));
    QCOMPARE(busy.size(), 2);
    QCOMPARE(busy.at(0).at(0).toBool(), true);
    QCOMPARE(busy.at(1).at(0).toBool(), false);
    QCOMPARE(visibleIds(model), (QStringList{u"r1"_s, u"r2"_s, u"r3"_s}));
}

void tst_ModelsAssetOrder::exportSnapshotIsTheView() {
    rz::AssetTableModel model;
    model.setColumns(testColumns);
    model.appendPage(mixedPage());
    {
        const auto table = model.exportSnapshot({CountSection, NamesSection});
        QCOMPARE(table->columnCount(), 2);
        QCOMPARE(table->columnTitle(0), u"Services"_s);
        QCOMPARE(table->columnKind(0), rz::CsvColumnKind::Number);
        QCOMPARE(table->columnKind(1), rz::CsvColumnKind::List);
        QCOMPARE(snapshotRows(*table),
                 (QStringList{u"10|delta\nd.example"_s, u"2|Alpha"_s, u"|"_s, u"1234|bravo"_s, u"9|Echo"_s}));
        QVERIFY(rz::CsvSelection::all(*table).fits(*table));
    }
    model.sort(LastSeenSection, Qt::AscendingOrder);
    model.setLocalFilter(u"o"_s);
    QVERIFY(settle(model));
    const auto table = model.exportSnapshot({OsSection, LastSeenSection, AliveSection, 99});
    QCOMPARE(table->columnCount(), 3); // a section that does not exist is left out
    // Canonical texts: Unix seconds and true/false, as AssetRow describes them.
    QCOMPARE(snapshotRows(*table),
             (QStringList{u"Windows|999999999|false"_s, u"BSD|1576300370|false"_s, u"linux|0|true"_s}));
}

void tst_ModelsAssetOrder::exportSnapshotOfASelection() {
    rz::AssetTableModel model;
    model.setColumns(testColumns);
    model.appendPage(mixedPage());
    model.sort(NamesSection, Qt::DescendingOrder);
    QVERIFY(settle(model));
    // Several cells of a row count once; rows come in view order, not selection order.
    const QModelIndexList selection{model.index(3, 0), model.index(0, 2), model.index(3, 1),
                                    model.index(1, 0)};
    const auto table = model.exportSnapshot({NamesSection}, selection);
    QCOMPARE(snapshotRows(*table), (QStringList{u"Echo"_s, u"delta\nd.example"_s, u"Alpha"_s}));
}

void tst_ModelsAssetOrder::exportSnapshotStaysAsTakenWhileLoading() {
    rz::AssetTableModel model;
    model.setColumns({AssetColumn::Names, AssetColumn::ServiceCount});
    const auto page = [](int first, int count) {
        std::vector<rz::AssetRow> rows;
        for (int n = first; n < first + count; ++n)
            rows.push_back({u"a%1"_s.arg(n), {u"host-%1"_s.arg(n), QString::number(n)}});
        return pageOf(std::move(rows), {AssetColumn::Names, AssetColumn::ServiceCount});
    };
    model.appendPage(page(0, 5000));
    const std::shared_ptr<const rz::CsvTable> table = model.exportSnapshot({1, 0});
    // A worker reads the snapshot while the model takes more pages, sorts and is cleared.
    bool ok = false;
    std::unique_ptr<QThread> reader(QThread::create([table, &ok] {
        ok = table->rowCount() == 5000;
        for (int pass = 0; pass < 3; ++pass) {
            for (qsizetype row = 0; row < table->rowCount(); ++row) {
                ok = ok && table->cell(row, 0) == QString::number(row) &&
                     table->cell(row, 1) == u"host-%1"_s.arg(row);
            }
        }
    }));
    reader->start();
    for (int first = 5000; first < 50000; first += 5000)
        model.appendPage(page(first, 5000));
    model.sort(1, Qt::DescendingOrder);
    model.clear();
    QVERIFY(reader->wait());
    QVERIFY(ok);
    QCOMPARE(table->rowCount(), qsizetype(5000));
    QVERIFY(settle(model));
}

void tst_ModelsAssetOrder::underTesterThroughout() {
    rz::AssetTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setColumns(testColumns);
    model.appendPage(mixedPage());
    model.sort(AddressesSection, Qt::AscendingOrder);
    QVERIFY(settle(model));
    model.setLocalFilter(u"1"_s);
    QVERIFY(settle(model));
    model.appendPage(mixedPage());
    QVERIFY(settle(model));
    model.sort(LastSeenSection, Qt::DescendingOrder);
    model.setLocalFilter(u"l"_s);
    QVERIFY(settle(model));
    model.setLocalFilter(QString());
    model.sort(-1, Qt::AscendingOrder);
    QVERIFY(settle(model));
    QCOMPARE(model.rowCount(), 10);
    model.clear();
    QCOMPARE(model.rowCount(), 0);
}

QTEST_GUILESS_MAIN(tst_ModelsAssetOrder)
#include "tst_models_assetorder.moc"
