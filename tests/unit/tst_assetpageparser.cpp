// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: rzconsole contributors
#include "json/AssetPageParser.h"

#include "support/ExportShapedAssets.h"
#include "support/ReferenceFiles.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Qt::StringLiterals;

namespace rz {

namespace {

QString valueOf(const AssetPage &page, std::size_t row, AssetColumn column) {
    const qsizetype index = page.columns.indexOf(column);
    if (index < 0 || row >= page.rows.size())
        return u"<no such cell>"_s;
    return page.rows[row].values.value(index);
}

Result<AssetPage> parse(const QByteArray &body, const QList<AssetColumn> &columns = allAssetColumns()) {
    json::AssetPageParser parser(columns);
    return parser.parse(body);
}

// One asset with `field` set to the JSON text `value`.
QByteArray assetWith(const char *field, const QByteArray &value) {
    return "[{\"id\":\"a1\",\""_ba + field + "\":"_ba + value + "}]"_ba;
}

// The page against the same body read with a DOM: one row per asset in order, and one line per non-empty item
// in every list cell.
void compareWithDom(const AssetPage &page, const QByteArray &body) {
    const QJsonArray reference = QJsonDocument::fromJson(body).array();
    QVERIFY(!reference.isEmpty());
    QCOMPARE(qsizetype(page.rows.size()), reference.size());
    for (qsizetype i = 0; i < reference.size(); ++i)
        QCOMPARE(page.rows[std::size_t(i)].id, reference[i].toObject().value("id"_L1).toString());
    QVERIFY(page.nextKey.isEmpty());
    QCOMPARE(page.columns, allAssetColumns());
    const QList<AssetColumn> lists = {AssetColumn::Addresses, AssetColumn::Names, AssetColumn::Macs,
                                      AssetColumn::TcpPorts};
    for (qsizetype i = 0; i < reference.size(); ++i) {
        for (const AssetColumn column : lists) {
            const QJsonArray items = reference[i].toObject().value(assetColumnInfo(column).field).toArray();
            QStringList expected;
            for (const QJsonValue &item : items)
                expected.append(item.toString());
            QCOMPARE(valueOf(page, std::size_t(i), column), expected.join(u'\n'));
        }
    }
}

const QByteArray pageBody = R"({"assets":[
 {"id":"a1","os":"Linux","type":"Server","addresses":["10.0.0.1","10.0.0.2"],"alive":true,
  "tags":{"owner":"ops","critical":""},"service_count":3,"first_seen":1700000000},
 {"id":"a2","os":"Linux","type":"Server","addresses":null,"alive":false,"tags":null,"service_count":null}
],"next_key":"k-2"})"_ba;

} // namespace

class TestAssetPageParser final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void labSample() {
        RZ_NEED_REFERENCE_FILE(test::reference::labExport);
        const QByteArray body = test::readReference(test::reference::labExport);
        const Result<AssetPage> result = parse(body);
        QVERIFY2(result.ok(), qPrintable(result.error.userMessage()));
        const AssetPage &page = result.value;
        compareWithDom(page, body);
        if (QTest::currentTestFailed())
            return;

