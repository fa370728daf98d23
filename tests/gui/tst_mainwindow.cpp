// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: rzconsole contributors
//
// The demo composition, offscreen: the simulated console on loopback, the real ApiClient and the main window.
// Set RZ_SCREENSHOT_DIR to keep a picture of the window after each test.
#include "api/ApiClient.h"
#include "gui/SimulatedWindow.h"
#include "models/AssetTableModel.h"
#include "models/Roles.h"
#include "models/SiteModel.h"
#include "sim/SimServer.h"
#include "ui/MainWindow.h"

#include <QAction>
#include <QDir>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <QTreeView>

using namespace Qt::StringLiterals;
using rz::sim::SimTokens;

namespace {

constexpr int Timeout = 60000;                 // generous: two cores shared with other builds
constexpr qint64 AssetsPerOrganization = 4500; // three pages of 2,000
constexpr int Organizations = 3;
constexpr int SitesPerOrganization = 4;

// One console: the simulated server, a client holding one of its tokens, and the window (destroyed first).
struct Console final : rz::test::SimulatedWindow {
    explicit Console(QString SimTokens::*token)
        : SimulatedWindow(
              rz::test::simulatedData(7, Organizations, AssetsPerOrganization, SitesPerOrganization), token) {
    }
    ~Console() { snapshot("end"); }
    // With RZ_SCREENSHOT_DIR set, keeps a picture of the window as it is now.
    void snapshot(const char *moment) const {
        const QString dir = qEnvironmentVariable("RZ_SCREENSHOT_DIR");
        if (dir.isEmpty() || !window)
            return;
        const QString name =
            QString::fromLatin1(QTest::currentTestFunction()) + u'-' + QLatin1StringView(moment);
        window->grab().save(QDir(dir).filePath(name + u".png"_s));
    }

    QTreeView *organizations() const { return find<QTreeView>(u"organizationView"_s); }
    QTreeView *sites() const { return find<QTreeView>(u"siteView"_s); }
    QTableView *assets() const { return find<QTableView>(u"assetView"_s); }
    rz::AssetTableModel *assetModel() const { return qobject_cast<rz::AssetTableModel *>(assets()->model()); }
    QWidget *banner() const { return find<QWidget>(u"errorBanner"_s); }
    QLabel *countLabel() const { return find<QLabel>(u"assetCountLabel"_s); }
    QLabel *stateLabel() const { return find<QLabel>(u"statusStateLabel"_s); }
    QProgressBar *progress() const { return find<QProgressBar>(u"loadProgress"_s); }
    QAction *action(const QString &name) const { return find<QAction>(name); }
};

} // namespace

class tst_MainWindow final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void loadsOrganizationsSitesAndAssets();
    void selectingASiteLoadsOnlyItsAssets();
    void errorShowsBannerKeepsRowsAndRetries();
    void failedPageResumesWithoutDuplicates();
    void cancelKeepsLoadedRows();
    void exportTokenShowsItsOrganization();
    void withoutClientSaysNoConnection();
};

void tst_MainWindow::initTestCase() {
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}

void tst_MainWindow::loadsOrganizationsSitesAndAssets() {
    Console console(&SimTokens::accountToken);
    QVERIFY2(console.listening, qPrintable(console.sim.errorString()));
    console.window->start();

    QTRY_COMPARE_WITH_TIMEOUT(console.organizations()->model()->rowCount(), Organizations, Timeout);
    QTRY_COMPARE_WITH_TIMEOUT(console.organizations()->currentIndex().row(), 0, Timeout);
    QCOMPARE(console.client->organizationId(), console.sim.organizationIds().at(0));
    QCOMPARE(console.organizations()->currentIndex().data(rz::IdRole).toString(),
             console.sim.organizationIds().at(0));

    QTRY_COMPARE_WITH_TIMEOUT(console.sites()->model()->rowCount(), SitesPerOrganization + 1, Timeout);
    QCOMPARE(console.sites()->currentIndex().row(), int(rz::SiteModel::AllSitesRow));
    QCOMPARE(console.sites()->model()->index(0, 0).data().toString(), u"All sites"_s);

    QTRY_COMPARE_WITH_TIMEOUT(console.assetModel()->rowCount(), int(AssetsPerOrganization), Timeout);
    QTRY_VERIFY_WITH_TIMEOUT(!console.progress()->isVisible(), Timeout);
    QCOMPARE(console.countLabel()->text(), u"4,500 assets loaded"_s);
    QCOMPARE(console.stateLabel()->text(), u"All assets loaded."_s);
    QVERIFY(!console.banner()->isVisible());
    QVERIFY(!console.action(u"cancelLoadAction"_s)->isEnabled());

    // Cells hold what the server sent: every asset has an id and an address.
    rz::AssetTableModel *model = console.assetModel();
    const int addresses = model->sectionOf(rz::AssetColumn::Addresses);
    QVERIFY(addresses >= 0);
    for (const int row : {0, 1999, 2000, 4499}) {
        QVERIFY(!model->assetId(row).isEmpty());
        QVERIFY2(!model->index(row, addresses).data().toString().isEmpty(), qPrintable(QString::number(row)));
    }
    QCOMPARE(model->headerData(addresses, Qt::Horizontal).toString(), u"Addresses"_s);

    // The complete load counted the assets of every site; together they are the organization's.
    QAbstractItemModel *sites = console.sites()->model();
    QCOMPARE(sites->index(0, rz::SiteModel::AssetCount).data(rz::RawValueRole).toLongLong(),
             AssetsPerOrganization);
    qint64 sum = 0;
    for (int row = 1; row < sites->rowCount(); ++row) {
        const QVariant count = sites->index(row, rz::SiteModel::AssetCount).data(rz::RawValueRole);
        QVERIFY2(count.isValid(), qPrintable(sites->index(row, 0).data().toString()));
        sum += count.toLongLong();
    }
    QCOMPARE(sum, AssetsPerOrganization);
}

