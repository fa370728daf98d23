// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: rzconsole contributors
//
// The main window's layout between runs (WindowLayout through MainWindow::setLayoutSettings): geometry,
// docks, toolbar, the navigator/assets splitter and the asset table's column widths survive a window
// destroyed and made again with the same QSettings, offscreen, with assets loaded from the simulated console;
// and the ConnectionController's windows keep it too.
#include "api/ApiClient.h"
#include "auth/ConnectionStore.h"
#include "auth/MemorySecretStore.h"
#include "gui/SavedConnection.h"
#include "models/AssetTableModel.h"
#include "session/ConsoleSession.h"
#include "sim/SimServer.h"
#include "support/SettingsFile.h"
#include "support/TestConsole.h"
#include "ui/ConnectionController.h"
#include "ui/MainWindow.h"
#include "ui/WindowLayout.h"

#include <QAction>
#include <QDockWidget>
#include <QHeaderView>
#include <QSignalSpy>
#include <QSplitter>
#include <QTableView>
#include <QTest>
#include <QToolBar>

#include <memory>

using namespace Qt::StringLiterals;

namespace {

constexpr int Timeout = 60000; // generous: two cores shared with other builds

rz::sim::SimConfig simConfig() {
    rz::sim::SimConfig config = rz::test::simulatedData(9, 1, 120, 2);
    return config;
}

template<class T> T *child(const QWidget *parent, const QString &name) {
    T *found = parent ? parent->findChild<T *>(name) : nullptr;
    if (!found)
        qWarning("no child %s", qPrintable(name));
    return found;
}

bool loaded(const rz::MainWindow &window) {
    const rz::ConsoleSession *session = window.session();
    return session->activity() == rz::ConsoleSession::Activity::Idle && session->assetModel()->rowCount() > 0;
}

// The width of `column`'s section in the window's asset table, or -1 when it is not shown.
// The columns whose widths the saved layout keeps.
QStringList keptWidthKeys(QSettings &settings) {
    settings.sync();
    settings.beginGroup(rz::WindowLayout::groupName() + u"/columnWidths"_s);
    const QStringList keys = settings.childKeys();
    settings.endGroup();
    return keys;
}

int widthOf(const rz::MainWindow &window, rz::AssetColumn column) {
    const int section = window.session()->assetModel()->sectionOf(column);
    return section < 0 ? -1 : child<QTableView>(&window, u"assetView"_s)->columnWidth(section);
}

} // namespace

class tst_WindowLayout final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void layoutSurvivesTheWindow();
    void withoutSettingsNothingIsKept();
    void onlyWidthsSetByHandAreKept();
    void connectionWindowsKeepTheLayout();

private:
    std::unique_ptr<rz::sim::SimServer> m_sim;
    rz::test::SettingsFile m_settings;
};

void tst_WindowLayout::initTestCase() {
    m_sim = std::make_unique<rz::sim::SimServer>(simConfig());
    QVERIFY2(m_sim->listen(), qPrintable(m_sim->errorString()));
}

void tst_WindowLayout::init() {
    QVERIFY(m_settings.create());
}

void tst_WindowLayout::cleanup() {
    m_settings.reset();
}

void tst_WindowLayout::layoutSurvivesTheWindow() {
    rz::ApiClient client(m_sim->baseUrl(), m_sim->tokens().accountToken);
    QSize size;
    QList<int> splitterSizes;
    {
        rz::MainWindow window(&client);
        window.setLayoutSettings(m_settings.get());
        window.show();
        window.start();
        QTRY_VERIFY_WITH_TIMEOUT(loaded(window), Timeout);

        // The details dock to the left, the Tasks dock shown, the toolbar hidden; a new size and splitter.
        auto *details = child<QDockWidget>(&window, u"assetDetailDock"_s);
        window.addDockWidget(Qt::LeftDockWidgetArea, details);
        child<QDockWidget>(&window, u"tasksDock"_s)->show();
        child<QToolBar>(&window, u"mainToolBar"_s)->hide();
        window.resize(1010, 690);
        QTRY_COMPARE(window.size(), QSize(1010, 690));
        auto *splitter = child<QSplitter>(&window, u"mainSplitter"_s);
        splitter->setSizes({233, 400});
        QTest::qWait(0);
        splitterSizes = splitter->sizes();
        size = window.size();
        // Two columns resized by hand.
        QTableView *table = child<QTableView>(&window, u"assetView"_s);
        table->setColumnWidth(window.session()->assetModel()->sectionOf(rz::AssetColumn::Addresses), 222);
        table->setColumnWidth(window.session()->assetModel()->sectionOf(rz::AssetColumn::Names), 111);
        window.close();
    } // saved as the window goes
    // Only those two: the widths the pane fitted to the rows are fitted again next time.
    QStringList kept = keptWidthKeys(*m_settings);
    kept.sort();
    QStringList resized{QString(rz::assetColumnInfo(rz::AssetColumn::Addresses).field),
                        QString(rz::assetColumnInfo(rz::AssetColumn::Names).field)};
    resized.sort();
    QCOMPARE(kept, resized);

    rz::MainWindow again(&client);
    again.setLayoutSettings(m_settings.get());
    again.show();
    QTRY_COMPARE(again.size(), size);
    QTRY_COMPARE(child<QSplitter>(&again, u"mainSplitter"_s)->sizes(), splitterSizes);
    QCOMPARE(again.dockWidgetArea(child<QDockWidget>(&again, u"assetDetailDock"_s)), Qt::LeftDockWidgetArea);
    QVERIFY(child<QDockWidget>(&again, u"tasksDock"_s)->isVisible());
    QVERIFY(!child<QToolBar>(&again, u"mainToolBar"_s)->isVisible());

    // The widths come back with the columns, and fitting the first rows leaves them alone.
    again.start();
    QTRY_VERIFY_WITH_TIMEOUT(loaded(again), Timeout);
    QCOMPARE(widthOf(again, rz::AssetColumn::Addresses), 222);
    QCOMPARE(widthOf(again, rz::AssetColumn::Names), 111);

    // Kept by column, not by position: with a new column in front, both keep their widths.
    QList<rz::AssetColumn> columns = again.session()->assetModel()->columns();
    const int addressSection = again.session()->assetModel()->sectionOf(rz::AssetColumn::Addresses);
    rz::AssetColumn added = columns.constFirst();
    for (const rz::AssetColumn candidate : rz::allAssetColumns()) {
        if (!columns.contains(candidate)) {
            added = candidate;
            break;
        }
    }
    QVERIFY(!columns.contains(added));
    columns.prepend(added);
    again.session()->setColumns(columns);
    QTRY_COMPARE_WITH_TIMEOUT(again.session()->assetModel()->sectionOf(rz::AssetColumn::Addresses),
                              addressSection + 1, Timeout);
    QTRY_VERIFY_WITH_TIMEOUT(loaded(again), Timeout);
    QCOMPARE(widthOf(again, rz::AssetColumn::Names), 111);
    QCOMPARE(widthOf(again, rz::AssetColumn::Addresses), 222);
}

