// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: rzconsole contributors
//
// The Overview dock in the demo composition, offscreen: the simulated console on loopback, the real client
// and the main window. Its bars must match the rows the table shows, before and after the local filter. Set
// RZ_SCREENSHOT_DIR to keep a picture of the window with the dock open.
#include "api/ApiClient.h"
#include "models/AssetOverviewModel.h"
#include "models/AssetTableModel.h"
#include "session/ConsoleSession.h"
#include "sim/SimServer.h"
#include "support/TestConsole.h"
#include "ui/MainWindow.h"
#include "ui/OverviewChart.h"
#include "ui/OverviewDock.h"
#include "ui/OverviewPane.h"

#include <QAccessible>
#include <QAction>
#include <QApplication>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QDir>
#include <QHorizontalBarSeries>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QTest>
#include <QToolButton>
#include <QTreeView>

#include <memory>

using namespace Qt::StringLiterals;
using rz::AssetColumn;

namespace {

constexpr int Timeout = 60000; // generous: two cores shared with other builds
constexpr qint64 Assets = 4500;

rz::sim::SimConfig testConfig() {
    rz::sim::SimConfig config = rz::test::simulatedData(7, 1, Assets, 4);
    return config;
}

using Bars = QList<std::pair<QString, qreal>>;

struct Console {
    Console()
        : sim(testConfig()) {
        listening = sim.listen();
        client = std::make_unique<rz::ApiClient>(sim.baseUrl(), sim.tokens(0).accountToken);
        window = std::make_unique<rz::MainWindow>(client.get());
        window->resize(1400, 860);
        window->show();
    }
    ~Console() {
        window.reset();
        client.reset();
    }
    Q_DISABLE_COPY_MOVE(Console)

    void snapshot(const QString &name) const {
        const QString dir = qEnvironmentVariable("RZ_SCREENSHOT_DIR");
        if (!dir.isEmpty())
            window->grab().save(QDir(dir).filePath(name + u".png"_s));
    }
    rz::AssetTableModel *assets() const { return window->session()->assetModel(); }
    rz::OverviewDock *dock() const { return window->findChild<rz::OverviewDock *>(u"overviewDock"_s); }
    rz::OverviewPane *pane() const { return dock()->pane(); }
    rz::OverviewChart *chart(AssetColumn column) const { return pane()->chart(column); }
    bool loaded() const {
        return window->session()->activity() == rz::ConsoleSession::Activity::Idle &&
               window->session()->outcome() == rz::ConsoleSession::Outcome::Complete;
    }
    bool settled() const { return !assets()->isReordering() && !pane()->model()->isCounting(); }

    rz::sim::SimServer sim;
    bool listening = false;
    std::unique_ptr<rz::ApiClient> client;
    std::unique_ptr<rz::MainWindow> window;
};

// How often each value of `column` occurs in the rows the table shows, read cell by cell.
QHash<QString, qint64> countShown(const rz::AssetTableModel &model, AssetColumn column) {
    QHash<QString, qint64> counts;
    const int section = model.sectionOf(column);
    for (int row = 0; row < model.rowCount(); ++row)
        ++counts[model.rawText(row, section)];
    return counts;
}

// The chart's bars agree with the table: each named bar has its value's count, largest first; "Other" holds
// the rest and "Unknown" the empty cells; together they are every row.
void verifyBars(const Bars &bars, const QHash<QString, qint64> &expected, qint64 rows) {
    QVERIFY(!bars.isEmpty());
    qreal sum = 0;
    qreal named = 0;
    qreal previous = -1;
    bool sawOther = false;
    for (const auto &[label, value] : bars) {
        sum += value;
        if (label.startsWith(u"Other ("_s)) {
            sawOther = true;
            continue;
        }
        if (label == u"Unknown"_s) {
            QCOMPARE(value, qreal(expected.value(QString())));
            continue;
        }
        QVERIFY2(expected.contains(label), qPrintable(label));
        QCOMPARE(value, qreal(expected.value(label)));
        QVERIFY2(previous < 0 || value <= previous, qPrintable(label));
        previous = value;
        named += value;
    }
    QCOMPARE(sum, qreal(rows));
    const qint64 distinct = expected.size() - (expected.contains(QString()) ? 1 : 0);
    QCOMPARE(sawOther, distinct > rz::AssetOverviewModel::defaultTop + 1);
    if (!sawOther)
        QCOMPARE(named, qreal(rows - expected.value(QString())));
}

} // namespace

class tst_Overview final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void dockShowsTheViewAndFollowsTheFilter();
    void missingColumnIsOfferedAndAdded();
    void followsADarkPalette();
};

void tst_Overview::initTestCase() {
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}

