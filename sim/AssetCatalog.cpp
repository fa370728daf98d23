// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: rzconsole contributors
#include "sim/AssetCatalog.h"

#include <array>
#include <numeric>

namespace rz::sim {

namespace {

// Indices below refer to this table.
constexpr std::array<PortSpec, 26> kPorts{{
    {22, false, "ssh", "openbsd openssh", "ssh.banner", "SSH-2.0-OpenSSH_8.9p1 Ubuntu-3ubuntu0.6"},     // 0
    {80, false, "http", "nginx", "http.title", "Welcome to nginx!"},                                    // 1
    {443, false, "tls", "openssl", "tls.cn", "portal.corp.example.com"},                                // 2
    {135, false, "msrpc", "", "msrpc.ifaces", "epmapper"},                                              // 3
    {139, false, "netbios", "", "netbios.name", "WORKGROUP"},                                           // 4
    {445, false, "smb", "microsoft windows smb", "smb.nativeOS", "Windows Server 2019 Standard 17763"}, // 5
    {3389, false, "rdp", "microsoft terminal services", "rdp.auth", "NLA"},                             // 6
    {161, true, "snmp", "net-snmp", "snmp.sysDesc", "Linux 5.15.0-101-generic #111-Ubuntu SMP x86_64"}, // 7
    {53, true, "dns", "isc bind", "dns.version", "9.18.18"},                                            // 8
    {123, true, "ntp", "ntpd", "ntp.stratum", "2"},                                                     // 9
    {9100, false, "jetdirect", "hp jetdirect", "jetdirect.status", "READY"},                            // 10
    {631, false, "ipp", "cups", "ipp.printer", "HP LaserJet Pro M404dn"},                               // 11
    {554, false, "rtsp", "axis rtsp", "rtsp.server", "AXIS P3245-LVE"},                                 // 12
    {502, false, "modbus", "", "modbus.unitId", "1"},                                                   // 13
    {102, false, "s7comm", "siemens s7", "s7comm.module", "6ES7 515-2AM02-0AB0"},                       // 14
    {902, false, "vmware", "vmware authentication daemon", "banner",
     "220 VMware Authentication Daemon"},                                         // 15
    {623, true, "ipmi", "", "ipmi.version", "2.0"},                               // 16
    {5000, false, "http", "synology dsm", "http.title", "Synology DiskStation"},  // 17
    {8080, false, "http", "apache tomcat", "http.title", "Apache Tomcat/9.0.85"}, // 18
    {23, false, "telnet", "", "banner", "User Access Verification"},              // 19
    {5353, true, "mdns", "", "mdns.services", "_airplay._tcp.local"},             // 20
    {62078, false, "iphone-sync", "", "protocol.note", "lockdownd"},              // 21
    {1900, true, "upnp", "", "upnp.server", "Linux/4.14 UPnP/1.0 Espressif/1.0"}, // 22
    {3306, false, "mysql", "mariadb", "mysql.version", "10.6.16-MariaDB"},        // 23
    {5432, false, "postgresql", "postgresql", "postgresql.auth", "md5"},          // 24
    {8443, false, "http", "unifi", "http.title", "UniFi Network"},                // 25
}};

constexpr std::array<quint8, 5> kWinServer{3, 4, 5, 6, 1};
constexpr std::array<quint8, 6> kLinuxServer{0, 1, 2, 23, 24, 7};
constexpr std::array<quint8, 3> kWinDesktop{3, 4, 5};
constexpr std::array<quint8, 2> kMac{0, 20};
constexpr std::array<quint8, 4> kRouter{19, 0, 1, 7};
constexpr std::array<quint8, 3> kSwitch{0, 1, 7};
constexpr std::array<quint8, 3> kFirewall{2, 25, 7};
constexpr std::array<quint8, 4> kPrinter{1, 11, 10, 7};
constexpr std::array<quint8, 3> kCamera{1, 2, 12};
constexpr std::array<quint8, 2> kPhone{21, 20};
constexpr std::array<quint8, 4> kEsxi{0, 1, 2, 15};
constexpr std::array<quint8, 4> kNas{0, 1, 5, 17};
constexpr std::array<quint8, 3> kBmc{0, 2, 16};
constexpr std::array<quint8, 2> kPlc{14, 13};
constexpr std::array<quint8, 2> kAccessPoint{0, 25};
constexpr std::array<quint8, 2> kIot{1, 22};
constexpr std::array<quint8, 3> kDns{0, 8, 9};

constexpr std::array<AssetProfile, 18> kProfiles{{
    {"Server", "Microsoft", "Windows Server 2019", "1809", "Microsoft Windows Server 2019 Standard", "Dell",
     "PowerEdge R740", "Dell PowerEdge R740", "Dell Inc.", 0x246e96, "SERVER", kWinServer, 10, 128},
    {"Server", "Canonical", "Ubuntu Linux", "22.04", "Ubuntu Linux 22.04", "VMware", "VMware VM", "VMware VM",
     "VMware, Inc.", 0x005056, "LINUX", kLinuxServer, 12, 64},
    {"Desktop", "Microsoft", "Windows 11", "23H2", "Microsoft Windows 11 Pro", "Lenovo", "ThinkCentre M70q",
     "Lenovo ThinkCentre M70q", "LCFC(HeFei) Electronics Technology Co., Ltd", 0x6c2408, "WS", kWinDesktop,
     16, 128},
    {"Desktop", "Microsoft", "Windows 10", "22H2", "Microsoft Windows 10 Pro, 22H2", "HP", "EliteDesk 800 G6",
     "HP EliteDesk 800 G6", "HP Inc.", 0x3024a9, "WS", kWinDesktop, 7, 128},
    {"Laptop", "Apple", "macOS", "14.4", "Apple macOS 14.4", "Apple", "MacBook Pro", "Apple MacBook Pro",
     "Apple, Inc.", 0xa45e60, "MBP", kMac, 8, 64},
    {"Router", "Cisco", "IOS XE", "17.9", "Cisco IOS XE 17.9", "Cisco", "ISR 4331", "Cisco ISR 4331",
     "Cisco Systems, Inc", 0x0019e7, "ROUTER", kRouter, 2, 255},
    {"Switch", "Cisco", "IOS", "15.2", "Cisco IOS 15.2", "Cisco", "Catalyst 2960-X", "Cisco Catalyst 2960-X",
     "Cisco Systems, Inc", 0x00270d, "SWITCH", kSwitch, 3, 255},
    {"Firewall", "Fortinet", "FortiOS", "7.2.5", "Fortinet FortiOS 7.2.5", "Fortinet", "FortiGate 60F",
     "Fortinet FortiGate 60F", "Fortinet, Inc.", 0x00090f, "FIREWALL", kFirewall, 1, 255},
    {"Printer", "HP", "LaserJet Firmware", "", "HP LaserJet Firmware", "HP", "LaserJet Pro M404dn",
     "HP LaserJet Pro M404dn", "HP Inc.", 0x3024a9, "PRINTER", kPrinter, 5, 64},
    {"IP Camera", "Axis", "AXIS OS", "11.8", "Axis AXIS OS 11.8", "Axis", "P3245-LVE", "Axis P3245-LVE",
     "Axis Communications AB", 0xaccc8e, "CAM", kCamera, 4, 64},
    {"Mobile", "Apple", "iOS", "17.4", "Apple iOS 17.4", "Apple", "iPhone", "Apple iPhone", "Apple, Inc.",
     0xf0989d, "IPHONE", kPhone, 6, 64},
    {"Hypervisor", "VMware", "ESXi", "8.0.2", "VMware ESXi 8.0.2", "Supermicro", "SYS-1029P",
     "Supermicro SYS-1029P", "Super Micro Computer, Inc.", 0x0cc47a, "ESX", kEsxi, 2, 64},
    {"NAS", "Synology", "DSM", "7.2", "Synology DSM 7.2", "Synology", "DS920+", "Synology DS920+",
     "Synology Incorporated", 0x001132, "NAS", kNas, 2, 64},
    {"BMC", "Dell", "iDRAC", "9", "Dell iDRAC 9", "Dell", "iDRAC9", "Dell iDRAC9", "Dell Inc.", 0xd09466,
     "BMC", kBmc, 2, 64},
    {"PLC", "Siemens", "SIMATIC S7", "4.2", "Siemens SIMATIC S7 4.2", "Siemens", "S7-1500", "Siemens S7-1500",
     "Siemens AG", 0x001c06, "PLC", kPlc, 1, 30},
    {"Wireless AP", "Ubiquiti", "UniFi", "6.6", "Ubiquiti UniFi 6.6", "Ubiquiti", "U6-LR", "Ubiquiti U6-LR",
     "Ubiquiti Inc", 0x245a4c, "AP", kAccessPoint, 3, 64},
    {"IoT", "", "", "", "", "Espressif", "", "Espressif", "Espressif Inc.", 0x24b2de, "IOT", kIot, 2, 64},
    {"Server", "Debian", "Debian Linux", "12", "Debian Linux 12", "", "", "", "", 0, "DNS", kDns, 2, 64},
}};

constexpr int totalWeight() {
    int sum = 0;
    for (const auto &profile : kProfiles)
        sum += profile.weight;
    return sum;
}

constexpr std::array<const char *, 12> kAwkwardNames{
    "Büro-Drucker \"Empfang\"",
    "O'Brien, Pat – laptop",
    "line one\nline two",
    "=HYPERLINK(\"http://example.com\",\"click\")",
    "+1-555-0100",
    "-rf",
    "@admin-console",
    "東京-サーバー-01",
    "Ünïcödé ☃ host",
    "comma,separated,name",
    "tab\tseparated",
    "trailing space ",
};

constexpr std::array<AwkwardTag, 9> kAwkwardTags{{
    {"note", "needs review, urgent"},
    {"label", "say \"cheese\""},
    {"formula", "=SUM(A1:A3)"},
    {"multi", "line1\nline2"},
    {"city", "Zürich"},
    {"phone", "+49 30 1234567"},
    {"oncall", "@netops"},
    {"delta", "-1"},
    {"Kostenstelle", "Ä-42; Zentrale"},
}};

constexpr std::array<const char *, 8> kOrganizationNames{
    "RZ Corporation",   "Globex Holdings",   "Initech GmbH", "Umbrella Labs",
    "Stark Industries", "Müller & Söhne KG", "Acme, Inc.",   "Tyrell Research",
};

constexpr std::array<const char *, 16> kSiteNames{
    "Primary",       "Datacenter", "Branch Office", "Lab Zürich", "Warehouse", "Remote Sites",
    "Factory Floor", "DMZ",        "Cloud East",    "Cloud West", "Retail",    "Guest Wi-Fi",
    "OT Network",    "Research",   "Backup Site",   "Tokyo 東京",
};

constexpr std::array<const char *, 16> kSiteCodes{
    "RZHQ", "RZDC", "RZBR",  "RZZRH", "RZWH", "RZRMT", "RZFAB", "RZDMZ",
    "RZCE", "RZCW", "RZRTL", "RZGST", "RZOT", "RZRES", "RZBAK", "RZTYO",
};

constexpr std::array<const char *, 5> kTeams{
    "IT Operations", "Network Operations", "Security Operations", "Facilities", "Research IT",
};

} // namespace

std::span<const PortSpec> portCatalog() {
    return kPorts;
}

std::span<const AssetProfile> assetProfiles() {
    return kProfiles;
}

const AssetProfile &profileFor(quint64 hash) {
    static constexpr int total = totalWeight();
    int pick = static_cast<int>(hash % static_cast<quint64>(total));
    for (const auto &profile : kProfiles) {
        if (pick < profile.weight)
            return profile;
        pick -= profile.weight;
    }
    return kProfiles.back();
}

std::span<const char *const> awkwardNames() {
    return kAwkwardNames;
}

std::span<const AwkwardTag> awkwardTags() {
    return kAwkwardTags;
}

std::span<const char *const> organizationNames() {
    return kOrganizationNames;
}

std::span<const char *const> siteNames() {
    return kSiteNames;
}

std::span<const char *const> siteCodes() {
    return kSiteCodes;
}

std::span<const char *const> teamNames() {
    return kTeams;
}

} // namespace rz::sim
