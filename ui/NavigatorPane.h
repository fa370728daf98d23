// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: rzconsole contributors
#pragma once

#include <QWidget>

class QAction;
class QTreeView;
class QAbstractItemModel;

namespace rz {

// The left side of the main window: the organizations above the sites of the chosen one.
class NavigatorPane final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NavigatorPane)
public:
    explicit NavigatorPane(QAbstractItemModel *organizations, QAbstractItemModel *sites,
                           QWidget *parent = nullptr);
    ~NavigatorPane() override;

    // Reflects a choice made elsewhere (e.g. the first organization selected at start).
    void setCurrentOrganization(int row);
    void setCurrentSite(int row);

    // The list of organizations (e.g. to disable it where the credential sees only one).
    QTreeView *organizationView() const;

    // "Scan This Site…" in the sites' context menu, enabled on a real site (not "All sites").
    QAction *scanSiteAction() const;

Q_SIGNALS:
    // The user (or setCurrent…) made `row` current.
    void organizationActivated(int row);
    void siteActivated(int row);
    // The user asked to scan the site in `row`.
    void scanSiteRequested(int row);

private:
    QTreeView *m_organizations;
    QTreeView *m_sites;
    QAction *m_scanSite = nullptr;
};

} // namespace rz
