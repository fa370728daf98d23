// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: rzconsole contributors
//
// The full-asset parser (on hand-written bodies and on the real export sample, read in place) and the two
// models of the detail pane.
#include "models/AssetServiceModel.h"
#include "models/KeyValueModel.h"
#include "models/Roles.h"
#include "json/AssetDetailParser.h"

#include "support/ExportShapedAssets.h"
#include "support/ReferenceFiles.h"

#include <QAbstractItemModelTester>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

const rz::AssetService *serviceAt(const rz::AssetDetail &asset, const QString &address, int port,
                                  const QString &transport) {
    for (const rz::AssetService &service : asset.services) {
        if (service.address == address && service.port == port && service.transport == transport)
            return &service;
    }
    return nullptr;
}

QString fieldOf(const rz::AssetService &service, const QString &key) {
    for (const rz::KeyValue &field : service.fields) {
        if (field.first == key)
            return field.second;
    }
    return u"<absent>"_s;
}

} // namespace

class tst_AssetDetail final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void parsesOneObject();
    void picksTheAssetFromAList();
    void listWithoutTheAssetIsNotFound();
    void lenientAboutTypes();
    void rejectsWhatIsNotAnAsset();
    void readableProducts_data();
    void readableProducts();
    void parsesTheRealExportSample();
    void parsesExportShapedAssets();
    void serviceModel();
    void keyValueModel();
};

void tst_AssetDetail::parsesOneObject() {
    const QByteArray body = R"({
        "id": "a-1", "addresses": ["10.0.0.5", "fd00::5"], "addresses_extra": ["198.51.100.7"],
        "names": ["web-1", "WEB-1.corp"], "domains": ["corp"], "type": "Server", "os": "Ubuntu Linux",
        "os_version": "22.04", "hw": "Dell PowerEdge", "macs": ["00:11:22:33:44:55", "66:77:88:99:aa:bb"],
        "mac_vendors": ["Dell"], "newest_mac": "66:77:88:99:AA:BB", "newest_mac_vendor": "Intel",
        "tags": {"owner": "IT Operations", "pci": ""}, "alive": true, "first_seen": 1700000000,
        "last_seen": "1700086400", "site_name": "Primary", "org_name": "RZ", "risk": "high",
        "service_count": 3, "vulnerability_count": null, "sources": ["runZero", ""],
        "service_products": ["nginx", "openbsd openssh"],
        "attributes": {"zeta": "last", "Alpha": "first\tsecond"},
        "services": {
            "10.0.0.5/443/tcp/": {"protocol": "http\ttls", "product": "NGINX:nginx:1.20.2\tnginx:nginx:1.20.2",
                                  "service.port": "443", "http.title": "Welcome", "tls.cn": "web-1"},
            "10.0.0.5/22/tcp/": {"ssh.banner": "SSH-2.0-OpenSSH_8.9p1 Ubuntu-3ubuntu0.6", "protocol": "ssh"},
            "10.0.0.5/80/tcp/intranet": {"protocol": "http", "http.head.server": "Apache/2.4", "ts": 17},
            "10.0.0.5/0/icmp/": {"icmp.typeCode": "EchoReply"},
            "10.0.0.5/53/udp/": {"protocol": "dns", "dns.version": "9.18"}
        }
    })"_ba;
    const rz::Result<rz::AssetDetail> result = rz::json::parseAssetDetail(body, u"a-1"_s);
    QVERIFY2(result.ok(), qPrintable(result.error.userMessage()));
    const rz::AssetDetail &asset = result.value;
    QCOMPARE(asset.id, u"a-1"_s);
    QCOMPARE(asset.addresses, (QList<QString>{u"10.0.0.5"_s, u"fd00::5"_s}));
    QCOMPARE(asset.extraAddresses, QList<QString>{u"198.51.100.7"_s});
    QCOMPARE(asset.names.size(), 2);
    QCOMPARE(asset.osVersion, u"22.04"_s);
    QCOMPARE(asset.hardware, u"Dell PowerEdge"_s);
    QCOMPARE(asset.macs.size(), 2);
    QCOMPARE(asset.macs.at(0).vendor, u"Dell"_s);
    QCOMPARE(asset.macs.at(1).vendor, u"Intel"_s); // from newest_mac_vendor, matched ignoring case
    QCOMPARE(asset.tags, (QList<rz::KeyValue>{{u"owner"_s, u"IT Operations"_s}, {u"pci"_s, QString()}}));
    QVERIFY(asset.aliveKnown);
    QVERIFY(asset.alive);
    QCOMPARE(asset.firstSeen, 1700000000);
    QCOMPARE(asset.lastSeen, 1700086400); // a decimal string is read too
    QCOMPARE(asset.serviceCount, 3);
    QCOMPARE(asset.vulnerabilityCount, -1);
    QCOMPARE(asset.sources, QList<QString>{u"runZero"_s});
    QCOMPARE(asset.products, (QList<QString>{u"nginx"_s, u"openbsd openssh"_s}));
    // Attributes sorted by key ignoring case; tabs kept.
    QCOMPARE(asset.attributes.at(0), (rz::KeyValue{u"Alpha"_s, u"first\tsecond"_s}));
    QCOMPARE(asset.attributes.at(1).first, u"zeta"_s);

    // Services: icmp first, then tcp by port, then udp.
    QCOMPARE(asset.services.size(), 5);
    QCOMPARE(asset.services.at(0).transport, u"icmp"_s);
    QCOMPARE(asset.services.at(0).protocol, u"icmp"_s);
    QCOMPARE(asset.services.at(1).port, 22);
    QCOMPARE(asset.services.at(2).port, 80);
    QCOMPARE(asset.services.at(3).port, 443);
    QCOMPARE(asset.services.at(4).transport, u"udp"_s);
    const rz::AssetService &https = asset.services.at(3);
    QCOMPARE(https.address, u"10.0.0.5"_s);
    QCOMPARE(https.protocol, u"http, tls"_s);
    QCOMPARE(https.product, u"nginx 1.20.2"_s);
    QCOMPARE(https.summary, u"Welcome"_s);
    QCOMPARE(fieldOf(https, u"tls.cn"_s), u"web-1"_s);
    QCOMPARE(asset.services.at(1).product, u"OpenSSH_8.9p1 Ubuntu-3ubuntu0.6"_s);
    const rz::AssetService &http = asset.services.at(2);
    QCOMPARE(http.vhost, u"intranet"_s);
    QCOMPARE(http.product, u"Apache/2.4"_s);
    QCOMPARE(fieldOf(http, u"ts"_s), u"17"_s); // a number where a string belongs
}

