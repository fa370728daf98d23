// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: rzconsole contributors
#include "sim/AssetStream.h"

#include "sim/AssetCsv.h"
#include "sim/AssetSource.h"

namespace rz::sim {

AssetStream::AssetStream(const AssetSource &source, SearchQuery query, FieldSelection fields, Format format)
    : RecordStream(source, std::move(query), format)
    , m_fields(std::move(fields)) {}

void AssetStream::writeCsvHeader(QByteArray &out) {
    AssetCsv::appendHeader(out);
}

int AssetStream::recordCount(const AssetRecord &) {
    return 1;
}

void AssetStream::writeJson(const AssetRecord &asset, int, QByteArray &out) {
    source().writeJson(asset, m_fields, out);
}

void AssetStream::writeCsv(const AssetRecord &asset, int, QByteArray &out) {
    AssetCsv::appendRow(asset, out);
}

} // namespace rz::sim
