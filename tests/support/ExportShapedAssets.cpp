// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: rzconsole contributors
#include "ExportShapedAssets.h"

#include <QList>

using namespace Qt::StringLiterals;

namespace rz::test {

namespace {

QByteArray edgeFirewall() {
    return R"({"risk_rank":2,"id":"6a1f0c3e-5b7d-4f21-9c0e-3d2a00000001","created_at":1751000000,)"
           R"("updated_at":1759000000,"organization_id":"0e5a1b2c-0000-4000-8000-0000000000aa",)"
           R"("site_id":"0e5a1b2c-0000-4000-8000-0000000000bb","alive":true,"last_seen":1759000500,)"
           R"("first_seen":1751000100,"detected_by":"arp","type":"Firewall","os_vendor":"Linux",)"
           R"("os_product":"Linux Kernel","os_version":"6.1.0-18-amd64","os":"Linux","hw_vendor":"",)"
           R"("hw_product":"","hw_version":"","hw":"","addresses":["192.168.40.1"],"addresses_extra":[],)"
           R"("macs":["00:1b:17:0a:0b:01"],"mac_vendors":["Palo Alto Networks"],"names":["EDGE-FW-01"],)"
           R"("tags":{"zone":"DMZ","location":"LAB","managed":""},"tag_descriptions":null,"domains":[],)"
           R"("services":{)"
           R"("192.168.40.1/0/arp/":{"arp.mac":"00:1B:17:0A:0B:01","protocol":"arp",)"
           R"("service.address":"192.168.40.1","service.port":"0","service.transport":"arp",)"
           R"("source":"arp\tsnmp.arpcache.192.168.40.9","ts":"1759000500"},)"
           R"("192.168.40.1/0/icmp/":{"icmp.addrs":"192.168.40.1","icmp.typeCode":"EchoReply","ip.ttl":"64",)"
           R"("protocol":"icmp","service.address":"192.168.40.1","service.port":"0","service.transport":"icmp"},)"
           R"("192.168.40.1/443/tcp/":{"product":"NGINX:nginx:1.22.1\tnginx:nginx:1.22.1","protocol":"http\ttls",)"
           R"("http.title":"Edge Login","tls.cn":"edge-fw-01.lab.example",)"
           R"("tls.names":"edge-fw-01.lab.example\tfw.lab.example","tls.notAfterTS":"1790000000",)"
           R"("service.address":"192.168.40.1","service.port":"443","service.transport":"tcp"},)"
           R"("192.168.40.1/8443/tcp/portal.lab.example":{"protocol":"http","http.title":"Portal",)"
           R"("service.address":"192.168.40.1","service.port":"8443","service.transport":"tcp"},)"
           R"("192.168.40.1/500/udp/":{"protocol":"ike","service.address":"192.168.40.1","service.port":"500",)"
           R"("service.transport":"udp"}},)"
           R"("credentials":null,"rtts":{"icmp/echo":[136433181,9007199254740993]},)"
           R"("attributes":{"_asset.match":"mac=00:1b:17:0a:0b:01","arp.macs":"00:1B:17:0A:0B:01\t00:1B:17:0A:0B:02"},)"
           R"("service_count":5,"service_count_tcp":2,"service_count_udp":1,"service_count_arp":1,)"
           R"("service_count_icmp":1,"software_count":1,"vulnerability_count":12,"lowest_ttl":0,)"
           R"("lowest_rtt":136433181,"newest_mac":"00:1b:17:0a:0b:01","newest_mac_vendor":"Palo Alto Networks",)"
           R"("newest_mac_age":1501286400000000000,"comments":null,"service_ports_tcp":["443","8443"],)"
           R"("service_ports_udp":["500"],"service_protocols":["arp","http","ike","tls"],)"
           R"("service_products":["nginx"],"scanned":true,"source_ids":[1],"eol_os":0,"outlier_score":1,)"
           R"("risk":"high","criticality":"medium","criticality_rank":3,"sources":["runZero"],)"
           R"("org_name":"Lab Corporation","site_name":"Edge","agent_name":null,"agent_external_ip":null,)"
           R"("hosted_zone_name":null,"owners":["Network Team"],)"
           R"("ownership":[{"id":"2c9b0000-0000-4000-8000-000000000001","type":"IT Owner","name":"Network Team",)"
           R"("reference":7,"updated_at":1759000600}]})"_ba;
}

QByteArray fieldsLimited() {
    return R"({"id":"6a1f0c3e-5b7d-4f21-9c0e-3d2a00000002","addresses":null,"names":["BRANCH-WLC-07"],)"
           R"("os":"Cisco IOS","os_version":null,"hw":"VMware VM","type":"Server","alive":false,)"
           R"("first_seen":1744000000,"last_seen":1744395945,"site_name":"BRANCH","tags":{},)"
           R"("service_ports_tcp":null,"service_ports_udp":null,"domains":null,"comments":null,)"
           R"("risk":null,"criticality":null,"owners":null})"_ba;
}

QByteArray bigHost() {
    QByteArray services;
    for (int i = 0; i < bigAssetServices; ++i) {
        const int port = i == 0 ? 22 : i == 1 ? 443 : 1000 + i;
        const QByteArray transport = i % 5 == 4 ? "udp"_ba : "tcp"_ba;
        const QByteArray address = i % 3 == 2 ? "10.20.0.31"_ba : "10.20.0.30"_ba;
        const QByteArray number = QByteArray::number(port);
        QByteArray fields;
        if (port == 22) {
            fields = R"("banner":"SSH-2.0-OpenSSH_9.2p1 Debian-2+deb12u3","protocol":"ssh",)"_ba;
        } else if (port == 443) {
            fields = R"("product":"NGINX:nginx:1.24.0\tnginx:nginx:1.24.0","protocol":"http\ttls",)"
                     R"("tls.cn":"BIG-HOST-030","http.title":"Dashboard",)"_ba;
        } else {
            fields =
                R"("banner":"220 service )"_ba + number +
                R"( ready\r\n214-The following commands are recognized\r\n214-HELP NOOP QUIT STAT\r\n",)"_ba +
                R"("protocol":"x)"_ba + number + "\","_ba;
        }
        services += (i ? ","_ba : QByteArray()) + '"' + address + '/' + number + '/' + transport + "/\":{" +
                    fields + R"("service.address":")"_ba + address + R"(","service.port":")"_ba + number +
                    R"(","service.transport":")"_ba + transport + R"(","ts":"1759000700"})"_ba;
    }
    QByteArray foreign;
    for (int i = 0; i < 200; ++i)
        foreign += (i ? ","_ba : QByteArray()) + R"({"id":"10.20.0.30","pluginID":")"_ba +
                   QByteArray::number(10000 + i) + R"(","lastSeenTS":"1759000000","severity":")"_ba +
                   QByteArray::number(i % 5) + "\"}"_ba;
    return R"({"id":"6a1f0c3e-5b7d-4f21-9c0e-3d2a00000003","alive":true,"type":"Server","os":"Linux",)"
           R"("os_version":"Debian 12","hw":"Dell PowerEdge R650","addresses":["10.20.0.30","10.20.0.31"],)"
           R"("addresses_extra":["198.51.100.30"],"macs":["b0:7b:25:00:00:30","b0:7b:25:00:00:31"],)"
           R"("mac_vendors":["Dell Inc.",""],"names":["BIG-HOST-030","big-host-030.lab.example"],)"
           R"("domains":["lab.example"],"tags":{"role":"hypervisor","criticality":"high","pci":""},)"
           R"("first_seen":1750000000,"last_seen":1759000700,"site_name":"Datacenter","org_name":"Lab Corporation",)"
           R"("services":{)"_ba +
           services +
           R"(},"attributes":{"_asset.match":"mac=b0:7b:25:00:00:30","snmp.sysName":"big-host-030"},)"
           R"("foreign_attributes":{"@nessus.dev":[)"_ba +
           foreign + R"(]},"service_count":)"_ba + QByteArray::number(bigAssetServices) +
           R"(,"newest_mac":"b0:7b:25:00:00:30","newest_mac_vendor":"Dell Inc.",)"
           R"("newest_mac_age":1501286400000000001,"service_ports_tcp":["22","443"],"service_ports_udp":[],)"
           R"("risk":"critical","criticality":"high","comments":null,"sources":["runZero","Nessus"]})"_ba;
}

} // namespace

QByteArray exportShapedAssets() {
    return "["_ba + edgeFirewall() + ","_ba + fieldsLimited() + ","_ba + bigHost() + "]"_ba;
}

qsizetype exportShapedBigAssetBytes() {
    return bigHost().size();
}

} // namespace rz::test
