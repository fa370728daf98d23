// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: rzconsole contributors
#pragma once

#include "sim/AssetSource.h"
#include "sim/GeneratedAsset.h"

namespace rz::sim {

// An organization's assets made on demand from (seed, organization, index): nothing is stored per asset, so a
// million assets cost no memory.
class GeneratedAssets final : public AssetSource {
public:
    explicit GeneratedAssets(GeneratedOrgContext context);

    qint64 count() const override;
    void load(qint64 index, AssetRecord &record) const override;
    void writeJson(const AssetRecord &record, const FieldSelection &fields, QByteArray &out) const override;
    std::optional<qint64> indexOfId(QByteArrayView id) const override;

private:
    GeneratedOrgContext m_context;
    quint64 m_idMask = 0;
};

} // namespace rz::sim
