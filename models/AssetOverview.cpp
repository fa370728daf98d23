// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: rzconsole contributors
#include "models/AssetOverview.h"

#include <algorithm>

namespace rz {

qint64 AssetTally::countOf(const QString &value) const {
    const auto at = std::find_if(entries.cbegin(), entries.cend(), [&value](const AssetTallyEntry &entry) {
        return entry.kind == AssetTallyEntry::Kind::Value && entry.value == value;
    });
    return at == entries.cend() ? 0 : at->count;
}

qint64 AssetTally::countOf(AssetTallyEntry::Kind kind) const {
    const auto at = std::find_if(entries.cbegin(), entries.cend(),
                                 [kind](const AssetTallyEntry &entry) { return entry.kind == kind; });
    return at == entries.cend() ? 0 : at->count;
}

const AssetTally *AssetOverview::tally(AssetColumn column) const {
    const auto at = std::find_if(tallies.cbegin(), tallies.cend(),
                                 [column](const AssetTally &tally) { return tally.column == column; });
    return at == tallies.cend() ? nullptr : &*at;
}

} // namespace rz
