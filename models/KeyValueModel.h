// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: rzconsole contributors
#pragma once

#include "domain/AssetDetail.h"

#include <QAbstractTableModel>
#include <QList>

namespace rz {

// Name/value pairs as a two-column table (an asset's attributes, one service's fields). A value shows on one
// line (runZero separates the parts of multi-valued attributes with tabs, which become ", "); the tooltip
// and RawValueRole carry it unchanged.
class KeyValueModel final : public QAbstractTableModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(KeyValueModel)
public:
    enum Column { Name, Value, Count };

    explicit KeyValueModel(QObject *parent = nullptr);
    ~KeyValueModel() override;

    void setPairs(QList<KeyValue> pairs);
    void clear();
    const QList<KeyValue> &pairs() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<KeyValue> m_pairs;
};

} // namespace rz
