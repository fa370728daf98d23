// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: rzconsole contributors
#include "models/AssetTableModel.h"
#include "models/OrganizationModel.h"
#include "models/Roles.h"
#include "models/SiteModel.h"

#include <QAbstractItemModelTester>
#include <QDateTime>
#include <QLocale>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTest>

#include <ctime>

using namespace Qt::StringLiterals;
using rz::AssetColumn;

namespace {

rz::AssetRow row(const QString &id, QList<QString> values) {
    return rz::AssetRow{id, std::move(values)};
}

// A page of `count` rows with columns Addresses, Names, ServiceCount and ids "a<first>".."a<first+count-1>".
rz::AssetPage numberedPage(int first, int count) {
    rz::AssetPage page;
    page.columns = {AssetColumn::Addresses, AssetColumn::Names, AssetColumn::ServiceCount};
    page.rows.reserve(size_t(count));
    for (int i = first; i < first + count; ++i) {
        page.rows.push_back(row(u"a"_s + QString::number(i), {u"10.0.%1.%2"_s.arg(i / 256).arg(i % 256),
                                                              u"host-%1"_s.arg(i), QString::number(i % 7)}));
    }
    page.nextKey = u"k"_s + QString::number(first + count);
    return page;
}

// The values of `column` in the order a proxy sorted by RawValueRole shows them.
QStringList sortedByRawValue(QAbstractItemModel *model, int column,
                             Qt::SortOrder order = Qt::AscendingOrder) {
    QSortFilterProxyModel proxy;
    proxy.setSourceModel(model);
    proxy.setSortRole(rz::RawValueRole);
    proxy.sort(column, order);
    QStringList values;
    for (int r = 0; r < proxy.rowCount(); ++r)
        values.append(proxy.index(r, column).data(rz::IdRole).toString());
    return values;
}

} // namespace

class tst_Models final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();

    void organizationModelUnderTester();
    void organizationModelContents();
    void siteModelUnderTester();
    void siteModelAllSitesRowAndCounts();
    void assetModelUnderTester();

    void appendPageInsertsOncePerPage();
    void appendPageMatchesColumnsByName();
    void appendPageAdoptsColumnsWhenNoneChosen();
    void clearAndSetColumnsReset();

    void sortsAddressesAsAddresses();
    void sortsTimesAsTimes();
    void sortsCountsAsNumbers();
    void sortsOrganizationAndSiteCountsAsNumbers();

    void displaysTimesListsBoolsAndCounts();
    void headersAreTitles();
};

void tst_Models::initTestCase() {
    // Fixed formatting conditions for the display tests: US English, UTC.
    qputenv("TZ", "UTC");
    tzset();
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}

void tst_Models::organizationModelUnderTester() {
    rz::OrganizationModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setOrganizations(
        {{u"o1"_s, u"Alpha"_s, u"first"_s, 12, false, false}, {u"o2"_s, u"Beta"_s, {}, -1, false, true}});
    model.setAssetCount(1, 40);
    model.setAssetCount(5, 1); // out of range: ignored
    model.setOrganizations({{u"o3"_s, u"Gamma"_s, {}, 3, true, false}});
    model.clear();
    QCOMPARE(model.rowCount(), 0);
}

void tst_Models::organizationModelContents() {
    rz::OrganizationModel model;
    model.setOrganizations({{u"o1"_s, u"Alpha"_s, u"first org"_s, 12345, false, false},
                            {u"o2"_s, u"Beta"_s, {}, -1, false, true}});
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.columnCount(), int(rz::OrganizationModel::Count));
    QCOMPARE(model.index(0, rz::OrganizationModel::Name).data().toString(), u"Alpha"_s);
    QCOMPARE(model.index(0, rz::OrganizationModel::Name).data(Qt::ToolTipRole).toString(), u"first org"_s);
    QCOMPARE(model.index(0, rz::OrganizationModel::AssetCount).data().toString(), u"12,345"_s);
    QCOMPARE(model.index(1, rz::OrganizationModel::Name).data().toString(), u"Beta (inactive)"_s);
    QCOMPARE(model.index(1, rz::OrganizationModel::AssetCount).data().toString(), QString());
    QVERIFY(!model.index(1, rz::OrganizationModel::AssetCount).data(rz::RawValueRole).isValid());
    QCOMPARE(model.index(1, 0).data(rz::IdRole).toString(), u"o2"_s);
    QCOMPARE(model.rowOfId(u"o2"_s), 1);
    QCOMPARE(model.rowOfId(u"nope"_s), -1);

    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    model.setAssetCount(1, 7);
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed.at(0).at(0).toModelIndex(), model.index(1, rz::OrganizationModel::AssetCount));
    QCOMPARE(model.organization(1).assetCount, 7);
}

