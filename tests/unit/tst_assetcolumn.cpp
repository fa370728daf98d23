// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: rzconsole contributors
#include "domain/AssetColumn.h"

#include "support/ReferenceFiles.h"

#include <QFile>
#include <QSet>
#include <QTest>

using namespace Qt::StringLiterals;

namespace rz {

namespace {

// The property names of the spec's Asset schema, read from the OpenAPI file by indentation.
QSet<QString> specAssetProperties(const QString &specPath) {
    QFile file(specPath);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        return {};
    QSet<QString> properties;
    bool inAsset = false;
    bool inProperties = false;
    while (!file.atEnd()) {
        const QString line = QString::fromUtf8(file.readLine()).chopped(1);
        if (line.startsWith("    "_L1) && !line.startsWith("     "_L1) && line.endsWith(u':')) {
            inAsset = line == "    Asset:"_L1; // a new schema starts
            inProperties = false;
            continue;
        }
        if (!inAsset)
            continue;
        if (line == "      properties:"_L1) {
            inProperties = true;
        } else if (inProperties && line.startsWith("        "_L1) && !line.startsWith("         "_L1) &&
                   line.endsWith(u':')) {
            properties.insert(line.trimmed().chopped(1));
        }
    }
    return properties;
}

} // namespace

class TestAssetColumn final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void catalogueCoversEveryColumn() {
        const QList<AssetColumn> all = allAssetColumns();
        QCOMPARE(all.size(), qsizetype(AssetColumn::Count));
        QSet<QString> fields;
        for (qsizetype i = 0; i < all.size(); ++i) {
            QCOMPARE(qsizetype(all[i]), i);
            const AssetColumnInfo &info = assetColumnInfo(all[i]);
            QCOMPARE(info.column, all[i]);
            QVERIFY(!info.field.isEmpty());
            fields.insert(QString(info.field));
            QCOMPARE(assetColumnFromField(info.field), std::optional<AssetColumn>(all[i]));
        }
        QCOMPARE(fields.size(), all.size()); // no field twice
    }

    void unknownFields() {
        QCOMPARE(assetColumnFromField("nope"_L1), std::nullopt);
        QCOMPARE(assetColumnFromField(QLatin1StringView()), std::nullopt);
        QCOMPARE(assetColumnFromField("OS"_L1), std::nullopt); // field names are exact
        QCOMPARE(assetColumnFromField("id"_L1), std::nullopt); // the id is not a column
    }

    void fieldNamesAndKinds_data() {
        QTest::addColumn<int>("column");
        QTest::addColumn<QString>("field");
        QTest::addColumn<int>("kind");
        const auto row = [](AssetColumn column, const char *field, ValueKind kind) {
            QTest::newRow(field) << int(column) << QString::fromLatin1(field) << int(kind);
        };
        row(AssetColumn::Addresses, "addresses", ValueKind::Address);
        row(AssetColumn::Names, "names", ValueKind::List);
        row(AssetColumn::Type, "type", ValueKind::Text);
        row(AssetColumn::Os, "os", ValueKind::Text);
        row(AssetColumn::OsVersion, "os_version", ValueKind::Text);
        row(AssetColumn::Hardware, "hw", ValueKind::Text);
        row(AssetColumn::Macs, "macs", ValueKind::List);
        row(AssetColumn::MacVendors, "mac_vendors", ValueKind::List);
        row(AssetColumn::Alive, "alive", ValueKind::Bool);
        row(AssetColumn::FirstSeen, "first_seen", ValueKind::Time);
        row(AssetColumn::LastSeen, "last_seen", ValueKind::Time);
        row(AssetColumn::SiteName, "site_name", ValueKind::Text);
        row(AssetColumn::Tags, "tags", ValueKind::List);
        row(AssetColumn::ServiceCount, "service_count", ValueKind::Integer);
        row(AssetColumn::TcpPorts, "service_ports_tcp", ValueKind::List);
        row(AssetColumn::UdpPorts, "service_ports_udp", ValueKind::List);
        row(AssetColumn::Domains, "domains", ValueKind::List);
        row(AssetColumn::Risk, "risk", ValueKind::Text);
    }

    void fieldNamesAndKinds() {
        QFETCH(int, column);
        QFETCH(QString, field);
        QFETCH(int, kind);
        const AssetColumnInfo &info = assetColumnInfo(AssetColumn(column));
        QCOMPARE(QString(info.field), field);
        QCOMPARE(int(info.kind), kind);
    }

    void fieldsExistInTheSpec() {
        RZ_NEED_REFERENCE_FILE(test::reference::spec);
        const QString spec = test::referencePath(test::reference::spec);
        const QSet<QString> properties = specAssetProperties(spec);
        QVERIFY2(properties.contains(u"id"_s) && properties.size() > 40, "the Asset schema was not found");
        for (const AssetColumn column : allAssetColumns()) {
            const QString field(assetColumnInfo(column).field);
            QVERIFY2(properties.contains(field), qPrintable(field));
        }
    }

    void defaults() {
        const QList<AssetColumn> columns = defaultAssetColumns();
        QVERIFY(columns.size() >= 8 && columns.size() <= 12);
        QCOMPARE(QSet<AssetColumn>(columns.cbegin(), columns.cend()).size(), columns.size());
        QCOMPARE(columns.first(), AssetColumn::Addresses);
        for (const AssetColumn column : {AssetColumn::Names, AssetColumn::Os, AssetColumn::LastSeen})
            QVERIFY(columns.contains(column));
        for (const AssetColumn column : columns)
            QVERIFY(column < AssetColumn::Count);
    }
};

} // namespace rz

QTEST_GUILESS_MAIN(rz::TestAssetColumn)
#include "tst_assetcolumn.moc"
