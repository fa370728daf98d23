// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: rzconsole contributors
#pragma once

#include "sim/InventoryItems.h"

namespace rz::sim {

// /export/org/software.*: shaped like the spec's Software. An asset's operating system (part "o") when it
// has one, then one record (part "a") per open port whose product the fingerprint names, e.g. OpenSSH on
// port 22. `id` is the asset's id, as in the service and vulnerability records.
class SoftwareItems final : public InventoryItems {
public:
    explicit SoftwareItems(QByteArray organizationId);

    std::span<const char *const> columns() const override;
    int count(const AssetRecord &record) const override;
    void fill(const AssetRecord &record, int item, ItemRow &row) const override;

private:
    QByteArray m_organizationId;
};

} // namespace rz::sim
