// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: rzconsole contributors
#pragma once

#include <QtGlobal>

#include <span>

namespace rz::sim {

// A port a generated asset may expose, with the service attributes runZero records for it.
struct PortSpec {
    quint16 port;
    bool udp;
    const char *protocol;
    const char *product;  // "" when runZero would not fingerprint one
    const char *extraKey; // one protocol-specific attribute of the service
    const char *extraValue;
};

// A kind of device: what the generator draws an asset's type, OS, hardware and ports from.
struct AssetProfile {
    const char *type;
    const char *osVendor;
    const char *osProduct;
    const char *osVersion;
    const char *os;
    const char *hwVendor;
    const char *hwProduct;
    const char *hw;
    const char *macVendor;
    quint32 oui;
    const char *namePart;
    std::span<const quint8> ports; // indices into portCatalog(), ascending port numbers per transport
    int weight;
    int ttl;
};

// An awkward but realistic value: separators, quotes, newlines, non-ASCII, spreadsheet-formula prefixes.
struct AwkwardTag {
    const char *key;
    const char *value;
};

std::span<const PortSpec> portCatalog();
std::span<const AssetProfile> assetProfiles();
// Picks a profile by weight from a hash value.
const AssetProfile &profileFor(quint64 hash);
std::span<const char *const> awkwardNames();
std::span<const AwkwardTag> awkwardTags();
std::span<const char *const> organizationNames();
std::span<const char *const> siteNames();
std::span<const char *const> siteCodes();
std::span<const char *const> teamNames();

} // namespace rz::sim
