// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: rzconsole contributors
#include "export/CsvSelection.h"

#include "export/CsvTable.h"

#include <algorithm>
#include <numeric>

namespace rz {

CsvSelection CsvSelection::all(const CsvTable &table) {
    CsvSelection selection;
    selection.columns.resize(table.columnCount());
    std::iota(selection.columns.begin(), selection.columns.end(), 0);
    selection.rows.resize(std::size_t(table.rowCount()));
    std::iota(selection.rows.begin(), selection.rows.end(), qsizetype(0));
    return selection;
}

bool CsvSelection::fits(const CsvTable &table) const {
    const int columnCount = table.columnCount();
    const qsizetype rowCount = table.rowCount();
    return std::all_of(columns.cbegin(), columns.cend(),
                       [columnCount](int column) { return column >= 0 && column < columnCount; }) &&
           std::all_of(rows.cbegin(), rows.cend(),
                       [rowCount](qsizetype row) { return row >= 0 && row < rowCount; });
}

} // namespace rz
