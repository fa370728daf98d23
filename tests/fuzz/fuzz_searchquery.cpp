// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: rzconsole contributors
//
// libFuzzer target: the simulator's search-query parser (runZero query syntax), and matching a parsed query
// against a record. A rejected query must say why; an accepted one must evaluate without trouble.
#include "sim/AssetRecord.h"
#include "sim/SearchQuery.h"

#include <cstdint>
#include <cstdlib>

namespace {

const rz::sim::AssetRecord &sampleRecord() {
    static const rz::sim::AssetRecord record = [] {
        rz::sim::AssetRecord r;
        r.id = r.add("6ecee563-0544-4862-95db-c95dcec6239c");
        r.type = r.add("Server");
        r.os = r.add("Microsoft Windows Server 2022");
        r.osVersion = r.add("10.0.20348");
        r.hw = r.add("VMware VM");
        r.siteId = r.add("cced7d5e-c3a4-48fd-81ef-d24b02cd1412");
        r.siteName = r.add("Lab Zürich");
        r.risk = r.add("high");
        r.addresses.append(r.add("10.0.1.20"));
        r.addresses.append(r.add("fd7a:115c:1:1::14"));
        r.names.append(r.add("WEB-01"));
        r.names.append(r.add("web-01.corp.example.com"));
        r.macs.append(r.add("00:50:56:aa:bb:cc"));
        r.macVendors.append(r.add("VMware, Inc."));
        r.tcpPorts.append(r.add("443"));
        r.tags.append({r.add("owner"), r.add("IT Operations")});
        r.tags.append({r.add("prod"), r.add("")});
        r.alive = true;
        r.hasServiceCount = true;
        r.serviceCount = 7;
        return r;
    }();
    return record;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size) {
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    QString error;
    const std::optional<rz::sim::SearchQuery> query = rz::sim::SearchQuery::parse(text, &error);
    if (!query) {
        if (error.isEmpty())
            std::abort();
        return 0;
    }
    const bool first = query->matches(sampleRecord());
    if (query->matches(sampleRecord()) != first)
        std::abort();
    if (query->matchesAll() && !first)
        std::abort();
    return 0;
}