void tst_Models::siteModelUnderTester() {
    rz::SiteModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setSites(
        {{u"s1"_s, u"HQ"_s, u"Head office"_s, u"10.0.0.0/24"_s, {}, -1}, {u"s2"_s, u"Lab"_s, {}, {}, {}, 5}});
    model.setTotalAssetCount(100);
    model.setAssetCounts({{u"HQ"_s, 95}}, true);
    model.setSites({{u"s3"_s, u"Branch"_s, {}, {}, {}, -1}});
    model.clear();
    QCOMPARE(model.rowCount(), 1);
}

void tst_Models::siteModelAllSitesRowAndCounts() {
    rz::SiteModel model;
    QCOMPARE(model.rowCount(), 1); // "All sites" is always there
    QCOMPARE(model.index(0, rz::SiteModel::Name).data().toString(), u"All sites"_s);
    QCOMPARE(model.index(0, rz::SiteModel::AssetCount).data().toString(), QString());

    model.setSites({{u"s1"_s, u"HQ"_s, u"Head office"_s, u"10.0.0.0/24"_s, {}, -1},
                    {u"s2"_s, u"Lab"_s, {}, {}, {}, 5},
                    {u"s3"_s, u"Branch"_s, {}, {}, {}, -1}});
    model.setTotalAssetCount(2048);
    QCOMPARE(model.rowCount(), 4);
    QCOMPARE(model.siteCount(), 3);
    QCOMPARE(model.index(0, rz::SiteModel::AssetCount).data().toString(), u"2,048"_s);
    QCOMPARE(model.index(1, rz::SiteModel::Name).data().toString(), u"HQ"_s);
    QCOMPARE(model.index(1, rz::SiteModel::Name).data(Qt::ToolTipRole).toString(),
             u"Head office\nScope: 10.0.0.0/24"_s);
    QCOMPARE(model.index(1, rz::SiteModel::AssetCount).data().toString(), QString()); // unknown
    QCOMPARE(model.index(2, rz::SiteModel::AssetCount).data().toString(), u"5"_s);
    QCOMPARE(model.siteNameFilter(0), QString());
    QCOMPARE(model.siteNameFilter(2), u"Lab"_s);
    QCOMPARE(model.rowOfId(u"s3"_s), 3);
    QCOMPARE(model.rowOfId(QString()), int(rz::SiteModel::AllSitesRow));
    QCOMPARE(model.index(0, 0).data(rz::IdRole).toString(), QString());
    QCOMPARE(model.index(3, 0).data(rz::IdRole).toString(), u"s3"_s);

    // A complete count (every asset of the organization was counted) sets unseen sites to 0.
    model.setAssetCounts({{u"HQ"_s, 2000}, {u"Lab"_s, 48}}, true);
    QCOMPARE(model.index(1, rz::SiteModel::AssetCount).data().toString(), u"2,000"_s);
    QCOMPARE(model.index(2, rz::SiteModel::AssetCount).data().toString(), u"48"_s);
    QCOMPARE(model.index(3, rz::SiteModel::AssetCount).data().toString(), u"0"_s);
    // A partial one leaves the others alone.
    model.setAssetCounts({{u"Branch"_s, 9}}, false);
    QCOMPARE(model.index(2, rz::SiteModel::AssetCount).data().toString(), u"48"_s);
    QCOMPARE(model.index(3, rz::SiteModel::AssetCount).data().toString(), u"9"_s);

    // New sites keep the "All sites" row in place (a view's current row stays valid).
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    model.setSites({{u"s9"_s, u"Only"_s, {}, {}, {}, -1}});
    QCOMPARE(reset.size(), 0);
    QCOMPARE(removed.size(), 1);
    QCOMPARE(removed.at(0).at(1).toInt(), 1);
    QCOMPARE(model.rowCount(), 2);
}

