// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: rzconsole contributors
#include "ui/NavigatorPane.h"

#include "models/Roles.h"

#include <QAction>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QSplitter>
#include <QTreeView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace rz {

namespace {

// A flat, two-column list: a name that takes the room and a count sized to fit.
QTreeView *makeListView(QAbstractItemModel *model, const QString &objectName, QWidget *parent) {
    auto *view = new QTreeView(parent);
    view->setObjectName(objectName);
    view->setModel(model);
    view->setRootIsDecorated(false);
    view->setUniformRowHeights(true);
    view->setAllColumnsShowFocus(true);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setTextElideMode(Qt::ElideRight);
    QHeaderView *header = view->header();
    header->setStretchLastSection(false);
    header->setSectionResizeMode(0, QHeaderView::Stretch);
    header->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    header->setSectionsMovable(false);
    return view;
}

void makeCurrent(QTreeView *view, int row) {
    const QModelIndex index = view->model()->index(row, 0);
    if (!index.isValid() || view->currentIndex().row() == row)
        return;
    view->selectionModel()->setCurrentIndex(index,
                                            QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    view->scrollTo(index);
}

} // namespace

NavigatorPane::NavigatorPane(QAbstractItemModel *organizations, QAbstractItemModel *sites, QWidget *parent)
    : QWidget(parent) {
    auto *splitter = new QSplitter(Qt::Vertical, this);
    m_organizations = makeListView(organizations, u"organizationView"_s, splitter);
    m_organizations->setAccessibleName(tr("Organizations"));
    m_sites = makeListView(sites, u"siteView"_s, splitter);
    m_sites->setAccessibleName(tr("Sites"));
    splitter->addWidget(m_organizations);
    splitter->addWidget(m_sites);
    splitter->setChildrenCollapsible(false);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 2);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter);

    connect(m_organizations->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                if (current.isValid())
                    Q_EMIT organizationActivated(current.row());
            });
    connect(m_sites->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                if (current.isValid())
                    Q_EMIT siteActivated(current.row());
            });

    // A site's context menu offers to scan it; "All sites" (no id) is not a site.
    m_scanSite = new QAction(tr("&Scan This Site\u2026"), m_sites);
    m_scanSite->setObjectName(u"scanSiteAction"_s);
    m_scanSite->setEnabled(false);
    m_sites->addAction(m_scanSite);
    m_sites->setContextMenuPolicy(Qt::ActionsContextMenu);
    const auto updateScanSite = [this] {
        const QModelIndex current = m_sites->currentIndex();
        m_scanSite->setEnabled(current.isValid() && !current.data(IdRole).toString().isEmpty());
    };
    connect(m_sites->selectionModel(), &QItemSelectionModel::currentRowChanged, m_scanSite, updateScanSite);
    connect(m_sites->model(), &QAbstractItemModel::modelReset, m_scanSite, updateScanSite);
    connect(m_scanSite, &QAction::triggered, this, [this] {
        const QModelIndex current = m_sites->currentIndex();
        if (current.isValid() && !current.data(IdRole).toString().isEmpty())
            Q_EMIT scanSiteRequested(current.row());
    });
}

NavigatorPane::~NavigatorPane() = default;

QTreeView *NavigatorPane::organizationView() const {
    return m_organizations;
}

QAction *NavigatorPane::scanSiteAction() const {
    return m_scanSite;
}

void NavigatorPane::setCurrentOrganization(int row) {
    makeCurrent(m_organizations, row);
}

void NavigatorPane::setCurrentSite(int row) {
    makeCurrent(m_sites, row);
}

} // namespace rz
