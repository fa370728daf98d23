// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: rzconsole contributors
#pragma once

#include <QWidget>

class QLabel;
class QToolButton;
class QTreeView;

namespace rz {

class ErrorBanner;
class TaskSession;

// The Tasks view: the organization's tasks, newest first, with the scans launched from here updating in
// place. For a credential that cannot read tasks it says why instead.
class TasksPane final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TasksPane)
public:
    explicit TasksPane(TaskSession *session, QWidget *parent = nullptr);
    ~TasksPane() override;

    QTreeView *view() const;

private:
    void updateState();

    TaskSession *m_session;
    QLabel *m_status;
    QToolButton *m_refresh;
    ErrorBanner *m_banner;
    QTreeView *m_view;
};

} // namespace rz
