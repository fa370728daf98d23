// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: rzconsole contributors
#include "ui/MainWindow.h"

#include "api/ApiClient.h"
#include "api/RateBudget.h"
#include "domain/ApiError.h"
#include "models/AssetTableModel.h"
#include "models/OrganizationModel.h"
#include "models/SiteModel.h"
#include "session/ConsoleSession.h"
#include "session/InventorySettings.h"
#include "ui/AssetDetailPane.h"
#include "ui/AssetTableActions.h"
#include "ui/AssetsPane.h"
#include "ui/CapabilityHints.h"
#include "ui/ConnectionMessageBar.h"
#include "ui/ExportCoordinator.h"
#include "ui/HelpMenu.h"
#include "ui/LoadProgress.h"
#include "ui/LoadStatusWidget.h"
#include "ui/NavigatorPane.h"
#include "ui/OverviewDock.h"
#include "ui/OverviewPane.h"
#include "ui/RateLimitGauge.h"
#include "ui/ScanCoordinator.h"
#include "ui/WindowLayout.h"

#include <QAction>
#include <QApplication>
#include <QDockWidget>
#include <QIcon>
#include <QKeySequence>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QScreen>
#include <QSplitter>
#include <QStatusBar>
#include <QStyle>
#include <QToolBar>
#include <QTreeView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace rz {

