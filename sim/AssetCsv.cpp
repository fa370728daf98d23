// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: rzconsole contributors
#include "sim/AssetCsv.h"

#include "sim/AssetRecord.h"
#include "sim/JsonOut.h"

namespace rz::sim {

namespace {

void appendListCell(QByteArray &out, const AssetRecord &record, const QVarLengthArray<TextSpan, 4> &items) {
    QByteArray joined;
    for (qsizetype i = 0; i < items.size(); ++i) {
        if (i > 0)
            joined.append('\t');
        joined.append(record.text(items.at(i)));
    }
    AssetCsv::appendCell(out, joined);
}

} // namespace

void AssetCsv::appendCell(QByteArray &out, QByteArrayView value) {
    bool needsQuotes = false;
    for (const char c : value) {
        if (c == ',' || c == '"' || c == '\n' || c == '\r' || c == '\t') {
            needsQuotes = true;
            break;
        }
    }
    if (!needsQuotes) {
        out.append(value);
        return;
    }
    out.append('"');
    for (const char c : value) {
        if (c == '"')
            out.append('"');
        out.append(c);
    }
    out.append('"');
}

void AssetCsv::appendHeader(QByteArray &out) {
    out.append("id,addresses,names,os,os_version,hw,type,macs,mac_vendors,alive,first_seen,last_seen,site_id,"
               "site_name,tags,service_count,service_ports_tcp,service_ports_udp,risk\r\n");
}

void AssetCsv::appendRow(const AssetRecord &r, QByteArray &out) {
    AssetCsv::appendCell(out, r.text(r.id));
    out.append(',');
    appendListCell(out, r, r.addresses);
    out.append(',');
    appendListCell(out, r, r.names);
    out.append(',');
    AssetCsv::appendCell(out, r.text(r.os));
    out.append(',');
    AssetCsv::appendCell(out, r.text(r.osVersion));
    out.append(',');
    AssetCsv::appendCell(out, r.text(r.hw));
    out.append(',');
    AssetCsv::appendCell(out, r.text(r.type));
    out.append(',');
    appendListCell(out, r, r.macs);
    out.append(',');
    appendListCell(out, r, r.macVendors);
    out.append(',');
    out.append(r.alive ? "true" : "false");
    out.append(',');
    appendInt(out, r.firstSeen);
    out.append(',');
    appendInt(out, r.lastSeen);
    out.append(',');
    AssetCsv::appendCell(out, r.text(r.siteId));
    out.append(',');
    AssetCsv::appendCell(out, r.text(r.siteName));
    out.append(',');
    QByteArray tags;
    for (qsizetype i = 0; i < r.tags.size(); ++i) {
        if (i > 0)
            tags.append('\t');
        tags.append(r.text(r.tags.at(i).first));
        tags.append('=');
        tags.append(r.text(r.tags.at(i).second));
    }
    AssetCsv::appendCell(out, tags);
    out.append(',');
    if (r.hasServiceCount)
        appendInt(out, r.serviceCount);
    out.append(',');
    appendListCell(out, r, r.tcpPorts);
    out.append(',');
    appendListCell(out, r, r.udpPorts);
    out.append(',');
    AssetCsv::appendCell(out, r.text(r.risk));
    out.append("\r\n", 2);
}

} // namespace rz::sim
