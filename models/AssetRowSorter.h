// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: rzconsole contributors
#pragma once

#include "models/AssetStore.h"

#include <Qt>

#include <atomic>
#include <vector>

namespace rz {

// Sorts store rows by one column's raw value: addresses as addresses (IPv4, then IPv6, numerically, then
// other text), times as times, counts as numbers, flags false before true, and text by its case-folded
// characters. Stable: rows with equal values keep their load order, in either direction. Empty values, times
// of 0 ("never") and numbers that do not fit 64 bits come last in either direction.
//
// Made for a million rows on a worker thread: every row gets a fixed-size key (a class, then 16 bytes: the
// number, the address, or the first eight folded characters of the text), the keys are sorted as integers,
// and only runs of equal text prefixes are looked at again, eight characters further on.
class AssetRowSorter final {
public:
    AssetRowSorter() = delete;

    // Sorts `rows` (store rows, in increasing order) by the column at `section`. Returns false, with `rows`
    // in an unspecified order, when `cancel` became true on the way.
    static bool sort(const AssetStore &store, int section, Qt::SortOrder order, std::vector<quint32> &rows,
                     const std::atomic<bool> &cancel);
};

} // namespace rz
