// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: rzconsole contributors
#include "sim/AssetField.h"

#include <array>

namespace rz::sim {

namespace {

constexpr std::array<const char *, kAssetFieldCount> kNames{
    "id",
    "created_at",
    "updated_at",
    "organization_id",
    "site_id",
    "alive",
    "last_seen",
    "first_seen",
    "detected_by",
    "type",
    "os_vendor",
    "os_product",
    "os_version",
    "os",
    "hw_vendor",
    "hw_product",
    "hw_version",
    "hw",
    "addresses",
    "addresses_extra",
    "macs",
    "mac_vendors",
    "names",
    "tags",
    "tag_descriptions",
    "domains",
    "services",
    "credentials",
    "rtts",
    "attributes",
    "service_count",
    "service_count_tcp",
    "service_count_udp",
    "service_count_arp",
    "service_count_icmp",
    "software_count",
    "vulnerability_count",
    "finding_count",
    "lowest_ttl",
    "lowest_rtt",
    "last_agent_id",
    "last_task_id",
    "first_task_id",
    "newest_mac",
    "newest_mac_vendor",
    "newest_mac_age",
    "comments",
    "service_ports_tcp",
    "service_ports_udp",
    "service_protocols",
    "service_products",
    "scanned",
    "sources",
    "source_ids",
    "eol_os",
    "eol_os_ext",
    "outlier_score",
    "risk",
    "risk_rank",
    "criticality",
    "criticality_rank",
    "org_name",
    "site_name",
    "agent_name",
    "hosted_zone_name",
    "owners",
};

} // namespace

QByteArrayView assetFieldName(AssetField field) {
    return QByteArrayView(kNames[static_cast<size_t>(field)]);
}

std::optional<AssetField> assetFieldFromName(QByteArrayView name) {
    for (int i = 0; i < kAssetFieldCount; ++i) {
        if (name == QByteArrayView(kNames[static_cast<size_t>(i)]))
            return static_cast<AssetField>(i);
    }
    return std::nullopt;
}

} // namespace rz::sim
