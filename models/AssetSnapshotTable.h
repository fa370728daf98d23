// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: rzconsole contributors
#pragma once

#include "export/CsvTable.h"
#include "models/AssetStore.h"

#include <QList>

#include <memory>
#include <mutex>
#include <vector>

namespace rz {

// What an export of the asset view writes: chosen columns of chosen rows of a store snapshot, in a fixed
// order, with the canonical cell texts (see AssetRow). It shares the store's blocks, so taking it costs a
// copy of the row list at most; texts that the blocks hold as numbers are written out per block on first use.
// Immutable once made, and safe to read from any thread (CsvTable's contract).
class AssetSnapshotTable final : public CsvTable {
public:
    struct Column {
        int section = 0; // in the store's columns
        QString title;
        CsvColumnKind kind = CsvColumnKind::Text;
    };

    // The given store rows, in the given order.
    AssetSnapshotTable(AssetStore store, QList<Column> columns, std::vector<quint32> rows);
    // Every store row, in load order.
    AssetSnapshotTable(AssetStore store, QList<Column> columns);
    ~AssetSnapshotTable() override;

    qsizetype rowCount() const override;
    int columnCount() const override;
    QString columnTitle(int column) const override;
    CsvColumnKind columnKind(int column) const override;
    QStringView cell(qsizetype row, int column) const override;

private:
    // The texts of a block column whose cells are not stored as text (numbers, UUIDs).
    struct Texts {
        std::once_flag made;
        QString chars;
        std::vector<quint32> ends;
    };

    QStringView madeText(int segment, int column, const AssetBlockColumn &cells, qsizetype row) const;

    AssetStore m_store;
    QList<Column> m_columns;
    std::vector<quint32> m_rows;
    bool m_allRows = false;
    std::unique_ptr<Texts[]> m_texts; // per segment and column
};

} // namespace rz
