// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: rzconsole contributors
#pragma once

#include "sim/InventoryItems.h"

namespace rz::sim {

// /export/org/services.*: one record per open TCP or UDP port of an asset (on its first address), shaped
// like the spec's Service: the service_* values, then the asset's own properties.
class ServiceItems final : public InventoryItems {
public:
    explicit ServiceItems(QByteArray organizationId);

    std::span<const char *const> columns() const override;
    int count(const AssetRecord &record) const override;
    void fill(const AssetRecord &record, int item, ItemRow &row) const override;

private:
    QByteArray m_organizationId;
};

} // namespace rz::sim
