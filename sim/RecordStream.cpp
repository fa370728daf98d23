// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: rzconsole contributors
#include "sim/RecordStream.h"

#include "sim/AssetSource.h"

namespace rz::sim {

RecordStream::RecordStream(const AssetSource &source, SearchQuery query, Format format)
    : m_source(source)
    , m_query(std::move(query))
    , m_format(format) {}

bool RecordStream::next(QByteArray &out, qsizetype budget) {
    const qsizetype target = out.size() + budget;
    if (!m_started) {
        m_started = true;
        if (m_format == Format::JsonArray)
            out.append('[');
        else if (m_format == Format::Csv)
            writeCsvHeader(out);
    }
    const qint64 total = m_source.count();
    while (m_index < total && out.size() < target) {
        m_source.load(m_index++, m_asset);
        if (!m_query.matches(m_asset))
            continue;
        const int count = recordCount(m_asset);
        for (int record = 0; record < count; ++record) {
            switch (m_format) {
            case Format::JsonArray:
                if (m_wroteRecord)
                    out.append(',');
                writeJson(m_asset, record, out);
                break;
            case Format::JsonLines:
                writeJson(m_asset, record, out);
                out.append('\n');
                break;
            case Format::Csv:
                writeCsv(m_asset, record, out);
                break;
            }
            m_wroteRecord = true;
        }
    }
    if (m_index < total)
        return true;
    if (m_format == Format::JsonArray)
        out.append(']');
    return false;
}

} // namespace rz::sim
