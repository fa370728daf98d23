// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: rzconsole contributors
//
// The simulated console's asset exports over loopback HTTP: paging (every asset exactly once for any page
// size, with and without search), fields, JSON lines, CSV, single assets, the realism and determinism of the
// generated data, and a large chunked stream.

#include "support/SimHttp.h"
#include "support/TestConsole.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace rz::test;
using rz::sim::SimConfig;

namespace {

// RFC 4180 records (quoted fields may hold commas, quotes and line breaks).
QList<QStringList> parseCsv(const QString &csv) {
    QList<QStringList> rows;
    QStringList row;
    QString field;
    bool quoted = false;
    for (qsizetype i = 0; i < csv.size(); ++i) {
        const QChar c = csv.at(i);
        if (quoted) {
            if (c == u'"' && i + 1 < csv.size() && csv.at(i + 1) == u'"') {
                field.append(u'"');
                ++i;
            } else if (c == u'"') {
                quoted = false;
            } else {
                field.append(c);
            }
        } else if (c == u'"') {
            quoted = true;
        } else if (c == u',') {
            row.append(field);
            field.clear();
        } else if (c == u'\r' && i + 1 < csv.size() && csv.at(i + 1) == u'\n') {
            row.append(field);
            rows.append(row);
            row.clear();
            field.clear();
            ++i;
        } else {
            field.append(c);
        }
    }
    return rows;
}

} // namespace

class tst_SimExport : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void pagingReturnsEveryAssetOnce_data();
    void pagingReturnsEveryAssetOnce();
    void invalidPagingParametersAre400();
    void fieldsLimitTheKeys();
    void assetsLookLikeRealExports();
    void generationIsDeterministic();
    void jsonLinesAndCsvCarryTheSameAssets();
    void largeStreamArrivesWhole();
    void singleAssetById();

private:
    SimHttp m_http;
    std::unique_ptr<TestConsole> m_console;
    QJsonArray m_all;
};

void tst_SimExport::initTestCase() {
    // These tests are about the simulator itself: never an external console.
    qunsetenv("RZ_TEST_BASE_URL");
    m_console = std::make_unique<TestConsole>(simExportConfig());
    QVERIFY(m_console->endpoint().baseUrl.isValid());
    m_all = m_http.exportedAssets(m_console->endpoint());
    QCOMPARE(m_all.size(), 600);
}

void tst_SimExport::pagingReturnsEveryAssetOnce_data() {
    QTest::addColumn<int>("pageSize");
    QTest::addColumn<QString>("search");
    for (int size : {1, 7, 100, 599, 600, 601, 10000}) {
        QTest::addRow("%d", size) << size << QString();
        QTest::addRow("%d with search", size) << size << u"os:windows OR type:printer"_s;
    }
}

void tst_SimExport::pagingReturnsEveryAssetOnce() {
    QFETCH(int, pageSize);
    QFETCH(QString, search);
    const auto &endpoint = m_console->endpoint();
    const QStringList expected = idsOf(search.isEmpty() ? m_all : m_http.exportedAssets(endpoint, search));
    QVERIFY(!expected.isEmpty());

    QStringList seen;
    QString key;
    QList<qsizetype> pageSizes;
    for (int guard = 0; guard <= 700; ++guard) {
        SimQuery query{{u"page_size"_s, QString::number(pageSize)}, {u"fields"_s, u"id"_s}};
        if (!search.isEmpty())
            query.append({u"search"_s, search});
        if (!key.isEmpty())
            query.append({u"start_key"_s, key});
        const SimReply reply = m_http.get(apiUrl(endpoint.baseUrl, u"/export/org/assets.json"_s, query),
                                          endpoint.tokens.exportToken);
        QCOMPARE(reply.status, 200);
        const QJsonObject page = reply.object();
        QVERIFY(page.value("assets"_L1).isArray());
        const QJsonArray assets = page.value("assets"_L1).toArray();
        pageSizes.append(assets.size());
        seen += idsOf(assets);
        key = page.value("next_key"_L1).toString();
        if (key.isEmpty())
            break;
    }
    QVERIFY2(key.isEmpty(), "paging did not end");
    QCOMPARE(seen, expected);
    QCOMPARE(QSet<QString>(seen.cbegin(), seen.cend()).size(), seen.size());
    for (qsizetype i = 0; i + 1 < pageSizes.size(); ++i)
        QCOMPARE(pageSizes.at(i), qsizetype(pageSize)); // only the last page may be short
}