void tst_AssetDetail::picksTheAssetFromAList() {
    const QByteArray array = R"([{"id":"other","names":["x"]},{"id":"A-2","names":["wanted"]}])"_ba;
    rz::Result<rz::AssetDetail> result = rz::json::parseAssetDetail(array, u"a-2"_s);
    QVERIFY(result.ok());
    QCOMPARE(result.value.names, QList<QString>{u"wanted"_s});

    const QByteArray page = R"({"assets":[{"id":"a-3","os":"Linux"}],"next_key":""})"_ba;
    result = rz::json::parseAssetDetail(page, u"a-3"_s);
    QVERIFY(result.ok());
    QCOMPARE(result.value.os, u"Linux"_s);
}

void tst_AssetDetail::listWithoutTheAssetIsNotFound() {
    for (const QByteArray &body : {"[]"_ba, R"([{"id":"other"}])"_ba, R"({"assets":[]})"_ba}) {
        const rz::Result<rz::AssetDetail> result = rz::json::parseAssetDetail(body, u"a-9"_s);
        QVERIFY(!result.ok());
        QCOMPARE(result.error.kind, rz::ApiError::Kind::NotFound);
    }
}

void tst_AssetDetail::lenientAboutTypes() {
    const QByteArray body = R"({"names": "solo", "addresses": [null, 5, "10.1.1.1", ""], "macs": null,
        "tags": ["not", "an", "object"], "services": {"bad": 7, "10.1.1.1/x/tcp/": {"protocol": ["odd"]}},
        "alive": "maybe", "first_seen": "2024-05-06T12:00:00Z", "last_seen": -5, "type": {"x": 1}})"_ba;
    const rz::Result<rz::AssetDetail> result = rz::json::parseAssetDetail(body, u"a-7"_s);
    QVERIFY2(result.ok(), qPrintable(result.error.userMessage()));
    const rz::AssetDetail &asset = result.value;
    QCOMPARE(asset.id, u"a-7"_s); // the id asked for, when the body has none
    QCOMPARE(asset.names, QList<QString>{u"solo"_s});
    QCOMPARE(asset.addresses, (QList<QString>{u"5"_s, u"10.1.1.1"_s}));
    QVERIFY(asset.macs.isEmpty());
    QVERIFY(asset.tags.isEmpty());
    QCOMPARE(asset.services.size(), 2);
    QCOMPARE(asset.firstSeen, QDateTime(QDate(2024, 5, 6), QTime(12, 0), Qt::UTC).toSecsSinceEpoch());
    QCOMPARE(asset.lastSeen, 0);
    QVERIFY(asset.type.isEmpty());
    QVERIFY(!asset.alive);
    for (const rz::AssetService &service : asset.services)
        QCOMPARE(service.port, 0);
}

