// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: rzconsole contributors
#pragma once

#include <QMainWindow>

class QAction;
class QDockWidget;
class QMenu;
class QSettings;
class QToolBar;

namespace rz {

class ApiClient;
class AssetDetailPane;
class AssetsPane;
class CapabilityHints;
class ConnectionMessageBar;
class ConsoleSession;
class HelpMenu;
class LoadProgress;
class LoadStatusWidget;
class NavigatorPane;
class RateLimitGauge;
class ScanCoordinator;
class ExportCoordinator;
struct ApiError;

// The console's main window: organizations and sites on the left, their assets on the right, what is loading
// in the status bar. It renders a ConsoleSession and forwards the user's choices to it.
class MainWindow final : public QMainWindow {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)
public:
    // `client` may be null: then the window says that no connection is configured. It must outlive the
    // window.
    explicit MainWindow(ApiClient *client, QWidget *parent = nullptr);
    ~MainWindow() override;

    // Loads the organizations and selects the first, which loads its sites and assets.
    void start();

    ConsoleSession *session() const;
    // The scan launch action, the scan dialog and the Tasks dock.
    ScanCoordinator *scans() const;
    // "Export View…" of the asset table and the organization's exports from the server (File menu).
    ExportCoordinator *exports() const;

    // Adds a menu (the connection menu) to the menu bar, after "File"; the window takes it over.
    void addConnectionMenu(QMenu *menu);
    QMenu *connectionMenu() const; // the menu added so, if any
    // Places `widget` at the right end of the status bar, after what is there; the window takes it over.
    void addStatusWidget(QWidget *widget);
    // A message strip above the content, for what concerns the connection (e.g. a keychain that failed).
    ConnectionMessageBar *connectionMessageBar() const;
    // Disables what the connection's credential cannot do, saying why; register actions that need the API.
    CapabilityHints *capabilityHints() const;
    // Where the inventory screen remembers, for the connection `connectionId`, the organization and site, the
    // columns, the search history and the saved searches, and the export dialogs their folders and options
    // (without this, nothing is). Call before start(); `settings` must outlive the window.
    void setInventorySettings(QSettings *settings, const QString &connectionId);
    // The full record of the asset chosen in the table, in the "Asset Details" dock.
    AssetDetailPane *assetDetailPane() const;
    // Edit ▸ Preferences…: whoever owns the settings opens the dialog (see PreferencesController).
    QAction *preferencesAction() const;
    HelpMenu *helpMenu() const;
    // Where the window keeps its geometry, docks, toolbar, splitter and column widths between runs
    // (WindowLayout): restored now, saved by saveLayout() and when the window is destroyed. `settings` must
    // outlive the window.
    void setLayoutSettings(QSettings *settings);
    void saveLayout() const;

private:
    void createActions();
    void updateState();
    QString placeholderText() const;
    QString stateText() const;

    ConsoleSession *m_session;
    NavigatorPane *m_navigator;
    AssetsPane *m_assets;
    LoadStatusWidget *m_status;
    QAction *m_refreshAction = nullptr;
    QAction *m_cancelAction = nullptr;
    QAction *m_quitAction = nullptr;
    QMenu *m_fileMenu = nullptr;
    QMenu *m_connectionMenu = nullptr;
    QToolBar *m_toolBar = nullptr;
    ConnectionMessageBar *m_connectionBar = nullptr;
    CapabilityHints *m_capabilities = nullptr;
    ScanCoordinator *m_scans = nullptr;
    ExportCoordinator *m_exports = nullptr;
    AssetDetailPane *m_detail = nullptr;
    QDockWidget *m_detailDock = nullptr;
    LoadProgress *m_loadProgress = nullptr;
    QMenu *m_viewMenu = nullptr;
    RateLimitGauge *m_gauge = nullptr; // the API budget in the status bar; none without a client
    QAction *m_preferencesAction = nullptr;
    HelpMenu *m_helpMenu = nullptr;
    QSettings *m_layoutSettings = nullptr;
};

} // namespace rz
