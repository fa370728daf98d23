// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: rzconsole contributors
#include "domain/AssetBlock.h"

#include "domain/AssetBlockBuilder.h"
#include "domain/AssetRow.h"

#include <cstring>

namespace rz {

namespace {

QString uuidText(const std::array<quint8, 16> &bytes) {
    static constexpr char16_t hex[] = u"0123456789abcdef";
    QString out(36, Qt::Uninitialized);
    char16_t *p = reinterpret_cast<char16_t *>(out.data());
    for (std::size_t i = 0; i < bytes.size(); ++i) {
        if (i == 4 || i == 6 || i == 8 || i == 10)
            *p++ = u'-';
        *p++ = hex[bytes[i] >> 4];
        *p++ = hex[bytes[i] & 0xF];
    }
    return out;
}

} // namespace

qsizetype AssetBlockColumn::size() const {
    switch (storage) {
    case Storage::Pooled:
        return qsizetype(indexes.size() / indexWidth);
    case Storage::Text:
        return qsizetype(ends.size());
    case Storage::Number:
        return qsizetype(numbers.size());
    case Storage::Uuid:
        return qsizetype(uuids.size());
    }
    return 0;
}

bool AssetBlockColumn::isEmpty(qsizetype row) const {
    switch (storage) {
    case Storage::Pooled:
        return poolIndex(row) == 0;
    case Storage::Text:
        return view(row).isEmpty();
    case Storage::Number:
        return number(row) == noNumber;
    case Storage::Uuid:
        return false;
    }
    return true;
}

quint32 AssetBlockColumn::poolIndex(qsizetype row) const {
    const std::size_t at = std::size_t(row) * indexWidth;
    switch (indexWidth) {
    case 1:
        return indexes[at];
    case 2: {
        quint16 index = 0;
        std::memcpy(&index, indexes.data() + at, sizeof index);
        return index;
    }
    default: {
        quint32 index = 0;
        std::memcpy(&index, indexes.data() + at, sizeof index);
        return index;
    }
    }
}

QStringView AssetBlockColumn::view(qsizetype row) const {
    if (storage == Storage::Pooled)
        return pool.at(poolIndex(row));
    if (storage != Storage::Text)
        return {};
    const quint32 begin = row == 0 ? 0 : ends[std::size_t(row) - 1];
    return QStringView(chars).sliced(begin, ends[std::size_t(row)] - begin);
}

QString AssetBlockColumn::text(qsizetype row) const {
    switch (storage) {
    case Storage::Pooled:
        return pool.at(poolIndex(row));
    case Storage::Text:
        return view(row).toString();
    case Storage::Number:
        return number(row) == noNumber ? QString() : QString::number(number(row));
    case Storage::Uuid:
        return uuidText(uuids[std::size_t(row)]);
    }
    return {};
}

qsizetype AssetBlockColumn::byteSize() const {
    qsizetype bytes = qsizetype(indexes.capacity() + ends.capacity() * sizeof(quint32) +
                                numbers.capacity() * sizeof(qint64) + uuids.capacity() * 16) +
                      chars.capacity() * 2;
    for (const QString &entry : pool)
        bytes += qsizetype(sizeof(QString)) + entry.capacity() * 2;
    return bytes;
}

QString AssetBlock::value(qsizetype row, qsizetype columnIndex) const {
    if (columnIndex < 0 || columnIndex >= qsizetype(cells.size()))
        return {};
    return cells[std::size_t(columnIndex)].text(row);
}

void AssetBlock::countValues(qsizetype columnIndex, QHash<QString, qint64> &counts) const {
    if (columnIndex < 0 || columnIndex >= qsizetype(cells.size())) {
        if (rows > 0)
            counts[QString()] += rows;
        return;
    }
    const AssetBlockColumn &column = cells[std::size_t(columnIndex)];
    if (column.storage != AssetBlockColumn::Storage::Pooled) {
        for (qsizetype row = 0; row < rows; ++row)
            ++counts[column.text(row)];
        return;
    }
    // Count per pool entry first: a page has few distinct values.
    std::vector<qint64> perEntry(std::size_t(column.pool.size()), 0);
    for (qsizetype row = 0; row < rows; ++row)
        ++perEntry[column.poolIndex(row)];
    for (std::size_t entry = 0; entry < perEntry.size(); ++entry) {
        if (perEntry[entry] > 0)
            counts[column.pool.at(qsizetype(entry))] += perEntry[entry];
    }
}

qsizetype AssetBlock::byteSize() const {
    qsizetype bytes = ids.byteSize();
    for (const AssetBlockColumn &column : cells)
        bytes += column.byteSize();
    return bytes;
}

std::shared_ptr<const AssetBlock> AssetBlock::fromRows(const QList<AssetColumn> &columns,
                                                       const std::vector<AssetRow> &rows) {
    AssetBlockBuilder builder(columns, qsizetype(rows.size()));
    for (const AssetRow &row : rows) {
        builder.setId(row.id);
        const qsizetype count = std::min(row.values.size(), columns.size());
        for (qsizetype i = 0; i < count; ++i)
            builder.setValue(i, row.values.at(i));
        builder.commitRow();
    }
    return builder.finish();
}

} // namespace rz
