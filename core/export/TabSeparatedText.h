// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: rzconsole contributors
#pragma once

#include <QString>

namespace rz {

class CsvTable;
struct CsvSelection;

// The text a Ctrl+C of table cells puts on the clipboard: one line per row, cells separated by TAB, lines
// joined by '\n' (no line end after the last). A TAB, CR or LF inside a cell becomes a space (CR LF one
// space), so that every cell stays one cell when pasted; List values are therefore joined by a space.
class TabSeparatedText final {
public:
    enum class Header { Omit, Include };
    // Pasting into a spreadsheet runs formulas just as opening a CSV does, so the guard is on unless turned
    // off.
    enum class FormulaGuard { On, Off };

    TabSeparatedText() = delete;

    static QString fromSelection(const CsvTable &table, const CsvSelection &selection,
                                 Header header = Header::Omit, FormulaGuard guard = FormulaGuard::On);
};

} // namespace rz
