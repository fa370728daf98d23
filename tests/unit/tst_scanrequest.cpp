// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: rzconsole contributors
//
// A scan request as the form fills it: which fields are wrong and why, which warnings need confirming, what
// the scope amounts to, and the exact ScanOptions body (every value a string, unset options left out).
#include "domain/ScanRequest.h"
#include "json/ScanOptionsWriter.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

using namespace Qt::StringLiterals;
using rz::Explorer;
using rz::ScanCheck;
using rz::ScanContext;
using rz::ScanField;
using rz::ScanRequest;

Q_DECLARE_METATYPE(rz::ScanField)

namespace {

const QString kExplorerId = u"0b7e6a2c-1111-4c3e-9d1a-000000000001"_s;
const QString kOfflineId = u"0b7e6a2c-1111-4c3e-9d1a-000000000002"_s;
constexpr qint64 kNow = 1'750'000'000;

// A request that passes every check: an explorer scanning a private /24.
ScanRequest validRequest() {
    ScanRequest request;
    request.siteId = u"site-1"_s;
    request.targets = u"10.0.0.0/24"_s;
    request.name = u"Weekly lab scan"_s;
    request.scanner = ScanRequest::Scanner::Explorer;
    request.explorerId = kExplorerId;
    request.rate = u"1000"_s;
    return request;
}

ScanContext context() {
    ScanContext context;
    Explorer online;
    online.id = kExplorerId;
    online.name = u"explorer-lab"_s;
    online.connected = true;
    Explorer offline;
    offline.id = kOfflineId;
    offline.name = u"explorer-attic"_s;
    context.explorers = {online, offline};
    context.explorersKnown = true;
    context.siteScope = u"10.0.0.0/16"_s;
    context.siteExcludes = u"10.0.0.1"_s;
    context.nowSeconds = kNow;
    return context;
}

QJsonObject bodyOf(const ScanRequest &request) {
    QJsonParseError error{};
    const QJsonDocument document = QJsonDocument::fromJson(rz::json::scanOptionsBody(request), &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        qWarning("the body is not a JSON object: %s", qPrintable(error.errorString()));
    return document.object();
}

} // namespace

class ScanRequestTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void validRequestPasses() {
        const ScanCheck check = validRequest().check(context());
        QVERIFY2(check.ok(), qPrintable(check.problems.values().join(u" | "_s)));
        QVERIFY(check.warnings.isEmpty());
        QCOMPARE(check.addressCount.value.lo, quint64(256));
        QCOMPARE(check.scopeSummary, u"256 addresses to scan."_s);
    }

    void fieldProblems_data() {
        QTest::addColumn<QString>("member");
        QTest::addColumn<QString>("value");
        QTest::addColumn<rz::ScanField>("field");
        QTest::newRow("no site") << u"siteId"_s << QString() << ScanField::Site;
        QTest::newRow("no targets") << u"targets"_s << u"  "_s << ScanField::Targets;
        QTest::newRow("bad target") << u"targets"_s << u"10.0.0.0/24 10.0.0.999"_s << ScanField::Targets;
        QTest::newRow("defaults as exclude") << u"excludes"_s << u"defaults"_s << ScanField::Excludes;
        QTest::newRow("everything excluded") << u"excludes"_s << u"10.0.0.0/8"_s << ScanField::Excludes;
        QTest::newRow("no name") << u"name"_s << QString() << ScanField::Name;
        QTest::newRow("rate zero") << u"rate"_s << u"0"_s << ScanField::Rate;
        QTest::newRow("rate text") << u"rate"_s << u"fast"_s << ScanField::Rate;
        QTest::newRow("rate huge") << u"rate"_s << u"99999999999"_s << ScanField::Rate;
        QTest::newRow("host rate negative") << u"maxHostRate"_s << u"-1"_s << ScanField::MaxHostRate;
        QTest::newRow("tcp ports") << u"tcpPorts"_s << u"1-70000"_s << ScanField::TcpPorts;
        QTest::newRow("tcp excludes") << u"tcpExcludes"_s << u"ssh"_s << ScanField::TcpExcludes;
        QTest::newRow("udp ports") << u"udpPorts"_s << u"0"_s << ScanField::UdpPorts;
        QTest::newRow("passes") << u"passes"_s << u"1.5"_s << ScanField::Passes;
        QTest::newRow("attempts") << u"maxAttempts"_s << u"0"_s << ScanField::MaxAttempts;
        QTest::newRow("net size") << u"subnetPingNetSize"_s << u"0"_s << ScanField::SubnetPingNetSize;
        QTest::newRow("sample rate") << u"subnetPingSampleRate"_s << u"x"_s
                                     << ScanField::SubnetPingSampleRate;
        QTest::newRow("max hosts") << u"maxHosts"_s << u"0"_s << ScanField::MaxHosts;
        QTest::newRow("max duration") << u"maxDuration"_s << u"soon"_s << ScanField::MaxDuration;
        QTest::newRow("template not a uuid") << u"templateId"_s << u"weekly"_s << ScanField::Template;
    }
    void fieldProblems() {
        QFETCH(QString, member);
        QFETCH(QString, value);
        QFETCH(rz::ScanField, field);
        ScanRequest request = validRequest();
        const QHash<QString, QString ScanRequest::*> members{
            {u"siteId"_s, &ScanRequest::siteId},
            {u"targets"_s, &ScanRequest::targets},
            {u"excludes"_s, &ScanRequest::excludes},
            {u"name"_s, &ScanRequest::name},
            {u"rate"_s, &ScanRequest::rate},
            {u"maxHostRate"_s, &ScanRequest::maxHostRate},
            {u"tcpPorts"_s, &ScanRequest::tcpPorts},
            {u"tcpExcludes"_s, &ScanRequest::tcpExcludes},
            {u"udpPorts"_s, &ScanRequest::udpPorts},
            {u"passes"_s, &ScanRequest::passes},
            {u"maxAttempts"_s, &ScanRequest::maxAttempts},
            {u"subnetPingNetSize"_s, &ScanRequest::subnetPingNetSize},
            {u"subnetPingSampleRate"_s, &ScanRequest::subnetPingSampleRate},
            {u"maxHosts"_s, &ScanRequest::maxHosts},
            {u"maxDuration"_s, &ScanRequest::maxDuration},
            {u"templateId"_s, &ScanRequest::templateId},
        };
        QVERIFY(members.contains(member));
        request.*members.value(member) = value;
        const ScanCheck check = request.check(context());
        QCOMPARE(check.problems.keys(), QList<ScanField>{field});
        QVERIFY(!check.problems.value(field).isEmpty());
        QVERIFY2(check.problems.value(field).endsWith(u'.'), qPrintable(check.problems.value(field)));
    }

