// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: rzconsole contributors
#pragma once

#include "models/AssetOverview.h"
#include "models/AssetViewSnapshot.h"

#include <atomic>
#include <optional>

namespace rz {

// Counts the visible rows of a view snapshot by the values of some columns; meant for a worker thread.
//
// Cheap at a million rows: a pooled column (type, OS, site, alive) is counted by pool index per block, and
// only each block's few distinct texts are then added up by text. Other storage forms are counted by text.
class AssetOverviewCounter final {
public:
    AssetOverviewCounter() = delete;

    // Per column of `columns` (in that order), a tally of the visible rows that keeps the `top` most frequent
    // values and sums up the rest as Other — unless only one value would be left for it — with the rows
    // without a value as Unknown. A column the snapshot's store lacks gets a tally with `loaded` false.
    // Nothing when `cancel` became true on the way.
    static std::optional<AssetOverview> count(const AssetViewSnapshot &snapshot,
                                              const QList<AssetColumn> &columns, int top,
                                              const std::atomic<bool> &cancel);
};

} // namespace rz