void tst_Models::assetModelUnderTester() {
    rz::AssetTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setColumns(rz::defaultAssetColumns());
    model.appendPage(numberedPage(0, 50));
    model.appendPage(numberedPage(50, 0));
    model.appendPage(numberedPage(50, 25));
    model.clear();
    model.setColumns(rz::allAssetColumns());
    model.appendPage(numberedPage(0, 10));
    QCOMPARE(model.rowCount(), 10);
}

void tst_Models::appendPageInsertsOncePerPage() {
    rz::AssetTableModel model;
    model.setColumns({AssetColumn::Addresses, AssetColumn::Names, AssetColumn::ServiceCount});
    QSignalSpy aboutToInsert(&model, &QAbstractItemModel::rowsAboutToBeInserted);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);

    model.appendPage(numberedPage(0, 2000));
    QCOMPARE(inserted.size(), 1);
    QCOMPARE(aboutToInsert.size(), 1);
    QCOMPARE(inserted.at(0).at(1).toInt(), 0);
    QCOMPARE(inserted.at(0).at(2).toInt(), 1999);

    model.appendPage(numberedPage(2000, 1500));
    QCOMPARE(inserted.size(), 2);
    QCOMPARE(inserted.at(1).at(1).toInt(), 2000);
    QCOMPARE(inserted.at(1).at(2).toInt(), 3499);

    model.appendPage(numberedPage(3500, 0)); // an empty last page inserts nothing
    QCOMPARE(inserted.size(), 2);
    QCOMPARE(changed.size(), 0);
    QCOMPARE(reset.size(), 0);
    QCOMPARE(model.rowCount(), 3500);

    // Rows across page boundaries read back what was appended.
    for (const int r : {0, 1999, 2000, 2001, 3499}) {
        QCOMPARE(model.assetId(r), u"a"_s + QString::number(r));
        QCOMPARE(model.index(r, 1).data().toString(), u"host-%1"_s.arg(r));
        QCOMPARE(model.index(r, 0).data(rz::IdRole).toString(), u"a"_s + QString::number(r));
    }
}

void tst_Models::appendPageMatchesColumnsByName() {
    rz::AssetTableModel model;
    model.setColumns({AssetColumn::Type, AssetColumn::Os, AssetColumn::Alive});
    rz::AssetPage page;
    page.columns = {AssetColumn::Alive, AssetColumn::Type}; // another order, and no Os
    page.rows.push_back(row(u"x"_s, {u"true"_s, u"Server"_s}));
    page.rows.push_back(row(u"y"_s, {u"false"_s})); // short row: the missing values are empty
    model.appendPage(page);
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.columnCount(), 3);
    QCOMPARE(model.index(0, 0).data().toString(), u"Server"_s);
    QCOMPARE(model.index(0, 1).data().toString(), QString());
    QCOMPARE(model.index(0, 2).data().toString(), u"Yes"_s);
    QCOMPARE(model.index(1, 0).data().toString(), QString());
    QCOMPARE(model.index(1, 2).data().toString(), u"No"_s);
    QCOMPARE(model.rawText(0, 2), u"true"_s);
    QCOMPARE(model.sectionOf(AssetColumn::Alive), 2);
    QCOMPARE(model.sectionOf(AssetColumn::Risk), -1);
}

void tst_Models::appendPageAdoptsColumnsWhenNoneChosen() {
    rz::AssetTableModel model;
    model.appendPage(numberedPage(0, 3));
    QCOMPARE(model.columns(),
             (QList<AssetColumn>{AssetColumn::Addresses, AssetColumn::Names, AssetColumn::ServiceCount}));
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.index(2, 0).data().toString(), u"10.0.0.2"_s);
}

void tst_Models::clearAndSetColumnsReset() {
    rz::AssetTableModel model;
    model.setColumns({AssetColumn::Addresses});
    model.appendPage(numberedPage(0, 10));
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    model.clear();
    QCOMPARE(reset.size(), 1);
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(model.columnCount(), 1);
    model.clear(); // already empty: nothing to announce
    QCOMPARE(reset.size(), 1);
    model.appendPage(numberedPage(0, 4));
    model.setColumns({AssetColumn::Names, AssetColumn::Type});
    QCOMPARE(reset.size(), 2);
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(model.columnCount(), 2);
}

