// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: rzconsole contributors
#pragma once

#include <QString>

namespace rz {

// How a CSV file is written. The output is always RFC 4180 with CRLF line ends, in UTF-8.
struct CsvOptions {
    // Starts the file with the UTF-8 byte-order mark, which spreadsheet programs need to read non-ASCII text
    // right (without it, some assume a legacy code page).
    bool byteOrderMark = true;
    // Writes the column titles as the first record.
    bool header = true;
    // Replaces the '\n' between the values of a List cell, e.g. "; ", ", ", or "\n" to keep one value per
    // line inside a quoted cell.
    QString multiValueSeparator = QStringLiteral("; ");
    // Neutralises cells that a spreadsheet would run as a formula (see CsvFormulaGuard).
    bool formulaGuard = true;
};

} // namespace rz