        QCOMPARE(valueOf(page, 0, AssetColumn::Addresses), u"10.0.0.2"_s);
        QCOMPARE(valueOf(page, 0, AssetColumn::Names), u"RZHQ-FIREWALL-02"_s);
        QCOMPARE(valueOf(page, 0, AssetColumn::Type), u"Firewall"_s);
        QCOMPARE(valueOf(page, 0, AssetColumn::OsVersion), u"5.4.0-122-generic"_s);
        QCOMPARE(valueOf(page, 0, AssetColumn::Hardware), QString());
        QCOMPARE(valueOf(page, 0, AssetColumn::MacVendors), u"Zyxel Communications Corporation"_s);
        QCOMPARE(valueOf(page, 0, AssetColumn::Alive), u"true"_s);
        QCOMPARE(valueOf(page, 0, AssetColumn::FirstSeen), u"1753031852"_s);
        QCOMPARE(valueOf(page, 0, AssetColumn::Tags), u"category=STANDARD\nlocation=HQ\nnetwork"_s);
        QCOMPARE(valueOf(page, 0, AssetColumn::ServiceCount), u"6"_s);
        QCOMPARE(valueOf(page, 0, AssetColumn::TcpPorts), u"502\n4443\n8080"_s);
        QCOMPARE(valueOf(page, 0, AssetColumn::UdpPorts), u"1194"_s);
        QCOMPARE(valueOf(page, 0, AssetColumn::Domains), QString());
        QCOMPARE(valueOf(page, 0, AssetColumn::Risk), u"medium"_s);
        QCOMPARE(valueOf(page, 1, AssetColumn::ServiceCount), u"38"_s);
        QCOMPARE(valueOf(page, 1, AssetColumn::Risk), u"critical"_s);
        QCOMPARE(valueOf(page, 2, AssetColumn::Macs), QString());
    }

    // What labSample and fieldsLimitedSample prove on runZero's files, on the project's own export-shaped
    // assets, so that a clone without them tests the same paths.
    void exportShapedAssets() {
        const QByteArray body = test::exportShapedAssets();
        QVERIFY(test::exportShapedBigAssetBytes() > 300 * 1024);
        const Result<AssetPage> result = parse(body);
        QVERIFY2(result.ok(), qPrintable(result.error.userMessage()));
        const AssetPage &page = result.value;
        compareWithDom(page, body);
        if (QTest::currentTestFailed())
            return;

        QCOMPARE(valueOf(page, 0, AssetColumn::Addresses), u"192.168.40.1"_s);
        QCOMPARE(valueOf(page, 0, AssetColumn::Names), u"EDGE-FW-01"_s);
        QCOMPARE(valueOf(page, 0, AssetColumn::Type), u"Firewall"_s);
        QCOMPARE(valueOf(page, 0, AssetColumn::OsVersion), u"6.1.0-18-amd64"_s);
        QCOMPARE(valueOf(page, 0, AssetColumn::Hardware), QString());
        QCOMPARE(valueOf(page, 0, AssetColumn::MacVendors), u"Palo Alto Networks"_s);
        QCOMPARE(valueOf(page, 0, AssetColumn::Alive), u"true"_s);
        QCOMPARE(valueOf(page, 0, AssetColumn::FirstSeen), u"1751000100"_s);
        QCOMPARE(valueOf(page, 0, AssetColumn::Tags), u"zone=DMZ\nlocation=LAB\nmanaged"_s);
        QCOMPARE(valueOf(page, 0, AssetColumn::ServiceCount), u"5"_s);
        QCOMPARE(valueOf(page, 0, AssetColumn::TcpPorts), u"443\n8443"_s);
        QCOMPARE(valueOf(page, 0, AssetColumn::UdpPorts), u"500"_s);
        QCOMPARE(valueOf(page, 0, AssetColumn::Domains), QString());
        QCOMPARE(valueOf(page, 0, AssetColumn::Risk), u"high"_s);

        // The fields-limited asset: null where the spec promises arrays, empty containers, absent fields.
        QCOMPARE(valueOf(page, 1, AssetColumn::Names), u"BRANCH-WLC-07"_s);
        QCOMPARE(valueOf(page, 1, AssetColumn::Hardware), u"VMware VM"_s);
        QCOMPARE(valueOf(page, 1, AssetColumn::SiteName), u"BRANCH"_s);
        QCOMPARE(valueOf(page, 1, AssetColumn::LastSeen), u"1744395945"_s);
        QCOMPARE(valueOf(page, 1, AssetColumn::OsVersion), QString());
        QCOMPARE(valueOf(page, 1, AssetColumn::TcpPorts), QString());
        QCOMPARE(valueOf(page, 1, AssetColumn::UdpPorts), QString());
        QCOMPARE(valueOf(page, 1, AssetColumn::Addresses), QString());
        QCOMPARE(valueOf(page, 1, AssetColumn::Tags), QString());
        QCOMPARE(valueOf(page, 1, AssetColumn::Macs), QString());
        QCOMPARE(valueOf(page, 1, AssetColumn::ServiceCount), QString());

        // The asset of several hundred KB, and a MAC without a vendor beside one with.
        QCOMPARE(valueOf(page, 2, AssetColumn::ServiceCount), QString::number(test::bigAssetServices));
        QCOMPARE(valueOf(page, 2, AssetColumn::Risk), u"critical"_s);
        QCOMPARE(valueOf(page, 2, AssetColumn::Names), u"BIG-HOST-030\nbig-host-030.lab.example"_s);
        QCOMPARE(valueOf(page, 2, AssetColumn::MacVendors), u"Dell Inc."_s);
    }

    void fieldsLimitedSample() {
        RZ_NEED_REFERENCE_FILE(test::reference::fieldsLimitedAsset);
        const QByteArray body = test::readReference(test::reference::fieldsLimitedAsset);
        const Result<AssetPage> result = parse(body);
        QVERIFY2(result.ok(), qPrintable(result.error.userMessage()));
        QCOMPARE(result.value.rows.size(), std::size_t(1));
        const AssetPage &page = result.value;
        QCOMPARE(page.rows[0].id, u"02c77bb9-edd0-4c23-8bd3-a35f3ce94daf"_s);
        QCOMPARE(valueOf(page, 0, AssetColumn::Names), u"MX-MTY-WWLC-01"_s);
        QCOMPARE(valueOf(page, 0, AssetColumn::Hardware), u"VMware VM"_s);
        QCOMPARE(valueOf(page, 0, AssetColumn::SiteName), u"ARGENTINA"_s);
        QCOMPARE(valueOf(page, 0, AssetColumn::LastSeen), u"1744395945"_s);
        // null where the spec promises arrays, and empty containers
        QCOMPARE(valueOf(page, 0, AssetColumn::TcpPorts), QString());
        QCOMPARE(valueOf(page, 0, AssetColumn::UdpPorts), QString());
        QCOMPARE(valueOf(page, 0, AssetColumn::Addresses), QString());
        QCOMPARE(valueOf(page, 0, AssetColumn::Tags), QString());
        // absent from the limited field set
        QCOMPARE(valueOf(page, 0, AssetColumn::Macs), QString());
        QCOMPARE(valueOf(page, 0, AssetColumn::ServiceCount), QString());
    }

    void pagedObject() {
        QList<QString> keys;
        json::AssetPageParser parser({AssetColumn::Os, AssetColumn::Addresses, AssetColumn::Alive,
                                      AssetColumn::Tags, AssetColumn::ServiceCount, AssetColumn::FirstSeen});
        const Result<AssetPage> result =
            parser.parse(pageBody, [&keys](const QString &key) { keys.append(key); });
        QVERIFY2(result.ok(), qPrintable(result.error.userMessage()));
        QCOMPARE(keys, QList<QString>{u"k-2"_s});
        const AssetPage &page = result.value;
        QCOMPARE(page.nextKey, u"k-2"_s);
        QCOMPARE(page.rows.size(), std::size_t(2));
        QCOMPARE(page.rows[0].values, (QList<QString>{u"Linux"_s, u"10.0.0.1\n10.0.0.2"_s, u"true"_s,
                                                      u"owner=ops\ncritical"_s, u"3"_s, u"1700000000"_s}));
        QCOMPARE(page.rows[1].values,
                 (QList<QString>{u"Linux"_s, QString(), u"false"_s, QString(), QString(), QString()}));
    }

    void nextKeyFirstAndEnd() {
        const QList<AssetColumn> columns{AssetColumn::Os};
        json::AssetPageParser parser(columns);
        Result<AssetPage> result =
            parser.parse(R"({"next_key":"abc","extra":{"x":[1,2]},"assets":[{"id":"1"}]})"_ba);
        QVERIFY(result.ok());
        QCOMPARE(result.value.nextKey, u"abc"_s);
        QCOMPARE(result.value.rows.size(), std::size_t(1));

        // The last page: an empty or missing next_key, and real exports' null for an empty list.
        for (const QByteArray &body : {R"({"assets":[],"next_key":""})"_ba, R"({"assets":[]})"_ba,
                                       R"({"assets":null,"next_key":null})"_ba}) {
            QString seen = u"not called"_s;
            result = parser.parse(body, [&seen](const QString &key) { seen = key; });
            QVERIFY2(result.ok(), body.constData());
            QVERIFY(result.value.nextKey.isEmpty());
            QVERIFY(seen.isEmpty());
            QVERIFY(result.value.rows.empty());
        }
        // The parser is reusable: the same instance again on a full page.
        result = parser.parse(pageBody);
        QVERIFY(result.ok());
        QCOMPARE(result.value.rows.size(), std::size_t(2));
    }

    void columnOrderAndRepeats() {
        const QList<AssetColumn> columns{AssetColumn::Risk, AssetColumn::Os, AssetColumn::Risk};
        const Result<AssetPage> result = parse(R"([{"risk":"high","id":"x","os":"BSD"}])"_ba, columns);
        QVERIFY(result.ok());
        QCOMPARE(result.value.rows[0].values, (QList<QString>{u"high"_s, u"BSD"_s, u"high"_s}));
        // No columns at all still gives the ids.
        const Result<AssetPage> idsOnly = parse(R"([{"id":"x","os":"BSD"},{"id":"y"}])"_ba, {});
        QVERIFY(idsOnly.ok());
        QCOMPARE(idsOnly.value.rows.size(), std::size_t(2));
        QCOMPARE(idsOnly.value.rows[1].id, u"y"_s);
        QVERIFY(idsOnly.value.rows[1].values.isEmpty());
    }

    void skipsWhatIsNotAnAsset() {
        const Result<AssetPage> result =
            parse(R"([null, 7, "x", [1], {"os":"no id"}, {"id":null}, {"id":"ok","os":"A"}, {"id":12}])"_ba,
                  {AssetColumn::Os});
        QVERIFY2(result.ok(), qPrintable(result.error.userMessage()));
        QCOMPARE(result.value.rows.size(), std::size_t(2));
        QCOMPARE(result.value.rows[0].id, u"ok"_s);
        QCOMPARE(result.value.rows[1].id, u"12"_s);
    }

    void valueForms_data() {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("expected");

        const auto row = [](const char *name, const char *field, const QByteArray &json,
                            const QString &expected) {
            QTest::newRow(name) << QString::fromLatin1(field) << json << expected;
        };
        // Text
        row("text string", "os", "\"Ubuntu\"", u"Ubuntu"_s);
        row("text null", "os", "null", QString());
        row("text number", "os", "18.04", u"18.04"_s);
        row("text int", "os_version", "10", u"10"_s);
        row("text bool", "hw", "false", u"false"_s);
        row("text array", "os", "[\"a\",\"b\"]", u"a\nb"_s);
        row("text object", "site_name", "{\"a\":\"1\"}", u"a=1"_s);
        row("text empty", "type", "\"\"", QString());
        // List
        row("list strings", "names", "[\"a\",\"b\",\"c\"]", u"a\nb\nc"_s);
        row("list empty", "names", "[]", QString());
        row("list null", "macs", "null", QString());
        row("list nulls and empties", "names", "[null,\"\",\"x\",null]", u"x"_s);
        row("list numbers", "service_ports_tcp", "[22, 443]", u"22\n443"_s);
        row("list mixed", "domains", "[\"a\",1,true,[\"nested\"],{\"o\":1}]", u"a\n1\ntrue"_s);
        row("list single string", "names", "\"alone\"", u"alone"_s);
        row("list number", "service_ports_udp", "53", u"53"_s);
        row("list bool", "mac_vendors", "true", u"true"_s);
        row("address list", "addresses", "[\"10.0.0.1\",\"fe80::1\"]", u"10.0.0.1\nfe80::1"_s);
        row("address string", "addresses", "\"10.0.0.9\"", u"10.0.0.9"_s);
        // Tags
        row("tags", "tags", "{\"a\":\"1\",\"b\":\"\",\"c\":null,\"d\":2,\"e\":[1]}", u"a=1\nb\nc\nd=2\ne"_s);
        row("tags empty", "tags", "{}", QString());
        row("tags null", "tags", "null", QString());
        row("tags as list", "tags", "[\"x=1\",\"y\"]", u"x=1\ny"_s);
        row("tags as string", "tags", "\"owner=me\"", u"owner=me"_s);
        // Bool
        row("bool true", "alive", "true", u"true"_s);
        row("bool false", "alive", "false", u"false"_s);
        row("bool null", "alive", "null", QString());
        row("bool string", "alive", "\"TRUE\"", u"true"_s);
        row("bool string false", "alive", "\"false\"", u"false"_s);
        row("bool one", "alive", "1", u"true"_s);
        row("bool zero", "alive", "0", u"false"_s);
        row("bool other number", "alive", "2", QString());
        row("bool other string", "alive", "\"yes?\"", QString());
        row("bool array", "alive", "[true]", QString());
        row("bool object", "alive", "{\"a\":true}", QString());
        // Time
        row("time", "first_seen", "1576300370", u"1576300370"_s);
        row("time null", "last_seen", "null", QString());
        row("time float", "last_seen", "1576300370.75", u"1576300370"_s);
        row("time exponent", "last_seen", "1.5e9", u"1500000000"_s);
        row("time negative", "first_seen", "-5", u"-5"_s);
        row("time string digits", "first_seen", "\"1576300370\"", u"1576300370"_s);
        row("time iso string", "first_seen", "\"2019-12-14T05:12:50Z\"", u"1576300370"_s);
        row("time garbage string", "first_seen", "\"soon\"", QString());
        row("time bool", "first_seen", "true", QString());
        row("time array", "first_seen", "[1]", QString());
        row("time object", "last_seen", "{}", QString());
        row("time huge float", "last_seen", "1e300", QString());
        // Integer
        row("int", "service_count", "42", u"42"_s);
        row("int zero", "service_count", "0", u"0"_s);
        row("int above 2^53", "service_count", "9007199254740993", u"9007199254740993"_s);
        row("int above 2^64", "service_count", "123456789012345678901234567890",
            u"123456789012345678901234567890"_s);
        row("int negative huge", "service_count", "-9223372036854775809", u"-9223372036854775809"_s);
        row("int string", "service_count", "\" 17 \"", u"17"_s);
        row("int float", "service_count", "3.0", u"3"_s);
        row("int bad string", "service_count", "\"many\"", QString());
        row("int bool", "service_count", "false", QString());
        row("int null", "service_count", "null", QString());
        row("int array", "service_count", "[1,2]", QString());
        row("int object", "service_count", "{\"n\":1}", QString());
        // Text in full Unicode, with escapes
        row("unicode", "os", "\"Windows \\u00e9\\u4e2d\\ud83d\\ude00 Pro\"",
            u"Windows \u00e9\u4e2d\U0001F600 Pro"_s);
        row("utf8 raw", "hw", "\"Müller ✓\"", u"Müller ✓"_s);
        row("escaped quote", "os", "\"say \\\"hi\\\"\"", u"say \"hi\""_s);
        row("escaped newline", "os", "\"a\\nb\\tc\\\\d\\/e\"", u"a\nb\tc\\d/e"_s);
        row("escaped in list", "names", "[\"a\\\"b\",\"c\\u0041\"]", u"a\"b\ncA"_s);
        row("escaped key", "tags", "{\"k\\\"ey\":\"v\\nw\"}", u"k\"ey=v\nw"_s);
        row("long text", "os", "\"" + QByteArray(5000, 'x') + "\"", QString(5000, u'x'));
    }

    void valueForms() {
        QFETCH(QString, field);
        QFETCH(QByteArray, json);
        QFETCH(QString, expected);
        const std::optional<AssetColumn> column = assetColumnFromField(QLatin1StringView(field.toLatin1()));
        QVERIFY(column.has_value());
        const Result<AssetPage> result = parse(assetWith(qPrintable(field), json), {*column});
        QVERIFY2(result.ok(), qPrintable(result.error.userMessage()));
        QCOMPARE(result.value.rows.size(), std::size_t(1));
        QCOMPARE(result.value.rows[0].values.value(0), expected);
    }

    void malformed_data() {
        QTest::addColumn<QByteArray>("body");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("whitespace") << " \r\n\t "_ba;
        QTest::newRow("html") << "<!DOCTYPE html><html><body>Sign in</body></html>"_ba;
        QTest::newRow("html error page") << "\n<html><head><title>502 Bad Gateway</title></head></html>"_ba;
        QTest::newRow("plain text") << "Bad Gateway"_ba;
        QTest::newRow("null") << "null"_ba;
        QTest::newRow("number") << "42"_ba;
        QTest::newRow("string") << "\"assets\""_ba;
        QTest::newRow("object without assets") << R"({"next_key":"x"})"_ba;
        QTest::newRow("problem object") << R"({"title":"Oops","status":500})"_ba;
        QTest::newRow("assets not a list") << R"({"assets":{"id":"1"},"next_key":""})"_ba;
        QTest::newRow("assets a string") << R"({"assets":"[]"})"_ba;
        QTest::newRow("unterminated string") << "[{\"id\":\"a1\",\"os\":\"Lin"_ba;
        QTest::newRow("missing bracket") << R"([{"id":"a1"})"_ba;
        QTest::newRow("missing brace") << R"({"assets":[{"id":"a1"}])"_ba;
        QTest::newRow("extra bracket") << R"([{"id":"a1"}]])"_ba;
        QTest::newRow("trailing garbage") << R"([{"id":"a1"}] xyz)"_ba;
        QTest::newRow("two documents") << R"([] [])"_ba;
        QTest::newRow("missing comma") << R"([{"id":"a1"} {"id":"a2"}])"_ba;
        QTest::newRow("bad literal in a column") << R"([{"id":"a1","alive":tru}])"_ba;
        QTest::newRow("bad number in a column") << R"([{"id":"a1","service_count":1.2.3}])"_ba;
        QTest::newRow("bad null in a column") << R"([{"id":"a1","tags":nul}])"_ba;
        QTest::newRow("invalid utf-8") << "[{\"id\":\"a1\",\"os\":\"\xff\xfe\"}]"_ba;
        QTest::newRow("bad escape") << "[{\"id\":\"a1\",\"os\":\"\\x\"}]"_ba;
        QTest::newRow("single quotes") << R"([{'id':'a1'}])"_ba;
    }

    void malformed() {
        QFETCH(QByteArray, body);
        bool called = false;
        json::AssetPageParser parser(allAssetColumns());
        const Result<AssetPage> result = parser.parse(body, [&called](const QString &) { called = true; });
        QVERIFY(!result.ok());
        QCOMPARE(result.error.kind, ApiError::Kind::Malformed);
        QVERIFY(result.value.rows.empty());
        QVERIFY(!result.error.userMessage().isEmpty());
        QVERIFY(!result.error.detail.isEmpty());
        if (body.trimmed().startsWith('['))
            QVERIFY(!called); // a bare array reports its (empty) key only once it has parsed
    }

    void everyTruncationFails() {
        // Whatever byte the body breaks off at, the result is an error and never a partial page.
        json::AssetPageParser parser(allAssetColumns());
        const QByteArray bare = R"([{"id":"a1","os":"Linux","names":["x","y"],"tags":{"k":"v"},"alive":true,)"
                                R"("service_count":12,"first_seen":1700000000},{"id":"a2","risk":null}])"_ba;
        for (const QByteArray &body : {pageBody, bare}) {
            QVERIFY(parser.parse(body).ok());
            for (qsizetype length = 0; length < body.size(); ++length) {
                const Result<AssetPage> result = parser.parse(body.first(length));
                QVERIFY2(!result.ok(), qPrintable(u"a body cut at byte %1 was accepted"_s.arg(length)));
                QCOMPARE(result.error.kind, ApiError::Kind::Malformed);
                QVERIFY(result.value.rows.empty());
            }
        }
    }

    void interning() {
        const Result<AssetPage> result =
            parse(R"([{"id":"1","os":"Linux","site_name":"HQ","service_ports_tcp":["22","80"],"alive":true},
                      {"id":"2","os":"Linux","site_name":"HQ","service_ports_tcp":["22","80"],"alive":true}])"_ba,
                  {AssetColumn::Os, AssetColumn::SiteName, AssetColumn::TcpPorts, AssetColumn::Alive});
        QVERIFY(result.ok());
        const AssetRow &first = result.value.rows[0];
        const AssetRow &second = result.value.rows[1];
        for (qsizetype i = 0; i < first.values.size(); ++i) {
            QCOMPARE(first.values[i], second.values[i]);
            QVERIFY2(first.values[i].constData() == second.values[i].constData(),
                     qPrintable(u"column %1 is not shared"_s.arg(i)));
        }
    }

    void stopPredicate() {
        QByteArray body = "["_ba;
        for (int i = 0; i < 1000; ++i)
            body += (i ? ","_ba : QByteArray()) + "{\"id\":\""_ba + QByteArray::number(i) + "\"}"_ba;
        body += "]"_ba;
        json::AssetPageParser parser({AssetColumn::Os});
        int polls = 0;
        const Result<AssetPage> stopped = parser.parse(body, {}, [&polls] { return ++polls == 2; });
        QCOMPARE(stopped.error.kind, ApiError::Kind::Cancelled);
        QVERIFY(stopped.value.rows.empty());
        const Result<AssetPage> whole = parser.parse(body, {}, [] { return false; });
        QVERIFY(whole.ok());
        QCOMPARE(whole.value.rows.size(), std::size_t(1000));
    }
};

} // namespace rz

QTEST_GUILESS_MAIN(rz::TestAssetPageParser)
#include "tst_assetpageparser.moc"