void tst_MainWindow::selectingASiteLoadsOnlyItsAssets() {
    Console console(&SimTokens::accountToken);
    QVERIFY2(console.listening, qPrintable(console.sim.errorString()));
    console.window->start();
    QTRY_COMPARE_WITH_TIMEOUT(console.assetModel()->rowCount(), int(AssetsPerOrganization), Timeout);
    QTRY_VERIFY_WITH_TIMEOUT(!console.progress()->isVisible(), Timeout);

    // The second organization: its own sites and assets.
    QTreeView *organizations = console.organizations();
    organizations->setCurrentIndex(organizations->model()->index(1, 0));
    QTRY_COMPARE_WITH_TIMEOUT(console.client->organizationId(), console.sim.organizationIds().at(1), Timeout);
    QTRY_COMPARE_WITH_TIMEOUT(console.sites()->model()->rowCount(), SitesPerOrganization + 1, Timeout);
    QTRY_COMPARE_WITH_TIMEOUT(console.assetModel()->rowCount(), int(AssetsPerOrganization), Timeout);
    QTRY_VERIFY_WITH_TIMEOUT(!console.progress()->isVisible(), Timeout);

    QAbstractItemModel *sites = console.sites()->model();
    const int siteRow = 2;
    const QString siteName = sites->index(siteRow, 0).data().toString();
    const qint64 expected =
        sites->index(siteRow, rz::SiteModel::AssetCount).data(rz::RawValueRole).toLongLong();
    QVERIFY(expected > 0);
    QVERIFY(expected < AssetsPerOrganization);

    console.sites()->setCurrentIndex(sites->index(siteRow, 0));
    QTRY_COMPARE_WITH_TIMEOUT(console.assetModel()->rowCount(), int(expected), Timeout);
    QTRY_VERIFY_WITH_TIMEOUT(!console.progress()->isVisible(), Timeout);
    QCOMPARE(console.assetModel()->rowCount(), int(expected));
    rz::AssetTableModel *model = console.assetModel();
    const int siteColumn = model->sectionOf(rz::AssetColumn::SiteName);
    QVERIFY(siteColumn >= 0);
    for (int row = 0; row < model->rowCount(); ++row)
        QCOMPARE(model->index(row, siteColumn).data().toString(), siteName);

    // "All sites" again: everything.
    console.sites()->setCurrentIndex(sites->index(rz::SiteModel::AllSitesRow, 0));
    QTRY_COMPARE_WITH_TIMEOUT(console.assetModel()->rowCount(), int(AssetsPerOrganization), Timeout);
}

void tst_MainWindow::errorShowsBannerKeepsRowsAndRetries() {
    Console console(&SimTokens::accountToken);
    QVERIFY2(console.listening, qPrintable(console.sim.errorString()));
    console.window->start();
    QTRY_COMPARE_WITH_TIMEOUT(console.assetModel()->rowCount(), int(AssetsPerOrganization), Timeout);
    QTRY_VERIFY_WITH_TIMEOUT(!console.progress()->isVisible(), Timeout);

    // An organization the account does not have: F5 fails, the banner says why, the rows stay.
    const QString validId = console.client->organizationId();
    console.client->setOrganizationId(u"00000000-0000-4000-8000-000000000000"_s);
    console.window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(console.window.get()));
    QTest::keyClick(console.window.get(), Qt::Key_F5);
    QTRY_VERIFY_WITH_TIMEOUT(console.banner()->isVisible(), Timeout);
    const auto *message = console.find<QLabel>(u"errorMessage"_s);
    QVERIFY(!message->text().isEmpty());
    QCOMPARE(console.assetModel()->rowCount(), int(AssetsPerOrganization));
    QCOMPARE(console.stateLabel()->text(), u"Stopped by an error."_s);
    QVERIFY(console.assets()->isVisible()); // the table, not the placeholder
    console.snapshot("banner");

    // Retry repeats the failed request; with the organization put right it succeeds and the banner goes.
    console.client->setOrganizationId(validId);
    QTest::mouseClick(console.find<QPushButton>(u"retryButton"_s), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!console.banner()->isVisible(), Timeout);
    QTRY_COMPARE_WITH_TIMEOUT(console.stateLabel()->text(), u"All assets loaded."_s, Timeout);
    QCOMPARE(console.assetModel()->rowCount(), int(AssetsPerOrganization));
}

