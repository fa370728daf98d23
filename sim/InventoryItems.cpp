// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: rzconsole contributors
#include "sim/InventoryItems.h"

#include "sim/AssetRecord.h"
#include "sim/ItemRow.h"
#include "sim/ServiceItems.h"
#include "sim/SoftwareItems.h"
#include "sim/VulnerabilityItems.h"

namespace rz::sim {

std::unique_ptr<InventoryItems> InventoryItems::create(Kind kind, QByteArray organizationId) {
    switch (kind) {
    case Kind::Services:
        return std::make_unique<ServiceItems>(std::move(organizationId));
    case Kind::Software:
        return std::make_unique<SoftwareItems>(std::move(organizationId));
    case Kind::Vulnerabilities:
        return std::make_unique<VulnerabilityItems>(std::move(organizationId));
    }
    return nullptr;
}

const char *InventoryItems::pathName(Kind kind) {
    switch (kind) {
    case Kind::Services:
        return "services";
    case Kind::Software:
        return "software";
    case Kind::Vulnerabilities:
        return "vulnerabilities";
    }
    return "";
}

void InventoryItems::addAssetProperties(const AssetRecord &record, QByteArrayView organizationId,
                                        ItemRow &row) {
    const auto list = [&record, &row](const char *name, const QVarLengthArray<TextSpan, 4> &items) {
        row.beginList(name);
        for (const TextSpan span : items)
            row.item(record.text(span));
    };
    row.text("id", record.text(record.id));
    row.integer("created_at", record.firstSeen);
    row.integer("updated_at", record.lastSeen);
    row.text("organization_id", organizationId);
    row.text("site_id", record.text(record.siteId));
    row.boolean("alive", record.alive);
    row.integer("first_seen", record.firstSeen);
    row.integer("last_seen", record.lastSeen);
    row.text("site_name", record.text(record.siteName));
    row.text("type", record.text(record.type));
    row.text("os", record.text(record.os));
    row.text("os_version", record.text(record.osVersion));
    row.text("hw", record.text(record.hw));
    list("addresses", record.addresses);
    list("macs", record.macs);
    list("names", record.names);
}

} // namespace rz::sim
