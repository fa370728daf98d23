// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: rzconsole contributors
#include "sim/GeneratedAsset.h"

#include "sim/JsonOut.h"
#include "sim/SimHash.h"

namespace rz::sim {

namespace {

constexpr qint64 kEpochStart = 1700000000; // generated first_seen values start here (November 2023)
constexpr qint64 kEpochSpan = 30000000;
constexpr qint64 kNewestSeen = 1760000000;

int pickRisk(quint64 value) {
    const int roll = static_cast<int>(value % 100);
    if (roll < 20)
        return 0;
    if (roll < 55)
        return 1;
    if (roll < 80)
        return 2;
    if (roll < 94)
        return 3;
    return 4;
}

int pickCriticality(quint64 value) {
    const int roll = static_cast<int>(value % 100);
    if (roll < 60)
        return 1;
    if (roll < 85)
        return 2;
    if (roll < 95)
        return 3;
    return 4;
}

} // namespace

GeneratedAsset deriveAsset(const GeneratedOrgContext &context, qint64 index) {
    GeneratedAsset a;
    a.index = index;
    a.hash[0] = hashOf(context.seed, saltOf(Salt::Asset), static_cast<quint64>(context.orgIndex),
                       static_cast<quint64>(index));
    a.hash[1] = mix64(a.hash[0]);
    a.hash[2] = mix64(a.hash[1]);
    a.hash[3] = mix64(a.hash[2]);
    const quint64 h0 = a.hash[0];
    const quint64 h1 = a.hash[1];
    const quint64 h2 = a.hash[2];
    const quint64 h3 = a.hash[3];

    a.profile = &profileFor(h0);
    const auto siteCount = static_cast<qint64>(qMax<qsizetype>(1, context.sites.size()));
    a.site = static_cast<int>(index % siteCount);
    a.ordinal = index / siteCount;

    a.integrationOnly = (h1 % 100) < 2;
    a.alive = ((h1 >> 8) % 100) < 87;
    a.ipv6Only = !a.integrationOnly && ((h1 >> 16) % 100) < 2;
    a.hasIpv6 = !a.integrationOnly && (a.ipv6Only || ((h1 >> 24) % 100) < 11);
    a.hasSecondIpv4 = !a.integrationOnly && !a.ipv6Only && ((h1 >> 32) % 100) < 6;
    a.hasExtraAddress = !a.integrationOnly && ((h1 >> 40) % 100) < 7;
    if (a.integrationOnly) {
        a.macCount = 0;
    } else if (a.ipv6Only) {
        a.macCount = 1;
    } else {
        const int roll = static_cast<int>((h1 >> 48) % 10);
        a.macCount = roll < 1 ? 0 : (roll < 8 ? 1 : 2);
    }

    a.awkwardName = (h2 % 61) == 0 ? static_cast<int>((h2 >> 8) % awkwardNames().size()) : -1;
    a.awkwardTag = ((h2 >> 16) % 31) == 0 ? static_cast<int>((h2 >> 24) % awkwardTags().size()) : -1;
    a.hasSecondName = ((h2 >> 32) % 100) < 30;
    const int tagRoll = static_cast<int>((h2 >> 40) % 10);
    a.tagMode = tagRoll == 0 ? 0 : (tagRoll < 6 ? 1 : 2);

    a.firstSeen = kEpochStart + static_cast<qint64>(h3 % kEpochSpan);
    a.lastSeen =
        a.firstSeen + static_cast<qint64>((h3 >> 32) % static_cast<quint64>(kNewestSeen - a.firstSeen));
    a.risk = pickRisk(h3 >> 20);
    a.criticality = pickCriticality(h0 >> 40);

    if (!a.integrationOnly) {
        for (size_t i = 0; i < a.profile->ports.size(); ++i) {
            if (((h0 >> (8 + 2 * i)) & 3U) != 0)
                a.portMask |= 1U << i;
        }
    }
    // Port 80 with a name gets a virtual-host service as well, as runZero records one per vhost.
    a.hasVhost = ((h3 >> 60) & 1U) != 0;

    const GeneratedSite &site = context.sites.at(a.site);
    a.ipv4 = site.ipv4Base + 10U + static_cast<quint32>(a.ordinal);
    return a;
}

quint64 assetIdMask(const GeneratedOrgContext &context) {
    return hashOf(context.seed, saltOf(Salt::AssetIdMask), static_cast<quint64>(context.orgIndex)) &
           0xffffffffffffULL;
}

void appendAssetId(QByteArray &out, const GeneratedAsset &asset, quint64 idMask) {
    const quint64 h = asset.hash[0];
    appendHex(out, h >> 32, 8);
    out.append('-');
    appendHex(out, (h >> 16) & 0xffffU, 4);
    out.append('-');
    appendHex(out, 0x4000U | (h & 0x0fffU), 4);
    out.append('-');
    appendHex(out, 0x8000U | (asset.hash[1] & 0x3fffU), 4);
    out.append('-');
    appendHex(out, (static_cast<quint64>(asset.index) ^ idMask) & 0xffffffffffffULL, 12);
}

void appendIpv4(QByteArray &out, quint32 address) {
    for (int shift = 24; shift >= 0; shift -= 8) {
        appendInt(out, (address >> shift) & 0xffU);
        if (shift > 0)
            out.append('.');
    }
}

void appendIpv6(QByteArray &out, const GeneratedOrgContext &context, const GeneratedAsset &asset) {
    // fd7a:115c:<org>:<site>:<high>::<low>, written canonically (no zero group next to "::").
    out.append("fd7a:115c:", 10);
    appendHexCompact(out, static_cast<quint64>(context.orgIndex) + 1);
    out.append(':');
    appendHexCompact(out, static_cast<quint64>(asset.site) + 1);
    out.append(':');
    const auto ordinal = static_cast<quint64>(asset.ordinal);
    appendHexCompact(out, (ordinal >> 12) + 0x100U);
    out.append("::", 2);
    appendHexCompact(out, (ordinal & 0xfffU) + 1);
}

void appendMac(QByteArray &out, const GeneratedAsset &asset, int which) {
    const quint32 oui = asset.profile->oui != 0 ? asset.profile->oui
                                                : (static_cast<quint32>(asset.hash[3] >> 40) & 0xfcffffU);
    const quint64 nic = (asset.hash[2] >> (which * 24)) & 0xffffffU;
    const quint64 mac = (static_cast<quint64>(oui) << 24) | nic;
    for (int shift = 40; shift >= 0; shift -= 8) {
        appendHex(out, (mac >> shift) & 0xffU, 2);
        if (shift > 0)
            out.append(':');
    }
}

const char *riskName(int risk) {
    static constexpr const char *names[] = {"none", "low", "medium", "high", "critical"};
    return names[qBound(0, risk, 4)];
}

const char *criticalityName(int criticality) {
    static constexpr const char *names[] = {"unknown", "low", "medium", "high", "critical"};
    return names[qBound(0, criticality, 4)];
}

} // namespace rz::sim
