// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: rzconsole contributors
#include "sim/OpenServices.h"

#include "sim/AssetCatalog.h"
#include "sim/AssetRecord.h"
#include "sim/SimHash.h"

namespace rz::sim {

namespace {

const PortSpec *catalogEntry(int port, bool udp) {
    for (const PortSpec &spec : portCatalog()) {
        if (spec.port == port && spec.udp == udp)
            return &spec;
    }
    return nullptr;
}

void addPorts(QVarLengthArray<OpenService, 8> &out, const AssetRecord &record,
              const QVarLengthArray<TextSpan, 4> &ports, bool udp) {
    const QByteArrayView address = record.text(record.addresses.at(0));
    for (const TextSpan span : ports) {
        bool ok = false;
        const int port = record.text(span).toByteArray().trimmed().toInt(&ok);
        if (!ok || port <= 0 || port > 65535)
            continue;
        out.append({address, port, udp, catalogEntry(port, udp)});
    }
}

} // namespace

const char *OpenService::protocol() const {
    return spec != nullptr ? spec->protocol : "";
}

QByteArrayView OpenService::product() const {
    return spec != nullptr ? QByteArrayView(spec->product) : QByteArrayView();
}

QVarLengthArray<OpenService, 8> openServices(const AssetRecord &record) {
    QVarLengthArray<OpenService, 8> services;
    if (record.addresses.isEmpty())
        return services;
    addPorts(services, record, record.tcpPorts, false);
    addPorts(services, record, record.udpPorts, true);
    return services;
}

quint64 textHash(QByteArrayView text) {
    quint64 h = 0xcbf29ce484222325ULL; // FNV-1a, then a mixing step
    for (const char c : text) {
        h ^= static_cast<unsigned char>(c);
        h *= 0x100000001b3ULL;
    }
    return mix64(h);
}

} // namespace rz::sim
