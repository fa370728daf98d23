// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: rzconsole contributors
#include "sim/GeneratedAssets.h"

#include "sim/AssetRecord.h"
#include "sim/GeneratedAssetWriter.h"
#include "sim/JsonOut.h"

namespace rz::sim {

namespace {

constexpr const char *kDomain = ".corp.example.com";
constexpr const char *kEnvironments[] = {"prod", "dev", "test"};

void appendBaseName(QByteArray &out, const GeneratedSite &site, const GeneratedAsset &asset) {
    out.append(site.code);
    out.append('-');
    out.append(asset.profile->namePart);
    out.append('-');
    for (qint64 limit = 1000; limit > 1 && asset.ordinal < limit; limit /= 10)
        out.append('0');
    appendInt(out, asset.ordinal);
}

void appendLowerAscii(QByteArray &out, qsizetype from) {
    char *data = out.data();
    for (qsizetype i = from; i < out.size(); ++i) {
        if (data[i] >= 'A' && data[i] <= 'Z')
            data[i] = static_cast<char>(data[i] - 'A' + 'a');
    }
}

} // namespace

GeneratedAssets::GeneratedAssets(GeneratedOrgContext context)
    : m_context(std::move(context))
    , m_idMask(assetIdMask(m_context)) {}

qint64 GeneratedAssets::count() const {
    return m_context.count;
}

void GeneratedAssets::load(qint64 index, AssetRecord &record) const {
    const GeneratedAsset a = deriveAsset(m_context, index);
    const GeneratedSite &site = m_context.sites.at(a.site);
    const AssetProfile &p = *a.profile;
    record.clear();
    record.index = index;
    QByteArray &buffer = record.buffer();

    qsizetype start = record.begin();
    appendAssetId(buffer, a, m_idMask);
    record.id = record.spanFrom(start);
    record.type = record.add(p.type);
    record.os = record.add(p.os);
    record.osVersion = record.add(p.osVersion);
    record.hw = record.add(p.hw);
    record.siteId = record.add(site.id);
    record.siteName = record.add(site.name);
    record.risk = record.add(riskName(a.risk));
    record.alive = a.alive;
    record.firstSeen = a.firstSeen;
    record.lastSeen = a.lastSeen;

    if (!a.integrationOnly) {
        if (!a.ipv6Only) {
            start = record.begin();
            appendIpv4(buffer, a.ipv4);
            record.addresses.append(record.spanFrom(start));
        }
        if (a.hasSecondIpv4) {
            start = record.begin();
            appendIpv4(buffer, (172U << 24) | (16U << 16) | static_cast<quint32>(a.ordinal & 0xffffU));
            record.addresses.append(record.spanFrom(start));
        }
        if (a.hasIpv6) {
            start = record.begin();
            appendIpv6(buffer, m_context, a);
            record.addresses.append(record.spanFrom(start));
        }
    }

    if (a.awkwardName >= 0)
        record.names.append(record.add(awkwardNames()[static_cast<size_t>(a.awkwardName)]));
    start = record.begin();
    appendBaseName(buffer, site, a);
    record.names.append(record.spanFrom(start));
    if (a.hasSecondName) {
        start = record.begin();
        buffer.append(p.namePart);
        buffer.append('-');
        appendInt(buffer, a.ordinal);
        appendLowerAscii(buffer, start);
        buffer.append(kDomain);
        record.names.append(record.spanFrom(start));
    }

    for (int m = 0; m < a.macCount; ++m) {
        start = record.begin();
        appendMac(buffer, a, m);
        record.macs.append(record.spanFrom(start));
    }
    if (a.macCount > 0 && p.macVendor[0] != '\0')
        record.macVendors.append(record.add(p.macVendor));

    if (a.tagMode > 0) {
        record.tags.append({record.add("location"), record.add(site.location)});
        const auto teams = teamNames();
        record.tags.append({record.add("owner"), record.add(teams[(a.hash[2] >> 50) % teams.size()])});
        if (a.tagMode > 1)
            record.tags.append({record.add("env"), record.add(kEnvironments[(a.hash[2] >> 56) % 3])});
    }
    if (a.awkwardTag >= 0) {
        const AwkwardTag &tag = awkwardTags()[static_cast<size_t>(a.awkwardTag)];
        record.tags.append({record.add(tag.key), record.add(tag.value)});
    }

    const auto ports = portCatalog();
    for (size_t i = 0; i < p.ports.size(); ++i) {
        if ((a.portMask & (1U << i)) == 0)
            continue;
        const PortSpec &port = ports[p.ports[i]];
        start = record.begin();
        appendInt(buffer, port.port);
        if (port.udp)
            record.udpPorts.append(record.spanFrom(start));
        else
            record.tcpPorts.append(record.spanFrom(start));
    }
    sortPortSpans(record, record.tcpPorts);
    sortPortSpans(record, record.udpPorts);
    record.hasServiceCount = !a.integrationOnly;
    record.serviceCount = generatedServiceCount(a, record);
}

void GeneratedAssets::writeJson(const AssetRecord &record, const FieldSelection &fields,
                                QByteArray &out) const {
    const GeneratedAsset a = deriveAsset(m_context, record.index);
    writeGeneratedAsset(m_context, a, record, fields, out);
}

std::optional<qint64> GeneratedAssets::indexOfId(QByteArrayView id) const {
    if (id.size() != 36)
        return std::nullopt;
    bool ok = false;
    const quint64 tail = id.sliced(24).toByteArray().toULongLong(&ok, 16);
    if (!ok)
        return std::nullopt;
    const auto index = static_cast<qint64>(tail ^ m_idMask);
    if (index < 0 || index >= m_context.count)
        return std::nullopt;
    QByteArray expected;
    appendAssetId(expected, deriveAsset(m_context, index), m_idMask);
    if (id.toByteArray().toLower() != expected)
        return std::nullopt;
    return index;
}

} // namespace rz::sim
