// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: rzconsole contributors
//
// The analyst's inventory screen, offscreen, against the simulated console on loopback: the server-side
// search with its history and saved searches, the local filter, sorting, the column chooser and the keyboard
// shortcuts. Expected counts come from asking the simulated console directly, not through the client.
#include "api/ApiClient.h"
#include "gui/SimulatedWindow.h"
#include "models/AssetTableModel.h"
#include "models/Roles.h"
#include "models/SiteModel.h"
#include "session/ConsoleSession.h"
#include "session/SavedSearches.h"
#include "session/SearchHistory.h"
#include "sim/SimServer.h"
#include "support/SettingsFile.h"
#include "ui/AssetsPane.h"
#include "ui/ColumnChooser.h"
#include "ui/MainWindow.h"
#include "ui/SavedSearchesDialog.h"
#include "ui/SearchBar.h"

#include <QAction>
#include <QApplication>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QMenu>
#include <QPushButton>
#include <QSettings>
#include <QTableView>
#include <QTest>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace {

constexpr int Timeout = 60000; // generous: two cores shared with other builds
constexpr qint64 AssetsPerOrganization = 4500;

// The simulated console, a client with its account token, and a window with persistent inventory settings.
struct Console final : rz::test::SimulatedWindow {
    explicit Console(QSettings *settings, const QString &connectionId = u"conn-1"_s)
        : SimulatedWindow(rz::test::simulatedData(/*seed*/ 11, /*organizations*/ 2, AssetsPerOrganization,
                                                  /*sites*/ 4),
                          &rz::sim::SimTokens::accountToken, settings, connectionId) {}

    rz::AssetsPane *pane() const { return window->findChild<rz::AssetsPane *>(); }
    QLineEdit *searchEdit() const { return find<QLineEdit>(u"searchEdit"_s); }
    QLineEdit *filterEdit() const { return find<QLineEdit>(u"localFilterEdit"_s); }
    QString state() const { return find<QLabel>(u"statusStateLabel"_s)->text(); }
    // The asset export requests made so far, decoded.
    QList<QUrlQuery> assetRequests() const {
        QList<QUrlQuery> requests;
        for (const QUrl &url : urls) {
            if (url.path().endsWith("/export/org/assets.json"_L1))
                requests.append(QUrlQuery(url));
        }
        return requests;
    }
    bool waitUntilLoaded() const {
        return QTest::qWaitFor(
            [this] {
                return state() == (window->session()->search().isEmpty() ? u"All assets loaded."_s
                                                                         : u"All matching assets loaded."_s);
            },
            Timeout);
    }
    void search(const QString &query) const {
        searchEdit()->setText(query);
        QTest::keyClick(searchEdit(), Qt::Key_Return);
    }
};

} // namespace

class tst_Inventory final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void searchRunsOnTheServer();
    void badQueryShowsServerDetailAndKeepsRows();
    void historyAndSavedSearchesPersist();
    void localFilterAndSortThroughTheUi();
    void columnChooserChangesFields();
    void shortcuts();

private:
    rz::test::SettingsFile m_settings;
};

void tst_Inventory::initTestCase() {
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}

void tst_Inventory::init() {
    QVERIFY(m_settings.create());
}

void tst_Inventory::searchRunsOnTheServer() {
    Console console(m_settings.get());
    QVERIFY2(console.listening, qPrintable(console.sim.errorString()));
    console.window->start();
    QVERIFY(console.waitUntilLoaded());
    QCOMPARE(console.model()->loadedRowCount(), AssetsPerOrganization);

    const QString query = u"os:linux alive:true"_s;
    const rz::test::RawAnswer expected = rz::test::rawAssetExport(console.sim, query, u"id"_s);
    QCOMPARE(expected.status, 200);
    const qint64 matches = expected.json.array().size();
    QVERIFY(matches > 0 && matches < AssetsPerOrganization);

    console.search(query);
    QCOMPARE(console.window->session()->search(), query);
    QVERIFY(console.waitUntilLoaded());
    QCOMPARE(console.model()->loadedRowCount(), matches);
    QCOMPARE(console.assetRequests().constLast().queryItemValue(u"search"_s, QUrl::FullyDecoded), query);
    // The ids are the console's answer, row for row.
    QSet<QString> expectedIds;
    for (const QJsonValue asset : expected.json.array())
        expectedIds.insert(asset.toObject().value("id"_L1).toString());
    QSet<QString> shownIds;
    for (int row = 0; row < console.model()->rowCount(); ++row)
        shownIds.insert(console.model()->assetId(row));
    QCOMPARE(shownIds, expectedIds);
    // A search's count is not the organization's: "All sites" still says how many assets there are.
    QCOMPARE(console.window->session()->siteModel()->totalAssetCount(), AssetsPerOrganization);

    // F5 repeats the search; an empty search shows everything again.
    console.window->findChild<QAction *>(u"refreshAction"_s)->trigger();
    QVERIFY(console.waitUntilLoaded());
    QCOMPARE(console.model()->loadedRowCount(), matches);
    console.search(QString());
    QVERIFY(console.waitUntilLoaded());
    QCOMPARE(console.model()->loadedRowCount(), AssetsPerOrganization);
}