void tst_SimExport::invalidPagingParametersAre400() {
    const auto &endpoint = m_console->endpoint();
    const auto status = [&](const SimQuery &query) {
        return m_http
            .get(apiUrl(endpoint.baseUrl, u"/export/org/assets.json"_s, query), endpoint.tokens.exportToken)
            .status;
    };
    const SimReply first = m_http.get(apiUrl(endpoint.baseUrl, u"/export/org/assets.json"_s,
                                             {{u"page_size"_s, u"10"_s}, {u"fields"_s, u"id"_s}}),
                                      endpoint.tokens.exportToken);
    QString key = first.object().value("next_key"_L1).toString();
    QVERIFY(!key.isEmpty());
    QCOMPARE(status({{u"page_size"_s, u"10"_s}, {u"start_key"_s, key}}), 200);
    QString tampered = key;
    tampered[0] = tampered.at(0) == u'A' ? u'B' : u'A';
    QCOMPARE(status({{u"page_size"_s, u"10"_s}, {u"start_key"_s, tampered}}), 400);
    QCOMPARE(status({{u"page_size"_s, u"10"_s}, {u"start_key"_s, u"not a key!"_s}}), 400);
    QCOMPARE(status({{u"page_size"_s, u"0"_s}}), 400);
    QCOMPARE(status({{u"page_size"_s, u"-5"_s}}), 400);
    QCOMPARE(status({{u"page_size"_s, u"ten"_s}}), 400);
    const SimReply problem =
        m_http.get(apiUrl(endpoint.baseUrl, u"/export/org/assets.json"_s, {{u"page_size"_s, u"ten"_s}}),
                   endpoint.tokens.exportToken);
    QVERIFY(problem.contentType.startsWith("application/problem+json"));
    QVERIFY(problem.object().value("detail"_L1).toString().contains("page_size"_L1));
}

void tst_SimExport::fieldsLimitTheKeys() {
    const auto &endpoint = m_console->endpoint();
    const auto keysOf = [&](const QString &fields, bool paged) {
        SimQuery query{{u"fields"_s, fields}};
        if (paged)
            query.append({u"page_size"_s, u"50"_s});
        const SimReply reply = m_http.get(apiUrl(endpoint.baseUrl, u"/export/org/assets.json"_s, query),
                                          endpoint.tokens.exportToken);
        const QJsonArray assets = paged ? reply.object().value("assets"_L1).toArray() : reply.array();
        QSet<QString> keys;
        for (const auto &asset : assets) {
            const QStringList assetKeys = asset.toObject().keys();
            keys.unite(QSet<QString>(assetKeys.cbegin(), assetKeys.cend()));
        }
        return keys;
    };
    QCOMPARE(keysOf(u"id,names,os"_s, false), (QSet<QString>{u"id"_s, u"names"_s, u"os"_s}));
    QCOMPARE(keysOf(u"id,names,os"_s, true), (QSet<QString>{u"id"_s, u"names"_s, u"os"_s}));
    QCOMPARE(keysOf(u" addresses , last_seen "_s, true), (QSet<QString>{u"addresses"_s, u"last_seen"_s}));
    QCOMPARE(keysOf(u"id,no_such_field"_s, true), (QSet<QString>{u"id"_s}));

    const SimReply lines =
        m_http.get(apiUrl(endpoint.baseUrl, u"/export/org/assets.jsonl"_s, {{u"fields"_s, u"id,tags"_s}}),
                   endpoint.tokens.exportToken);
    for (const QByteArray &line : lines.body.split('\n')) {
        if (!line.isEmpty())
            QCOMPARE(QJsonDocument::fromJson(line).object().keys(), (QStringList{u"id"_s, u"tags"_s}));
    }
}

