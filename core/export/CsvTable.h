// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: rzconsole contributors
#pragma once

#include "domain/AssetColumn.h"

#include <QString>
#include <QStringView>

namespace rz {

// How the CSV side treats a column's cells.
enum class CsvColumnKind : quint8 {
    Text,   // one value; a line break in it is kept (inside a quoted field)
    List,   // several values joined by '\n' (see AssetRow); the joints become CsvOptions::multiValueSeparator
    Number, // a decimal number; a plain negative number is not mistaken for a formula (see CsvFormulaGuard)
};

// The CSV treatment of an asset column's canonical text.
CsvColumnKind csvColumnKind(ValueKind kind);

// A read-only table of canonical cell texts that the CSV writer and the copy helper read, so that they need
// not know where the rows come from (a model snapshot, parsed pages, a test fake).
//
// An export reads it on a worker thread: an implementation handed to CsvExportJob must not change after it is
// shared (the job holds it as std::shared_ptr<const CsvTable>), and its const functions must be safe to call
// from any thread. The view that cell() returns stays valid as long as the table lives.
class CsvTable {
public:
    CsvTable() = default;
    virtual ~CsvTable();
    CsvTable(const CsvTable &) = delete;
    CsvTable &operator=(const CsvTable &) = delete;

    virtual qsizetype rowCount() const = 0;
    virtual int columnCount() const = 0;
    virtual QString columnTitle(int column) const = 0;
    virtual CsvColumnKind columnKind(int column) const = 0;
    virtual QStringView cell(qsizetype row, int column) const = 0;
};

} // namespace rz