    void subnetPingFieldsIgnoredWhenOff() {
        ScanRequest request = validRequest();
        request.subnetPing = false;
        request.subnetPingNetSize = u"0"_s;
        request.subnetPingProbes = QStringList();
        QVERIFY(request.check(context()).ok());
        QVERIFY(!bodyOf(request).contains(u"subnet-ping-net-size"_s));
        request.subnetPing = true;
        const ScanCheck check = request.check(context());
        QVERIFY(check.problems.contains(ScanField::SubnetPingNetSize));
        QVERIFY(check.problems.contains(ScanField::SubnetPingProbes));
    }

    void whoScans() {
        ScanRequest request = validRequest();
        request.scanner = ScanRequest::Scanner::None;
        QVERIFY(request.check(context()).problems.contains(ScanField::Scanner));

        request.scanner = ScanRequest::Scanner::Explorer;
        request.explorerId = kOfflineId;
        QVERIFY(request.check(context()).problems.value(ScanField::Scanner).contains(u"explorer-attic"_s));
        request.explorerId = u"not-known"_s;
        QVERIFY(request.check(context()).problems.contains(ScanField::Scanner));
        request.explorerId.clear();
        QVERIFY(request.check(context()).problems.contains(ScanField::Scanner));

        request.scanner = ScanRequest::Scanner::ExplorerGroup;
        request.explorerGroupId = u"group one"_s;
        QVERIFY(request.check(context()).problems.contains(ScanField::Scanner));
        request.explorerGroupId = u"e77602e0-3fb8-4734-aef9-fbc6fdcb0fa8"_s;
        QVERIFY(request.check(context()).ok());

        request.scanner = ScanRequest::Scanner::HostedZone;
        request.hostedZone.clear();
        QVERIFY(request.check(context()).problems.contains(ScanField::Scanner));
        request.hostedZone = u"auto"_s;
        request.targets = u"example.com 203.0.113.0/28"_s;
        QVERIFY(request.check(context()).ok());
        QVERIFY(request.check(context()).warnings.isEmpty());
    }

