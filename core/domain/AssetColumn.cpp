// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: rzconsole contributors
#include "domain/AssetColumn.h"

#include <array>

using namespace Qt::StringLiterals;

namespace rz {

namespace {

constexpr auto columnCount = static_cast<std::size_t>(AssetColumn::Count);

// Indexed by AssetColumn; the field names are the spec's Asset property names.
constexpr std::array<AssetColumnInfo, columnCount> catalogue{{
    {AssetColumn::Addresses, "addresses"_L1, ValueKind::Address},
    {AssetColumn::Names, "names"_L1, ValueKind::List},
    {AssetColumn::Type, "type"_L1, ValueKind::Text},
    {AssetColumn::Os, "os"_L1, ValueKind::Text},
    {AssetColumn::OsVersion, "os_version"_L1, ValueKind::Text},
    {AssetColumn::Hardware, "hw"_L1, ValueKind::Text},
    {AssetColumn::Macs, "macs"_L1, ValueKind::List},
    {AssetColumn::MacVendors, "mac_vendors"_L1, ValueKind::List},
    {AssetColumn::Alive, "alive"_L1, ValueKind::Bool},
    {AssetColumn::FirstSeen, "first_seen"_L1, ValueKind::Time},
    {AssetColumn::LastSeen, "last_seen"_L1, ValueKind::Time},
    {AssetColumn::SiteName, "site_name"_L1, ValueKind::Text},
    {AssetColumn::Tags, "tags"_L1, ValueKind::List},
    {AssetColumn::ServiceCount, "service_count"_L1, ValueKind::Integer},
    {AssetColumn::TcpPorts, "service_ports_tcp"_L1, ValueKind::List},
    {AssetColumn::UdpPorts, "service_ports_udp"_L1, ValueKind::List},
    {AssetColumn::Domains, "domains"_L1, ValueKind::List},
    {AssetColumn::Risk, "risk"_L1, ValueKind::Text},
}};

constexpr bool catalogueFollowsEnum() {
    for (std::size_t i = 0; i < columnCount; ++i) {
        if (static_cast<std::size_t>(catalogue[i].column) != i)
            return false;
    }
    return true;
}
static_assert(catalogueFollowsEnum(), "the catalogue must list the columns in enum order");

} // namespace

const AssetColumnInfo &assetColumnInfo(AssetColumn column) {
    const auto index = static_cast<std::size_t>(column);
    Q_ASSERT(index < columnCount);
    return catalogue[index < columnCount ? index : 0];
}

std::optional<AssetColumn> assetColumnFromField(QLatin1StringView field) {
    for (const AssetColumnInfo &info : catalogue) {
        if (info.field == field)
            return info.column;
    }
    return std::nullopt;
}

QList<AssetColumn> allAssetColumns() {
    QList<AssetColumn> columns;
    columns.reserve(qsizetype(columnCount));
    for (const AssetColumnInfo &info : catalogue)
        columns.append(info.column);
    return columns;
}

QList<AssetColumn> defaultAssetColumns() {
    // What an analyst scans first: where the asset is, what it is, whether it is up and how exposed it looks.
    return {AssetColumn::Addresses,    AssetColumn::Names,    AssetColumn::Type,  AssetColumn::Os,
            AssetColumn::Hardware,     AssetColumn::SiteName, AssetColumn::Alive, AssetColumn::LastSeen,
            AssetColumn::ServiceCount, AssetColumn::Risk};
}

} // namespace rz