void tst_Overview::dockShowsTheViewAndFollowsTheFilter() {
    Console console;
    QVERIFY2(console.listening, qPrintable(console.sim.errorString()));
    QVERIFY(console.dock());
    QVERIFY(!console.dock()->isVisible()); // closed at first: the table keeps its room
    console.window->start();
    QTRY_VERIFY_WITH_TIMEOUT(console.loaded(), Timeout);
    QCOMPARE(console.assets()->rowCount(), int(Assets));
    QCOMPARE(console.pane()->model()->overview().loadedRows, 0); // nothing counted while closed

    QAction *toggle = console.window->findChild<QAction *>(u"toggleOverviewAction"_s);
    QVERIFY(toggle);
    QCOMPARE(toggle->shortcut(), QKeySequence(u"Ctrl+Shift+O"_s));
    toggle->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(console.pane()->isVisible(), Timeout);
    QTRY_VERIFY_WITH_TIMEOUT(console.settled() && console.pane()->model()->overview().visibleRows == Assets,
                             Timeout);
    QVERIFY2(console.pane()->caption().startsWith(u"4,500 assets in view, no filter.\n"_s),
             qPrintable(console.pane()->caption()));
    QVERIFY(console.pane()->caption().contains(u" alive ("_s));
    for (const AssetColumn column : {AssetColumn::Type, AssetColumn::Os, AssetColumn::SiteName}) {
        QVERIFY(console.chart(column)->showsChart());
        verifyBars(console.chart(column)->bars(), countShown(*console.assets(), column), Assets);
        if (QTest::currentTestFailed())
            QFAIL(qPrintable(rz::AssetTableModel::columnTitle(column)));
    }
    // Four sites, each of them a bar.
    QCOMPARE(console.chart(AssetColumn::SiteName)->bars().size(), 4);
    console.snapshot(u"overview"_s);

    // The local filter: the charts count what the table keeps.
    auto *filter = console.window->findChild<QLineEdit *>(u"localFilterEdit"_s);
    QVERIFY(filter);
    filter->setText(u"linux"_s);
    QTRY_VERIFY_WITH_TIMEOUT(console.settled() && console.pane()->model()->overview().filter == u"linux"_s,
                             Timeout);
    const int kept = console.assets()->rowCount();
    QVERIFY(kept > 0 && kept < Assets);
    QVERIFY2(
        console.pane()->caption().startsWith(
            QLocale().toString(kept) + u" of 4,500 loaded assets in view, filtered by \u201clinux\u201d"_s),
        qPrintable(console.pane()->caption()));
    for (const AssetColumn column : {AssetColumn::Type, AssetColumn::Os, AssetColumn::SiteName}) {
        verifyBars(console.chart(column)->bars(), countShown(*console.assets(), column), kept);
        if (QTest::currentTestFailed())
            QFAIL(qPrintable(rz::AssetTableModel::columnTitle(column)));
    }
    console.snapshot(u"overview-filtered"_s);

    // A click on a bar puts its value in the filter.
    filter->clear();
    QTRY_VERIFY_WITH_TIMEOUT(console.settled() && console.pane()->model()->overview().visibleRows == Assets,
                             Timeout);
    rz::OverviewChart *types = console.chart(AssetColumn::Type);
    const Bars typeBars = types->bars();
    QChartView *view = types->chartView();
    auto *series = qobject_cast<QHorizontalBarSeries *>(view->chart()->series().value(0));
    QVERIFY(series);
    const int topBar = int(typeBars.size()) - 1; // the series holds the bars bottom-up
    const QPointF middle = view->chart()->mapToPosition(QPointF(typeBars.first().second / 2, topBar), series);
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->mapFromScene(middle));
    QTRY_COMPARE_WITH_TIMEOUT(filter->text(), typeBars.first().first, Timeout);

    // The same counts as a table, for a screen reader.
    console.pane()->tableButton()->click();
    QTreeView *table = console.pane()->tableView();
    QTRY_VERIFY_WITH_TIMEOUT(table->isVisible(), Timeout);
    QCOMPARE(table->model()->index(0, 0).data().toString(), u"Type"_s);

    // Every control of the dock has a name a screen reader can say.
    const QList<QWidget *> widgets = console.dock()->findChildren<QWidget *>();
    for (QWidget *widget : widgets) {
        if (!widget->isVisible() || widget->focusPolicy() == Qt::NoFocus)
            continue;
        QAccessibleInterface *accessible = QAccessible::queryAccessibleInterface(widget);
        QVERIFY(accessible);
        QVERIFY2(!accessible->text(QAccessible::Name).isEmpty(), widget->metaObject()->className());
    }
}

