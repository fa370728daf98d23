// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: rzconsole contributors
//
// Scan targets and excludes: which items parse (IPv4/IPv6 addresses, CIDR blocks, ranges, host names,
// "defaults") and why the others do not; address counts that merge overlaps, take excludes away and stay
// exact up to 2^128; the private and public address space.
#include "domain/AddressSet.h"
#include "domain/IpAddress.h"
#include "domain/ScanTargets.h"

#include <QtTest>

using namespace Qt::StringLiterals;
using rz::AddressCount;
using rz::AddressSet;
using rz::IpAddress;
using rz::ScanTargets;
using rz::Uint128;

Q_DECLARE_METATYPE(rz::ScanTargets::Kind)

namespace {

AddressCount countOf(const QString &targets, const QString &excludes = {}) {
    return ScanTargets::parse(targets)
        .addresses()
        .minus(ScanTargets::parse(excludes, false).addresses())
        .count();
}

Uint128 power(int bits) {
    return Uint128::hostMask(128 - bits).plusOne();
}

} // namespace

class TargetsTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void addresses_data() {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<QString>("canonical");
        QTest::newRow("ipv4") << u"192.168.1.10"_s << true << u"192.168.1.10"_s;
        QTest::newRow("ipv4 zero") << u"0.0.0.0"_s << true << u"0.0.0.0"_s;
        QTest::newRow("ipv4 max") << u"255.255.255.255"_s << true << u"255.255.255.255"_s;
        QTest::newRow("octet too big") << u"10.0.0.256"_s << false << QString();
        QTest::newRow("three octets") << u"10.0.0"_s << false << QString();
        QTest::newRow("five octets") << u"10.0.0.1.2"_s << false << QString();
        QTest::newRow("leading zero") << u"10.0.0.01"_s << false << QString();
        QTest::newRow("empty octet") << u"10..0.1"_s << false << QString();
        QTest::newRow("ipv6 loopback") << u"::1"_s << true << u"::1"_s;
        QTest::newRow("ipv6 any") << u"::"_s << true << u"::"_s;
        QTest::newRow("ipv6 full") << u"2001:0db8:0000:0000:0000:ff00:0042:8329"_s << true
                                   << u"2001:db8::ff00:42:8329"_s;
        QTest::newRow("ipv6 upper") << u"FE80::ABCD"_s << true << u"fe80::abcd"_s;
        QTest::newRow("ipv6 trailing quad") << u"::ffff:192.0.2.1"_s << true << u"::ffff:c000:201"_s;
        QTest::newRow("ipv6 two gaps") << u"1::2::3"_s << false << QString();
        QTest::newRow("ipv6 too many groups") << u"1:2:3:4:5:6:7:8:9"_s << false << QString();
        QTest::newRow("ipv6 group too long") << u"12345::1"_s << false << QString();
        QTest::newRow("ipv6 not hex") << u"fe80::g1"_s << false << QString();
        QTest::newRow("ipv6 gap plus eight") << u"1:2:3:4::5:6:7:8"_s << false << QString();
        QTest::newRow("ipv6 leading colon") << u":1:2:3:4:5:6:7"_s << false << QString();
        QTest::newRow("ipv6 zone") << u"fe80::1%eth0"_s << false << QString();
        QTest::newRow("ipv6 longest zero run") << u"1:0:0:2:0:0:0:3"_s << true << u"1:0:0:2::3"_s;
    }
    void addresses() {
        QFETCH(QString, text);
        QFETCH(bool, valid);
        QFETCH(QString, canonical);
        const std::optional<IpAddress> address = IpAddress::parse(text);
        QCOMPARE(address.has_value(), valid);
        if (valid)
            QCOMPARE(address->toString(), canonical);
    }

    void items_data() {
        QTest::addColumn<QString>("item");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<rz::ScanTargets::Kind>("kind");
        QTest::addColumn<QString>("reasonContains");
        using K = ScanTargets::Kind;
        QTest::newRow("address") << u"10.0.0.1"_s << true << K::Address << QString();
        QTest::newRow("cidr") << u"10.0.0.0/24"_s << true << K::Network << QString();
        QTest::newRow("cidr with host bits") << u"10.0.0.77/24"_s << true << K::Network << QString();
        QTest::newRow("cidr /0") << u"0.0.0.0/0"_s << true << K::Network << QString();
        QTest::newRow("cidr prefix too long") << u"10.0.0.0/33"_s << false << K::Network << u"0 to 32"_s;
        QTest::newRow("cidr prefix missing") << u"10.0.0.0/"_s << false << K::Network << u"0 to 32"_s;
        QTest::newRow("cidr prefix text") << u"10.0.0.0/abc"_s << false << K::Network << u"0 to 32"_s;
        QTest::newRow("cidr bad address") << u"10.0.300.0/24"_s << false << K::Network << u"300"_s;
        QTest::newRow("ipv6 cidr") << u"2001:db8::/32"_s << true << K::Network << QString();
        QTest::newRow("ipv6 prefix too long") << u"2001:db8::/129"_s << false << K::Network << u"0 to 128"_s;
        QTest::newRow("range") << u"10.0.0.1-10.0.0.50"_s << true << K::Range << QString();
        QTest::newRow("range last octet") << u"10.0.0.1-50"_s << true << K::Range << QString();
        QTest::newRow("range reversed")
            << u"10.0.0.50-10.0.0.1"_s << false << K::Range << u"before it starts"_s;
        QTest::newRow("range octet reversed")
            << u"10.0.0.50-3"_s << false << K::Range << u"before it starts"_s;
        QTest::newRow("range octet too big") << u"10.0.0.1-256"_s << false << K::Range << u"256"_s;
        QTest::newRow("range open end") << u"10.0.0.1-"_s << false << K::Range << u"end of the range"_s;
        QTest::newRow("range mixed families") << u"10.0.0.1-::1"_s << false << K::Range << u"IPv4 to IPv6"_s;
        QTest::newRow("ipv6 range") << u"2001:db8::1-2001:db8::ff"_s << true << K::Range << QString();
        QTest::newRow("ipv6 range short end") << u"2001:db8::1-ff"_s << false << K::Range << u"IPv6"_s;
        QTest::newRow("host name") << u"host.example.com"_s << true << K::HostName << QString();
        QTest::newRow("single label") << u"printer-01"_s << true << K::HostName << QString();
        QTest::newRow("trailing dot") << u"example.com."_s << true << K::HostName << QString();
        QTest::newRow("label too long")
            << QString(64, u'a') + u".com"_s << false << K::HostName << u"host name"_s;
        QTest::newRow("leading hyphen") << u"-bad.example.com"_s << false << K::HostName << u"host name"_s;
        QTest::newRow("underscore") << u"bad_name.example.com"_s << false << K::HostName << u"host name"_s;
        QTest::newRow("numeric last label") << u"host.123"_s << false << K::HostName << u"host name"_s;
        QTest::newRow("defaults") << u"defaults"_s << true << K::Defaults << QString();
        QTest::newRow("Defaults any case") << u"DEFAULTS"_s << true << K::Defaults << QString();
        QTest::newRow("nonsense") << u"!!"_s << false << K::HostName << u"not an address"_s;
        QTest::newRow("url") << u"http://example.com"_s << false << K::HostName << QString();
    }
    void items() {
        QFETCH(QString, item);
        QFETCH(bool, valid);
        QFETCH(rz::ScanTargets::Kind, kind);
        QFETCH(QString, reasonContains);
        const ScanTargets targets = ScanTargets::parse(item);
        QCOMPARE(targets.ok(), valid);
        if (valid) {
            QCOMPARE(targets.items().size(), 1);
            QCOMPARE(targets.items().first().kind, kind);
            QCOMPARE(targets.items().first().text, item);
        } else {
            QCOMPARE(targets.problems().size(), 1);
            QCOMPARE(targets.problems().first().item, item);
            QVERIFY2(!targets.problems().first().reason.isEmpty(), qPrintable(item));
            if (!reasonContains.isEmpty())
                QVERIFY2(targets.problems().first().reason.contains(reasonContains),
                         qPrintable(targets.problems().first().reason));
        }
    }

    void separatorsAndProblems() {
        const ScanTargets targets =
            ScanTargets::parse(u" 10.0.0.1,10.0.0.2\n\n10.0.0.3\t bad..name 10.0.0.300 "_s);
        QCOMPARE(targets.items().size(), 3);
        QCOMPARE(targets.problems().size(), 2);
        QCOMPARE(targets.problems().at(0).item, u"bad..name"_s);
        QCOMPARE(targets.problems().at(1).item, u"10.0.0.300"_s);
        QCOMPARE(targets.normalizedText(), u"10.0.0.1 10.0.0.2 10.0.0.3"_s);
        QVERIFY(ScanTargets::parse(u"   \n "_s).isEmpty());
    }

    void defaultsNotAnExclude() {
        const ScanTargets excludes = ScanTargets::parse(u"defaults"_s, false);
        QVERIFY(!excludes.ok());
        QVERIFY(excludes.problems().first().reason.contains(u"target"_s));
        QVERIFY(ScanTargets::parse(u"defaults 10.0.0.1"_s).usesDefaults());
    }

    void counts_data() {
        QTest::addColumn<QString>("targets");
        QTest::addColumn<QString>("excludes");
        QTest::addColumn<quint64>("expected");
        QTest::newRow("one address") << u"10.0.0.1"_s << QString() << quint64(1);
        QTest::newRow("duplicate") << u"10.0.0.1 10.0.0.1"_s << QString() << quint64(1);
        QTest::newRow("/24") << u"10.0.0.0/24"_s << QString() << quint64(256);
        QTest::newRow("/24 with host bits") << u"10.0.0.99/24"_s << QString() << quint64(256);
        QTest::newRow("/32") << u"10.0.0.1/32"_s << QString() << quint64(1);
        QTest::newRow("range") << u"10.0.0.1-10.0.0.50"_s << QString() << quint64(50);
        QTest::newRow("range shorthand") << u"10.0.0.1-50"_s << QString() << quint64(50);
        QTest::newRow("overlapping blocks")
            << u"10.0.0.0/24 10.0.0.128/25 10.0.0.10"_s << QString() << quint64(256);
        QTest::newRow("adjacent ranges")
            << u"10.0.0.0-10.0.0.9 10.0.0.10-10.0.0.19"_s << QString() << quint64(20);
        QTest::newRow("overlapping ranges") << u"10.0.0.1-100 10.0.0.50-150"_s << QString() << quint64(150);
        QTest::newRow("exclude one") << u"10.0.0.0/24"_s << u"10.0.0.1"_s << quint64(255);
        QTest::newRow("exclude a half") << u"10.0.0.0/24"_s << u"10.0.0.128/25"_s << quint64(128);
        QTest::newRow("exclude a middle range") << u"10.0.0.0/24"_s << u"10.0.0.10-19"_s << quint64(246);
        QTest::newRow("exclude beyond") << u"10.0.0.0/24"_s << u"10.0.0.200-10.0.1.10"_s << quint64(200);
        QTest::newRow("exclude everything") << u"10.0.0.0/24"_s << u"10.0.0.0/16"_s << quint64(0);
        QTest::newRow("exclude elsewhere") << u"10.0.0.0/24"_s << u"192.168.0.0/16"_s << quint64(256);
        QTest::newRow("exclude ipv6 from ipv4") << u"10.0.0.0/24"_s << u"::/0"_s << quint64(256);
        QTest::newRow("both families") << u"10.0.0.0/30 2001:db8::/126"_s << QString() << quint64(8);
        QTest::newRow("all of ipv4") << u"0.0.0.0/0"_s << QString() << quint64(0);
        QTest::newRow("a /8 minus a /16") << u"10.0.0.0/8"_s << u"10.1.0.0/16"_s << quint64(16777216 - 65536);
        QTest::newRow("host names do not count") << u"a.example.com 10.0.0.1"_s << QString() << quint64(1);
        QTest::newRow("ipv6 range") << u"2001:db8::1-2001:db8::1:0"_s << QString() << quint64(65536);
        QTest::newRow("edge of ipv4") << u"255.255.255.254-255"_s << QString() << quint64(2);
    }
    void counts() {
        QFETCH(QString, targets);
        QFETCH(QString, excludes);
        QFETCH(quint64, expected);
        const AddressCount count = countOf(targets, excludes);
        if (QByteArray(QTest::currentDataTag()) == "all of ipv4") {
            QCOMPARE(count.value, (Uint128{0, quint64(1) << 32}));
            return;
        }
        QVERIFY(!count.carry);
        QCOMPARE(count.value.hi, quint64(0));
        QCOMPARE(count.value.lo, expected);
    }

    void hugeIpv6Counts() {
        QCOMPARE(countOf(u"2001:db8::/64"_s).value, power(64));
        QCOMPARE(countOf(u"2001:db8::/64"_s).text(), u"2^64 addresses"_s);
        QCOMPARE(countOf(u"2001:db8::/64"_s, u"2001:db8::1"_s).value, power(64).minusOne());
        QCOMPARE(countOf(u"2001:db8::/64"_s, u"2001:db8::1"_s).numberText(),
                 QLocale().toString(~quint64(0))); // still exact below 2^64
        QCOMPARE(countOf(u"2001:db8::/64 10.0.0.1"_s).text(), u"more than 2^64 addresses"_s);
        QCOMPARE(countOf(u"2001:db8::/32"_s).value, power(96));
        QCOMPARE(countOf(u"::/1"_s).value, power(127));
        // All of IPv6 needs a 129th bit; with IPv4 on top it still counts exactly.
        const AddressCount all = countOf(u"::/0"_s);
        QVERIFY(all.carry);
        QCOMPARE(all.value, Uint128{});
        QCOMPARE(all.text(), u"2^128 addresses"_s);
        QCOMPARE(countOf(u"::/0 10.0.0.0/24"_s).text(), u"more than 2^128 addresses"_s);
        QCOMPARE(countOf(u"::/0"_s, u"::/1"_s).value, power(127));
        QCOMPARE(countOf(u"::/0"_s, u"::"_s).value, Uint128::max());
        QVERIFY(!countOf(u"::/0"_s, u"::"_s).carry);
        QVERIFY(countOf(u"::/0"_s, u"::/0"_s).isZero());
        // The last address of the space is a valid end of a range.
        QCOMPARE(countOf(u"ffff:ffff:ffff:ffff:ffff:ffff:ffff:fffe-ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff"_s)
                     .value.lo,
                 quint64(2));
    }

    void countText() {
        QCOMPARE(countOf(u"10.0.0.1"_s).text(), u"1 address"_s);
        QCOMPARE(countOf(QString()).text(), u"0 addresses"_s);
        QVERIFY(countOf(u"10.0.0.0/16"_s).text().startsWith(u"65"_s));
        QVERIFY(countOf(u"10.0.0.0/16"_s).text().endsWith(u" addresses"_s));
        QVERIFY(!countOf(u"10.0.0.0/16"_s).exceeds(65536));
        QVERIFY(countOf(u"10.0.0.0/15"_s).exceeds(65536));
        QVERIFY(countOf(u"2001:db8::/64"_s).exceeds(~quint64(0)));
    }

    void addressSpaces_data() {
        QTest::addColumn<QString>("targets");
        QTest::addColumn<bool>("touchesPrivate");
        QTest::addColumn<bool>("hasPublic");
        QTest::newRow("rfc 1918") << u"10.1.2.3 172.16.0.0/12 192.168.1.0/24"_s << true << false;
        QTest::newRow("just outside 172.16/12") << u"172.32.0.1"_s << false << true;
        QTest::newRow("public") << u"203.0.113.10 8.8.8.8"_s << false << true;
        QTest::newRow("cgnat") << u"100.64.1.1"_s << true << false;
        QTest::newRow("loopback") << u"127.0.0.1 ::1"_s << true << false;
        QTest::newRow("link-local") << u"169.254.1.1 fe80::1"_s << true << false;
        QTest::newRow("ula") << u"fd00::1"_s << true << false;
        QTest::newRow("multicast is neither") << u"224.0.0.1 ff02::1"_s << false << false;
        QTest::newRow("global ipv6") << u"2001:db8::1"_s << false << true;
        QTest::newRow("block spanning both") << u"10.0.0.0/7"_s << true << true;
        QTest::newRow("range into private") << u"9.255.255.250-10.0.0.5"_s << true << true;
        QTest::newRow("host names only") << u"example.com"_s << false << false;
    }
    void addressSpaces() {
        QFETCH(QString, targets);
        QFETCH(bool, touchesPrivate);
        QFETCH(bool, hasPublic);
        const AddressSet set = ScanTargets::parse(targets).addresses();
        QCOMPARE(set.intersects(AddressSet::privateSpace()), touchesPrivate);
        QCOMPARE(!set.minus(AddressSet::nonPublicSpace()).isEmpty(), hasPublic);
    }

    void intervalsStayMerged() {
        AddressSet set;
        set.add(rz::IpFamily::V4, {0, 20}, {0, 30});
        set.add(rz::IpFamily::V4, {0, 1}, {0, 5});
        set.add(rz::IpFamily::V4, {0, 6}, {0, 10});  // adjacent to the previous one
        set.add(rz::IpFamily::V4, {0, 40}, {0, 35}); // given backwards
        const QList<AddressSet::Interval> intervals = set.intervals(rz::IpFamily::V4);
        QCOMPARE(intervals.size(), 3);
        QCOMPARE(intervals.at(0), (AddressSet::Interval{{0, 1}, {0, 10}}));
        QCOMPARE(intervals.at(1), (AddressSet::Interval{{0, 20}, {0, 30}}));
        QCOMPARE(intervals.at(2), (AddressSet::Interval{{0, 35}, {0, 40}}));
        const AddressSet cut = set.minus([] {
            AddressSet away;
            away.add(rz::IpFamily::V4, {0, 5}, {0, 25});
            return away;
        }());
        QCOMPARE(cut.intervals(rz::IpFamily::V4).size(), 3);
        QCOMPARE(cut.count().value.lo, quint64(4 + 5 + 6));
    }

    void manyTargetsStayFast() {
        // Ten thousand single addresses pasted in: parsed and counted without quadratic work (no timing is
        // asserted; a quadratic merge would make this test crawl).
        QStringList lines;
        for (int i = 0; i < 10000; ++i)
            lines.append(u"10.%1.%2.%3"_s.arg(i / 65536).arg((i / 256) % 256).arg(i % 256));
        std::reverse(lines.begin(), lines.end());
        const ScanTargets targets = ScanTargets::parse(lines.join(u'\n'));
        QVERIFY(targets.ok());
        QCOMPARE(targets.addresses().count().value.lo, quint64(10000));
        QCOMPARE(targets.addresses().intervals(rz::IpFamily::V4).size(), 1);
    }

    void uint128Arithmetic() {
        bool carry = false;
        QCOMPARE(Uint128::add({0, ~quint64(0)}, {0, 1}, &carry), (Uint128{1, 0}));
        QVERIFY(!carry);
        QCOMPARE(Uint128::add(Uint128::max(), {0, 1}, &carry), Uint128{});
        QVERIFY(carry);
        QCOMPARE(Uint128::add({~quint64(0), 0}, {1, 0}, &carry), Uint128{});
        QVERIFY(carry);
        QCOMPARE(Uint128::subtract({1, 0}, {0, 1}), (Uint128{0, ~quint64(0)}));
        QCOMPARE(Uint128::hostMask(64), (Uint128{0, ~quint64(0)}));
        QCOMPARE(Uint128::hostMask(63), (Uint128{1, ~quint64(0)}));
        QCOMPARE(Uint128::hostMask(0), Uint128::max());
        QCOMPARE(Uint128::hostMask(128), Uint128{});
        QCOMPARE(power(70).highestBit(), 70);
        QCOMPARE(Uint128{}.highestBit(), -1);
    }
};

QTEST_GUILESS_MAIN(TargetsTest)
#include "tst_targets.moc"
