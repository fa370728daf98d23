// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: rzconsole contributors
#pragma once

#include <QByteArrayView>

#include <optional>

namespace rz::sim {

// The top-level keys of a generated asset, in the order they are written (the spec's Asset plus the extra
// keys real exports carry). Ends in a count sentinel.
enum class AssetField : int {
    Id,
    CreatedAt,
    UpdatedAt,
    OrganizationId,
    SiteId,
    Alive,
    LastSeen,
    FirstSeen,
    DetectedBy,
    Type,
    OsVendor,
    OsProduct,
    OsVersion,
    Os,
    HwVendor,
    HwProduct,
    HwVersion,
    Hw,
    Addresses,
    AddressesExtra,
    Macs,
    MacVendors,
    Names,
    Tags,
    TagDescriptions,
    Domains,
    Services,
    Credentials,
    Rtts,
    Attributes,
    ServiceCount,
    ServiceCountTcp,
    ServiceCountUdp,
    ServiceCountArp,
    ServiceCountIcmp,
    SoftwareCount,
    VulnerabilityCount,
    FindingCount,
    LowestTtl,
    LowestRtt,
    LastAgentId,
    LastTaskId,
    FirstTaskId,
    NewestMac,
    NewestMacVendor,
    NewestMacAge,
    Comments,
    ServicePortsTcp,
    ServicePortsUdp,
    ServiceProtocols,
    ServiceProducts,
    Scanned,
    Sources,
    SourceIds,
    EolOs,
    EolOsExt,
    OutlierScore,
    Risk,
    RiskRank,
    Criticality,
    CriticalityRank,
    OrgName,
    SiteName,
    AgentName,
    HostedZoneName,
    Owners,
    Count
};

constexpr int kAssetFieldCount = static_cast<int>(AssetField::Count);

QByteArrayView assetFieldName(AssetField field);
std::optional<AssetField> assetFieldFromName(QByteArrayView name);

} // namespace rz::sim
