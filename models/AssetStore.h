// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: rzconsole contributors
#pragma once

#include "domain/AssetBlock.h"

#include <QList>

#include <memory>
#include <vector>

namespace rz {

// The rows of one load, held as the blocks they arrived in, and the columns they are shown in.
//
// A copy shares the blocks, which never change, so copying is cheap (a few bytes per block) and a copy is a
// snapshot: a worker thread may read it while the original keeps growing on the GUI thread.
class AssetStore final {
public:
    struct Location {
        int segment = -1;  // which appended block
        qsizetype row = 0; // the row within it
    };

    AssetStore() = default;
    explicit AssetStore(QList<AssetColumn> columns);

    const QList<AssetColumn> &columns() const { return m_columns; }
    qint64 rowCount() const { return m_rows; }
    int segmentCount() const { return int(m_segments.size()); }
    const AssetBlock &block(int segment) const { return *m_segments[std::size_t(segment)].block; }
    qint64 firstRow(int segment) const { return m_segments[std::size_t(segment)].firstRow; }
    // The cells of `section` (a position in columns()) in a block; nullptr when the block lacks the column.
    const AssetBlockColumn *column(int segment, int section) const {
        return m_segments[std::size_t(segment)].columns[std::size_t(section)];
    }

    // Appends the rows of `block`; its columns are matched to this store's by name, in any order.
    void append(std::shared_ptr<const AssetBlock> block);
    // Removes every row; the columns stay.
    void clear();

    // Where row `row` (0 <= row < rowCount()) is.
    Location locate(qint64 row) const;
    QString id(qint64 row) const;
    // The canonical text of a cell.
    QString text(qint64 row, int section) const;
    // Resident bytes of the rows, for diagnostics.
    qsizetype byteSize() const;

private:
    static constexpr int directoryShift = 10;

    struct Segment {
        std::shared_ptr<const AssetBlock> block;
        qint64 firstRow = 0;
        std::vector<const AssetBlockColumn *> columns; // per section, into `block`
    };

    QList<AssetColumn> m_columns;
    std::vector<Segment> m_segments;
    // m_directory[k]: the segment that holds row k << directoryShift, so that locate() searches only the few
    // segments between two entries, however small the blocks.
    std::vector<quint32> m_directory;
    qint64 m_rows = 0;
};

} // namespace rz