void tst_Inventory::badQueryShowsServerDetailAndKeepsRows() {
    Console console(m_settings.get());
    QVERIFY2(console.listening, qPrintable(console.sim.errorString()));
    console.window->start();
    QVERIFY(console.waitUntilLoaded());

    const QString query = u"os:linux AND (type:server"_s;
    const rz::test::RawAnswer refused = rz::test::rawAssetExport(console.sim, query, u"id"_s);
    QCOMPARE(refused.status, 422);
    const QString detail = refused.json.object().value("detail"_L1).toString();
    QVERIFY(!detail.isEmpty());

    auto *banner = console.find<QWidget>(u"errorBanner"_s);
    console.search(query);
    QTRY_VERIFY_WITH_TIMEOUT(banner->isVisible(), Timeout);
    const QString message = console.find<QLabel>(u"errorMessage"_s)->text();
    QVERIFY2(message.contains(detail), qPrintable(message));
    QCOMPARE(console.model()->loadedRowCount(), AssetsPerOrganization); // the old rows stay
    QVERIFY(console.table()->isVisible());
    QCOMPARE(console.searchEdit()->text(), query); // to be corrected, not retyped

    // A corrected query replaces the rows and the banner goes.
    console.search(u"os:linux AND (type:server)"_s);
    QVERIFY(console.waitUntilLoaded());
    QVERIFY(!banner->isVisible());
    QVERIFY(console.model()->loadedRowCount() < AssetsPerOrganization);
}

void tst_Inventory::historyAndSavedSearchesPersist() {
    Console console(m_settings.get());
    QVERIFY2(console.listening, qPrintable(console.sim.errorString()));
    console.window->start();
    QVERIFY(console.waitUntilLoaded());

    for (const QString &query : {u"os:linux"_s, u"type:server"_s, u"  os:linux "_s, u"hw:vmware"_s}) {
        console.search(query);
        QVERIFY(console.waitUntilLoaded());
    }
    rz::SearchBar *bar = console.pane()->searchBar();
    const QList<QString> history{u"hw:vmware"_s, u"os:linux"_s, u"type:server"_s};
    QCOMPARE(bar->history()->entries(), history);

    // Running an entry from the history menu runs it on the console and moves it to the front.
    auto *historyMenu = console.find<QMenu>(u"searchHistoryMenu"_s);
    Q_EMIT historyMenu->aboutToShow();
    QAction *typeServer = nullptr;
    for (QAction *action : historyMenu->actions()) {
        if (action->toolTip() == u"type:server"_s)
            typeServer = action;
    }
    QVERIFY(typeServer);
    typeServer->trigger();
    QCOMPARE(console.window->session()->search(), u"type:server"_s);
    QVERIFY(console.waitUntilLoaded());
    QCOMPARE(bar->history()->entries().constFirst(), u"type:server"_s);

    // Saved searches: save two, rename one in the manager, delete the other there.
    rz::SavedSearches *saved = bar->savedSearches();
    QCOMPARE(saved->save(u"Linux boxes"_s, u"os:linux"_s), rz::SavedSearches::Problem::None);
    QCOMPARE(saved->save(u"VMs"_s, u"hw:vmware"_s), rz::SavedSearches::Problem::None);
    QCOMPARE(saved->save(u"vms"_s, u"hw:vmware alive:true"_s), rz::SavedSearches::Problem::None); // replaces
    QCOMPARE(saved->searches().size(), 2);
    bar->manageSavedSearches();
    auto *dialog = console.window->findChild<rz::SavedSearchesDialog *>();
    QVERIFY(dialog);
    auto *list = dialog->findChild<QListWidget *>(u"savedSearchList"_s);
    QCOMPARE(list->count(), 2);
    list->item(0)->setText(u"Linux servers"_s); // what an in-place edit does
    QVERIFY(saved->contains(u"Linux servers"_s));
    list->item(0)->setText(u"VMs"_s); // taken: refused, with a reason
    QVERIFY(dialog->findChild<QLabel *>(u"savedSearchProblem"_s)->isVisible());
    QVERIFY(saved->contains(u"Linux servers"_s));
    QCOMPARE(list->item(0)->text(), u"Linux servers"_s);
    list->setCurrentRow(1);
    QTest::mouseClick(dialog->findChild<QPushButton *>(u"deleteSavedSearchButton"_s), Qt::LeftButton);
    QCOMPARE(saved->searches(), (QList<rz::SavedSearch>{{u"Linux servers"_s, u"os:linux"_s}}));
    dialog->close();
    const QList<QString> historyBefore = bar->history()->entries();

    // A new window on the same settings and connection has both; another connection has neither.
    console.openWindow(m_settings.get(), u"conn-1"_s);
    rz::SearchBar *again = console.pane()->searchBar();
    QCOMPARE(again->history()->entries(), historyBefore);
    QCOMPARE(again->savedSearches()->searches(),
             (QList<rz::SavedSearch>{{u"Linux servers"_s, u"os:linux"_s}}));
    auto *savedMenu = console.find<QMenu>(u"savedSearchesMenu"_s);
    Q_EMIT savedMenu->aboutToShow();
    QStringList names;
    for (QAction *action : savedMenu->actions())
        names.append(action->text());
    QVERIFY2(names.contains(u"Linux servers"_s), qPrintable(names.join(u'|')));

    console.openWindow(m_settings.get(), u"conn-2"_s);
    QVERIFY(console.pane()->searchBar()->history()->entries().isEmpty());
    QVERIFY(console.pane()->searchBar()->savedSearches()->searches().isEmpty());
}

