// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: rzconsole contributors
#pragma once

#include "sim/FieldSelection.h"
#include "sim/RecordStream.h"

namespace rz::sim {

// An unpaged asset export: one record per matching asset, with the selected fields (JSON) or the fixed CSV
// columns.
class AssetStream final : public RecordStream {
public:
    AssetStream(const AssetSource &source, SearchQuery query, FieldSelection fields, Format format);

private:
    void writeCsvHeader(QByteArray &out) override;
    int recordCount(const AssetRecord &asset) override;
    void writeJson(const AssetRecord &asset, int index, QByteArray &out) override;
    void writeCsv(const AssetRecord &asset, int index, QByteArray &out) override;

    FieldSelection m_fields;
};

} // namespace rz::sim
