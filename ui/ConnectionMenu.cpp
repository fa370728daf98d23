// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: rzconsole contributors
#include "ui/ConnectionMenu.h"

#include "auth/ConnectionStore.h"

#include <QActionGroup>
#include <QIcon>

using namespace Qt::StringLiterals;

namespace rz {

ConnectionMenu::ConnectionMenu(const ConnectionStore &store, QWidget *parent)
    : QMenu(tr("&Connection"), parent)
    , m_store(store) {
    setObjectName(u"connectionMenu"_s);
    setToolTipsVisible(true);
    m_manageAction = new QAction(QIcon::fromTheme(u"network-server"_s), tr("&Manage Connections…"), this);
    m_manageAction->setObjectName(u"manageConnectionsAction"_s);
    m_manageAction->setToolTip(tr("Add, edit, test or remove connections to runZero consoles"));
    connect(m_manageAction, &QAction::triggered, this, &ConnectionMenu::manageRequested);

    m_emptyAction = new QAction(tr("No saved connections"), this);
    m_emptyAction->setEnabled(false);

    m_group = new QActionGroup(this);
    m_group->setExclusive(true);
    connect(&m_store, &ConnectionStore::profilesChanged, this, &ConnectionMenu::rebuild);
    rebuild();
}

ConnectionMenu::~ConnectionMenu() = default;

void ConnectionMenu::setCurrentConnection(const QUuid &id) {
    m_current = id;
    for (QAction *action : connectionActions())
        action->setChecked(action->data().toUuid() == id);
}

QUuid ConnectionMenu::currentConnection() const {
    return m_current;
}

QAction *ConnectionMenu::manageAction() const {
    return m_manageAction;
}

QList<QAction *> ConnectionMenu::connectionActions() const {
    return m_group->actions();
}

void ConnectionMenu::rebuild() {
    // QMenu::clear() would delete the actions the menu owns; only the connections are replaced.
    const QList<QAction *> old = m_group->actions();
    for (QAction *action : old) {
        removeAction(action);
        m_group->removeAction(action);
        action->deleteLater(); // may be the one being triggered right now
    }
    removeAction(m_emptyAction);
    if (actions().isEmpty()) {
        addAction(m_manageAction);
        addSection(tr("Switch To"));
    }

    const QList<ConnectionProfile> profiles = m_store.profiles();
    if (profiles.isEmpty())
        addAction(m_emptyAction);
    for (const ConnectionProfile &profile : profiles) {
        // Names are the user's; "&" in one must not become a mnemonic.
        auto *action = new QAction(QString(profile.name).replace(u'&', u"&&"_s), this);
        action->setObjectName(u"switchConnectionAction"_s);
        action->setData(profile.id);
        action->setCheckable(true);
        action->setChecked(profile.id == m_current);
        action->setToolTip(tr("Connect to %1").arg(profile.baseUrl.toDisplayString()));
        action->setStatusTip(action->toolTip());
        m_group->addAction(action);
        addAction(action);
        const QUuid id = profile.id;
        connect(action, &QAction::triggered, this, [this, id] {
            if (id != m_current)
                Q_EMIT connectionChosen(id);
            else
                setCurrentConnection(m_current); // keep the open one checked
        });
    }
}

} // namespace rz