void tst_SimExport::assetsLookLikeRealExports() {
    bool nonAscii = false, separators = false, formula = false, ipv6 = false, nullMac = false,
         emptyList = false;
    bool awkwardTag = false, twoAddresses = false, bigInteger = false, vhost = false;
    const QRegularExpression serviceKey(u"^[^/]+/\\d+/(tcp|udp|arp|icmp)/.*$"_s);
    for (const auto &value : m_all) {
        const QJsonObject a = value.toObject();
        for (const char *key : {"id",
                                "addresses",
                                "names",
                                "os",
                                "os_version",
                                "hw",
                                "type",
                                "macs",
                                "mac_vendors",
                                "alive",
                                "first_seen",
                                "last_seen",
                                "site_id",
                                "site_name",
                                "tags",
                                "service_count",
                                "service_ports_tcp",
                                "service_ports_udp",
                                "services",
                                "attributes",
                                "risk",
                                "risk_rank"})
            QVERIFY2(a.contains(QLatin1StringView(key)), key);
        const QJsonValue firstSeen = a.value("first_seen"_L1);
        QVERIFY(firstSeen.isDouble() && double(firstSeen.toInteger()) == firstSeen.toDouble());
        QVERIFY(a.value("last_seen"_L1).toInteger() >= firstSeen.toInteger());
        QVERIFY(a.value("tags"_L1).isObject());
        for (const char *key : {"service_ports_tcp", "service_ports_udp"}) {
            const QJsonValue ports = a.value(QLatin1StringView(key));
            QVERIFY(ports.isArray() || ports.isNull());
            for (const auto &port : ports.toArray())
                QVERIFY(port.isString() && port.toString().toInt() > 0);
        }
        const QJsonObject services = a.value("services"_L1).toObject();
        QCOMPARE(a.value("service_count"_L1).toInteger(), services.size());
        for (auto it = services.begin(); it != services.end(); ++it) {
            QVERIFY2(serviceKey.match(it.key()).hasMatch(), qPrintable(it.key()));
            vhost = vhost || !it.key().endsWith(u'/');
            const QJsonObject attributes = it.value().toObject();
            QVERIFY(!attributes.isEmpty());
            for (const auto &attribute : attributes)
                QVERIFY(attribute.isString());
        }
        for (const QString &name : stringsOf(a, "names")) {
            nonAscii = nonAscii ||
                       std::any_of(name.cbegin(), name.cend(), [](QChar c) { return c.unicode() > 127; });
            separators = separators || name.contains(u',') || name.contains(u'"') || name.contains(u'\n');
            formula = formula || name.startsWith(u'=') || name.startsWith(u'+') || name.startsWith(u'-') ||
                      name.startsWith(u'@');
        }
        for (const QString &address : stringsOf(a, "addresses"))
            ipv6 = ipv6 || address.contains(u':');
        twoAddresses = twoAddresses || stringsOf(a, "addresses").size() > 1;
        nullMac = nullMac || a.value("newest_mac"_L1).isNull();
        emptyList = emptyList || a.value("macs"_L1).toArray().isEmpty();
        const QJsonObject tags = a.value("tags"_L1).toObject();
        for (auto it = tags.begin(); it != tags.end(); ++it) {
            const QString tag = it.value().toString();
            awkwardTag = awkwardTag || tag.contains(u',') || tag.contains(u'\n') || tag.contains(u'"');
            formula = formula || tag.startsWith(u'=') || tag.startsWith(u'+') || tag.startsWith(u'-') ||
                      tag.startsWith(u'@');
        }
        bigInteger = bigInteger || a.value("newest_mac_age"_L1).toInteger() > (qint64(1) << 53);
    }
    QVERIFY(nonAscii);
    QVERIFY(separators);
    QVERIFY(formula);
    QVERIFY(ipv6);
    QVERIFY(twoAddresses);
    QVERIFY(nullMac);
    QVERIFY(emptyList);
    QVERIFY(awkwardTag);
    QVERIFY(bigInteger);
    QVERIFY(vhost);
}

void tst_SimExport::generationIsDeterministic() {
    TestConsole same(simExportConfig());
    QVERIFY(same.endpoint().baseUrl.isValid());
    QCOMPARE(m_http.exportedAssets(same.endpoint()), m_all);
    SimConfig other = simExportConfig();
    other.seed = 8;
    TestConsole different(other);
    const QJsonArray changed = m_http.exportedAssets(different.endpoint());
    QCOMPARE(changed.size(), m_all.size());
    QVERIFY(idsOf(changed) != idsOf(m_all));
}

