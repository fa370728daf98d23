// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: rzconsole contributors
#pragma once

#include "domain/AssetBlock.h"
#include "domain/AssetColumn.h"

#include <QHash>
#include <QList>
#include <QString>
#include <memory>
#include <vector>

namespace rz {

// One asset reduced to the columns that were requested. `values[i]` belongs to `AssetPage::columns[i]` and is
// in a canonical text form by the column's ValueKind:
//   Text/Address: as sent;  List: items joined by '\n';  Bool: "true"/"false";
//   Time: Unix seconds in decimal;  Integer: decimal.  A missing or null field is an empty string.
// In detail (json/AssetPageParser): an array in any text-like column (Text, List, Address — so several
// addresses too) becomes its non-empty scalar items joined by '\n'; an object such as `tags` becomes
// "key=value" lines, or "key" alone when the value is empty. Integers are kept exactly as sent, also beyond
// 2^53 and 2^64; a fractional number in a Time or Integer column is cut to its whole part, and a Time sent as
// an ISO 8601 string is converted. A value of a type the column cannot hold (a list in a Bool column, "soon"
// in a Time column) is empty. Repeated short values within a page share one QString.
struct AssetRow {
    QString id;
    QList<QString> values;
};

// How a page holds its rows: as AssetRow values (easy to read) or as one AssetBlock (compact, what
// AssetTableModel keeps; no QString per cell).
enum class AssetPageForm : quint8 { Rows, Block };

// One page of an asset export: the rows and the key that fetches the next page (empty at the end). In the
// Rows form the rows are in `rows`; in the Block form they are in `block` (same columns) and `rows` is empty.
struct AssetPage {
    QList<AssetColumn> columns;
    std::vector<AssetRow> rows;
    std::shared_ptr<const AssetBlock> block;
    QString nextKey;

    qsizetype rowCount() const { return block ? block->rows : qsizetype(rows.size()); }
    // The canonical text of a cell, in either form; empty when the page lacks the column.
    QString value(qsizetype row, AssetColumn column) const;
    // Adds how often each text of `column` occurs to `counts`, in either form.
    void countValues(AssetColumn column, QHash<QString, qint64> &counts) const;
};

} // namespace rz