MainWindow::MainWindow(ApiClient *client, QWidget *parent)
    : QMainWindow(parent)
    , m_session(new ConsoleSession(client, this)) {
    setObjectName(u"mainWindow"_s);
    setWindowTitle(tr("runZero Console"));
    createActions();

    m_navigator = new NavigatorPane(m_session->organizationModel(), m_session->siteModel(), this);
    m_assets = new AssetsPane(m_session->assetModel(), this);
    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setObjectName(u"mainSplitter"_s);
    splitter->addWidget(m_navigator);
    splitter->addWidget(m_assets);
    splitter->setChildrenCollapsible(false);
    splitter->setStretchFactor(0, 0);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({260, 940});
    m_capabilities = new CapabilityHints(
        m_session->hasClient() ? std::optional(m_session->capabilities()) : std::nullopt, this);
    m_capabilities->require(m_navigator->organizationView(), Capability::ListOrganizations);

    m_connectionBar = new ConnectionMessageBar(this);
    auto *central = new QWidget(this);
    auto *centralLayout = new QVBoxLayout(central);
    centralLayout->setContentsMargins(0, 0, 0, 0);
    centralLayout->addWidget(m_connectionBar);
    centralLayout->addWidget(splitter, 1);
    setCentralWidget(central);

    m_status = new LoadStatusWidget(m_cancelAction, this);
    statusBar()->addWidget(m_status, 1);
    statusBar()->setSizeGripEnabled(true);
    m_loadProgress = new LoadProgress(nullptr, this);
    statusBar()->addPermanentWidget(m_loadProgress);
    if (client) {
        // The API budget, live: the client's RateBudget changes with every request and response.
        m_gauge = new RateLimitGauge(client->clock(), this);
        m_gauge->setObjectName(u"rateLimitGauge"_s);
        const RateBudget *budget = &client->rateBudget();
        m_gauge->setSnapshot(budget->snapshot());
        connect(budget, &RateBudget::changed, m_gauge,
                [this, budget] { m_gauge->setSnapshot(budget->snapshot()); });
        statusBar()->addPermanentWidget(m_gauge);
    }

    // The asset chosen in the table, in full, on the right: a dock the analyst may move, float or close.
    m_detail = new AssetDetailPane(m_session->assetDetails(), this);
    m_detailDock = new QDockWidget(tr("Asset Details"), this);
    m_detailDock->setObjectName(u"assetDetailDock"_s);
    m_detailDock->setWidget(m_detail);
    addDockWidget(Qt::RightDockWidgetArea, m_detailDock);
    QAction *toggleDetails = m_detailDock->toggleViewAction();
    toggleDetails->setObjectName(u"toggleAssetDetailsAction"_s);
    toggleDetails->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    m_viewMenu->addSeparator();
    m_viewMenu->addAction(m_assets->focusSearchAction());
    m_viewMenu->addAction(m_assets->focusFilterAction());
    m_viewMenu->addAction(m_assets->chooseColumnsAction()); // a submenu: the column chooser
    m_viewMenu->addAction(toggleDetails);
    // The assets in view by type, OS and site: a tab beside the details, closed at first (Ctrl+Shift+O).
    auto *overview = new OverviewDock(m_session->assetModel(), this);
    addDockWidget(Qt::RightDockWidgetArea, overview);
    tabifyDockWidget(m_detailDock, overview);
    overview->hide();
    m_viewMenu->addAction(overview->toggleViewAction());
    connect(overview->pane(), &OverviewPane::filterRequested, m_assets->filterEdit(), &QLineEdit::setText);
    connect(overview->pane(), &OverviewPane::columnRequested, m_session,
            [this](AssetColumn column) { m_session->setColumns(m_session->columns() << column); });

    // Scans: "Launch Scan…" in the toolbar and a Scan menu, the Tasks dock, and the panes' scan requests.
    m_scans = new ScanCoordinator(client, m_session, this);
    // Exports: the table's "Export View…" and the organization's exports from the server, in the File menu.
    m_exports = new ExportCoordinator(client, m_session, m_assets->tableActions(), this);
    m_exports->requireCapabilities(m_capabilities);
    m_fileMenu->insertAction(m_quitAction, m_assets->tableActions()->exportViewAction());
    m_fileMenu->insertMenu(m_quitAction, m_exports->serverExportMenu());
    m_fileMenu->insertSeparator(m_quitAction);
    m_capabilities->require(m_scans->launchAction(), Capability::OrganizationApi);
    QMenu *scanMenu = menuBar()->addMenu(tr("&Scan"));
    scanMenu->addAction(m_scans->launchAction());
    scanMenu->addAction(m_scans->tasksAction());
    m_toolBar->addAction(m_scans->launchAction());
    addDockWidget(Qt::BottomDockWidgetArea, m_scans->tasksDock());
    addStatusWidget(m_scans->statusLabel());
    connect(m_navigator, &NavigatorPane::scanSiteRequested, m_scans, &ScanCoordinator::scanSite);
    connect(m_assets, &AssetsPane::scanAssetsRequested, m_scans, &ScanCoordinator::scanAssets);

    connect(m_navigator, &NavigatorPane::organizationActivated, m_session,
            &ConsoleSession::selectOrganization);
    connect(m_navigator, &NavigatorPane::siteActivated, m_session, &ConsoleSession::selectSite);
    connect(m_session, &ConsoleSession::currentOrganizationChanged, m_navigator,
            &NavigatorPane::setCurrentOrganization);
    connect(m_session, &ConsoleSession::currentSiteChanged, m_navigator, &NavigatorPane::setCurrentSite);
    connect(m_session, &ConsoleSession::failed, m_assets,
            [this](const ApiError &error) { m_assets->showError(error.userMessage()); });
    connect(m_session, &ConsoleSession::failureCleared, m_assets, &AssetsPane::hideError);
    connect(m_session, &ConsoleSession::budgetWarning, m_connectionBar, [this](const QString &text) {
        m_connectionBar->showMessage(ConnectionMessageBar::Kind::Warning, text);
    });
    connect(m_assets, &AssetsPane::retryRequested, m_session, &ConsoleSession::retry);
    connect(m_assets, &AssetsPane::searchRequested, m_session, &ConsoleSession::setSearch);
    connect(m_assets, &AssetsPane::columnsChosen, m_session, &ConsoleSession::setColumns);
    connect(m_assets, &AssetsPane::currentAssetChanged, m_detail, &AssetDetailPane::showAsset);
    connect(m_session, &ConsoleSession::stateChanged, this, &MainWindow::updateState);

    m_helpMenu = new HelpMenu(this, m_assets->searchBar()); // last in the menu bar
    menuBar()->addMenu(m_helpMenu);

    // A first start (the saved layout, if any, replaces this): most of the screen, up to 1440×900, so that
    // the table keeps the room beside the details.
    QSize size(1200, 760);
    if (const QScreen *screen = QGuiApplication::primaryScreen()) {
        const QSize room = screen->availableSize() * 9 / 10;
        size = size.expandedTo(room).boundedTo(QSize(1440, 900)).boundedTo(room);
    }
    resize(size);
    resizeDocks({m_detailDock}, {340}, Qt::Horizontal);
    updateState();
}

