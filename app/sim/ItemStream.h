// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: rzconsole contributors
#pragma once

#include "sim/AssetRecord.h"
#include "sim/FieldSelection.h"
#include "sim/InventoryItems.h"
#include "sim/ItemRow.h"
#include "sim/SearchQuery.h"
#include "sim/SimResponse.h"

#include <memory>

namespace rz::sim {

class AssetSource;

// An unpaged service, software or vulnerability export (bare JSON array, JSON lines or CSV with a header)
// produced a slice at a time as the socket drains, like AssetStream: the records of the assets that match
// the search, asset by asset.
class ItemStream final : public BodyStream {
public:
    enum class Format { JsonArray, JsonLines, Csv };

    ItemStream(const AssetSource &source, SearchQuery query, std::unique_ptr<InventoryItems> items,
               FieldSelection fields, Format format);
    bool next(QByteArray &out, qsizetype budget) override;

private:
    const AssetSource &m_source;
    SearchQuery m_query;
    std::unique_ptr<InventoryItems> m_items;
    FieldSelection m_fields;
    Format m_format;
    AssetRecord m_record;
    ItemRow m_row;
    qint64 m_index = 0;
    bool m_started = false;
    bool m_wroteItem = false;
};

} // namespace rz::sim