    void warnings_data() {
        QTest::addColumn<int>("scanner");
        QTest::addColumn<QString>("targets");
        QTest::addColumn<QString>("excludes");
        QTest::addColumn<QString>("warningContains"); // empty: no warning
        const int explorer = int(ScanRequest::Scanner::Explorer);
        const int group = int(ScanRequest::Scanner::ExplorerGroup);
        const int zone = int(ScanRequest::Scanner::HostedZone);
        QTest::newRow("a /16 is fine") << explorer << u"10.1.0.0/16"_s << QString() << QString();
        QTest::newRow("a /15 is large") << explorer << u"10.0.0.0/15"_s << QString() << u"/16"_s;
        QTest::newRow("excludes bring it down")
            << explorer << u"10.0.0.0/15"_s << u"10.1.0.0/16"_s << QString();
        QTest::newRow("ipv6 /64 is large") << explorer << u"fd00::/64"_s << QString() << u"2^64"_s;
        QTest::newRow("public on an explorer") << explorer << u"8.8.8.8"_s << QString() << u"public"_s;
        QTest::newRow("public on a group") << group << u"198.51.100.0/24"_s << QString() << u"public"_s;
        QTest::newRow("public excluded") << explorer << u"10.0.0.0/24 8.8.8.8"_s << u"8.8.8.8"_s << QString();
        QTest::newRow("private on a zone") << zone << u"192.168.1.0/24"_s << QString() << u"private"_s;
        QTest::newRow("public on a zone") << zone << u"8.8.8.8 example.com"_s << QString() << QString();
        QTest::newRow("ula on a zone") << zone << u"fd12::1"_s << QString() << u"private"_s;
    }
    void warnings() {
        QFETCH(int, scanner);
        QFETCH(QString, targets);
        QFETCH(QString, excludes);
        QFETCH(QString, warningContains);
        ScanRequest request = validRequest();
        request.scanner = ScanRequest::Scanner(scanner);
        request.explorerGroupId = u"e77602e0-3fb8-4734-aef9-fbc6fdcb0fa8"_s;
        request.hostedZone = u"auto"_s;
        request.targets = targets;
        request.excludes = excludes;
        const ScanCheck check = request.check(context());
        QVERIFY2(check.ok(), qPrintable(check.problems.values().join(u" | "_s)));
        if (warningContains.isEmpty()) {
            QVERIFY2(check.warnings.isEmpty(), qPrintable(check.warnings.join(u" | "_s)));
        } else {
            QCOMPARE(check.warnings.size(), 1);
            QVERIFY2(check.warnings.first().contains(warningContains), qPrintable(check.warnings.first()));
        }
    }

    void scopeSummary() {
        ScanRequest request = validRequest();
        request.targets = u"10.0.0.0/24 printer.lab.example"_s;
        request.excludes = u"10.0.0.0/25"_s;
        const ScanCheck check = request.check(context());
        QCOMPARE(check.addressCount.value.lo, quint64(128));
        QCOMPARE(check.hostNameCount, 1);
        QCOMPARE(check.scopeSummary,
                 u"128 addresses and 1 host name to scan. Excludes take away 128 addresses."_s);
    }

    void defaultsUseTheSiteScope() {
        ScanRequest request = validRequest();
        request.targets = u"defaults"_s;
        ScanCheck check = request.check(context());
        QVERIFY(check.ok());
        QCOMPARE(check.addressCount.value.lo, quint64(65535)); // the site's /16 minus its one exclude
        QVERIFY(check.scopeSummary.contains(u"site"_s));
        // Without the site's scope, "defaults" still passes but is left out of the count.
        ScanContext unknown = context();
        unknown.siteScope.clear();
        check = request.check(unknown);
        QVERIFY(check.ok());
        QVERIFY(check.addressCount.isZero());
        QVERIFY(check.scopeSummary.contains(u"leaves out"_s));
    }

    void probes() {
        ScanRequest request = validRequest();
        request.probes = QStringList();
        QVERIFY(request.check(context()).problems.contains(ScanField::Probes));
        request.probes = QStringList{u"arp"_s, u"syn"_s};
        QVERIFY(request.check(context()).ok());
        QCOMPARE(bodyOf(request).value(u"probes"_s).toString(), u"arp,syn"_s);
        request.hostPing = true;
        request.hostPingProbes = QStringList();
        QVERIFY(request.check(context()).problems.contains(ScanField::HostPingProbes));
        request.hostPingProbes = QStringList{u"echo"_s};
        QCOMPARE(bodyOf(request).value(u"host-ping-probes"_s).toString(), u"echo"_s);
    }

    void startTime() {
        ScanRequest request = validRequest();
        request.startTime = kNow - 3600;
        QVERIFY(request.check(context()).problems.contains(ScanField::StartTime));
        request.startTime = kNow + 3600;
        QVERIFY(request.check(context()).ok());
        QCOMPARE(bodyOf(request).value(u"scan-start"_s).toString(), QString::number(kNow + 3600));
    }

    void minimalBody() {
        const QJsonObject body = bodyOf(validRequest());
        const QJsonObject expected{
            {u"targets"_s, u"10.0.0.0/24"_s}, {u"scan-name"_s, u"Weekly lab scan"_s},
            {u"explorer"_s, kExplorerId},     {u"rate"_s, u"1000"_s},
            {u"screenshots"_s, u"true"_s},    {u"subnet-ping"_s, u"true"_s},
            {u"host-ping"_s, u"false"_s},     {u"scan-frequency"_s, u"once"_s},
        };
        QCOMPARE(body, expected);
    }