MainWindow::~MainWindow() {
    saveLayout();
    // The session is a child QObject and outlives this destructor: whatever it emits while it is torn down
    // must not reach a window that is no longer a MainWindow.
    disconnect(m_session, nullptr, this, nullptr);
}

void MainWindow::start() {
    m_session->start();
}

ConsoleSession *MainWindow::session() const {
    return m_session;
}

ScanCoordinator *MainWindow::scans() const {
    return m_scans;
}

ExportCoordinator *MainWindow::exports() const {
    return m_exports;
}

void MainWindow::addConnectionMenu(QMenu *menu) {
    menu->setParent(this, menu->windowFlags());
    const QList<QAction *> menus = menuBar()->actions();
    const qsizetype file = menus.indexOf(m_fileMenu->menuAction());
    menuBar()->insertMenu(menus.value(file + 1), menu);
    m_connectionMenu = menu;
}

QMenu *MainWindow::connectionMenu() const {
    return m_connectionMenu;
}

void MainWindow::addStatusWidget(QWidget *widget) {
    statusBar()->addPermanentWidget(widget);
}

ConnectionMessageBar *MainWindow::connectionMessageBar() const {
    return m_connectionBar;
}

CapabilityHints *MainWindow::capabilityHints() const {
    return m_capabilities;
}

void MainWindow::setInventorySettings(QSettings *settings, const QString &connectionId) {
    const InventorySettings inventory(settings, connectionId);
    m_session->setSettings(inventory);
    m_assets->setSettings(inventory);
    m_exports->setSettings(settings); // the export folders and CSV options, for every connection
}

AssetDetailPane *MainWindow::assetDetailPane() const {
    return m_detail;
}

QAction *MainWindow::preferencesAction() const {
    return m_preferencesAction;
}

HelpMenu *MainWindow::helpMenu() const {
    return m_helpMenu;
}

void MainWindow::setLayoutSettings(QSettings *settings) {
    m_layoutSettings = settings;
    WindowLayout(settings).restore(*this, m_assets);
}

void MainWindow::saveLayout() const {
    WindowLayout(m_layoutSettings).save(*this, m_assets);
}

void MainWindow::createActions() {
    m_refreshAction =
        new QAction(QIcon::fromTheme(u"view-refresh"_s, style()->standardIcon(QStyle::SP_BrowserReload)),
                    tr("&Refresh"), this);
    m_refreshAction->setObjectName(u"refreshAction"_s);
    // F5 everywhere, plus the platform's own refresh key where that is another one.
    QList<QKeySequence> refreshKeys{QKeySequence(Qt::Key_F5)};
    for (const QKeySequence &key : QKeySequence::keyBindings(QKeySequence::Refresh)) {
        if (!refreshKeys.contains(key))
            refreshKeys.append(key);
    }
    m_refreshAction->setShortcuts(refreshKeys);
    m_refreshAction->setToolTip(tr("Reload the sites and assets of the selected organization (F5)"));
    connect(m_refreshAction, &QAction::triggered, this, [this] { m_session->refresh(); });

    m_cancelAction =
        new QAction(QIcon::fromTheme(u"process-stop"_s, style()->standardIcon(QStyle::SP_BrowserStop)),
                    tr("&Cancel Loading"), this);
    m_cancelAction->setObjectName(u"cancelLoadAction"_s);
    m_cancelAction->setShortcut(QKeySequence(Qt::Key_Escape));
    m_cancelAction->setToolTip(tr("Stop loading; rows already loaded are kept (Esc)"));
    connect(m_cancelAction, &QAction::triggered, this, [this] { m_session->cancel(); });

    m_quitAction = new QAction(QIcon::fromTheme(u"application-exit"_s), tr("&Quit"), this);
    m_quitAction->setObjectName(u"quitAction"_s);
    m_quitAction->setShortcut(QKeySequence::Quit);
    m_quitAction->setMenuRole(QAction::QuitRole);
    connect(m_quitAction, &QAction::triggered, this, &QWidget::close);

    m_preferencesAction = new QAction(QIcon::fromTheme(u"preferences-system"_s), tr("&Preferences…"), this);
    m_preferencesAction->setObjectName(u"preferencesAction"_s);
    m_preferencesAction->setMenuRole(QAction::PreferencesRole);
    QList<QKeySequence> preferencesKeys = QKeySequence::keyBindings(QKeySequence::Preferences);
    if (const QKeySequence comma(Qt::CTRL | Qt::Key_Comma); !preferencesKeys.contains(comma))
        preferencesKeys.append(comma);
    m_preferencesAction->setShortcuts(preferencesKeys);

    QMenu *file = menuBar()->addMenu(tr("&File"));
    m_fileMenu = file;
    file->addAction(m_quitAction);
    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    edit->setObjectName(u"editMenu"_s);
    edit->addAction(m_preferencesAction);
    QMenu *view = menuBar()->addMenu(tr("&View"));
    m_viewMenu = view;
    view->addAction(m_refreshAction);
    view->addAction(m_cancelAction);

    m_toolBar = addToolBar(tr("Main Toolbar"));
    m_toolBar->setObjectName(u"mainToolBar"_s);
    m_toolBar->setMovable(false);
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_toolBar->addAction(m_refreshAction);
    m_toolBar->addAction(m_cancelAction);
}

