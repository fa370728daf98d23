// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: rzconsole contributors
//
// Port lists ("1-1000,5000-6000", "1–65535") and the whole numbers of the scan form (rates and counts):
// what is accepted, how it is sent, and the reason for everything else.
#include "domain/PortList.h"
#include "domain/WholeNumber.h"

#include <QtTest>

using namespace Qt::StringLiterals;
using rz::PortList;
using rz::WholeNumber;

class PortsTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void portLists_data() {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<QString>("normalized");
        QTest::addColumn<int>("count");
        QTest::addColumn<QString>("reasonContains");
        QTest::newRow("empty") << QString() << true << QString() << 0 << QString();
        QTest::newRow("blank") << u"  "_s << true << QString() << 0 << QString();
        QTest::newRow("one") << u"22"_s << true << u"22"_s << 1 << QString();
        QTest::newRow("spec example")
            << u"1-1000,5000-6000"_s << true << u"1-1000,5000-6000"_s << 2001 << QString();
        QTest::newRow("en dash") << u"1\u201365535"_s << true << u"1-65535"_s << 65535 << QString();
        QTest::newRow("spaces around dash") << u"80 - 90"_s << true << u"80-90"_s << 11 << QString();
        QTest::newRow("spaces as separators") << u"22 80 443"_s << true << u"22,80,443"_s << 3 << QString();
        QTest::newRow("trailing comma") << u"22,80,"_s << true << u"22,80"_s << 2 << QString();
        QTest::newRow("overlaps counted once")
            << u"1-100,50-150,100"_s << true << u"1-100,50-150,100"_s << 150 << QString();
        QTest::newRow("single-port range") << u"443-443"_s << true << u"443"_s << 1 << QString();
        QTest::newRow("zero") << u"0"_s << false << QString() << 0 << u"1 to 65535"_s;
        QTest::newRow("too big") << u"70000"_s << false << QString() << 0 << u"70000"_s;
        QTest::newRow("range too big") << u"1-65536"_s << false << QString() << 0 << u"65536"_s;
        QTest::newRow("reversed") << u"100-10"_s << false << QString() << 0 << u"before it starts"_s;
        QTest::newRow("word") << u"http"_s << false << QString() << 0 << u"http"_s;
        QTest::newRow("defaults is not a port") << u"defaults"_s << false << QString() << 0 << u"defaults"_s;
        QTest::newRow("double range") << u"1-2-3"_s << false << QString() << 0 << u"1-2-3"_s;
        QTest::newRow("open range") << u"100-"_s << false << QString() << 0 << u"100-"_s;
        QTest::newRow("negative") << u"-5"_s << false << QString() << 0 << u"-5"_s;
        QTest::newRow("fraction") << u"80.5"_s << false << QString() << 0 << u"80.5"_s;
        QTest::newRow("huge number") << u"99999999999999999999"_s << false << QString() << 0 << QString();
        QTest::newRow("one bad among good") << u"22,80,x,443"_s << false << QString() << 0 << u"x"_s;
    }
    void portLists() {
        QFETCH(QString, text);
        QFETCH(bool, valid);
        QFETCH(QString, normalized);
        QFETCH(int, count);
        QFETCH(QString, reasonContains);
        const PortList ports = PortList::parse(text);
        QCOMPARE(ports.ok(), valid);
        QCOMPARE(ports.normalizedText(), normalized);
        QCOMPARE(ports.portCount(), count);
        if (!valid) {
            QVERIFY(!ports.problem().isEmpty());
            QVERIFY2(ports.problem().contains(reasonContains), qPrintable(ports.problem()));
            QVERIFY(ports.ranges().isEmpty());
        }
    }

    void wholeNumbers_data() {
        QTest::addColumn<QString>("text");
        QTest::addColumn<qint64>("minimum");
        QTest::addColumn<qint64>("maximum");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<qint64>("value"); // -1: no value
        QTest::newRow("empty") << QString() << qint64(1) << qint64(100) << true << qint64(-1);
        QTest::newRow("blank") << u"   "_s << qint64(1) << qint64(100) << true << qint64(-1);
        QTest::newRow("plain") << u"1000"_s << qint64(1) << qint64(1000000) << true << qint64(1000);
        QTest::newRow("padded") << u" 42 "_s << qint64(1) << qint64(100) << true << qint64(42);
        QTest::newRow("grouped commas")
            << u"10,000"_s << qint64(1) << qint64(1000000) << true << qint64(10000);
        QTest::newRow("grouped spaces")
            << u"1 000 000"_s << qint64(1) << qint64(1000000) << true << qint64(1000000);
        QTest::newRow("grouped underscores")
            << u"1_000"_s << qint64(1) << qint64(1000000) << true << qint64(1000);
        QTest::newRow("bad grouping") << u"1,00"_s << qint64(1) << qint64(1000000) << false << qint64(-1);
        QTest::newRow("mixed separators")
            << u"1,000 000"_s << qint64(1) << qint64(10000000) << false << qint64(-1);
        QTest::newRow("zero below minimum") << u"0"_s << qint64(1) << qint64(100) << false << qint64(-1);
        QTest::newRow("negative") << u"-5"_s << qint64(1) << qint64(100) << false << qint64(-1);
        QTest::newRow("above maximum") << u"101"_s << qint64(1) << qint64(100) << false << qint64(-1);
        QTest::newRow("at maximum") << u"100"_s << qint64(1) << qint64(100) << true << qint64(100);
        QTest::newRow("fraction") << u"1.5"_s << qint64(1) << qint64(100) << false << qint64(-1);
        QTest::newRow("exponent") << u"1e3"_s << qint64(1) << qint64(10000) << false << qint64(-1);
        QTest::newRow("words") << u"fast"_s << qint64(1) << qint64(100) << false << qint64(-1);
        QTest::newRow("plus sign") << u"+5"_s << qint64(1) << qint64(100) << false << qint64(-1);
        QTest::newRow("beyond 64 bits")
            << u"123456789012345678901234567890"_s << qint64(1) << qint64(1000) << false << qint64(-1);
    }
    void wholeNumbers() {
        QFETCH(QString, text);
        QFETCH(qint64, minimum);
        QFETCH(qint64, maximum);
        QFETCH(bool, valid);
        QFETCH(qint64, value);
        const WholeNumber number = WholeNumber::parse(text, minimum, maximum);
        QCOMPARE(number.ok(), valid);
        QCOMPARE(number.value.has_value(), value >= 0);
        if (number.value)
            QCOMPARE(*number.value, value);
        if (!valid)
            QVERIFY(!number.problem.isEmpty());
    }

    void numberReasons() {
        QVERIFY(WholeNumber::parse(u"0"_s, 1, 100).problem.contains(u"at least 1"_s));
        QVERIFY(WholeNumber::parse(u"-3"_s, 1, 100).problem.contains(u"at least 1"_s));
        QVERIFY(WholeNumber::parse(u"500"_s, 1, 100).problem.contains(u"at most 100"_s));
        QVERIFY(WholeNumber::parse(u"abc"_s, 1, 100).problem.contains(u"whole number"_s));
    }
};

QTEST_GUILESS_MAIN(PortsTest)
#include "tst_ports.moc"