void tst_Models::sortsAddressesAsAddresses() {
    rz::AssetTableModel model;
    model.setColumns({AssetColumn::Addresses});
    rz::AssetPage page;
    page.columns = {AssetColumn::Addresses};
    // id = the expected rank; string order would put 10.0.0.10 before 10.0.0.9 and 2001:: before 9.x.
    page.rows.push_back(row(u"r4"_s, {u"192.168.1.1"_s}));
    page.rows.push_back(row(u"r3"_s, {u"10.0.0.10"_s}));
    page.rows.push_back(row(u"r8"_s, {u"fe80::1\n10.0.0.1"_s})); // sorted by its first address
    page.rows.push_back(row(u"r9"_s, {QString()}));              // unknown: last
    page.rows.push_back(row(u"r2"_s, {u"10.0.0.9"_s}));
    page.rows.push_back(row(u"r6"_s, {u"2001:db8::1"_s}));
    page.rows.push_back(row(u"r1"_s, {u"9.255.255.255"_s}));
    page.rows.push_back(row(u"r5"_s, {u"::1"_s}));
    page.rows.push_back(row(u"r7"_s, {u"2001:db8::1:0"_s}));
    model.appendPage(page);
    QCOMPARE(sortedByRawValue(&model, 0),
             (QStringList{u"r1"_s, u"r2"_s, u"r3"_s, u"r4"_s, u"r5"_s, u"r6"_s, u"r7"_s, u"r8"_s, u"r9"_s}));
}

void tst_Models::sortsTimesAsTimes() {
    rz::AssetTableModel model;
    model.setColumns({AssetColumn::LastSeen});
    rz::AssetPage page;
    page.columns = {AssetColumn::LastSeen};
    page.rows.push_back(row(u"r3"_s, {u"1700000000"_s}));
    page.rows.push_back(row(u"r1"_s, {u"999999999"_s})); // as text it would come last
    page.rows.push_back(row(u"r4"_s, {QString()}));
    page.rows.push_back(row(u"r2"_s, {u"1576300370"_s}));
    model.appendPage(page);
    QCOMPARE(sortedByRawValue(&model, 0), (QStringList{u"r1"_s, u"r2"_s, u"r3"_s, u"r4"_s}));
    QCOMPARE(model.index(2, 0).data(rz::RawValueRole), QVariant());
    QCOMPARE(model.index(3, 0).data(rz::RawValueRole).toDateTime(),
             QDateTime::fromSecsSinceEpoch(1576300370, Qt::UTC));
}

void tst_Models::sortsCountsAsNumbers() {
    rz::AssetTableModel model;
    model.setColumns({AssetColumn::ServiceCount});
    rz::AssetPage page;
    page.columns = {AssetColumn::ServiceCount};
    page.rows.push_back(row(u"r3"_s, {u"10"_s}));
    page.rows.push_back(row(u"r4"_s, {u"100"_s}));
    page.rows.push_back(row(u"r2"_s, {u"9"_s}));
    page.rows.push_back(row(u"r1"_s, {u"2"_s}));
    model.appendPage(page);
    QCOMPARE(sortedByRawValue(&model, 0), (QStringList{u"r1"_s, u"r2"_s, u"r3"_s, u"r4"_s}));
    QCOMPARE(sortedByRawValue(&model, 0, Qt::DescendingOrder),
             (QStringList{u"r4"_s, u"r3"_s, u"r2"_s, u"r1"_s}));
}

void tst_Models::sortsOrganizationAndSiteCountsAsNumbers() {
    rz::OrganizationModel orgs;
    orgs.setOrganizations({{u"big"_s, u"B"_s, {}, 1000, false, false},
                           {u"small"_s, u"S"_s, {}, 99, false, false},
                           {u"mid"_s, u"M"_s, {}, 200, false, false}});
    QCOMPARE(sortedByRawValue(&orgs, rz::OrganizationModel::AssetCount),
             (QStringList{u"small"_s, u"mid"_s, u"big"_s}));

    rz::SiteModel sites;
    sites.setSites({{u"s1"_s, u"A"_s, {}, {}, {}, 30}, {u"s2"_s, u"B"_s, {}, {}, {}, 4}});
    sites.setTotalAssetCount(34);
    QCOMPARE(sortedByRawValue(&sites, rz::SiteModel::AssetCount), (QStringList{u"s2"_s, u"s1"_s, QString()}));
}