void tst_Inventory::localFilterAndSortThroughTheUi() {
    Console console(m_settings.get());
    QVERIFY2(console.listening, qPrintable(console.sim.errorString()));
    console.window->start();
    QVERIFY(console.waitUntilLoaded());
    rz::AssetTableModel *model = console.model();

    // Filter by the OS of the first row: some rows, not all.
    const int osSection = model->sectionOf(rz::AssetColumn::Os);
    QVERIFY(osSection >= 0);
    const QString text = model->index(0, osSection).data().toString().left(5).toLower();
    QVERIFY(!text.isEmpty());
    console.window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(console.window.get()));
    QTest::keyClick(console.window.get(), Qt::Key_F, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(QApplication::focusWidget(), console.filterEdit());
    QTest::keyClicks(console.filterEdit(), text);
    QTRY_VERIFY_WITH_TIMEOUT(!model->isReordering() && model->rowCount() < AssetsPerOrganization, Timeout);
    const int shown = model->rowCount();
    QVERIFY(shown > 0);
    QCOMPARE(model->loadedRowCount(), AssetsPerOrganization);
    for (int row = 0; row < shown; ++row) {
        bool found = false;
        for (int column = 0; column < model->columnCount() && !found; ++column)
            found = model->index(row, column).data().toString().contains(text, Qt::CaseInsensitive);
        QVERIFY2(found, qPrintable(QString::number(row)));
    }
    auto *count = console.find<QLabel>(u"filterCountLabel"_s);
    QTRY_COMPARE_WITH_TIMEOUT(count->text(), u"%1 of 4,500 rows"_s.arg(QLocale().toString(shown)), Timeout);

    // Sort by clicking the service count header: ascending, then descending, by the raw values.
    const int services = model->sectionOf(rz::AssetColumn::ServiceCount);
    QVERIFY(services >= 0);
    QHeaderView *header = console.table()->horizontalHeader();
    console.table()->scrollTo(model->index(0, services));
    const auto clickHeader = [&] {
        const QPoint centre(header->sectionViewportPosition(services) + header->sectionSize(services) / 2,
                            header->height() / 2);
        QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, centre);
    };
    const auto sortedBy = [&](Qt::SortOrder order) {
        for (int row = 1; row < model->rowCount(); ++row) {
            const qint64 before = model->index(row - 1, services).data(rz::RawValueRole).toLongLong();
            const qint64 after = model->index(row, services).data(rz::RawValueRole).toLongLong();
            if (order == Qt::AscendingOrder ? before > after : before < after)
                return false;
        }
        return true;
    };
    clickHeader();
    QCOMPARE(header->sortIndicatorSection(), services);
    QTRY_VERIFY_WITH_TIMEOUT(!model->isReordering() && sortedBy(Qt::AscendingOrder), Timeout);
    QCOMPARE(model->rowCount(), shown); // sorting keeps the filter
    clickHeader();
    QTRY_VERIFY_WITH_TIMEOUT(!model->isReordering() && sortedBy(Qt::DescendingOrder), Timeout);

    // Clearing the filter shows every loaded row again, still sorted.
    console.filterEdit()->clear();
    QTRY_COMPARE_WITH_TIMEOUT(model->rowCount(), int(AssetsPerOrganization), Timeout);
    QTRY_VERIFY_WITH_TIMEOUT(!model->isReordering() && sortedBy(Qt::DescendingOrder), Timeout);
    QVERIFY(!count->isVisible());
}

