// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: rzconsole contributors
#include "sim/GeneratedAssetWriter.h"

#include "sim/FieldSelection.h"
#include "sim/JsonOut.h"
#include "sim/SimHash.h"

#include <algorithm>
#include <array>
#include <cstring>

namespace rz::sim {

namespace {

constexpr const char *kZeroUuid = "00000000-0000-0000-0000-000000000000";
constexpr const char *kAwkwardComment = "Decommission after Q3,\nsee ticket \"#4711\"";
constexpr const char *kAwkwardTitle = "Anmeldung – Büro \"Intranet\"";

struct OpenPorts {
    std::array<const PortSpec *, 8> ports{};
    int count = 0;
};

OpenPorts openPorts(const GeneratedAsset &a) {
    OpenPorts open;
    const auto catalog = portCatalog();
    for (size_t i = 0; i < a.profile->ports.size() && open.count < 8; ++i) {
        if ((a.portMask & (1U << i)) != 0)
            open.ports[static_cast<size_t>(open.count++)] = &catalog[a.profile->ports[i]];
    }
    std::sort(open.ports.begin(), open.ports.begin() + open.count, [](const PortSpec *l, const PortSpec *r) {
        return l->udp != r->udp ? !l->udp : l->port < r->port;
    });
    return open;
}

bool hasHttp80(const OpenPorts &open) {
    for (int i = 0; i < open.count; ++i) {
        if (open.ports[static_cast<size_t>(i)]->port == 80 && !open.ports[static_cast<size_t>(i)]->udp)
            return true;
    }
    return false;
}

QByteArrayView baseName(const AssetRecord &record, const GeneratedAsset &a) {
    return record.text(record.names.at(a.awkwardName >= 0 ? 1 : 0));
}

void appendLowered(QByteArray &out, QByteArrayView ascii) {
    for (const char c : ascii)
        out.append(c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c);
}

void writeStringArray(QByteArray &out, const AssetRecord &record, const QVarLengthArray<TextSpan, 4> &items) {
    out.append('[');
    for (qsizetype i = 0; i < items.size(); ++i) {
        if (i > 0)
            out.append(',');
        appendJsonString(out, record.text(items.at(i)));
    }
    out.append(']');
}

void writeCStringArray(QByteArray &out, const char *const *items, int count) {
    out.append('[');
    for (int i = 0; i < count; ++i) {
        if (i > 0)
            out.append(',');
        appendJsonString(out, items[i]);
    }
    out.append(']');
}

// Distinct, sorted strings from the open ports (protocols or products).
int distinctSorted(const OpenPorts &open, bool products, bool withArp, std::array<const char *, 10> &items) {
    int count = 0;
    if (withArp)
        items[static_cast<size_t>(count++)] = "arp";
    for (int i = 0; i < open.count; ++i) {
        const char *value = products ? open.ports[static_cast<size_t>(i)]->product
                                     : open.ports[static_cast<size_t>(i)]->protocol;
        if (value[0] != '\0')
            items[static_cast<size_t>(count++)] = value;
    }
    std::sort(items.begin(), items.begin() + count,
              [](const char *l, const char *r) { return std::strcmp(l, r) < 0; });
    const auto end = std::unique(items.begin(), items.begin() + count,
                                 [](const char *l, const char *r) { return std::strcmp(l, r) == 0; });
    return static_cast<int>(end - items.begin());
}

void beginService(QByteArray &out, bool &first, QByteArrayView address, int port, const char *transport,
                  QByteArrayView vhost) {
    if (!first)
        out.append(',');
    first = false;
    out.append('"');
    out.append(address);
    out.append('/');
    appendInt(out, port);
    out.append('/');
    out.append(transport);
    out.append('/');
    QByteArray key;
    if (!vhost.isEmpty()) {
        appendJsonString(key, vhost); // vhost names are plain, but keep the key valid JSON regardless
        out.append(QByteArrayView(key).sliced(1, key.size() - 2));
    }
    out.append("\":", 2);
}

void serviceCommon(JsonObjectWriter &w, QByteArray &out, const GeneratedAsset &a, QByteArrayView address,
                   int port, const char *transport, const char *protocol) {
    w.string("protocol", protocol);
    w.string("service.address", address);
    const quint64 h = hashOf(a.hash[0], saltOf(Salt::Service), static_cast<quint64>(port),
                             static_cast<quint64>(transport[0]));
    w.key("service.id");
    out.append('"');
    out.append(uuidFromHash(h, mix64(h)));
    out.append('"');
    w.key("service.port");
    out.append('"');
    appendInt(out, port);
    out.append('"');
    w.string("service.transport", transport);
    w.key("ts");
    out.append('"');
    appendInt(out, a.lastSeen);
    out.append('"');
}

void writeServices(QByteArray &out, const GeneratedAsset &a, const AssetRecord &record,
                   const OpenPorts &open) {
    out.append('{');
    if (record.addresses.isEmpty()) {
        out.append('}');
        return;
    }
    const QByteArrayView address = record.text(record.addresses.at(0));
    bool first = true;
    if (!record.macs.isEmpty()) {
        beginService(out, first, address, 0, "arp", {});
        JsonObjectWriter w(out);
        w.string("arp.mac", record.text(record.macs.at(0)));
        serviceCommon(w, out, a, address, 0, "arp", "arp");
        w.string("source", "arp");
        w.end();
    }
    if (a.alive) {
        beginService(out, first, address, 0, "icmp", {});
        JsonObjectWriter w(out);
        w.string("icmp.addrs", address);
        w.key("icmp.rtts");
        out.append('"');
        appendInt(out, static_cast<qint64>(a.hash[1] % 5000000));
        out.append('"');
        w.string("icmp.typeCode", "EchoReply");
        w.key("ip.ttl");
        out.append('"');
        appendInt(out, a.profile->ttl - static_cast<int>(a.hash[3] % 8));
        out.append('"');
        serviceCommon(w, out, a, address, 0, "icmp", "icmp");
        w.end();
    }
    for (int i = 0; i < open.count; ++i) {
        const PortSpec &port = *open.ports[static_cast<size_t>(i)];
        const char *transport = port.udp ? "udp" : "tcp";
        beginService(out, first, address, port.port, transport, {});
        JsonObjectWriter w(out);
        w.string(port.extraKey, port.extraValue);
        if (std::strcmp(port.protocol, "http") == 0)
            w.string("http.code", "200");
        serviceCommon(w, out, a, address, port.port, transport, port.protocol);
        w.end();
    }
    if (a.hasVhost && hasHttp80(open)) {
        QByteArray vhost;
        appendLowered(vhost, baseName(record, a));
        beginService(out, first, address, 80, "tcp", vhost);
        JsonObjectWriter w(out);
        w.string("http.title", (a.hash[2] % 7) == 0 ? kAwkwardTitle : "Intranet");
        w.string("http.vhost", vhost);
        serviceCommon(w, out, a, address, 80, "tcp", "http");
        w.end();
    }
    out.append('}');
}

void writeAttributes(QByteArray &out, const GeneratedAsset &a, const AssetRecord &record) {
    JsonObjectWriter w(out);
    w.key("_asset.match");
    out.append('"');
    if (!record.macs.isEmpty()) {
        out.append("mac=");
        out.append(record.text(record.macs.at(0)));
    } else if (!record.addresses.isEmpty()) {
        out.append("address=");
        out.append(record.text(record.addresses.at(0)));
    } else {
        out.append("foreign-id=vm-");
        appendInt(out, a.index);
    }
    out.append('"');
    if (!record.addresses.isEmpty()) {
        // Multi-valued attributes are tab-separated in real exports.
        w.key("_sources.1.addrs");
        out.append('"');
        for (qsizetype i = 0; i < record.addresses.size(); ++i) {
            if (i > 0)
                out.append("\\t", 2);
            out.append(record.text(record.addresses.at(i)));
        }
        out.append('"');
    }
    if (a.profile->osVendor[0] != '\0')
        w.string("fp.os.vendor", a.profile->osVendor);
    if (!record.addresses.isEmpty()) {
        w.string("ip.ttl.host", record.text(record.addresses.at(0)));
        w.key("rdns.names");
        out.append('"');
        appendLowered(out, baseName(record, a));
        out.append('"');
    }
    w.end();
}

qint64 vulnerabilityCount(const GeneratedAsset &a) {
    return a.risk == 0 ? 0 : static_cast<qint64>((a.hash[3] >> 8) % static_cast<quint64>(a.risk * 30));
}

} // namespace

qint64 generatedServiceCount(const GeneratedAsset &asset, const AssetRecord &record) {
    if (record.addresses.isEmpty())
        return 0;
    const OpenPorts open = openPorts(asset);
    qint64 count = open.count;
    if (!record.macs.isEmpty())
        ++count;
    if (asset.alive)
        ++count;
    if (asset.hasVhost && hasHttp80(open))
        ++count;
    return count;
}

void sortPortSpans(const AssetRecord &record, QVarLengthArray<TextSpan, 4> &ports) {
    std::sort(ports.begin(), ports.end(), [&record](TextSpan l, TextSpan r) {
        const QByteArrayView lt = record.text(l);
        const QByteArrayView rt = record.text(r);
        return lt.size() != rt.size() ? lt.size() < rt.size() : lt < rt;
    });
}

void writeGeneratedAsset(const GeneratedOrgContext &context, const GeneratedAsset &a,
                         const AssetRecord &record, const FieldSelection &fields, QByteArray &out) {
    using F = AssetField;
    const AssetProfile &p = *a.profile;
    const GeneratedSite &site = context.sites.at(a.site);
    const bool hasAddress = !record.addresses.isEmpty();
    const OpenPorts open = openPorts(a);
    const bool hasVhost = a.hasVhost && hasHttp80(open) && hasAddress;
    const qint64 rtt = static_cast<qint64>(a.hash[1] % 5000000);
    JsonObjectWriter w(out);

    if (fields.has(F::Id))
        w.string("id", record.text(record.id));
    if (fields.has(F::CreatedAt))
        w.integer("created_at", a.firstSeen + 60 + static_cast<qint64>(a.hash[0] % 3600));
    if (fields.has(F::UpdatedAt))
        w.integer("updated_at", a.lastSeen + static_cast<qint64>(a.hash[1] % 600));
    if (fields.has(F::OrganizationId))
        w.string("organization_id", context.orgId);
    if (fields.has(F::SiteId))
        w.string("site_id", site.id);
    if (fields.has(F::Alive))
        w.boolean("alive", a.alive);
    if (fields.has(F::LastSeen))
        w.integer("last_seen", a.lastSeen);
    if (fields.has(F::FirstSeen))
        w.integer("first_seen", a.firstSeen);
    if (fields.has(F::DetectedBy)) {
        w.string("detected_by", a.integrationOnly        ? "VMware"
                                : !record.macs.isEmpty() ? "arp"
                                : a.alive                ? "icmp"
                                                         : "syn");
    }
    if (fields.has(F::Type))
        w.string("type", p.type);
    if (fields.has(F::OsVendor))
        w.string("os_vendor", p.osVendor);
    if (fields.has(F::OsProduct))
        w.string("os_product", p.osProduct);
    if (fields.has(F::OsVersion))
        w.string("os_version", p.osVersion);
    if (fields.has(F::Os))
        w.string("os", p.os);
    if (fields.has(F::HwVendor))
        w.string("hw_vendor", p.hwVendor);
    if (fields.has(F::HwProduct))
        w.string("hw_product", p.hwProduct);
    if (fields.has(F::HwVersion))
        w.string("hw_version", "");
    if (fields.has(F::Hw))
        w.string("hw", p.hw);
    if (fields.has(F::Addresses)) {
        w.key("addresses");
        writeStringArray(out, record, record.addresses);
    }
    if (fields.has(F::AddressesExtra)) {
        w.key("addresses_extra");
        if (a.hasExtraAddress) {
            out.append("[\"", 2);
            out.append((a.hash[3] & 1U) != 0 ? "198.51.100." : "203.0.113.");
            appendInt(out, static_cast<qint64>(1 + (a.hash[3] >> 1) % 254));
            out.append("\"]", 2);
        } else {
            out.append("[]", 2);
        }
    }
    if (fields.has(F::Macs)) {
        w.key("macs");
        writeStringArray(out, record, record.macs);
    }
    if (fields.has(F::MacVendors)) {
        w.key("mac_vendors");
        writeStringArray(out, record, record.macVendors);
    }
    if (fields.has(F::Names)) {
        w.key("names");
        writeStringArray(out, record, record.names);
    }
    if (fields.has(F::Tags)) {
        w.key("tags");
        out.append('{');
        for (qsizetype i = 0; i < record.tags.size(); ++i) {
            if (i > 0)
                out.append(',');
            appendJsonString(out, record.text(record.tags.at(i).first));
            out.append(':');
            appendJsonString(out, record.text(record.tags.at(i).second));
        }
        out.append('}');
    }
    if (fields.has(F::TagDescriptions))
        w.null("tag_descriptions");
    if (fields.has(F::Domains))
        w.raw("domains", a.hasSecondName ? QByteArrayView("[\"corp.example.com\"]") : QByteArrayView("[]"));
    if (fields.has(F::Services)) {
        w.key("services");
        writeServices(out, a, record, open);
    }
    if (fields.has(F::Credentials))
        w.null("credentials");
    if (fields.has(F::Rtts)) {
        w.key("rtts");
        if (a.alive && hasAddress) {
            out.append("{\"icmp/echo\":[", 14);
            appendInt(out, rtt);
            out.append(',');
            appendInt(out, rtt);
            out.append("]}", 2);
        } else {
            out.append("{}", 2);
        }
    }
    if (fields.has(F::Attributes)) {
        w.key("attributes");
        writeAttributes(out, a, record);
    }
    const int arp = hasAddress && !record.macs.isEmpty() ? 1 : 0;
    const int icmp = hasAddress && a.alive ? 1 : 0;
    int tcp = hasVhost ? 1 : 0;
    int udp = 0;
    for (int i = 0; hasAddress && i < open.count; ++i)
        (open.ports[static_cast<size_t>(i)]->udp ? udp : tcp) += 1;
    if (fields.has(F::ServiceCount))
        w.integer("service_count", record.serviceCount);
    if (fields.has(F::ServiceCountTcp))
        w.integer("service_count_tcp", tcp);
    if (fields.has(F::ServiceCountUdp))
        w.integer("service_count_udp", udp);
    if (fields.has(F::ServiceCountArp))
        w.integer("service_count_arp", arp);
    if (fields.has(F::ServiceCountIcmp))
        w.integer("service_count_icmp", icmp);
    if (fields.has(F::SoftwareCount))
        w.integer("software_count", a.integrationOnly ? 0 : static_cast<qint64>((a.hash[2] >> 4) % 40));
    if (fields.has(F::VulnerabilityCount))
        w.integer("vulnerability_count", vulnerabilityCount(a));
    if (fields.has(F::FindingCount))
        w.integer("finding_count", static_cast<qint64>((a.hash[3] >> 16) % 6));
    if (fields.has(F::LowestTtl))
        w.integer("lowest_ttl", icmp ? p.ttl - static_cast<int>(a.hash[3] % 8) : 0);
    if (fields.has(F::LowestRtt))
        w.integer("lowest_rtt", icmp ? rtt : 0);
    if (fields.has(F::LastAgentId)) {
        w.string("last_agent_id",
                 a.integrationOnly || context.explorerIds.isEmpty()
                     ? QByteArrayView(kZeroUuid)
                     : QByteArrayView(context.explorerIds.at(a.site % context.explorerIds.size())));
    }
    if (fields.has(F::LastTaskId))
        w.string("last_task_id", context.lastTaskId);
    if (fields.has(F::FirstTaskId))
        w.string("first_task_id", context.firstTaskId);
    if (fields.has(F::NewestMac)) {
        if (record.macs.isEmpty())
            w.null("newest_mac");
        else
            w.string("newest_mac", record.text(record.macs.at(0)));
    }
    if (fields.has(F::NewestMacVendor)) {
        if (record.macVendors.isEmpty())
            w.null("newest_mac_vendor");
        else
            w.string("newest_mac_vendor", record.text(record.macVendors.at(0)));
    }
    if (fields.has(F::NewestMacAge)) {
        // Nanoseconds, as real exports write it: well above 2^53.
        if (record.macs.isEmpty())
            w.null("newest_mac_age");
        else
            w.integer("newest_mac_age",
                      (1300000000LL + static_cast<qint64>(a.hash[2] % 400000000)) * 1000000000LL);
    }
    if (fields.has(F::Comments)) {
        if ((a.hash[1] % 37) == 0)
            w.string("comments", kAwkwardComment);
        else
            w.null("comments");
    }
    if (fields.has(F::ServicePortsTcp)) {
        w.key("service_ports_tcp");
        if (a.integrationOnly)
            out.append("null", 4);
        else
            writeStringArray(out, record, record.tcpPorts);
    }
    if (fields.has(F::ServicePortsUdp)) {
        w.key("service_ports_udp");
        if (a.integrationOnly)
            out.append("null", 4);
        else
            writeStringArray(out, record, record.udpPorts);
    }
    if (fields.has(F::ServiceProtocols) || fields.has(F::ServiceProducts)) {
        std::array<const char *, 10> items{};
        if (fields.has(F::ServiceProtocols)) {
            w.key("service_protocols");
            if (a.integrationOnly) {
                out.append("null", 4);
            } else {
                const int n = distinctSorted(open, false, arp != 0, items);
                writeCStringArray(out, items.data(), n);
            }
        }
        if (fields.has(F::ServiceProducts)) {
            w.key("service_products");
            if (a.integrationOnly) {
                out.append("null", 4);
            } else {
                const int n = distinctSorted(open, true, false, items);
                writeCStringArray(out, items.data(), n);
            }
        }
    }
    if (fields.has(F::Scanned))
        w.boolean("scanned", !a.integrationOnly);
    const bool fromVmware =
        a.integrationOnly || (std::strcmp(p.hw, "VMware VM") == 0 && (a.hash[0] & 4U) != 0);
    const bool fromNessus = !a.integrationOnly && (a.hash[0] % 10) == 3;
    if (fields.has(F::Sources)) {
        std::array<const char *, 3> sources{};
        int n = 0;
        if (fromNessus)
            sources[static_cast<size_t>(n++)] = "Nessus";
        if (fromVmware)
            sources[static_cast<size_t>(n++)] = "VMware";
        if (!a.integrationOnly)
            sources[static_cast<size_t>(n++)] = "runZero";
        w.key("sources");
        writeCStringArray(out, sources.data(), n);
    }
    if (fields.has(F::SourceIds)) {
        w.key("source_ids");
        out.append('[');
        bool firstId = true;
        auto addId = [&out, &firstId](int id) {
            if (!firstId)
                out.append(',');
            firstId = false;
            appendInt(out, id);
        };
        if (!a.integrationOnly)
            addId(1);
        if (fromVmware)
            addId(5);
        if (fromNessus)
            addId(11);
        out.append(']');
    }
    const bool endOfLife = (a.hash[3] % 20) == 7;
    if (fields.has(F::EolOs))
        w.integer("eol_os", endOfLife ? 1595030400 : 0);
    if (fields.has(F::EolOsExt))
        w.integer("eol_os_ext", endOfLife ? 1656633600 : 0);
    if (fields.has(F::OutlierScore))
        w.integer("outlier_score", static_cast<qint64>((a.hash[2] >> 12) % 5));
    if (fields.has(F::Risk))
        w.string("risk", riskName(a.risk));
    if (fields.has(F::RiskRank))
        w.integer("risk_rank", a.risk);
    if (fields.has(F::Criticality))
        w.string("criticality", criticalityName(a.criticality));
    if (fields.has(F::CriticalityRank))
        w.integer("criticality_rank", a.criticality + 1);
    if (fields.has(F::OrgName))
        w.string("org_name", context.orgName);
    if (fields.has(F::SiteName))
        w.string("site_name", site.name);
    if (fields.has(F::AgentName))
        w.null("agent_name");
    if (fields.has(F::HostedZoneName))
        w.null("hosted_zone_name");
    if (fields.has(F::Owners)) {
        const auto teams = teamNames();
        w.key("owners");
        out.append('[');
        appendJsonString(out, teams[(a.hash[2] >> 50) % teams.size()]);
        out.append(']');
    }
    w.end();
}

} // namespace rz::sim
