// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: rzconsole contributors
#pragma once

#include "domain/Organization.h"

#include <QAbstractTableModel>
#include <QList>

namespace rz {

// The organizations the credential can reach, one row each: name and asset count (empty when unknown).
class OrganizationModel final : public QAbstractTableModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OrganizationModel)
public:
    enum Column { Name, AssetCount, Count };

    explicit OrganizationModel(QObject *parent = nullptr);
    ~OrganizationModel() override;

    void setOrganizations(QList<Organization> organizations);
    void clear();
    // Updates one organization's asset count (e.g. once a full load has counted them); -1 means unknown.
    void setAssetCount(int row, qint64 count);

    const Organization &organization(int row) const;
    int rowOfId(const QString &id) const; // -1 when absent

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<Organization> m_organizations;
};

} // namespace rz
