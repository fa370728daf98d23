// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: rzconsole contributors
#include "domain/ProbeNames.h"

using namespace Qt::StringLiterals;

namespace rz {

QStringList knownScanProbes() {
    return {u"arp"_s,  u"bacnet"_s, u"connect"_s,   u"dns"_s,   u"echo"_s,   u"ike"_s,
            u"ipmi"_s, u"mdns"_s,   u"memcache"_s,  u"mssql"_s, u"natpmp"_s, u"netbios"_s,
            u"pca"_s,  u"rdns"_s,   u"rpcbind"_s,   u"sip"_s,   u"snmp"_s,   u"ssdp"_s,
            u"syn"_s,  u"ubnt"_s,   u"wlan-list"_s, u"wsd"_s};
}

QStringList knownPingProbes() {
    return {u"arp"_s, u"echo"_s,   u"syn"_s, u"connect"_s, u"netbios"_s, u"snmp"_s,
            u"ntp"_s, u"sunrpc"_s, u"ike"_s, u"openvpn"_s, u"mdns"_s};
}

} // namespace rz
