// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: rzconsole contributors
#pragma once

#include "domain/AssetColumn.h"
#include "domain/AssetRow.h"

#include <QAbstractTableModel>
#include <QList>
#include <QString>
#include <vector>

namespace rz {

// The assets of one load, one row each, with the columns chosen when the load started.
//
// Built to hold a million rows: the cells of each appended page live back to back in one string with a flat
// vector of end offsets (no QString or QVariant per cell), and display strings are made in data() on demand.
// A page arrives with exactly one beginInsertRows/endInsertRows; nothing emits dataChanged over the model.
class AssetTableModel final : public QAbstractTableModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AssetTableModel)
public:
    using Column = AssetColumn; // AssetColumn ends in the sentinel AssetColumn::Count

    explicit AssetTableModel(QObject *parent = nullptr);
    ~AssetTableModel() override;

    // Chooses the columns (in display order) and removes every row.
    void setColumns(QList<AssetColumn> columns);
    QList<AssetColumn> columns() const;
    AssetColumn columnAt(int section) const;
    int sectionOf(AssetColumn column) const; // -1 when not shown

    // Appends the rows of `page`. Values are matched to this model's columns by page.columns (a column the
    // page lacks is empty); if no columns were chosen yet, the page's columns are adopted.
    void appendPage(const AssetPage &page);
    void clear();

    QString assetId(int row) const;
    // The canonical value of a cell as AssetRow describes it (e.g. Unix seconds for times).
    QString rawText(int row, int section) const;

    static QString columnTitle(AssetColumn column);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    // The rows [firstRow, firstRow + rows): for each row its id then one cell per column, back to back in
    // `text`; `ends[k]` is where stored cell k ends (it starts where cell k-1 ends).
    struct Block {
        int firstRow = 0;
        int rows = 0;
        QString text;
        std::vector<quint32> ends;
    };

    QStringView storedCell(int row, int storedColumn) const; // storedColumn 0 is the id
    QVariant displayValue(ValueKind kind, QStringView text) const;
    QVariant toolTipValue(ValueKind kind, QStringView text) const;
    static QVariant rawValue(ValueKind kind, QStringView text);

    QList<AssetColumn> m_columns;
    std::vector<Block> m_blocks;
    int m_rowCount = 0;
    QString m_dateTimeFormat;
};

} // namespace rz
