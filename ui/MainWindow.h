// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: rzconsole contributors
#pragma once

#include <QMainWindow>

class QAction;

namespace rz {

class ApiClient;
class AssetsPane;
class ConsoleSession;
class LoadStatusWidget;
class NavigatorPane;
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
};

} // namespace rz
