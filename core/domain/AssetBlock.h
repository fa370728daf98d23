// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: rzconsole contributors
#pragma once

#include "domain/AssetColumn.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringView>

#include <array>
#include <limits>
#include <memory>
#include <vector>

namespace rz {

struct AssetRow;

// One column of an AssetBlock: a cell per row, each holding the canonical text that AssetRow describes. The
// cells are stored in one of four forms, chosen per block by what the values look like, so that a million
// rows need no QString per cell:
//   Pooled — per row an index into `pool`, the distinct texts (pool[0] is the empty text); for columns with
//   few
//            distinct values such as type, os or site. The indexes take 1, 2 or 4 bytes, by the pool's size.
//   Text   — the texts back to back in `chars`; cell r is chars[ends[r-1], ends[r]) (from 0 for the first).
//   Number — one qint64 per row, `noNumber` for an empty cell; its canonical text is the decimal value.
//   Uuid   — 16 bytes per row, for ids in the canonical lower-case UUID form.
// A column never changes once its block is built, so any thread may read it.
struct AssetBlockColumn {
    enum class Storage : quint8 { Pooled, Text, Number, Uuid };
    static constexpr qint64 noNumber = std::numeric_limits<qint64>::min();

    Storage storage = Storage::Text;
    quint8 indexWidth = 1; // bytes per pool index
    std::vector<quint8> indexes;
    QList<QString> pool;
    QString chars;
    std::vector<quint32> ends;
    std::vector<qint64> numbers;
    std::vector<std::array<quint8, 16>> uuids;

    qsizetype size() const;
    bool isEmpty(qsizetype row) const;
    // The index into `pool` of a Pooled cell.
    quint32 poolIndex(qsizetype row) const;
    // The text of a Pooled or Text cell, valid as long as the column lives; empty for the other forms.
    QStringView view(qsizetype row) const;
    // The value of a Number cell (noNumber when empty).
    qint64 number(qsizetype row) const { return numbers[std::size_t(row)]; }
    // The canonical text of any cell.
    QString text(qsizetype row) const;
    // Resident bytes of the cells, for diagnostics.
    qsizetype byteSize() const;
};

// A page of assets stored column by column (see AssetBlockColumn): what AssetPageParser makes in the Block
// form, and what AssetTableModel keeps. Built once by AssetBlockBuilder, then shared read-only.
struct AssetBlock {
    QList<AssetColumn> columns;
    qsizetype rows = 0;
    AssetBlockColumn ids;
    std::vector<AssetBlockColumn> cells; // cells[i] belongs to columns[i]

    // The position of `column` in `columns`, -1 when the block does not have it.
    qsizetype indexOf(AssetColumn column) const { return columns.indexOf(column); }
    QString id(qsizetype row) const { return ids.text(row); }
    QString value(qsizetype row, qsizetype columnIndex) const;
    // Adds how often each text occurs in the column at `columnIndex` to `counts` (empty texts too).
    void countValues(qsizetype columnIndex, QHash<QString, qint64> &counts) const;
    qsizetype byteSize() const;

    // The rows of a Rows-form page in this form.
    static std::shared_ptr<const AssetBlock> fromRows(const QList<AssetColumn> &columns,
                                                      const std::vector<AssetRow> &rows);
};

} // namespace rz
