// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: rzconsole contributors
#include "models/AssetRowOrder.h"

#include "models/AssetRowFilter.h"
#include "models/AssetRowSorter.h"

#include <numeric>

namespace rz {

AssetRowOrderResult AssetRowOrder::compute(const AssetStore &store, const AssetRowOrderSpec &spec,
                                           const AssetCellFormatter &formatter,
                                           const std::atomic<bool> &cancel) {
    AssetRowOrderResult result;
    result.coveredRows = store.rowCount();
    if (spec.needle.isEmpty()) {
        result.rows.resize(std::size_t(store.rowCount()));
        std::iota(result.rows.begin(), result.rows.end(), quint32(0));
    } else {
        AssetRowFilter filter(spec.needle, formatter);
        for (int segment = 0; segment < store.segmentCount(); ++segment) {
            if (cancel.load(std::memory_order_relaxed)) {
                result.cancelled = true;
                return result;
            }
            filter.filterSegment(store, segment, result.rows);
        }
    }
    if (spec.sortSection >= 0 &&
        !AssetRowSorter::sort(store, spec.sortSection, spec.order, result.rows, cancel))
        result.cancelled = true;
    return result;
}

std::vector<quint32> AssetRowOrder::filterFrom(const AssetStore &store, qint64 firstRow,
                                               AssetRowFilter *filter) {
    std::vector<quint32> rows;
    if (firstRow >= store.rowCount())
        return rows;
    if (!filter) {
        rows.resize(std::size_t(store.rowCount() - firstRow));
        std::iota(rows.begin(), rows.end(), quint32(firstRow));
        return rows;
    }
    for (int segment = store.locate(firstRow).segment; segment < store.segmentCount(); ++segment)
        filter->filterSegment(store, segment, rows);
    return rows;
}

} // namespace rz
