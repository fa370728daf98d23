// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: rzconsole contributors
#pragma once

#include <QByteArrayView>
#include <QVarLengthArray>

namespace rz::sim {

class AssetRecord;
struct PortSpec;

// One open port of an asset as the service, software and vulnerability exports see it.
struct OpenService {
    QByteArrayView address; // the asset's first address
    int port = 0;
    bool udp = false;
    const PortSpec *spec = nullptr; // what the catalog knows of the port; null for a port it does not list

    const char *transport() const { return udp ? "udp" : "tcp"; }
    const char *protocol() const;
    // The fingerprinted product, e.g. "openbsd openssh"; empty when none.
    QByteArrayView product() const;
};

// The TCP ports, then the UDP ports, of an asset that has an address (none for an asset found only by an
// integration), in ascending order as the record lists them.
QVarLengthArray<OpenService, 8> openServices(const AssetRecord &record);

// A stable 64-bit value for a text (the asset id), for deciding things about an asset deterministically.
quint64 textHash(QByteArrayView text);

} // namespace rz::sim
