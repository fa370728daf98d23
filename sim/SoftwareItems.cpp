// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: rzconsole contributors
#include "sim/SoftwareItems.h"

#include "sim/AssetRecord.h"
#include "sim/ItemRow.h"
#include "sim/OpenServices.h"
#include "sim/SimHash.h"

#include <array>

namespace rz::sim {

namespace {

constexpr std::array<const char *, 15> kColumns{
    "id",
    "software_id",
    "software_asset_id",
    "software_organization_id",
    "software_source_id",
    "software_created_at",
    "software_updated_at",
    "software_service_address",
    "software_service_transport",
    "software_service_port",
    "software_part",
    "software_vendor",
    "software_product",
    "software_version",
    "software_cpe23",
};

// The version a fingerprint reports for a product of the port catalog.
struct KnownVersion {
    const char *product;
    const char *version;
};

constexpr std::array<KnownVersion, 16> kVersions{{
    {"openbsd openssh", "8.9p1"},
    {"nginx", "1.24.0"},
    {"openssl", "3.0.2"},
    {"microsoft windows smb", "3.1.1"},
    {"microsoft terminal services", "10.0"},
    {"net-snmp", "5.9.1"},
    {"isc bind", "9.18.18"},
    {"ntpd", "4.2.8p15"},
    {"cups", "2.4.2"},
    {"vmware authentication daemon", "8.0.2"},
    {"synology dsm", "7.2"},
    {"apache tomcat", "9.0.85"},
    {"mariadb", "10.6.16"},
    {"postgresql", "15.6"},
    {"unifi", "8.0.26"},
    {"siemens s7", "4.2"},
}};

QByteArrayView versionOf(QByteArrayView product) {
    for (const KnownVersion &known : kVersions) {
        if (product == QByteArrayView(known.product))
            return known.version;
    }
    return {};
}

// "openbsd openssh" -> vendor "openbsd", product "openssh"; a single word is both.
std::pair<QByteArrayView, QByteArrayView> splitVendor(QByteArrayView text) {
    const qsizetype space = text.indexOf(' ');
    if (space <= 0)
        return {text, text};
    return {text.first(space), text.sliced(space + 1)};
}

// cpe:2.3:<part>:<vendor>:<product>:<version>:*:*:*:*:*:*:* in lower case, spaces as underscores.
QByteArray cpeFor(char part, QByteArrayView vendor, QByteArrayView product, QByteArrayView version) {
    QByteArray cpe = "cpe:2.3:";
    cpe.append(part);
    const auto component = [&cpe](QByteArrayView value) {
        cpe.append(':');
        if (value.isEmpty()) {
            cpe.append('*');
            return;
        }
        for (const char c : value)
            cpe.append(c == ' ' ? '_' : (c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c));
    };
    component(vendor);
    component(product);
    component(version);
    cpe.append(":*:*:*:*:*:*:*");
    return cpe;
}

} // namespace

SoftwareItems::SoftwareItems(QByteArray organizationId)
    : m_organizationId(std::move(organizationId)) {}

std::span<const char *const> SoftwareItems::columns() const {
    return kColumns;
}

int SoftwareItems::count(const AssetRecord &record) const {
    int count = record.os.length > 0 ? 1 : 0;
    for (const OpenService &service : openServices(record))
        count += service.product().isEmpty() ? 0 : 1;
    return count;
}

void SoftwareItems::fill(const AssetRecord &record, int item, ItemRow &row) const {
    row.clear();
    const QByteArrayView assetId = record.text(record.id);
    const bool hasOs = record.os.length > 0;
    const OpenService *service = nullptr;
    const auto services = openServices(record);
    if (!hasOs || item > 0) {
        int wanted = hasOs ? item - 1 : item;
        for (const OpenService &candidate : services) {
            if (candidate.product().isEmpty())
                continue;
            if (wanted-- == 0) {
                service = &candidate;
                break;
            }
        }
        Q_ASSERT(service != nullptr);
    }
    const quint64 h =
        hashOf(textHash(assetId), saltOf(Salt::Service), 0x736f6674U,
               static_cast<quint64>(service != nullptr ? service->port * 2 + int(service->udp) : 0));
    const QByteArrayView text = service != nullptr ? service->product() : record.text(record.os);
    const auto [vendor, product] = splitVendor(text);
    const QByteArrayView version = service != nullptr ? versionOf(text) : record.text(record.osVersion);
    const char part = service != nullptr ? 'a' : 'o';

    row.text("id", assetId);
    row.text("software_id", uuidFromHash(h, mix64(h)));
    row.text("software_asset_id", assetId);
    row.text("software_organization_id", m_organizationId);
    row.integer("software_source_id", 1);
    row.integer("software_created_at", record.firstSeen);
    row.integer("software_updated_at", record.lastSeen);
    row.text("software_service_address", service != nullptr ? service->address : QByteArrayView());
    row.text("software_service_transport", service != nullptr ? service->transport() : "");
    row.integer("software_service_port", service != nullptr ? service->port : 0);
    row.text("software_part", QByteArrayView(&part, 1));
    row.text("software_vendor", vendor);
    row.text("software_product", product);
    row.text("software_version", version);
    row.text("software_cpe23", cpeFor(part, vendor, product, version));
}

} // namespace rz::sim
