// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: rzconsole contributors
#pragma once

#include "domain/AssetBlock.h"

#include <QList>
#include <QStringView>

#include <memory>
#include <string_view>
#include <vector>

namespace rz {

// Builds an AssetBlock row by row from canonical texts (UTF-8 as a parser sees them, or UTF-16).
//
// Each column starts in the form its kind suggests (times and counts as numbers; addresses, names, MACs and
// domains as text; everything else pooled) and falls back to text when its values do not fit that form: a
// number beyond 64 bits, an id that is not a UUID, or a pooled column where most values differ.
//
// Set the values of a row in any order, then commitRow(); a value set twice in a row replaces the first, a
// value not set is empty. discardRow() forgets the row being built. Not thread-safe; a builder may move
// between threads.
class AssetBlockBuilder final {
public:
    explicit AssetBlockBuilder(QList<AssetColumn> columns, qsizetype expectedRows = 0);
    ~AssetBlockBuilder();
    AssetBlockBuilder(const AssetBlockBuilder &) = delete;
    AssetBlockBuilder &operator=(const AssetBlockBuilder &) = delete;
    AssetBlockBuilder(AssetBlockBuilder &&) noexcept;
    AssetBlockBuilder &operator=(AssetBlockBuilder &&) noexcept;

    static AssetBlockColumn::Storage initialStorage(AssetColumn column);

    void setId(std::string_view utf8);
    void setId(QStringView text);
    // `column` is a position in the builder's columns.
    void setValue(qsizetype column, std::string_view utf8);
    void setValue(qsizetype column, QStringView text);
    void commitRow();
    void discardRow();
    qsizetype rowCount() const;

    // The block of the committed rows; the builder is empty afterwards.
    std::shared_ptr<AssetBlock> finish();

private:
    class ColumnBuilder;

    QList<AssetColumn> m_columns;
    std::vector<ColumnBuilder> m_cells;
    std::unique_ptr<ColumnBuilder> m_ids;
    qsizetype m_rows = 0;
};

} // namespace rz
