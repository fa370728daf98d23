// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: rzconsole contributors
#include "models/SiteModel.h"

#include "models/Roles.h"

#include <QLocale>

namespace rz {

SiteModel::SiteModel(QObject *parent)
    : QAbstractTableModel(parent) {}

SiteModel::~SiteModel() = default;

void SiteModel::setSites(QList<Site> sites) {
    // Rows 1.. change wholesale; row 0 ("All sites") stays, so views keep a valid current row.
    if (!m_sites.isEmpty()) {
        beginRemoveRows({}, 1, int(m_sites.size()));
        m_sites.clear();
        endRemoveRows();
    }
    if (!sites.isEmpty()) {
        beginInsertRows({}, 1, int(sites.size()));
        m_sites = std::move(sites);
        endInsertRows();
    }
}

void SiteModel::clear() {
    setSites({});
    setTotalAssetCount(-1);
}

void SiteModel::setTotalAssetCount(qint64 count) {
    if (m_total == count)
        return;
    m_total = count;
    const QModelIndex cell = index(AllSitesRow, AssetCount);
    Q_EMIT dataChanged(cell, cell);
}

qint64 SiteModel::totalAssetCount() const {
    return m_total;
}

void SiteModel::setAssetCounts(const QHash<QString, qint64> &countsBySiteName, bool complete) {
    for (qsizetype i = 0; i < m_sites.size(); ++i) {
        const auto found = countsBySiteName.constFind(m_sites.at(i).name);
        if (found != countsBySiteName.cend())
            setAssetCount(int(i) + 1, found.value());
        else if (complete)
            setAssetCount(int(i) + 1, 0);
    }
}

void SiteModel::setAssetCount(int row, qint64 count) {
    if (row == AllSitesRow) {
        setTotalAssetCount(count);
        return;
    }
    if (row < 1 || row > m_sites.size() || m_sites.at(row - 1).assetCount == count)
        return;
    m_sites[row - 1].assetCount = count;
    const QModelIndex cell = index(row, AssetCount);
    Q_EMIT dataChanged(cell, cell);
}

int SiteModel::siteCount() const {
    return int(m_sites.size());
}

const Site &SiteModel::site(int row) const {
    Q_ASSERT(row >= 1 && row <= m_sites.size());
    return m_sites.at(row - 1);
}

QString SiteModel::siteNameFilter(int row) const {
    if (row < 1 || row > m_sites.size())
        return {};
    return m_sites.at(row - 1).name;
}

int SiteModel::rowOfId(const QString &id) const {
    if (id.isEmpty())
        return AllSitesRow;
    for (qsizetype i = 0; i < m_sites.size(); ++i) {
        if (m_sites.at(i).id == id)
            return int(i) + 1;
    }
    return -1;
}

int SiteModel::rowCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : int(m_sites.size()) + 1;
}

int SiteModel::columnCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : Count;
}

qint64 SiteModel::countOfRow(int row) const {
    return row == AllSitesRow ? m_total : m_sites.at(row - 1).assetCount;
}

QVariant SiteModel::data(const QModelIndex &index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const int row = index.row();
    const bool allSites = row == AllSitesRow;
    const qint64 count = countOfRow(row);

    switch (role) {
    case Qt::DisplayRole:
        if (index.column() == Name)
            return allSites ? tr("All sites") : m_sites.at(row - 1).name;
        return count >= 0 ? QLocale().toString(count) : QString();
    case Qt::ToolTipRole: {
        if (allSites)
            return tr("Assets of every site of this organization");
        const Site &s = m_sites.at(row - 1);
        if (s.scope.isEmpty())
            return s.description.isEmpty() ? QVariant() : QVariant(s.description);
        const QString scope = tr("Scope: %1").arg(s.scope);
        if (s.description.isEmpty())
            return scope;
        const QString text = s.description % u'\n' % scope;
        return text;
    }
    case Qt::TextAlignmentRole:
        if (index.column() == AssetCount)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case RawValueRole:
        if (index.column() == Name)
            return allSites ? QString() : m_sites.at(row - 1).name;
        return count >= 0 ? QVariant(count) : QVariant();
    case IdRole:
        return allSites ? QString() : m_sites.at(row - 1).id;
    default:
        return {};
    }
}

QVariant SiteModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || section < 0 || section >= Count)
        return {};
    if (role == Qt::DisplayRole)
        return section == Name ? tr("Site") : tr("Assets");
    if (role == Qt::TextAlignmentRole && section == AssetCount)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

} // namespace rz
