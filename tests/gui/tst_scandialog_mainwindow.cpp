// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: rzconsole contributors
//
// The scan dialog from the main window: "Launch Scan…" (Ctrl+L) in the toolbar, "Scan This Site…" on a site,
// "Scan Selected Assets…" on asset rows with their addresses as targets, and the launched scan in the Tasks
// dock with the status bar announcing it; an export token gets the action disabled with the reason.
#include "api/ApiClient.h"
#include "gui/SimulatedWindow.h"
#include "models/AssetTableModel.h"
#include "models/Roles.h"
#include "models/SiteModel.h"
#include "models/TaskModel.h"
#include "session/ConsoleSession.h"
#include "session/TaskSession.h"
#include "sim/SimServer.h"
#include "ui/MainWindow.h"
#include "ui/ScanCoordinator.h"
#include "ui/ScanDialog.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDockWidget>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <QToolBar>
#include <QTreeView>

using namespace Qt::StringLiterals;
using rz::sim::SimTokens;

namespace {

constexpr int Timeout = 60000;
constexpr int Sites = 3;

struct Window final : rz::test::SimulatedWindow {
    explicit Window(QString SimTokens::*token)
        : SimulatedWindow(rz::test::simulatedData(/*seed*/ 21, /*organizations*/ 2, /*assets*/ 60, Sites),
                          token) {}

    rz::ScanDialog *openDialog() const {
        if (!QTest::qWaitFor([this] { return window->scans()->dialog() != nullptr; }, Timeout))
            return nullptr;
        return window->scans()->dialog();
    }
    // Closes the dialog and waits until it is gone (it deletes itself).
    bool closeDialog() const {
        if (rz::ScanDialog *dialog = window->scans()->dialog())
            dialog->reject();
        return QTest::qWaitFor([this] { return window->scans()->dialog() == nullptr; }, Timeout);
    }
};

} // namespace

