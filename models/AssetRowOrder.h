// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: rzconsole contributors
#pragma once

#include "models/AssetCellFormatter.h"
#include "models/AssetStore.h"

#include <QString>
#include <Qt>

#include <atomic>
#include <vector>

namespace rz {

class AssetRowFilter;

// Which rows of a store are visible, in which order: those whose display text contains the needle (all when
// it is empty), sorted by one column (in load order when sortSection is -1).
struct AssetRowOrderSpec {
    QString needle;
    int sortSection = -1;
    Qt::SortOrder order = Qt::AscendingOrder;

    bool isIdentity() const { return needle.isEmpty() && sortSection < 0; }
    bool operator==(const AssetRowOrderSpec &) const = default;
};

struct AssetRowOrderResult {
    qint64 coveredRows = 0;    // the store rows [0, coveredRows) that `rows` accounts for
    std::vector<quint32> rows; // the visible ones among them, in order
    bool cancelled = false;
};

// Computes visible rows; meant for a worker thread, on a snapshot (a copy) of the store.
class AssetRowOrder final {
public:
    AssetRowOrder() = delete;

    static AssetRowOrderResult compute(const AssetStore &store, const AssetRowOrderSpec &spec,
                                       const AssetCellFormatter &formatter, const std::atomic<bool> &cancel);
    // The rows from `firstRow` (where a block starts) on that `filter` keeps (all when it is null), in load
    // order.
    static std::vector<quint32> filterFrom(const AssetStore &store, qint64 firstRow, AssetRowFilter *filter);
};

} // namespace rz
