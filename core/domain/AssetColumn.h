// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: rzconsole contributors
#pragma once

#include <QLatin1StringView>
#include <QList>
#include <optional>

namespace rz {

// The asset fields the console can show as columns. Each maps to one field of the spec's Asset, which is also
// the name sent in `fields=`. Ends in a count sentinel.
enum class AssetColumn : quint8 {
    Addresses,
    Names,
    Type,
    Os,
    OsVersion,
    Hardware,
    Macs,
    MacVendors,
    Alive,
    FirstSeen,
    LastSeen,
    SiteName,
    Tags,
    ServiceCount,
    TcpPorts,
    UdpPorts,
    Domains,
    Risk,
    Count
};

// How a column's value is typed, which decides how it is displayed and sorted.
enum class ValueKind : quint8 { Text, List, Bool, Time, Integer, Address };

struct AssetColumnInfo {
    AssetColumn column{};
    QLatin1StringView field; // the spec's field name, e.g. "os_version"
    ValueKind kind{};
};

const AssetColumnInfo &assetColumnInfo(AssetColumn column);
std::optional<AssetColumn> assetColumnFromField(QLatin1StringView field);
QList<AssetColumn> allAssetColumns();
QList<AssetColumn> defaultAssetColumns();

} // namespace rz