class tst_ScanDialogMainWindow final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }

    void launchFromToolbarSiteAndAssets() {
        Window w(&SimTokens::accountToken);
        QVERIFY2(w.listening, qPrintable(w.sim.errorString()));
        w.window->start();
        auto *sites = w.find<QTreeView>(u"siteView"_s);
        QTRY_COMPARE_WITH_TIMEOUT(sites->model()->rowCount(), Sites + 1, Timeout);

        // Ctrl+L in the toolbar and the Scan menu, enabled once the organization's sites are in.
        QAction *launch = w.find<QAction>(u"launchScanAction"_s);
        QCOMPARE(launch->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_L));
        QVERIFY(w.find<QToolBar>(u"mainToolBar"_s)->actions().contains(launch));
        QTRY_VERIFY_WITH_TIMEOUT(launch->isEnabled(), Timeout);
        launch->trigger();
        rz::ScanDialog *dialog = w.openDialog();
        QVERIFY(dialog);
        QVERIFY(dialog->isVisible());
        const QString firstSite = sites->model()->index(1, 0).data(rz::IdRole).toString();
        QCOMPARE(dialog->findChild<QComboBox *>(u"siteCombo"_s)->currentData().toString(), firstSite);
        QCOMPARE(dialog->findChild<QComboBox *>(u"siteCombo"_s)->count(), Sites);
        launch->trigger(); // a second request raises the open dialog instead of opening another
        QCOMPARE(w.window->findChildren<rz::ScanDialog *>().size(), 1);
        QVERIFY(w.closeDialog());

        // "Scan This Site…" on a site, not on "All sites".
        QAction *scanSite = w.find<QAction>(u"scanSiteAction"_s);
        sites->setCurrentIndex(sites->model()->index(rz::SiteModel::AllSitesRow, 0));
        QVERIFY(!scanSite->isEnabled());
        sites->setCurrentIndex(sites->model()->index(2, 0));
        QVERIFY(scanSite->isEnabled());
        const QString secondSite = sites->model()->index(2, 0).data(rz::IdRole).toString();
        scanSite->trigger();
        dialog = w.openDialog();
        QVERIFY(dialog);
        QCOMPARE(dialog->findChild<QComboBox *>(u"siteCombo"_s)->currentData().toString(), secondSite);
        QCOMPARE(dialog->findChild<QPlainTextEdit *>(u"targetsEdit"_s)->toPlainText(), u"defaults"_s);
        QVERIFY(w.closeDialog());

        // "Scan Selected Assets…": the site's assets, two of them selected.
        auto *assets = w.find<QTableView>(u"assetView"_s);
        auto *model = qobject_cast<rz::AssetTableModel *>(assets->model());
        QVERIFY(model);
        QTRY_VERIFY_WITH_TIMEOUT(model->rowCount() >= 2, Timeout);
        QTRY_VERIFY_WITH_TIMEOUT(!w.window->session()->assetsLoaded() || !model->columns().isEmpty(),
                                 Timeout);
        QAction *scanAssets = w.find<QAction>(u"scanAssetsAction"_s);
        assets->selectionModel()->clearSelection();
        QVERIFY(!scanAssets->isEnabled());
        assets->selectRow(0);
        assets->selectionModel()->select(model->index(1, 0),
                                         QItemSelectionModel::Select | QItemSelectionModel::Rows);
        QVERIFY(scanAssets->isEnabled());
        const int addressColumn = model->sectionOf(rz::AssetColumn::Addresses);
        QStringList expected = model->rawText(0, addressColumn).split(u'\n', Qt::SkipEmptyParts);
        expected += model->rawText(1, addressColumn).split(u'\n', Qt::SkipEmptyParts);
        expected.removeDuplicates();
        QVERIFY(!expected.isEmpty());
        scanAssets->trigger();
        dialog = w.openDialog();
        QVERIFY(dialog);
        QCOMPARE(dialog->findChild<QPlainTextEdit *>(u"targetsEdit"_s)->toPlainText().split(u'\n'), expected);
        QCOMPARE(dialog->findChild<QComboBox *>(u"siteCombo"_s)->currentData().toString(), secondSite);

        // Launched: the Tasks dock shows the scan and the status bar says so.
        QTRY_VERIFY_WITH_TIMEOUT(dialog->findChild<QComboBox *>(u"explorerCombo"_s)->count() > 0, Timeout);
        if (auto *confirm = dialog->findChild<QCheckBox *>(u"confirmWarningsCheck"_s); !confirm->isHidden())
            confirm->setChecked(true);
        auto *launchButton = dialog->findChild<QPushButton *>(u"launchButton"_s);
        QVERIFY2(launchButton->isEnabled(),
                 qPrintable(dialog->findChild<QLabel *>(u"problemSummary"_s)->text()));
        QTest::mouseClick(launchButton, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(w.window->scans()->dialog() == nullptr, Timeout);
        QDockWidget *dock = w.find<QDockWidget>(u"tasksDock"_s);
        QVERIFY(dock->isVisible());
        rz::TaskModel *tasks = w.window->scans()->tasks()->model();
        QTRY_VERIFY_WITH_TIMEOUT(w.window->scans()->tasks()->hasLoaded(), Timeout);
        QVERIFY(tasks->rowCount() >= 5); // the four seeded tasks and this one
        QCOMPARE(tasks->index(0, rz::TaskModel::Site).data().toString(),
                 sites->model()->index(2, 0).data().toString());
        QVERIFY(w.find<QLabel>(u"taskStatusLabel"_s)->text().contains(u"launched"_s));
    }

    void exportTokenDisablesLaunch() {
        Window w(&SimTokens::exportToken);
        QVERIFY2(w.listening, qPrintable(w.sim.errorString()));
        w.window->start();
        QAction *launch = w.find<QAction>(u"launchScanAction"_s);
        QVERIFY(!launch->isEnabled());
        QVERIFY2(launch->toolTip().contains(u"export token"_s), qPrintable(launch->toolTip()));
        launch->trigger();
        QVERIFY(w.window->scans()->dialog() == nullptr);
        w.window->scans()->tasksAction()->trigger();
        QVERIFY(w.find<QDockWidget>(u"tasksDock"_s)->isVisible());
        QVERIFY(w.find<QLabel>(u"tasksStatus"_s)->text().contains(u"export token"_s));
    }
};

QTEST_MAIN(tst_ScanDialogMainWindow)
#include "tst_scandialog_mainwindow.moc"
