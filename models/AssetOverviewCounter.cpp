// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: rzconsole contributors
#include "models/AssetOverviewCounter.h"

#include <QHash>
#include <QStringView>

#include <algorithm>
#include <cstring>
#include <utility>

namespace rz {

namespace {

// What one column has counted so far.
struct Counts {
    int section = -1; // in the store's columns; -1 when not loaded
    QHash<QString, qint64> byValue;
    qint64 unknown = 0;
};

template<typename Index> Index indexAt(const quint8 *indexes, qsizetype row) {
    Index index = 0;
    std::memcpy(&index, indexes + row * qsizetype(sizeof(Index)), sizeof(Index));
    return index;
}

// Adds, per pool entry, the rows of a block (those `visible` marks, or all when it is null).
template<typename Index>
void countIndexes(const AssetBlockColumn &cells, qsizetype rows, const quint8 *visible,
                  std::vector<qint64> &perEntry) {
    const quint8 *indexes = cells.indexes.data();
    if (!visible) {
        for (qsizetype row = 0; row < rows; ++row)
            ++perEntry[indexAt<Index>(indexes, row)];
        return;
    }
    for (qsizetype row = 0; row < rows; ++row) {
        if (visible[row])
            ++perEntry[indexAt<Index>(indexes, row)];
    }
}

void countPooled(const AssetBlockColumn &cells, qsizetype rows, const quint8 *visible, Counts &counts,
                 std::vector<qint64> &perEntry) {
    perEntry.assign(std::size_t(cells.pool.size()), 0);
    switch (cells.indexWidth) {
    case 1:
        countIndexes<quint8>(cells, rows, visible, perEntry);
        break;
    case 2:
        countIndexes<quint16>(cells, rows, visible, perEntry);
        break;
    default:
        countIndexes<quint32>(cells, rows, visible, perEntry);
        break;
    }
    for (std::size_t entry = 0; entry < perEntry.size(); ++entry) {
        const qint64 n = perEntry[entry];
        if (n == 0)
            continue;
        const QString &value = cells.pool.at(qsizetype(entry));
        if (value.isEmpty())
            counts.unknown += n;
        else
            counts.byValue[value] += n;
    }
}

// Texts back to back: counted by view within the block, then added up by text.
void countTexts(const AssetBlockColumn &cells, qsizetype rows, const quint8 *visible, Counts &counts) {
    QHash<QStringView, qint64> local;
    for (qsizetype row = 0; row < rows; ++row) {
        if (visible && !visible[row])
            continue;
        const QStringView value = cells.view(row);
        if (value.isEmpty())
            ++counts.unknown;
        else
            ++local[value];
    }
    for (auto it = local.cbegin(); it != local.cend(); ++it)
        counts.byValue[it.key().toString()] += it.value();
}

// Numbers and ids: rare here, counted by their text.
void countOthers(const AssetBlockColumn &cells, qsizetype rows, const quint8 *visible, Counts &counts) {
    for (qsizetype row = 0; row < rows; ++row) {
        if (visible && !visible[row])
            continue;
        if (cells.isEmpty(row))
            ++counts.unknown;
        else
            ++counts.byValue[cells.text(row)];
    }
}

AssetTally tallyOf(AssetColumn column, Counts &counts, int top) {
    AssetTally tally;
    tally.column = column;
    tally.loaded = counts.section >= 0;
    if (!tally.loaded)
        return tally;
    std::vector<std::pair<QString, qint64>> values;
    values.reserve(std::size_t(counts.byValue.size()));
    for (auto it = counts.byValue.cbegin(); it != counts.byValue.cend(); ++it)
        values.emplace_back(it.key(), it.value());
    // Most frequent first; ties in a fixed order, so that equal counts give equal charts.
    std::sort(values.begin(), values.end(), [](const auto &a, const auto &b) {
        if (a.second != b.second)
            return a.second > b.second;
        const int folded = a.first.compare(b.first, Qt::CaseInsensitive);
        return folded != 0 ? folded < 0 : a.first < b.first;
    });
    tally.distinct = qint64(values.size());
    // "Other" stands for two values or more: one value alone is shown as itself.
    const std::size_t shown = values.size() <= std::size_t(top) + 1 ? values.size() : std::size_t(top);
    for (std::size_t i = 0; i < shown; ++i) {
        tally.entries.append({AssetTallyEntry::Kind::Value, values[i].first, values[i].second, 1});
        tally.total += values[i].second;
    }
    if (shown < values.size()) {
        AssetTallyEntry other{AssetTallyEntry::Kind::Other, QString(), 0, qint64(values.size() - shown)};
        for (std::size_t i = shown; i < values.size(); ++i)
            other.count += values[i].second;
        tally.total += other.count;
        tally.entries.append(std::move(other));
    }
    if (counts.unknown > 0) {
        tally.entries.append({AssetTallyEntry::Kind::Unknown, QString(), counts.unknown, 1});
        tally.total += counts.unknown;
    }
    return tally;
}

} // namespace

std::optional<AssetOverview> AssetOverviewCounter::count(const AssetViewSnapshot &snapshot,
                                                         const QList<AssetColumn> &columns, int top,
                                                         const std::atomic<bool> &cancel) {
    const AssetStore &store = snapshot.store;
    top = std::max(top, 1);
    std::vector<Counts> counts(std::size_t(columns.size()));
    for (std::size_t i = 0; i < counts.size(); ++i)
        counts[i].section = int(store.columns().indexOf(columns.at(qsizetype(i))));

    // A mark per store row for a filtered view, so that each block is read front to back whatever the order.
    std::vector<quint8> marks;
    if (!snapshot.allRows) {
        marks.assign(std::size_t(store.rowCount()), 0);
        for (const quint32 row : snapshot.rows) {
            if (row < marks.size())
                marks[row] = 1;
        }
    }

    std::vector<qint64> perEntry;
    for (int segment = 0; segment < store.segmentCount(); ++segment) {
        if (cancel.load(std::memory_order_relaxed))
            return std::nullopt;
        const qsizetype rows = store.block(segment).rows;
        const quint8 *visible = snapshot.allRows ? nullptr : marks.data() + store.firstRow(segment);
        qint64 shown = -1; // rows of this block in view, counted when a column lacks the block
        for (Counts &column : counts) {
            if (column.section < 0)
                continue;
            const AssetBlockColumn *cells = store.column(segment, column.section);
            if (!cells) {
                if (shown < 0)
                    shown = visible ? qint64(std::count(visible, visible + rows, quint8(1))) : qint64(rows);
                column.unknown += shown;
                continue;
            }
            switch (cells->storage) {
            case AssetBlockColumn::Storage::Pooled:
                countPooled(*cells, rows, visible, column, perEntry);
                break;
            case AssetBlockColumn::Storage::Text:
                countTexts(*cells, rows, visible, column);
                break;
            case AssetBlockColumn::Storage::Number:
            case AssetBlockColumn::Storage::Uuid:
                countOthers(*cells, rows, visible, column);
                break;
            }
        }
    }

    AssetOverview overview;
    overview.visibleRows = snapshot.visibleRowCount();
    overview.loadedRows = store.rowCount();
    overview.filter = snapshot.filter;
    overview.tallies.reserve(columns.size());
    for (std::size_t i = 0; i < counts.size(); ++i)
        overview.tallies.append(tallyOf(columns.at(qsizetype(i)), counts[i], top));
    return overview;
}

} // namespace rz
