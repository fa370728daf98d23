// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: rzconsole contributors
#pragma once

#include "sim/FieldSelection.h"
#include "sim/InventoryItems.h"
#include "sim/ItemRow.h"
#include "sim/RecordStream.h"

#include <memory>

namespace rz::sim {

// An unpaged service, software or vulnerability export: the records `items` makes of each matching asset.
class ItemStream final : public RecordStream {
public:
    ItemStream(const AssetSource &source, SearchQuery query, std::unique_ptr<InventoryItems> items,
               FieldSelection fields, Format format);

private:
    void writeCsvHeader(QByteArray &out) override;
    int recordCount(const AssetRecord &asset) override;
    void writeJson(const AssetRecord &asset, int index, QByteArray &out) override;
    void writeCsv(const AssetRecord &asset, int index, QByteArray &out) override;

    std::unique_ptr<InventoryItems> m_items;
    FieldSelection m_fields;
    ItemRow m_row;
};

} // namespace rz::sim
