// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: rzconsole contributors
#pragma once

#include "domain/AssetColumn.h"

#include <QList>

#include <array>
#include <string_view>
#include <utility>
#include <vector>

namespace rz::json {

// Where a wanted asset field goes: its name, its position in the page's columns and its kind.
struct AssetFieldSlot {
    std::string_view field;
    qsizetype index;
    ValueKind kind;
};

// The fields an asset page parser wants, grouped by name length so that a key is compared only with the
// fields as long as it (an export carries many fields that are not wanted). A column asked twice has two
// slots.
class AssetFieldTable final {
public:
    explicit AssetFieldTable(const QList<AssetColumn> &columns);

    // The slots of `key`, next to each other; an empty range when it is not wanted.
    std::pair<const AssetFieldSlot *, const AssetFieldSlot *> find(std::string_view key) const;

private:
    static constexpr std::size_t maxLength = 63; // and longer
    std::vector<AssetFieldSlot> m_slots;
    std::array<std::pair<std::size_t, std::size_t>, maxLength + 1> m_ranges{};
};

} // namespace rz::json
