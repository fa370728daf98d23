// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: rzconsole contributors
#include "sim/AssetRecord.h"

namespace rz::sim {

AssetRecord::AssetRecord() {
    m_arena.reserve(4096);
}

void AssetRecord::clear() {
    m_arena.truncate(0); // keeps the capacity
    index = 0;
    id = type = os = osVersion = hw = siteId = siteName = risk = TextSpan{};
    addresses.clear();
    names.clear();
    macs.clear();
    macVendors.clear();
    tcpPorts.clear();
    udpPorts.clear();
    tags.clear();
    alive = false;
    hasServiceCount = false;
    firstSeen = lastSeen = serviceCount = 0;
}

TextSpan AssetRecord::add(QByteArrayView utf8) {
    const TextSpan span{m_arena.size(), utf8.size()};
    m_arena.append(utf8);
    return span;
}

} // namespace rz::sim
