// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: rzconsole contributors
#include "sim/ItemStream.h"

#include "sim/AssetSource.h"

namespace rz::sim {

ItemStream::ItemStream(const AssetSource &source, SearchQuery query, std::unique_ptr<InventoryItems> items,
                       FieldSelection fields, Format format)
    : m_source(source)
    , m_query(std::move(query))
    , m_items(std::move(items))
    , m_fields(std::move(fields))
    , m_format(format) {}

bool ItemStream::next(QByteArray &out, qsizetype budget) {
    const qsizetype target = out.size() + budget;
    if (!m_started) {
        m_started = true;
        if (m_format == Format::JsonArray)
            out.append('[');
        else if (m_format == Format::Csv)
            ItemRow::writeCsvHeader(m_items->columns(), out);
    }
    const qint64 total = m_source.count();
    while (m_index < total && out.size() < target) {
        m_source.load(m_index++, m_record);
        if (!m_query.matches(m_record))
            continue;
        const int count = m_items->count(m_record);
        for (int item = 0; item < count; ++item) {
            m_items->fill(m_record, item, m_row);
            switch (m_format) {
            case Format::JsonArray:
                if (m_wroteItem)
                    out.append(',');
                m_row.writeJson(m_fields, out);
                break;
            case Format::JsonLines:
                m_row.writeJson(m_fields, out);
                out.append('\n');
                break;
            case Format::Csv:
                m_row.writeCsv(out);
                break;
            }
            m_wroteItem = true;
        }
    }
    if (m_index < total)
        return true;
    if (m_format == Format::JsonArray)
        out.append(']');
    return false;
}

} // namespace rz::sim
