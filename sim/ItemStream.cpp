// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: rzconsole contributors
#include "sim/ItemStream.h"

namespace rz::sim {

ItemStream::ItemStream(const AssetSource &source, SearchQuery query, std::unique_ptr<InventoryItems> items,
                       FieldSelection fields, Format format)
    : RecordStream(source, std::move(query), format)
    , m_items(std::move(items))
    , m_fields(std::move(fields)) {}

void ItemStream::writeCsvHeader(QByteArray &out) {
    ItemRow::writeCsvHeader(m_items->columns(), out);
}

int ItemStream::recordCount(const AssetRecord &asset) {
    return m_items->count(asset);
}

void ItemStream::writeJson(const AssetRecord &asset, int index, QByteArray &out) {
    m_items->fill(asset, index, m_row);
    m_row.writeJson(m_fields, out);
}

void ItemStream::writeCsv(const AssetRecord &asset, int index, QByteArray &out) {
    m_items->fill(asset, index, m_row);
    m_row.writeCsv(out);
}

} // namespace rz::sim
