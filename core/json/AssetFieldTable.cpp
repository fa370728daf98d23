// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: rzconsole contributors
#include "json/AssetFieldTable.h"

#include <algorithm>

namespace rz::json {

AssetFieldTable::AssetFieldTable(const QList<AssetColumn> &columns) {
    for (qsizetype i = 0; i < columns.size(); ++i) {
        const AssetColumnInfo &info = assetColumnInfo(columns[i]);
        m_slots.push_back(
            {std::string_view(info.field.data(), std::size_t(info.field.size())), i, info.kind});
    }
    std::stable_sort(m_slots.begin(), m_slots.end(), [](const AssetFieldSlot &a, const AssetFieldSlot &b) {
        return a.field.size() != b.field.size() ? a.field.size() < b.field.size() : a.field < b.field;
    });
    m_ranges.fill({0, 0});
    for (std::size_t i = 0; i < m_slots.size(); ++i) {
        auto &range = m_ranges[std::min(m_slots[i].field.size(), maxLength)];
        if (range.first == range.second)
            range.first = i;
        range.second = i + 1;
    }
}

std::pair<const AssetFieldSlot *, const AssetFieldSlot *> AssetFieldTable::find(std::string_view key) const {
    const auto [from, to] = m_ranges[std::min(key.size(), maxLength)];
    for (std::size_t i = from; i < to; ++i) {
        if (m_slots[i].field != key)
            continue;
        std::size_t end = i + 1;
        while (end < to && m_slots[end].field == key)
            ++end;
        return {m_slots.data() + i, m_slots.data() + end};
    }
    return {nullptr, nullptr};
}

} // namespace rz::json