void tst_AssetDetail::rejectsWhatIsNotAnAsset() {
    for (const QByteArray &body : {""_ba, "{"_ba, "42"_ba, "\"text\""_ba}) {
        const rz::Result<rz::AssetDetail> result = rz::json::parseAssetDetail(body, u"a-1"_s);
        QVERIFY2(!result.ok(), body.constData());
        QCOMPARE(result.error.kind, rz::ApiError::Kind::Malformed);
    }
}

void tst_AssetDetail::readableProducts_data() {
    QTest::addColumn<QString>("product");
    QTest::addColumn<QString>("readable");
    QTest::newRow("one") << u"OpenBSD:OpenSSH:7.4p1"_s << u"OpenSSH 7.4p1"_s;
    QTest::newRow("duplicates") << u"NGINX:nginx:1.20.2\tnginx:nginx:1.20.2"_s << u"nginx 1.20.2"_s;
    QTest::newRow("no version") << u"MariaDB:MariaDB:"_s << u"MariaDB"_s;
    QTest::newRow("two") << u"Apache:HTTPD:2.4.34\tOpenSSL:OpenSSL:1.1.0h"_s
                         << u"HTTPD 2.4.34, OpenSSL 1.1.0h"_s;
    QTest::newRow("vendor only") << u"Gnu::"_s << u"Gnu"_s;
    QTest::newRow("colon in version") << u"X:Y:1:2"_s << u"Y 1:2"_s;
    QTest::newRow("empty") << QString() << QString();
}

void tst_AssetDetail::readableProducts() {
    QFETCH(QString, product);
    QFETCH(QString, readable);
    QCOMPARE(rz::json::readableProduct(product), readable);
}

void tst_AssetDetail::parsesTheRealExportSample() {
    RZ_NEED_REFERENCE_FILE(rz::test::reference::labExport);
    const QByteArray body = rz::test::readReference(rz::test::reference::labExport);
    // Expectations from the sample itself, through an independent reading.
    const QJsonArray all = QJsonDocument::fromJson(body).array();
    QCOMPARE(all.size(), 3);
    const QJsonObject expected = all.at(2).toObject();
    const QString id = expected.value("id"_L1).toString();

    const rz::Result<rz::AssetDetail> result = rz::json::parseAssetDetail(body, id.toUpper());
    QVERIFY2(result.ok(), qPrintable(result.error.userMessage()));
    const rz::AssetDetail &asset = result.value;
    QCOMPARE(asset.id, id);
    QCOMPARE(asset.services.size(), expected.value("services"_L1).toObject().size());
    QCOMPARE(asset.attributes.size(), expected.value("attributes"_L1).toObject().size());
    QCOMPARE(asset.addresses.size(), expected.value("addresses"_L1).toArray().size());
    QCOMPARE(asset.names.constFirst(), expected.value("names"_L1).toArray().at(0).toString());
    QCOMPARE(asset.lastSeen, expected.value("last_seen"_L1).toInteger());
    QCOMPARE(asset.tags.size(), expected.value("tags"_L1).toObject().size());
    QCOMPARE(asset.siteName, expected.value("site_name"_L1).toString());

    const rz::AssetService *ssh = serviceAt(asset, u"10.0.0.30"_s, 22, u"tcp"_s);
    QVERIFY(ssh);
    QCOMPARE(ssh->protocol, u"ssh"_s);
    QCOMPARE(ssh->product, u"OpenSSH 7.4p1"_s);
    const rz::AssetService *https = serviceAt(asset, u"10.0.0.30"_s, 443, u"tcp"_s);
    QVERIFY(https);
    QCOMPARE(https->protocol, u"http, tls"_s);
    QCOMPARE(https->product, u"nginx 1.20.2"_s);
    QCOMPARE(fieldOf(*https, u"tls.cn"_s), u"RZHQ-SERVER-030"_s);
}

