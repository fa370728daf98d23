// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: rzconsole contributors
#include "export/CsvTextTable.h"

#include <utility>

namespace rz {

CsvTextTable::CsvTextTable(QList<Column> columns)
    : m_columns(std::move(columns)) {}

void CsvTextTable::reserve(qsizetype rows, qsizetype charsPerRow) {
    m_text.reserve(m_text.size() + rows * charsPerRow);
    m_ends.reserve(m_ends.size() + std::size_t(rows) * std::size_t(m_columns.size()));
}

void CsvTextTable::appendRow(const QList<QString> &cells) {
    const qsizetype columns = m_columns.size();
    for (qsizetype i = 0; i < columns; ++i) {
        if (i < cells.size())
            m_text.append(cells.at(i));
        m_ends.push_back(m_text.size());
    }
    ++m_rowCount;
}

qsizetype CsvTextTable::rowCount() const {
    return m_rowCount;
}

int CsvTextTable::columnCount() const {
    return int(m_columns.size());
}

QString CsvTextTable::columnTitle(int column) const {
    return m_columns.at(column).title;
}

CsvColumnKind CsvTextTable::columnKind(int column) const {
    return m_columns.at(column).kind;
}

QStringView CsvTextTable::cell(qsizetype row, int column) const {
    Q_ASSERT(row >= 0 && row < m_rowCount && column >= 0 && column < m_columns.size());
    const std::size_t k = std::size_t(row) * std::size_t(m_columns.size()) + std::size_t(column);
    const qsizetype begin = k == 0 ? 0 : m_ends[k - 1];
    return QStringView(m_text).sliced(begin, m_ends[k] - begin);
}

} // namespace rz