void tst_SimExport::jsonLinesAndCsvCarryTheSameAssets() {
    const auto &endpoint = m_console->endpoint();
    const SimReply lines =
        m_http.get(apiUrl(endpoint.baseUrl, u"/export/org/assets.jsonl"_s), endpoint.tokens.exportToken);
    QCOMPARE(lines.status, 200);
    QJsonArray fromLines;
    for (const QByteArray &line : lines.body.split('\n')) {
        if (line.isEmpty())
            continue;
        QJsonParseError error{};
        const QJsonDocument document = QJsonDocument::fromJson(line, &error);
        QCOMPARE(error.error, QJsonParseError::NoError);
        fromLines.append(document.object());
    }
    QCOMPARE(fromLines, m_all);

    const SimReply csv =
        m_http.get(apiUrl(endpoint.baseUrl, u"/export/org/assets.csv"_s), endpoint.tokens.exportToken);
    QCOMPARE(csv.status, 200);
    QVERIFY(csv.contentType.startsWith("text/csv"));
    const QList<QStringList> rows = parseCsv(QString::fromUtf8(csv.body));
    QCOMPARE(rows.size(), m_all.size() + 1);
    const QStringList &header = rows.first();
    const qsizetype idColumn = header.indexOf(u"id"_s);
    const qsizetype namesColumn = header.indexOf(u"names"_s);
    QVERIFY(idColumn >= 0 && namesColumn >= 0);
    for (qsizetype i = 1; i < rows.size(); ++i) {
        QCOMPARE(rows.at(i).size(), header.size());
        const QJsonObject asset = m_all.at(i - 1).toObject();
        QCOMPARE(rows.at(i).at(idColumn), textOf(asset, "id"));
        QCOMPARE(rows.at(i).at(namesColumn), stringsOf(asset, "names").join(u'\t'));
    }

    const SimReply filtered =
        m_http.get(apiUrl(endpoint.baseUrl, u"/export/org/assets.csv"_s, {{u"search"_s, u"type:printer"_s}}),
                   endpoint.tokens.exportToken);
    QCOMPARE(parseCsv(QString::fromUtf8(filtered.body)).size(),
             m_http.exportedAssets(endpoint, u"type:printer"_s).size() + 1);
}

void tst_SimExport::largeStreamArrivesWhole() {
    SimConfig config = simExportConfig();
    config.assetsPerOrganization = 20000;
    TestConsole console(config);
    QVERIFY(console.endpoint().baseUrl.isValid());
    const SimReply lines = m_http.get(apiUrl(console.endpoint().baseUrl, u"/export/org/assets.jsonl"_s,
                                             {{u"fields"_s, u"id,names,addresses,services"_s}}),
                                      console.endpoint().tokens.exportToken);
    QCOMPARE(lines.status, 200);
    QVERIFY(lines.body.size() > qsizetype(2) * 1024 * 1024); // several slices of the chunked stream
    QSet<QByteArray> seen;
    for (const QByteArray &line : lines.body.split('\n')) {
        if (!line.isEmpty())
            seen.insert(QJsonDocument::fromJson(line).object().value("id"_L1).toString().toLatin1());
    }
    QCOMPARE(seen.size(), 20000);
}

void tst_SimExport::singleAssetById() {
    const auto &endpoint = m_console->endpoint();
    for (int index : {0, 1, 299, 599}) {
        const QJsonObject expected = m_all.at(index).toObject();
        const SimReply reply =
            m_http.get(apiUrl(endpoint.baseUrl, u"/org/assets/"_s + textOf(expected, "id")),
                       endpoint.tokens.organizationToken);
        QCOMPARE(reply.status, 200);
        QCOMPARE(reply.object(), expected);
    }
    QString unknown = textOf(m_all.at(0).toObject(), "id");
    unknown[0] = unknown.at(0) == u'a' ? u'b' : u'a';
    QCOMPARE(
        m_http.get(apiUrl(endpoint.baseUrl, u"/org/assets/"_s + unknown), endpoint.tokens.organizationToken)
            .status,
        404);
    const SimReply orgAssets =
        m_http.get(apiUrl(endpoint.baseUrl, u"/org/assets"_s, {{u"search"_s, u"alive:false"_s}}),
                   endpoint.tokens.organizationToken);
    QCOMPARE(orgAssets.array(), m_http.exportedAssets(endpoint, u"alive:false"_s));
}

QTEST_GUILESS_MAIN(tst_SimExport)
#include "tst_simexport.moc"
