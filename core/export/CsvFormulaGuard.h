// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: rzconsole contributors
#pragma once

#include "export/CsvTable.h"

#include <QChar>
#include <QStringView>

namespace rz {

// The spreadsheet formula guard ("CSV injection"). Asset data comes from the network, so a host could name
// itself `=HYPERLINK(...)` or `@SUM(...)`, and a spreadsheet that opens the export would run it.
//
// The rule, following OWASP's advice on CSV injection: a cell whose text (as written, i.e. after multi-value
// joints were replaced) starts with one of
//     =   +   -   @   TAB (U+0009)   CR (U+000D)
// is neutralised by prefixing a single quote ', which spreadsheets take as "this is text" and which leaves
// the rest of the cell as it was. Nothing else is changed; no other character triggers the guard.
//
// One exception: in a Number column, a cell that is a plain decimal number — an optional '-', digits, and an
// optional '.' followed by digits, nothing else (e.g. "-5", "-0.25") — is written as is. A spreadsheet reads
// it as a number, never as a formula, and prefixing it would turn the number into text. A Number cell with
// anything more (e.g. "-5+1", "-1e3", "+5") is guarded like any other cell.
class CsvFormulaGuard final {
public:
    CsvFormulaGuard() = delete;

    // Whether a cell needs the prefix. `firstChar` is the first character of the cell as it will be written
    // (which differs from text.front() when a List cell starts with a joint); `text` is the cell's canonical
    // text.
    static bool applies(QChar firstChar, QStringView text, CsvColumnKind kind);
    static bool isTrigger(QChar c);
    static bool isPlainNumber(QStringView text);

    static constexpr char prefix = '\'';
};

} // namespace rz
