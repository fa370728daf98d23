// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: rzconsole contributors
#pragma once

#include <QMenu>
#include <QUuid>

class QActionGroup;

namespace rz {

class ConnectionStore;

// The main window's "Connection" menu: "Manage Connections…" and the saved connections, the open one checked,
// so that choosing another switches to it. It follows the store as connections are added, renamed or removed.
class ConnectionMenu final : public QMenu {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConnectionMenu)
public:
    explicit ConnectionMenu(const ConnectionStore &store, QWidget *parent = nullptr);
    ~ConnectionMenu() override;

    // The connection shown as open (checked); null for none.
    void setCurrentConnection(const QUuid &id);
    QUuid currentConnection() const;

    QAction *manageAction() const;
    // The actions that switch to a saved connection, in the store's order; each holds its id as data().
    QList<QAction *> connectionActions() const;

Q_SIGNALS:
    void manageRequested();
    void connectionChosen(const QUuid &id);

private:
    void rebuild();

    const ConnectionStore &m_store;
    QUuid m_current;
    QAction *m_manageAction = nullptr;
    QAction *m_emptyAction = nullptr;
    QActionGroup *m_group = nullptr;
};

} // namespace rz
