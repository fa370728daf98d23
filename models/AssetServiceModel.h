// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: rzconsole contributors
#pragma once

#include "domain/AssetDetail.h"

#include <QAbstractTableModel>
#include <QList>

namespace rz {

// The services of one asset, one row each, in the order given (the parser sorts them by transport and port).
// RawValueRole gives the port as an integer, so a view can sort ports numerically.
class AssetServiceModel final : public QAbstractTableModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AssetServiceModel)
public:
    enum Column { Port, Transport, Protocol, Product, Summary, Address, Count };

    explicit AssetServiceModel(QObject *parent = nullptr);
    ~AssetServiceModel() override;

    void setServices(QList<AssetService> services);
    void clear();
    const QList<AssetService> &services() const;
    const AssetService &service(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<AssetService> m_services;
};

} // namespace rz
