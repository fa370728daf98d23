// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: rzconsole contributors
#pragma once

#include <QObject>
#include <QPointer>
#include <QStringList>

class QAction;
class QDockWidget;
class QLabel;
class QMainWindow;

namespace rz {

class ApiClient;
class ConsoleSession;
class ScanDialog;
class TaskSession;
class TasksPane;

// Everything about scans in the main window: the "Launch Scan…" action (Ctrl+L), the scan dialog opened from
// the toolbar, a site or selected assets, the Tasks dock that follows launched scans, and a status-bar label
// that announces how they end. The window places the action, the dock and the label, and forwards the panes'
// requests.
class ScanCoordinator final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ScanCoordinator)
public:
    // `client` may be null. `window` owns the coordinator, the dock and the label, and is the scan dialog's
    // parent.
    ScanCoordinator(ApiClient *client, ConsoleSession *session, QMainWindow *window);
    ~ScanCoordinator() override;

    QAction *launchAction() const;
    QAction *tasksAction() const;   // shows or hides the Tasks dock
    QDockWidget *tasksDock() const; // hidden at first
    QLabel *statusLabel() const;    // for the status bar: how the scans followed here ended
    TaskSession *tasks() const;
    ScanDialog *dialog() const; // the open scan dialog, if any

public Q_SLOTS:
    // Opens the dialog for the current site (or the organization's first).
    void launchScan();
    // Opens it for the site in `siteRow` of the session's site model.
    void scanSite(int siteRow);
    // Opens it with `addresses` as targets; the site is the one all `siteNames` share, if they do.
    void scanAssets(const QStringList &addresses, const QStringList &siteNames);

private:
    void openDialog(const QString &siteId, const QString &targets);
    void onOrganizationChanged();
    void onLaunched();
    void updateActions();
    void updateSiteNames();
    QString currentSiteId() const;

    ApiClient *m_client;
    ConsoleSession *m_session;
    QMainWindow *m_window;
    TaskSession *m_tasks;
    TasksPane *m_pane;
    QDockWidget *m_dock;
    QLabel *m_statusLabel;
    QAction *m_launchAction;
    QPointer<ScanDialog> m_dialog;
};

} // namespace rz
