// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: rzconsole contributors
#pragma once

#include "sim/AssetRecord.h"
#include "sim/SearchQuery.h"
#include "sim/SimResponse.h"

namespace rz::sim {

class AssetSource;

// An unpaged export (bare JSON array, JSON lines, or CSV with a header) of the records that the assets
// matching a search give, produced a slice at a time as the socket drains, so that a million-asset export
// never sits in memory. Subclasses say how many records an asset gives and write each; the framing is here.
class RecordStream : public BodyStream {
public:
    enum class Format { JsonArray, JsonLines, Csv };

    RecordStream(const AssetSource &source, SearchQuery query, Format format);
    bool next(QByteArray &out, qsizetype budget) final;

protected:
    const AssetSource &source() const { return m_source; }

    virtual void writeCsvHeader(QByteArray &out) = 0;
    virtual int recordCount(const AssetRecord &asset) = 0;
    // Record `index` (below recordCount()) of `asset`, as one JSON object or one CSV line.
    virtual void writeJson(const AssetRecord &asset, int index, QByteArray &out) = 0;
    virtual void writeCsv(const AssetRecord &asset, int index, QByteArray &out) = 0;

private:
    const AssetSource &m_source;
    SearchQuery m_query;
    Format m_format;
    AssetRecord m_asset;
    qint64 m_index = 0;
    bool m_started = false;
    bool m_wroteRecord = false;
};

} // namespace rz::sim
