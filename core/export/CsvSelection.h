// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: rzconsole contributors
#pragma once

#include <QList>
#include <vector>

namespace rz {

class CsvTable;

// What to write of a CsvTable, in which order: the table's column indexes and row indexes as the view shows
// them (sorted, filtered, or a selection). Every index must be within the table.
struct CsvSelection {
    QList<int> columns;
    std::vector<qsizetype> rows;

    // Every column and every row, in the table's order.
    static CsvSelection all(const CsvTable &table);
    bool fits(const CsvTable &table) const;
};

} // namespace rz
