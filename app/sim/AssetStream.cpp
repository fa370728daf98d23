// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: rzconsole contributors
#include "sim/AssetStream.h"

#include "sim/AssetCsv.h"
#include "sim/AssetSource.h"

namespace rz::sim {

AssetStream::AssetStream(const AssetSource &source, SearchQuery query, FieldSelection fields, Format format)
    : m_source(source)
    , m_query(std::move(query))
    , m_fields(std::move(fields))
    , m_format(format) {}

bool AssetStream::next(QByteArray &out, qsizetype budget) {
    const qsizetype target = out.size() + budget;
    if (!m_started) {
        m_started = true;
        if (m_format == Format::JsonArray)
            out.append('[');
        else if (m_format == Format::Csv)
            AssetCsv::appendHeader(out);
    }
    const qint64 total = m_source.count();
    while (m_index < total && out.size() < target) {
        m_source.load(m_index++, m_record);
        if (!m_query.matches(m_record))
            continue;
        switch (m_format) {
        case Format::JsonArray:
            if (m_wroteAsset)
                out.append(',');
            m_source.writeJson(m_record, m_fields, out);
            break;
        case Format::JsonLines:
            m_source.writeJson(m_record, m_fields, out);
            out.append('\n');
            break;
        case Format::Csv:
            AssetCsv::appendRow(m_record, out);
            break;
        }
        m_wroteAsset = true;
    }
    if (m_index < total)
        return true;
    if (m_format == Format::JsonArray)
        out.append(']');
    return false;
}

} // namespace rz::sim