void MainWindow::updateState() {
    const ConsoleSession::Activity activity = m_session->activity();
    const bool busy = activity != ConsoleSession::Activity::Idle;
    m_refreshAction->setEnabled(m_session->hasClient());
    m_navigator->setEnabled(m_session->hasClient());
    m_cancelAction->setEnabled(busy);

    m_status->setStateText(stateText());
    m_status->setAssetCount(m_session->currentOrganizationRow() >= 0 ? m_session->assetsLoaded() : -1);
    m_status->setProgress(busy, m_session->assetsLoaded(), m_session->expectedAssetCount());
    m_loadProgress->setProgress(activity == ConsoleSession::Activity::Assets, m_session->assetsLoaded(),
                                m_session->expectedAssetCount());
    m_assets->setPlaceholderText(placeholderText());
}

QString MainWindow::stateText() const {
    if (!m_session->hasClient())
        return tr("No connection is open.");
    switch (m_session->activity()) {
    case ConsoleSession::Activity::Organizations:
        return tr("Loading organizations…");
    case ConsoleSession::Activity::Sites:
        return tr("Loading sites…");
    case ConsoleSession::Activity::Assets:
        return tr("Loading assets…");
    case ConsoleSession::Activity::Idle:
        break;
    }
    if (m_session->hasFailure())
        return tr("Stopped by an error.");
    if (m_session->organizationsLoaded() && m_session->organizationModel()->rowCount() == 0)
        return tr("This account has no organizations.");
    switch (m_session->outcome()) {
    case ConsoleSession::Outcome::Complete:
        return m_session->search().isEmpty() ? tr("All assets loaded.") : tr("All matching assets loaded.");
    case ConsoleSession::Outcome::Cancelled:
        return tr("Loading cancelled. Press F5 to load again.");
    case ConsoleSession::Outcome::Failed:
    case ConsoleSession::Outcome::None:
        break;
    }
    return {};
}

QString MainWindow::placeholderText() const {
    if (!m_session->hasClient()) {
        return tr("No connection is open.\n\n"
                  "Choose Connection ▸ Manage Connections… to add a connection to a runZero console or to "
                  "open a saved one. To explore without an account, start the application with --demo: it "
                  "runs a simulated console on this computer.");
    }
    switch (m_session->activity()) {
    case ConsoleSession::Activity::Organizations:
    case ConsoleSession::Activity::Sites:
    case ConsoleSession::Activity::Assets:
        return tr("Loading…");
    case ConsoleSession::Activity::Idle:
        break;
    }
    if (m_session->hasFailure())
        return tr("Nothing is loaded. See the message above.");
    if (m_session->organizationsLoaded() && m_session->organizationModel()->rowCount() == 0)
        return tr("This account has no organizations.");
    switch (m_session->outcome()) {
    case ConsoleSession::Outcome::Complete:
        if (!m_session->search().isEmpty())
            return tr("No assets match this search. Change it, or clear it to see every asset.");
        return m_session->currentSiteRow() == SiteModel::AllSitesRow ? tr("This organization has no assets.")
                                                                     : tr("This site has no assets.");
    case ConsoleSession::Outcome::Cancelled:
        return tr("Loading was cancelled. Press F5 to load again.");
    case ConsoleSession::Outcome::Failed:
    case ConsoleSession::Outcome::None:
        break;
    }
    return tr("Choose an organization and a site.");
}

} // namespace rz