// The same on the project's own export-shaped assets: the asset of several hundred KB, picked from the list.
void tst_AssetDetail::parsesExportShapedAssets() {
    const QByteArray body = rz::test::exportShapedAssets();
    const QJsonArray all = QJsonDocument::fromJson(body).array();
    QCOMPARE(all.size(), 3);
    const QJsonObject expected = all.at(2).toObject();
    const QString id = expected.value("id"_L1).toString();

    const rz::Result<rz::AssetDetail> result = rz::json::parseAssetDetail(body, id.toUpper());
    QVERIFY2(result.ok(), qPrintable(result.error.userMessage()));
    const rz::AssetDetail &asset = result.value;
    QCOMPARE(asset.id, id);
    QCOMPARE(asset.services.size(), rz::test::bigAssetServices);
    QCOMPARE(asset.services.size(), expected.value("services"_L1).toObject().size());
    QCOMPARE(asset.attributes.size(), expected.value("attributes"_L1).toObject().size());
    QCOMPARE(asset.addresses.size(), 2);
    QCOMPARE(asset.extraAddresses, QList<QString>{u"198.51.100.30"_s});
    QCOMPARE(asset.names.constFirst(), u"BIG-HOST-030"_s);
    QCOMPARE(asset.lastSeen, expected.value("last_seen"_L1).toInteger());
    QCOMPARE(asset.tags.size(), 3);
    QCOMPARE(asset.siteName, u"Datacenter"_s);
    QCOMPARE(asset.macs.size(), 2);
    QCOMPARE(asset.macs.at(1).vendor, QString());

    const rz::AssetService *ssh = serviceAt(asset, u"10.20.0.30"_s, 22, u"tcp"_s);
    QVERIFY(ssh);
    QCOMPARE(ssh->protocol, u"ssh"_s);
    QCOMPARE(ssh->product, u"OpenSSH_9.2p1 Debian-2+deb12u3"_s);
    const rz::AssetService *https = serviceAt(asset, u"10.20.0.30"_s, 443, u"tcp"_s);
    QVERIFY(https);
    QCOMPARE(https->protocol, u"http, tls"_s);
    QCOMPARE(https->product, u"nginx 1.24.0"_s);
    QCOMPARE(fieldOf(*https, u"tls.cn"_s), u"BIG-HOST-030"_s);

    // The firewall: a vhost in the service key, and the key's parts where no service.* field says otherwise.
    const rz::Result<rz::AssetDetail> firewall =
        rz::json::parseAssetDetail(body, all.at(0).toObject().value("id"_L1).toString());
    QVERIFY2(firewall.ok(), qPrintable(firewall.error.userMessage()));
    const rz::AssetService *portal = serviceAt(firewall.value, u"192.168.40.1"_s, 8443, u"tcp"_s);
    QVERIFY(portal);
    QCOMPARE(portal->vhost, u"portal.lab.example"_s);
    QCOMPARE(portal->summary, u"Portal"_s);
    QCOMPARE(firewall.value.comments, QString());
}

void tst_AssetDetail::serviceModel() {
    rz::AssetServiceModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 0);
    rz::AssetService icmp{u"10.0.0.1"_s, 0, u"icmp"_s, {}, u"icmp"_s, {}, {}, {}};
    rz::AssetService web{u"10.0.0.1"_s, 8080,          u"tcp"_s,  u"intranet"_s,
                         u"http"_s,     u"Tomcat 9"_s, u"Home"_s, {{u"http.title"_s, u"Home"_s}}};
    model.setServices({icmp, web});
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.columnCount(), int(rz::AssetServiceModel::Count));
    QCOMPARE(model.index(0, rz::AssetServiceModel::Port).data().toString(), QString()); // no port 0 shown
    QCOMPARE(model.index(1, rz::AssetServiceModel::Port).data().toString(), u"8080"_s);
    QCOMPARE(model.index(1, rz::AssetServiceModel::Port).data(rz::RawValueRole).toInt(), 8080);
    QCOMPARE(model.index(1, rz::AssetServiceModel::Product).data().toString(), u"Tomcat 9"_s);
    QVERIFY(model.index(1, rz::AssetServiceModel::Address).data().toString().contains(u"intranet"_s));
    QCOMPARE(model.headerData(rz::AssetServiceModel::Protocol, Qt::Horizontal).toString(), u"Protocol"_s);
    QCOMPARE(model.service(1).fields.size(), 1);
    model.clear();
    QCOMPARE(model.rowCount(), 0);
}

void tst_AssetDetail::keyValueModel() {
    rz::KeyValueModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setPairs({{u"_sources.1.addrs"_s, u"10.0.0.1\t10.0.0.2"_s}, {u"note"_s, u"line one\nline two"_s}});
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.index(0, rz::KeyValueModel::Value).data().toString(), u"10.0.0.1, 10.0.0.2"_s);
    QCOMPARE(model.index(0, rz::KeyValueModel::Value).data(Qt::ToolTipRole).toString(),
             u"10.0.0.1\n10.0.0.2"_s);
    QCOMPARE(model.index(0, rz::KeyValueModel::Value).data(rz::RawValueRole).toString(),
             u"10.0.0.1\t10.0.0.2"_s);
    QCOMPARE(model.index(1, rz::KeyValueModel::Value).data().toString(), u"line one line two"_s);
    QCOMPARE(model.index(1, rz::KeyValueModel::Name).data().toString(), u"note"_s);
    QCOMPARE(model.headerData(rz::KeyValueModel::Value, Qt::Horizontal).toString(), u"Value"_s);
    model.clear();
    QCOMPARE(model.rowCount(), 0);
}

QTEST_GUILESS_MAIN(tst_AssetDetail)
#include "tst_assetdetail.moc"