void tst_MainWindow::failedPageResumesWithoutDuplicates() {
    Console console(&SimTokens::accountToken);
    QVERIFY2(console.listening, qPrintable(console.sim.errorString()));

    // The requests go: organizations, the organization's /org/key (usage) and sites, asset page 1, asset
    // page 2. The fifth answer is a body the client cannot read; with automatic retries off, the load stops
    // after the first page.
    rz::AssetTableModel *model = console.assetModel();
    console.client->setRetryPolicy(rz::RetryPolicy::none());
    rz::sim::FaultPlan plan;
    plan.malformedEvery = 5;
    console.sim.setFaults(plan);
    console.window->start();
    QTRY_VERIFY_WITH_TIMEOUT(console.banner()->isVisible(), Timeout);
    QCOMPARE(model->rowCount(), 2000); // the page that arrived is kept
    QVERIFY(!console.progress()->isVisible());
    console.snapshot("banner");

    console.sim.setFaults({});
    QTest::mouseClick(console.find<QPushButton>(u"retryButton"_s), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(console.stateLabel()->text(), u"All assets loaded."_s, Timeout);
    QVERIFY(!console.banner()->isVisible());
    QCOMPARE(model->rowCount(), int(AssetsPerOrganization));
    QSet<QString> ids;
    for (int row = 0; row < model->rowCount(); ++row)
        ids.insert(model->assetId(row));
    QCOMPARE(ids.size(), qsizetype(AssetsPerOrganization));
}

void tst_MainWindow::cancelKeepsLoadedRows() {
    Console console(&SimTokens::accountToken);
    QVERIFY2(console.listening, qPrintable(console.sim.errorString()));

    // Cancel as soon as the first page is shown, from the Cancel action the status bar offers.
    rz::AssetTableModel *model = console.assetModel();
    QAction *cancel = console.action(u"cancelLoadAction"_s);
    bool cancelled = false;
    connect(model, &QAbstractItemModel::rowsInserted, this, [&] {
        if (cancelled)
            return;
        cancelled = true;
        QVERIFY(cancel->isEnabled());
        QVERIFY(console.progress()->isVisible());
        console.snapshot("loading");
        cancel->trigger();
    });
    console.window->start();
    QTRY_COMPARE_WITH_TIMEOUT(console.stateLabel()->text(), u"Loading cancelled. Press F5 to load again."_s,
                              Timeout);
    QVERIFY(cancelled);
    QCOMPARE(model->rowCount(), 2000);
    QCOMPARE(console.countLabel()->text(), u"2,000 assets loaded"_s);
    QVERIFY(!console.progress()->isVisible());
    QVERIFY(!cancel->isEnabled());
    QVERIFY(!console.banner()->isVisible());

    console.action(u"refreshAction"_s)->trigger();
    QTRY_COMPARE_WITH_TIMEOUT(model->rowCount(), int(AssetsPerOrganization), Timeout);
    QTRY_COMPARE_WITH_TIMEOUT(console.stateLabel()->text(), u"All assets loaded."_s, Timeout);
}

void tst_MainWindow::exportTokenShowsItsOrganization() {
    Console console(&SimTokens::exportToken);
    QVERIFY2(console.listening, qPrintable(console.sim.errorString()));
    console.window->start();

    QAbstractItemModel *organizations = console.organizations()->model();
    QTRY_COMPARE_WITH_TIMEOUT(organizations->rowCount(), 1, Timeout);
    QCOMPARE(organizations->index(0, 0).data().toString(), u"This organization (export token)"_s);
    QTRY_COMPARE_WITH_TIMEOUT(console.sites()->model()->rowCount(), SitesPerOrganization + 1, Timeout);
    QTRY_COMPARE_WITH_TIMEOUT(console.assetModel()->rowCount(), int(AssetsPerOrganization), Timeout);
    QTRY_COMPARE_WITH_TIMEOUT(console.stateLabel()->text(), u"All assets loaded."_s, Timeout);
    QVERIFY(!console.banner()->isVisible());
}

void tst_MainWindow::withoutClientSaysNoConnection() {
    rz::MainWindow window(nullptr);
    window.show();
    window.start();
    const auto *state = window.findChild<QLabel *>(u"statusStateLabel"_s);
    const auto *placeholder = window.findChild<QLabel *>(u"assetPlaceholder"_s);
    QVERIFY(state && placeholder);
    QCOMPARE(state->text(), u"No connection is open."_s);
    QVERIFY(placeholder->isVisible());
    QVERIFY(placeholder->text().contains(u"--demo"_s));
    QVERIFY(!window.findChild<QAction *>(u"refreshAction"_s)->isEnabled());
    QVERIFY(!window.findChild<QLabel *>(u"assetCountLabel"_s)->isVisible());
    QCOMPARE(window.findChild<QTreeView *>(u"organizationView"_s)->model()->rowCount(), 0);
}

QTEST_MAIN(tst_MainWindow)
#include "tst_mainwindow.moc"
