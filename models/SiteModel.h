// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: rzconsole contributors
#pragma once

#include "domain/Site.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

namespace rz {

// The sites of one organization: a first row "All sites" with the organization's total, then one row per site
// with its asset count when known (empty otherwise).
class SiteModel final : public QAbstractTableModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SiteModel)
public:
    enum Column { Name, AssetCount, Count };
    static constexpr int AllSitesRow = 0;

    explicit SiteModel(QObject *parent = nullptr);
    ~SiteModel() override;

    // Replaces the sites; the "All sites" total is kept. Counts of -1 stay unknown.
    void setSites(QList<Site> sites);
    // Removes every site and forgets the total; the "All sites" row stays.
    void clear();
    void setTotalAssetCount(qint64 count);
    qint64 totalAssetCount() const;
    // Sets the counts of the sites named in `countsBySiteName`; with `complete`, every other site gets 0.
    void setAssetCounts(const QHash<QString, qint64> &countsBySiteName, bool complete);
    void setAssetCount(int row, qint64 count);

    int siteCount() const;
    // The site shown in `row` (row >= 1).
    const Site &site(int row) const;
    // The name that restricts an asset query to `row`: empty for "All sites".
    QString siteNameFilter(int row) const;
    int rowOfId(const QString &id) const; // -1 when absent; AllSitesRow for an empty id

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    qint64 countOfRow(int row) const;

    QList<Site> m_sites;
    qint64 m_total = -1;
};

} // namespace rz