void tst_WindowLayout::withoutSettingsNothingIsKept() {
    rz::ApiClient client(m_sim->baseUrl(), m_sim->tokens().accountToken);
    QSize firstStart;
    {
        rz::MainWindow window(&client);
        window.show();
        firstStart = window.size(); // the default, fitted to the screen
        window.resize(firstStart - QSize(100, 100));
        window.saveLayout(); // nowhere to save to: does nothing
    }
    QVERIFY(m_settings->allKeys().isEmpty());
    rz::MainWindow window(&client);
    window.setLayoutSettings(m_settings.get()); // nothing saved yet: the defaults stay
    window.show();
    QCOMPARE(window.size(), firstStart);
    QVERIFY(child<QToolBar>(&window, u"mainToolBar"_s)->isVisible());
}

void tst_WindowLayout::onlyWidthsSetByHandAreKept() {
    // The first start: a window without a connection (its widths are estimates, with no rows to fit) saves
    // its layout before the first connection's window opens. None of its widths may stand in for a fit.
    {
        rz::MainWindow window(nullptr);
        window.setLayoutSettings(m_settings.get());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.saveLayout();
    }
    QVERIFY(m_settings->contains(rz::WindowLayout::groupName() + u"/geometry"_s));
    QCOMPARE(keptWidthKeys(*m_settings), QStringList());

    // The next window fits its columns to the first rows, and keeps none of that either.
    rz::ApiClient client(m_sim->baseUrl(), m_sim->tokens().accountToken);
    rz::MainWindow window(&client);
    window.setLayoutSettings(m_settings.get());
    window.show();
    window.start();
    QTRY_VERIFY_WITH_TIMEOUT(loaded(window), Timeout);
    window.saveLayout();
    QCOMPARE(keptWidthKeys(*m_settings), QStringList());
}

void tst_WindowLayout::connectionWindowsKeepTheLayout() {
    rz::ConnectionStore store(*m_settings);
    rz::MemorySecretStore keychain;
    rz::MemorySecretStore session;
    const QUuid id = rz::test::saveConnection(store, &keychain, u"Simulated"_s, m_sim->baseUrl(),
                                              m_sim->tokens().accountToken);
    QVERIFY(!id.isNull());

    QList<int> splitterSizes;
    {
        rz::ConnectionController controller(store, *m_settings, keychain, session);
        QSignalSpy connected(&controller, &rz::ConnectionController::connected);
        controller.start();
        QTRY_COMPARE_WITH_TIMEOUT(connected.count(), 1, Timeout);
        controller.window()->resize(880, 610);
        QTRY_COMPARE(controller.window()->size(), QSize(880, 610));
        child<QSplitter>(controller.window(), u"mainSplitter"_s)->setSizes({300, 580});
        splitterSizes = child<QSplitter>(controller.window(), u"mainSplitter"_s)->sizes();
        // Reconnecting makes a new window: it starts as the old one was left.
        controller.openConnection(id);
        QTRY_COMPARE_WITH_TIMEOUT(connected.count(), 2, Timeout);
        QCOMPARE(controller.window()->size(), QSize(880, 610));
        QCOMPARE(child<QSplitter>(controller.window(), u"mainSplitter"_s)->sizes(), splitterSizes);
        QTest::qWait(0); // the old window's deferred deletion
    }                    // the application quits

    rz::ConnectionController controller(store, *m_settings, keychain, session);
    QSignalSpy connected(&controller, &rz::ConnectionController::connected);
    controller.start();
    QTRY_COMPARE_WITH_TIMEOUT(connected.count(), 1, Timeout);
    QTRY_COMPARE(controller.window()->size(), QSize(880, 610));
    QCOMPARE(child<QSplitter>(controller.window(), u"mainSplitter"_s)->sizes(), splitterSizes);
    // The last connection and its organization are remembered as well (ConnectionController,
    // InventorySettings).
    QCOMPARE(controller.currentConnection(), id);
    // (The organizations arrive after the window: on a busy machine not yet when it is shown.)
    QTRY_VERIFY_WITH_TIMEOUT(!store.profile(id)->lastOrganizationId.isEmpty(), Timeout);
}

QTEST_MAIN(tst_WindowLayout)
#include "tst_windowlayout.moc"
