// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: rzconsole contributors
#include "models/AssetSnapshotTable.h"

#include <charconv>
#include <iterator>

namespace rz {

AssetSnapshotTable::AssetSnapshotTable(AssetStore store, QList<Column> columns, std::vector<quint32> rows)
    : m_store(std::move(store))
    , m_columns(std::move(columns))
    , m_rows(std::move(rows))
    , m_texts(
          std::make_unique<Texts[]>(std::size_t(m_store.segmentCount()) * std::size_t(m_columns.size()))) {}

AssetSnapshotTable::AssetSnapshotTable(AssetStore store, QList<Column> columns)
    : AssetSnapshotTable(std::move(store), std::move(columns), {}) {
    m_allRows = true;
}

AssetSnapshotTable::~AssetSnapshotTable() = default;

qsizetype AssetSnapshotTable::rowCount() const {
    return m_allRows ? qsizetype(m_store.rowCount()) : qsizetype(m_rows.size());
}

int AssetSnapshotTable::columnCount() const {
    return int(m_columns.size());
}

QString AssetSnapshotTable::columnTitle(int column) const {
    return m_columns.at(column).title;
}

CsvColumnKind AssetSnapshotTable::columnKind(int column) const {
    return m_columns.at(column).kind;
}

QStringView AssetSnapshotTable::cell(qsizetype row, int column) const {
    const qint64 storeRow = m_allRows ? row : qint64(m_rows[std::size_t(row)]);
    const AssetStore::Location at = m_store.locate(storeRow);
    const AssetBlockColumn *cells = m_store.column(at.segment, m_columns.at(column).section);
    if (!cells)
        return {};
    switch (cells->storage) {
    case AssetBlockColumn::Storage::Pooled:
    case AssetBlockColumn::Storage::Text:
        return cells->view(at.row);
    case AssetBlockColumn::Storage::Number:
    case AssetBlockColumn::Storage::Uuid:
        break;
    }
    return madeText(at.segment, column, *cells, at.row);
}

QStringView AssetSnapshotTable::madeText(int segment, int column, const AssetBlockColumn &cells,
                                         qsizetype row) const {
    Texts &texts = m_texts[std::size_t(segment) * std::size_t(m_columns.size()) + std::size_t(column)];
    std::call_once(texts.made, [&texts, &cells] {
        const qsizetype rows = cells.size();
        texts.ends.reserve(std::size_t(rows));
        if (cells.storage == AssetBlockColumn::Storage::Number) {
            texts.chars.reserve(rows * 12);
            for (qsizetype r = 0; r < rows; ++r) {
                const qint64 value = cells.number(r);
                if (value != AssetBlockColumn::noNumber) {
                    char digits[24];
                    const auto written = std::to_chars(std::begin(digits), std::end(digits), value);
                    texts.chars.append(QLatin1StringView(digits, written.ptr));
                }
                texts.ends.push_back(quint32(texts.chars.size()));
            }
            return;
        }
        for (qsizetype r = 0; r < rows; ++r) {
            texts.chars.append(cells.text(r));
            texts.ends.push_back(quint32(texts.chars.size()));
        }
    });
    const quint32 begin = row == 0 ? 0 : texts.ends[std::size_t(row) - 1];
    return QStringView(texts.chars).sliced(begin, texts.ends[std::size_t(row)] - begin);
}

} // namespace rz