    void fullBodyIsAllStrings() {
        ScanRequest request = validRequest();
        request.targets = u"10.0.0.0/24\n10.0.1.1-50,  host.example.com"_s;
        request.excludes = u"10.0.0.1 10.0.0.2"_s;
        request.description = u"Lab and printers"_s;
        request.templateId = u"E77602E0-3FB8-4734-AEF9-FBC6FDCB0FA8"_s;
        request.rate = u"10,000"_s;
        request.maxHostRate = u"40"_s;
        request.tcpPorts = u"1\u20131000, 5000-6000"_s;
        request.tcpExcludes = u"9100"_s;
        request.udpPorts = u"53,161"_s;
        request.passes = u"2"_s;
        request.maxAttempts = u"3"_s;
        request.subnetPingNetSize = u"256"_s;
        request.subnetPingSampleRate = u"3"_s;
        request.subnetPingProbes = QStringList{u"arp"_s, u"echo"_s};
        request.maxHosts = u"5000"_s;
        request.maxDuration = u"3600"_s;
        request.frequency = u"weekly"_s;
        request.screenshots = false;
        QVERIFY(request.check(context()).ok());
        const QJsonObject body = bodyOf(request);
        for (auto it = body.constBegin(); it != body.constEnd(); ++it)
            QVERIFY2(it.value().isString(), qPrintable(it.key()));
        QCOMPARE(body.value(u"targets"_s).toString(), u"10.0.0.0/24 10.0.1.1-50 host.example.com"_s);
        QCOMPARE(body.value(u"excludes"_s).toString(), u"10.0.0.1 10.0.0.2"_s);
        QCOMPARE(body.value(u"scan-description"_s).toString(), u"Lab and printers"_s);
        QCOMPARE(body.value(u"scan-template"_s).toString(), u"E77602E0-3FB8-4734-AEF9-FBC6FDCB0FA8"_s);
        QCOMPARE(body.value(u"rate"_s).toString(), u"10000"_s);
        QCOMPARE(body.value(u"max-host-rate"_s).toString(), u"40"_s);
        QCOMPARE(body.value(u"tcp-ports"_s).toString(), u"1-1000,5000-6000"_s);
        QCOMPARE(body.value(u"tcp-excludes"_s).toString(), u"9100"_s);
        QCOMPARE(body.value(u"udp-ports"_s).toString(), u"53,161"_s);
        QCOMPARE(body.value(u"passes"_s).toString(), u"2"_s);
        QCOMPARE(body.value(u"max-attempts"_s).toString(), u"3"_s);
        QCOMPARE(body.value(u"subnet-ping-net-size"_s).toString(), u"256"_s);
        QCOMPARE(body.value(u"subnet-ping-sample-rate"_s).toString(), u"3"_s);
        QCOMPARE(body.value(u"subnet-ping-probes"_s).toString(), u"arp,echo"_s);
        QCOMPARE(body.value(u"max-hosts"_s).toString(), u"5000"_s);
        QCOMPARE(body.value(u"max-duration"_s).toString(), u"3600"_s);
        QCOMPARE(body.value(u"scan-frequency"_s).toString(), u"weekly"_s);
        QCOMPARE(body.value(u"screenshots"_s).toString(), u"false"_s);
        QVERIFY(!body.contains(u"probes"_s));           // all probes: not sent
        QVERIFY(!body.contains(u"host-ping-probes"_s)); // host ping is off
    }

    void oneScannerKeyInTheBody_data() {
        QTest::addColumn<int>("scanner");
        QTest::addColumn<QString>("key");
        QTest::newRow("explorer") << int(ScanRequest::Scanner::Explorer) << u"explorer"_s;
        QTest::newRow("group") << int(ScanRequest::Scanner::ExplorerGroup) << u"explorer-group-id"_s;
        QTest::newRow("zone") << int(ScanRequest::Scanner::HostedZone) << u"hosted-zone-name"_s;
    }
    void oneScannerKeyInTheBody() {
        QFETCH(int, scanner);
        QFETCH(QString, key);
        ScanRequest request = validRequest();
        request.scanner = ScanRequest::Scanner(scanner);
        request.explorerGroupId = u"e77602e0-3fb8-4734-aef9-fbc6fdcb0fa8"_s;
        request.hostedZone = u"us-east-1"_s;
        const QJsonObject body = bodyOf(request);
        const QStringList scannerKeys{u"explorer"_s, u"agent"_s, u"explorer-group-id"_s, u"hosted-zone-id"_s,
                                      u"hosted-zone-name"_s};
        QStringList present;
        for (const QString &candidate : scannerKeys) {
            if (body.contains(candidate))
                present.append(candidate);
        }
        QCOMPARE(present, QStringList{key});
    }
};

QTEST_GUILESS_MAIN(ScanRequestTest)
#include "tst_scanrequest.moc"