void tst_Models::displaysTimesListsBoolsAndCounts() {
    rz::AssetTableModel model;
    model.setColumns({AssetColumn::Addresses, AssetColumn::Names, AssetColumn::Alive, AssetColumn::FirstSeen,
                      AssetColumn::ServiceCount, AssetColumn::Type});
    rz::AssetPage page;
    page.columns = model.columns();
    page.rows.push_back(row(u"id-1"_s, {u"10.0.0.2\n10.0.0.3"_s, u"fw-01\nfw-01.lab"_s, u"true"_s,
                                        u"1576300370"_s, u"1234567"_s, u"Firewall"_s}));
    page.rows.push_back(row(u"id-2"_s, {QString(), QString(), u"false"_s, u"0"_s, QString(), QString()}));
    page.rows.push_back(row(u"id-3"_s, {u"10.0.0.4"_s, u"tab\tname\nline two\r"_s, QString(), QString(),
                                        QString(), u"multi\nline\ttype"_s}));
    model.appendPage(page);

    // Lists: joined with ", " in the cell, one per line in the tooltip.
    QCOMPARE(model.index(0, 0).data().toString(), u"10.0.0.2, 10.0.0.3"_s);
    QCOMPARE(model.index(0, 0).data(Qt::ToolTipRole).toString(), u"10.0.0.2\n10.0.0.3"_s);
    QCOMPARE(model.index(0, 1).data().toString(), u"fw-01, fw-01.lab"_s);
    QCOMPARE(model.index(0, 1).data(Qt::ToolTipRole).toString(), u"fw-01\nfw-01.lab"_s);
    // Bools as Yes/No.
    QCOMPARE(model.index(0, 2).data().toString(), u"Yes"_s);
    QCOMPARE(model.index(1, 2).data().toString(), u"No"_s);
    QCOMPARE(model.index(0, 2).data(rz::RawValueRole), QVariant(true));
    // Times as local date-time (UTC here) with a four-digit year; 0 means never and shows nothing.
    QCOMPARE(model.index(0, 3).data().toString(), u"12/14/2019 5:12 AM"_s);
    QCOMPARE(model.index(1, 3).data().toString(), QString());
    QVERIFY(!model.index(1, 3).data(rz::RawValueRole).isValid());
    // Counts with the locale's digit grouping, right-aligned.
    QCOMPARE(model.index(0, 4).data().toString(), u"1,234,567"_s);
    QCOMPARE(model.index(0, 4).data(rz::RawValueRole), QVariant(qint64(1234567)));
    QCOMPARE(model.index(0, 4).data(Qt::TextAlignmentRole).toInt(), int(Qt::AlignRight | Qt::AlignVCenter));
    QVERIFY(!model.index(0, 5).data(Qt::TextAlignmentRole).isValid());
    // Missing values are empty, with no tooltip.
    QCOMPARE(model.index(1, 0).data().toString(), QString());
    QVERIFY(!model.index(1, 0).data(Qt::ToolTipRole).isValid());
    QCOMPARE(model.index(0, 5).data().toString(), u"Firewall"_s);
    // Tabs and line breaks inside a value become spaces in the cell; the tooltip keeps the value as sent.
    QCOMPARE(model.index(2, 5).data().toString(), u"multi line type"_s);
    QCOMPARE(model.index(2, 5).data(Qt::ToolTipRole).toString(), u"multi\nline\ttype"_s);
    QCOMPARE(model.index(2, 1).data().toString(), u"tab name, line two "_s);
}

void tst_Models::headersAreTitles() {
    rz::AssetTableModel model;
    model.setColumns(rz::allAssetColumns());
    QCOMPARE(model.columnCount(), int(AssetColumn::Count));
    QSet<QString> titles;
    for (int section = 0; section < model.columnCount(); ++section) {
        const QString title = model.headerData(section, Qt::Horizontal).toString();
        QVERIFY2(!title.isEmpty(), qPrintable(QString::number(section)));
        QVERIFY2(!title.contains(u'_'), qPrintable(title)); // a title, not a field name
        titles.insert(title);
    }
    QCOMPARE(titles.size(), model.columnCount());
    QCOMPARE(model.headerData(model.sectionOf(AssetColumn::OsVersion), Qt::Horizontal).toString(),
             u"OS version"_s);
    QCOMPARE(
        model.headerData(model.sectionOf(AssetColumn::OsVersion), Qt::Horizontal, Qt::ToolTipRole).toString(),
        u"API field: os_version"_s);
    QVERIFY(!model.headerData(0, Qt::Vertical).isValid());
}

QTEST_GUILESS_MAIN(tst_Models)
#include "tst_models.moc"
