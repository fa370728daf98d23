// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: rzconsole contributors
#include "models/AssetServiceModel.h"

#include "models/Roles.h"

using namespace Qt::StringLiterals;

namespace rz {

AssetServiceModel::AssetServiceModel(QObject *parent)
    : QAbstractTableModel(parent) {}

AssetServiceModel::~AssetServiceModel() = default;

void AssetServiceModel::setServices(QList<AssetService> services) {
    beginResetModel();
    m_services = std::move(services);
    endResetModel();
}

void AssetServiceModel::clear() {
    setServices({});
}

const QList<AssetService> &AssetServiceModel::services() const {
    return m_services;
}

const AssetService &AssetServiceModel::service(int row) const {
    Q_ASSERT(row >= 0 && row < m_services.size());
    return m_services.at(row);
}

int AssetServiceModel::rowCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : int(m_services.size());
}

int AssetServiceModel::columnCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : int(Count);
}

QVariant AssetServiceModel::data(const QModelIndex &index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const AssetService &service = m_services.at(index.row());
    const auto column = static_cast<Column>(index.column());
    if (role == Qt::TextAlignmentRole && column == Port)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (role == RawValueRole && column == Port)
        return service.port;
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole && role != RawValueRole)
        return {};
    switch (column) {
    case Port:
        // arp and icmp have no port; 0 there would read as a real one.
        return service.port > 0 ? QString::number(service.port) : QString();
    case Transport:
        return service.transport;
    case Protocol:
        return service.protocol;
    case Product:
        return service.product;
    case Summary:
        return service.summary;
    case Address:
        return service.vhost.isEmpty() ? service.address
                                       : tr("%1 (virtual host %2)").arg(service.address, service.vhost);
    case Count:
        break;
    }
    return {};
}

QVariant AssetServiceModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (static_cast<Column>(section)) {
    case Port:
        return tr("Port");
    case Transport:
        return tr("Transport");
    case Protocol:
        return tr("Protocol");
    case Product:
        return tr("Product");
    case Summary:
        return tr("Summary");
    case Address:
        return tr("Address");
    case Count:
        break;
    }
    return {};
}

} // namespace rz