void tst_Inventory::columnChooserChangesFields() {
    Console console(m_settings.get());
    QVERIFY2(console.listening, qPrintable(console.sim.errorString()));
    console.window->start();
    QVERIFY(console.waitUntilLoaded());
    rz::AssetTableModel *model = console.model();
    QCOMPARE(model->columns(), rz::defaultAssetColumns());

    // Adding "OS version" and removing "Risk" from the chooser reloads with exactly those fields.
    rz::ColumnChooser *chooser = console.pane()->columnChooser();
    chooser->findChild<QAction *>(u"column_os_version"_s)->trigger();
    QVERIFY(console.waitUntilLoaded());
    chooser->findChild<QAction *>(u"column_risk"_s)->trigger();
    QVERIFY(console.waitUntilLoaded());
    QList<rz::AssetColumn> expected = rz::defaultAssetColumns();
    expected.append(rz::AssetColumn::OsVersion);
    expected.removeAll(rz::AssetColumn::Risk);
    QCOMPARE(model->columns(), expected);
    QCOMPARE(model->loadedRowCount(), AssetsPerOrganization);
    QStringList fields{u"id"_s};
    for (const rz::AssetColumn column : expected)
        fields.append(QString(rz::assetColumnInfo(column).field));
    const QUrlQuery last = console.assetRequests().constLast();
    QCOMPARE(last.queryItemValue(u"fields"_s, QUrl::FullyDecoded), fields.join(u','));
    QVERIFY(!model->index(0, model->sectionOf(rz::AssetColumn::OsVersion)).data().toString().isEmpty());
    QVERIFY(chooser->findChild<QAction *>(u"column_os_version"_s)->isChecked());
    QVERIFY(!chooser->findChild<QAction *>(u"column_risk"_s)->isChecked());

    // Dragging a header section changes the order only: remembered, nothing reloaded.
    const qsizetype requests = console.assetRequests().size();
    QHeaderView *header = console.table()->horizontalHeader();
    header->moveSection(header->visualIndex(0), 2);
    QList<rz::AssetColumn> reordered = expected;
    reordered.move(0, 2);
    QCOMPARE(console.pane()->visibleColumnOrder(), reordered);
    QCOMPARE(console.window->session()->columns(), reordered);
    QCOMPARE(console.window->session()->activity(), rz::ConsoleSession::Activity::Idle);
    QCOMPARE(console.assetRequests().size(), requests);

    // A new window on the same connection loads with those columns in that order.
    console.openWindow(m_settings.get(), u"conn-1"_s);
    QCOMPARE(console.model()->columns(), reordered);
    console.window->start();
    QVERIFY(console.waitUntilLoaded());
    QCOMPARE(console.model()->columns(), reordered);
    QCOMPARE(console.pane()->visibleColumnOrder(), reordered);

    // Restoring the defaults reloads with them.
    console.pane()->columnChooser()->findChild<QAction *>(u"restoreDefaultColumnsAction"_s)->trigger();
    QVERIFY(console.waitUntilLoaded());
    QCOMPARE(console.model()->columns(), rz::defaultAssetColumns());
}

void tst_Inventory::shortcuts() {
    Console console(m_settings.get());
    QVERIFY2(console.listening, qPrintable(console.sim.errorString()));
    console.window->start();
    QVERIFY(console.waitUntilLoaded());
    console.window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(console.window.get()));

    // Ctrl+F: the search box, its text selected to be typed over.
    console.searchEdit()->setText(u"os:linux"_s);
    console.table()->setFocus();
    QTest::keyClick(console.window.get(), Qt::Key_F, Qt::ControlModifier);
    QCOMPARE(QApplication::focusWidget(), console.searchEdit());
    QCOMPARE(console.searchEdit()->selectedText(), u"os:linux"_s);

    // Ctrl+Shift+F: the filter.
    QTest::keyClick(console.window.get(), Qt::Key_F, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(QApplication::focusWidget(), console.filterEdit());

    // Esc while loading: cancelled after the first page, which stays.
    rz::AssetTableModel *model = console.model();
    bool cancelled = false;
    QMetaObject::Connection once = connect(model, &QAbstractItemModel::rowsInserted, this, [&] {
        if (!std::exchange(cancelled, true))
            QTest::keyClick(console.window.get(), Qt::Key_Escape);
    });
    QTest::keyClick(console.window.get(), Qt::Key_F5);
    QTRY_COMPARE_WITH_TIMEOUT(console.state(), u"Loading cancelled. Press F5 to load again."_s, Timeout);
    disconnect(once);
    QVERIFY(cancelled);
    QVERIFY(model->loadedRowCount() > 0);
    QVERIFY(model->loadedRowCount() < AssetsPerOrganization);

    // F5: everything again.
    QTest::keyClick(console.window.get(), Qt::Key_F5);
    QVERIFY(console.waitUntilLoaded());
    QCOMPARE(model->loadedRowCount(), AssetsPerOrganization);
}

QTEST_MAIN(tst_Inventory)
#include "tst_inventory.moc"
