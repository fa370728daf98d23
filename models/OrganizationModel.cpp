// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: rzconsole contributors
#include "models/OrganizationModel.h"

#include "models/Roles.h"

#include <QLocale>

namespace rz {

OrganizationModel::OrganizationModel(QObject *parent)
    : QAbstractTableModel(parent) {}

OrganizationModel::~OrganizationModel() = default;

void OrganizationModel::setOrganizations(QList<Organization> organizations) {
    beginResetModel();
    m_organizations = std::move(organizations);
    endResetModel();
}

void OrganizationModel::clear() {
    if (m_organizations.isEmpty())
        return;
    beginResetModel();
    m_organizations.clear();
    endResetModel();
}

void OrganizationModel::setAssetCount(int row, qint64 count) {
    if (row < 0 || row >= m_organizations.size() || m_organizations.at(row).assetCount == count)
        return;
    m_organizations[row].assetCount = count;
    const QModelIndex cell = index(row, AssetCount);
    Q_EMIT dataChanged(cell, cell);
}

const Organization &OrganizationModel::organization(int row) const {
    Q_ASSERT(row >= 0 && row < m_organizations.size());
    return m_organizations.at(row);
}

int OrganizationModel::rowOfId(const QString &id) const {
    for (qsizetype row = 0; row < m_organizations.size(); ++row) {
        if (m_organizations.at(row).id == id)
            return int(row);
    }
    return -1;
}

int OrganizationModel::rowCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : int(m_organizations.size());
}

int OrganizationModel::columnCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : Count;
}

QVariant OrganizationModel::data(const QModelIndex &index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Organization &org = m_organizations.at(index.row());
    const bool countKnown = org.assetCount >= 0;

    switch (role) {
    case Qt::DisplayRole:
        if (index.column() == Name)
            return org.inactive ? tr("%1 (inactive)").arg(org.name) : org.name;
        return countKnown ? QLocale().toString(org.assetCount) : QString();
    case Qt::ToolTipRole:
        if (index.column() == Name && !org.description.isEmpty())
            return org.description;
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == AssetCount)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case RawValueRole:
        if (index.column() == Name)
            return org.name;
        return countKnown ? QVariant(org.assetCount) : QVariant();
    case IdRole:
        return org.id;
    default:
        return {};
    }
}

QVariant OrganizationModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || section < 0 || section >= Count)
        return {};
    if (role == Qt::DisplayRole)
        return section == Name ? tr("Organization") : tr("Assets");
    if (role == Qt::TextAlignmentRole && section == AssetCount)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

} // namespace rz
