// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: rzconsole contributors
#pragma once

#include "export/CsvTable.h"

#include <QList>
#include <QString>
#include <vector>

namespace rz {

// A CsvTable that holds its own text: filled row by row, then shared read-only (e.g. as
// std::shared_ptr<const CsvTextTable>) with an export. The cells lie back to back in one string with a flat
// vector of end offsets, so a million rows cost no allocation per cell.
class CsvTextTable final : public CsvTable {
public:
    struct Column {
        QString title;
        CsvColumnKind kind = CsvColumnKind::Text;
    };

    explicit CsvTextTable(QList<Column> columns);

    // Makes room for `rows` rows of about `charsPerRow` characters in total.
    void reserve(qsizetype rows, qsizetype charsPerRow);
    // Appends one row; a missing trailing cell is empty, cells beyond the column count are ignored.
    void appendRow(const QList<QString> &cells);

    qsizetype rowCount() const override;
    int columnCount() const override;
    QString columnTitle(int column) const override;
    CsvColumnKind columnKind(int column) const override;
    QStringView cell(qsizetype row, int column) const override;

private:
    QList<Column> m_columns;
    QString m_text;
    std::vector<qsizetype> m_ends; // m_ends[k]: where cell k (row-major) ends; it starts where cell k-1 ends
    qsizetype m_rowCount = 0;
};

} // namespace rz