void tst_Overview::missingColumnIsOfferedAndAdded() {
    Console console;
    QVERIFY2(console.listening, qPrintable(console.sim.errorString()));
    console.window->findChild<QAction *>(u"toggleOverviewAction"_s)->trigger();
    console.window->start();
    QTRY_VERIFY_WITH_TIMEOUT(console.loaded(), Timeout);
    // Without the OS column the assets carry no OS: the chart says how to get it.
    console.window->session()->setColumns(
        {AssetColumn::Addresses, AssetColumn::Names, AssetColumn::Type, AssetColumn::SiteName});
    QTRY_VERIFY_WITH_TIMEOUT(console.loaded() && console.assets()->sectionOf(AssetColumn::Os) < 0 &&
                                 console.assets()->rowCount() == Assets,
                             Timeout);
    QTRY_VERIFY_WITH_TIMEOUT(console.settled() && console.pane()->model()->overview().visibleRows == Assets,
                             Timeout);
    rz::OverviewChart *os = console.chart(AssetColumn::Os);
    QVERIFY(!os->showsChart());
    QVERIFY2(os->message().startsWith(u"Add the Operating system column to see this chart"_s),
             qPrintable(os->message()));
    QVERIFY(os->addColumnButton()->isVisible());
    QVERIFY(console.chart(AssetColumn::Type)->showsChart());

    os->addColumnButton()->click();
    QVERIFY(console.window->session()->columns().contains(AssetColumn::Os));
    QTRY_VERIFY_WITH_TIMEOUT(console.loaded() && console.assets()->sectionOf(AssetColumn::Os) >= 0 &&
                                 console.assets()->rowCount() == Assets,
                             Timeout);
    QTRY_VERIFY_WITH_TIMEOUT(console.settled() && os->showsChart(), Timeout);
    QTRY_VERIFY_WITH_TIMEOUT(console.settled() && console.pane()->model()->overview().visibleRows == Assets,
                             Timeout);
    verifyBars(os->bars(), countShown(*console.assets(), AssetColumn::Os), Assets);
}

void tst_Overview::followsADarkPalette() {
    rz::AssetTableModel assets;
    rz::AssetPage page;
    page.columns = {AssetColumn::Names, AssetColumn::Type, AssetColumn::Os, AssetColumn::SiteName,
                    AssetColumn::Alive};
    for (int i = 0; i < 12; ++i) {
        page.rows.push_back(rz::AssetRow{u"id%1"_s.arg(i),
                                         {u"host-%1"_s.arg(i), i % 3 ? u"Server"_s : u"Desktop"_s,
                                          i % 4 ? u"Ubuntu Linux 22.04"_s : QString(),
                                          i % 2 ? u"Primary"_s : u"Lab"_s, i % 5 ? u"true"_s : u"false"_s}});
    }
    assets.appendPage(page);
    rz::OverviewPane pane(&assets);
    pane.resize(380, 700);
    pane.show();
    QTRY_VERIFY_WITH_TIMEOUT(!pane.model()->isCounting() && pane.model()->overview().visibleRows == 12,
                             Timeout);
    rz::OverviewChart *types = pane.chart(AssetColumn::Type);
    QCOMPARE(types->bars(), (Bars{{u"Server"_s, 8}, {u"Desktop"_s, 4}}));
    QChart *chart = types->chartView()->chart();
    auto *series = qobject_cast<QHorizontalBarSeries *>(chart->series().value(0));
    QVERIFY(series && !series->barSets().isEmpty());

    QPalette light = pane.palette();
    light.setColor(QPalette::Window, QColor(0xef, 0xef, 0xef));
    light.setColor(QPalette::WindowText, QColor(0x10, 0x10, 0x10));
    QPalette dark = light;
    dark.setColor(QPalette::Window, QColor(0x20, 0x22, 0x25));
    dark.setColor(QPalette::WindowText, QColor(0xee, 0xee, 0xee));
    pane.setPalette(light);
    QCOMPARE(chart->theme(), QChart::ChartThemeLight);
    pane.setPalette(dark);
    QCOMPARE(chart->theme(), QChart::ChartThemeDark);
    // The chart sits on the window's colour and writes in its text colour.
    QCOMPARE(chart->backgroundBrush().color(), dark.color(QPalette::Window));
    QCOMPARE(series->barSets().first()->labelColor(), dark.color(QPalette::WindowText));
    QCOMPARE(chart->axes(Qt::Vertical).value(0)->labelsColor(), dark.color(QPalette::WindowText));
    const QString dir = qEnvironmentVariable("RZ_SCREENSHOT_DIR");
    if (!dir.isEmpty()) {
        QCoreApplication::processEvents(); // the layout requests the palette change posted
        pane.grab().save(QDir(dir).filePath(u"overview-dark.png"_s));
    }
    pane.setPalette(light);
    QCOMPARE(chart->theme(), QChart::ChartThemeLight);
    QCOMPARE(series->barSets().first()->labelColor(), light.color(QPalette::WindowText));
}

QTEST_MAIN(tst_Overview)
#include "tst_overview.moc"
