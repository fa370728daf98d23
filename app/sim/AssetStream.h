// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: rzconsole contributors
#pragma once

#include "sim/AssetRecord.h"
#include "sim/FieldSelection.h"
#include "sim/SearchQuery.h"
#include "sim/SimResponse.h"

namespace rz::sim {

class AssetSource;

// An unpaged export (bare JSON array, JSON lines or CSV) produced a slice at a time as the socket drains, so
// a million-asset export never sits in memory.
class AssetStream final : public BodyStream {
public:
    enum class Format { JsonArray, JsonLines, Csv };

    AssetStream(const AssetSource &source, SearchQuery query, FieldSelection fields, Format format);
    bool next(QByteArray &out, qsizetype budget) override;

private:
    const AssetSource &m_source;
    SearchQuery m_query;
    FieldSelection m_fields;
    Format m_format;
    AssetRecord m_record;
    qint64 m_index = 0;
    bool m_started = false;
    bool m_wroteAsset = false;
};

} // namespace rz::sim
