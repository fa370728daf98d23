// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: rzconsole contributors
#include "models/AssetStore.h"

#include <algorithm>

namespace rz {

AssetStore::AssetStore(QList<AssetColumn> columns)
    : m_columns(std::move(columns)) {}

void AssetStore::append(std::shared_ptr<const AssetBlock> block) {
    if (!block || block->rows == 0)
        return;
    Segment segment;
    segment.firstRow = m_rows;
    segment.columns.reserve(std::size_t(m_columns.size()));
    for (const AssetColumn column : std::as_const(m_columns)) {
        const qsizetype index = block->indexOf(column);
        segment.columns.push_back(index < 0 ? nullptr : &block->cells[std::size_t(index)]);
    }
    m_rows += block->rows;
    segment.block = std::move(block);
    const auto index = quint32(m_segments.size());
    m_segments.push_back(std::move(segment));
    while ((qint64(m_directory.size()) << directoryShift) < m_rows)
        m_directory.push_back(index);
}

void AssetStore::clear() {
    m_segments.clear();
    m_directory.clear();
    m_rows = 0;
}

AssetStore::Location AssetStore::locate(qint64 row) const {
    Q_ASSERT(row >= 0 && row < m_rows);
    const std::size_t slot = std::size_t(row >> directoryShift);
    const auto from = m_segments.cbegin() + m_directory[slot];
    const auto to =
        slot + 1 < m_directory.size() ? m_segments.cbegin() + m_directory[slot + 1] + 1 : m_segments.cend();
    const auto after = std::upper_bound(
        from, to, row, [](qint64 r, const Segment &segment) { return r < segment.firstRow; });
    const auto segment = int(after - m_segments.cbegin()) - 1;
    return {segment, qsizetype(row - m_segments[std::size_t(segment)].firstRow)};
}

QString AssetStore::id(qint64 row) const {
    const Location at = locate(row);
    return block(at.segment).id(at.row);
}

QString AssetStore::text(qint64 row, int section) const {
    const Location at = locate(row);
    const AssetBlockColumn *cells = column(at.segment, section);
    return cells ? cells->text(at.row) : QString();
}

qsizetype AssetStore::byteSize() const {
    qsizetype bytes =
        qsizetype(m_directory.capacity() * sizeof(quint32) + m_segments.capacity() * sizeof(Segment));
    for (const Segment &segment : m_segments)
        bytes += segment.block->byteSize() + qsizetype(segment.columns.capacity() * sizeof(void *));
    return bytes;
}

} // namespace rz
