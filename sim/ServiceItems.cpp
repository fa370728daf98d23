// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: rzconsole contributors
#include "sim/ServiceItems.h"

#include "sim/AssetCatalog.h"
#include "sim/AssetRecord.h"
#include "sim/ItemRow.h"
#include "sim/JsonOut.h"
#include "sim/OpenServices.h"
#include "sim/SimHash.h"

#include <array>
#include <cstring>

namespace rz::sim {

namespace {

constexpr std::array<const char *, 12> kOwnColumns{
    "service_id",       "service_asset_id",  "service_created_at", "service_updated_at",
    "service_address",  "service_transport", "service_vhost",      "service_port",
    "service_protocol", "service_summary",   "service_link",       "service_data",
};

// http://192.0.2.1:80/ or https://[fd00::1]:443/ for web services; empty for the rest.
QByteArray linkFor(const OpenService &service) {
    const QByteArrayView protocol(service.protocol());
    const bool tls = protocol == "tls" || service.port == 443 || service.port == 8443;
    if (protocol != "http" && !tls)
        return {};
    QByteArray link = tls ? "https://" : "http://";
    const bool ipv6 = service.address.contains(':');
    if (ipv6)
        link.append('[');
    link.append(service.address);
    if (ipv6)
        link.append(']');
    link.append(':');
    appendInt(link, service.port);
    link.append('/');
    return link;
}

} // namespace

ServiceItems::ServiceItems(QByteArray organizationId)
    : m_organizationId(std::move(organizationId)) {}

std::span<const char *const> ServiceItems::columns() const {
    static constexpr auto all = withAssetColumns(kOwnColumns);
    return all;
}

int ServiceItems::count(const AssetRecord &record) const {
    return static_cast<int>(openServices(record).size());
}

void ServiceItems::fill(const AssetRecord &record, int item, ItemRow &row) const {
    row.clear();
    const auto services = openServices(record);
    const OpenService &service = services.at(item);
    const QByteArrayView assetId = record.text(record.id);
    const quint64 h = hashOf(textHash(assetId), saltOf(Salt::Service), static_cast<quint64>(service.port),
                             service.udp ? 1U : 0U);
    QByteArray port;
    appendInt(port, service.port);

    row.text("service_id", uuidFromHash(h, mix64(h)));
    row.text("service_asset_id", assetId);
    row.integer("service_created_at", record.firstSeen);
    row.integer("service_updated_at", record.lastSeen);
    row.text("service_address", service.address);
    row.text("service_transport", service.transport());
    row.text("service_vhost", {});
    row.text("service_port", port); // a string in the spec
    row.text("service_protocol", service.protocol());
    const bool titled = service.spec != nullptr && std::strcmp(service.spec->extraKey, "http.title") == 0;
    row.text("service_summary", titled ? QByteArrayView(service.spec->extraValue) : QByteArrayView());
    row.text("service_link", linkFor(service));
    row.beginMap("service_data");
    if (service.spec != nullptr)
        row.entry(service.spec->extraKey, service.spec->extraValue);
    addAssetProperties(record, m_organizationId, row);
}

} // namespace rz::sim
