// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: rzconsole contributors
#include "domain/AssetRow.h"

namespace rz {

QString AssetPage::value(qsizetype row, AssetColumn column) const {
    const qsizetype index = columns.indexOf(column);
    if (block)
        return block->value(row, block->indexOf(column));
    if (row < 0 || row >= qsizetype(rows.size()) || index < 0)
        return {};
    const AssetRow &values = rows[std::size_t(row)];
    return index < values.values.size() ? values.values.at(index) : QString();
}

void AssetPage::countValues(AssetColumn column, QHash<QString, qint64> &counts) const {
    if (block) {
        block->countValues(block->indexOf(column), counts);
        return;
    }
    const qsizetype index = columns.indexOf(column);
    for (const AssetRow &row : rows)
        ++counts[index >= 0 && index < row.values.size() ? row.values.at(index) : QString()];
}

} // namespace rz
