// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: rzconsole contributors
#include "domain/AssetBlockBuilder.h"
#include "models/AssetTableModel.h"
#include "models/Roles.h"
#include "json/AssetPageParser.h"

#include "support/ExportShapedAssets.h"
#include "support/ReferenceFiles.h"

#include <QFile>
#include <QLocale>
#include <QTest>

#include <ctime>

using namespace Qt::StringLiterals;
using rz::AssetBlockColumn;
using rz::AssetColumn;
using Storage = rz::AssetBlockColumn::Storage;

namespace {

std::string_view view(const QByteArray &utf8) {
    return {utf8.constData(), std::size_t(utf8.size())};
}

// The same body parsed in both forms must give the same rows, cell for cell.
void compareForms(const QByteArray &body, const QList<AssetColumn> &columns) {
    rz::json::AssetPageParser rowsParser(columns, rz::AssetPageForm::Rows);
    rz::json::AssetPageParser blockParser(columns, rz::AssetPageForm::Block);
    const rz::Result<rz::AssetPage> rows = rowsParser.parse(body);
    const rz::Result<rz::AssetPage> block = blockParser.parse(body);
    QVERIFY2(rows.ok(), qPrintable(rows.error.userMessage()));
    QVERIFY(block.ok());
    QVERIFY(block.value.block);
    QVERIFY(block.value.rows.empty());
    QCOMPARE(block.value.nextKey, rows.value.nextKey);
    QCOMPARE(block.value.rowCount(), qsizetype(rows.value.rows.size()));
    QCOMPARE(block.value.block->cells.size(), std::size_t(columns.size()));
    for (qsizetype r = 0; r < rows.value.rowCount(); ++r) {
        QCOMPARE(block.value.block->id(r), rows.value.rows[std::size_t(r)].id);
        for (const AssetColumn column : columns) {
            const QString expected = rows.value.value(r, column);
            QCOMPARE(block.value.value(r, column), expected);
            QCOMPARE(block.value.block->cells[std::size_t(columns.indexOf(column))].isEmpty(r),
                     expected.isEmpty());
        }
    }
}

} // namespace

class tst_ModelsAssetBlock final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void formsByKind();
    void numbersAndIdsFallBackToText();
    void pooledColumnTurnsToTextWhenValuesDiffer();
    void valuesReplacedDiscardedAndMissing();
    void countValuesInBothForms();
    void blockFormMatchesRowsForm_data();
    void blockFormMatchesRowsForm();
    void blockFormMatchesRowsFormOnSamples();
    void blockFormMatchesRowsFormOnExportShapedAssets();
    void modelShowsBlockPagesLikeRowPages_data();
    void modelShowsBlockPagesLikeRowPages();
    void storageIsCompact();
};

void tst_ModelsAssetBlock::initTestCase() {
    qputenv("TZ", "UTC");
    tzset();
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}

void tst_ModelsAssetBlock::formsByKind() {
    rz::AssetBlockBuilder builder({AssetColumn::Type, AssetColumn::Names, AssetColumn::ServiceCount,
                                   AssetColumn::FirstSeen, AssetColumn::Alive, AssetColumn::Addresses});
    builder.setId(view("09d2a77a-ecd6-4444-bc43-c95dcec6239d"_ba));
    builder.setValue(0, view("Server"_ba));
    builder.setValue(1, view("web-1\nweb-1.example"_ba));
    builder.setValue(2, view("42"_ba));
    builder.setValue(3, view("-5"_ba));
    builder.setValue(4, view("true"_ba));
    builder.setValue(5, view("10.0.0.1"_ba));
    builder.commitRow();
    builder.setId(view("6ecee563-0544-4862-95db-c95dcec6239c"_ba));
    builder.setValue(0, u"Server"); // UTF-16 in, pooled with the first
    builder.commitRow();
    const std::shared_ptr<rz::AssetBlock> block = builder.finish();
    QCOMPARE(builder.rowCount(), qsizetype(0)); // ready for the next block
    QCOMPARE(block->rows, qsizetype(2));
    QCOMPARE(block->ids.storage, Storage::Uuid);
    QCOMPARE(block->id(0), u"09d2a77a-ecd6-4444-bc43-c95dcec6239d"_s);
    QCOMPARE(block->id(1), u"6ecee563-0544-4862-95db-c95dcec6239c"_s);
    QCOMPARE(block->cells[0].storage, Storage::Pooled);
    QCOMPARE(block->cells[0].pool.size(), qsizetype(2)); // the empty text and "Server"
    QCOMPARE(block->cells[0].poolIndex(0), block->cells[0].poolIndex(1));
    QCOMPARE(block->cells[1].storage, Storage::Text);
    QCOMPARE(block->cells[1].view(0), u"web-1\nweb-1.example");
    QCOMPARE(block->cells[2].storage, Storage::Number);
    QCOMPARE(block->cells[2].number(0), qint64(42));
    QCOMPARE(block->cells[2].number(1), AssetBlockColumn::noNumber);
    QCOMPARE(block->cells[3].text(0), u"-5"_s);
    QCOMPARE(block->cells[4].storage, Storage::Pooled);
    QCOMPARE(block->cells[5].storage, Storage::Text);
    for (std::size_t c = 1; c < block->cells.size(); ++c) {
        QVERIFY(block->cells[c].isEmpty(1));
        QCOMPARE(block->cells[c].text(1), QString());
    }
}

void tst_ModelsAssetBlock::numbersAndIdsFallBackToText() {
    rz::AssetBlockBuilder builder({AssetColumn::ServiceCount, AssetColumn::LastSeen});
    const QList<QByteArray> counts{"7"_ba, ""_ba, "123456789012345678901234567890"_ba, "-0"_ba, "8"_ba};
    const QList<QByteArray> ids{"0a1b2c3d-0000-4444-8888-abcdefabcdef"_ba, "not-a-uuid"_ba,
                                "0A1B2C3D-0000-4444-8888-ABCDEFABCDEF"_ba, ""_ba, "x"_ba};
    for (qsizetype i = 0; i < counts.size(); ++i) {
        builder.setId(view(ids.at(i)));
        builder.setValue(0, view(counts.at(i)));
        builder.setValue(1, view("-9223372036854775808"_ba)); // the lowest qint64 is the empty marker
        builder.commitRow();
    }
    const auto block = builder.finish();
    QCOMPARE(block->ids.storage, Storage::Text);
    QCOMPARE(block->cells[0].storage, Storage::Text);
    QCOMPARE(block->cells[1].storage, Storage::Text);
    for (qsizetype i = 0; i < counts.size(); ++i) {
        QCOMPARE(block->id(i), QString::fromUtf8(ids.at(i)));
        QCOMPARE(block->cells[0].text(i), QString::fromUtf8(counts.at(i)));
        QCOMPARE(block->cells[1].text(i), u"-9223372036854775808"_s);
    }
}

void tst_ModelsAssetBlock::pooledColumnTurnsToTextWhenValuesDiffer() {
    const auto build = [](int rows, int distinct) {
        rz::AssetBlockBuilder builder({AssetColumn::Os});
        for (int i = 0; i < rows; ++i) {
            builder.setId(QString::number(i));
            builder.setValue(0, u"os-%1"_s.arg(i % distinct));
            builder.commitRow();
        }
        return builder.finish();
    };
    const auto few = build(2000, 5);
    QCOMPARE(few->cells[0].storage, Storage::Pooled);
    QCOMPARE(few->cells[0].indexWidth, quint8(1));
    const auto several = build(2000, 300);
    QCOMPARE(several->cells[0].storage, Storage::Pooled);
    QCOMPARE(several->cells[0].indexWidth, quint8(2));
    const auto many = build(2000, 2000);
    QCOMPARE(many->cells[0].storage, Storage::Text);
    for (const auto &[block, distinct] :
         {std::pair(few, 5), std::pair(several, 300), std::pair(many, 2000)}) {
        for (const int row : {0, 299, 1999})
            QCOMPARE(block->cells[0].text(row), u"os-%1"_s.arg(row % distinct));
    }
}

void tst_ModelsAssetBlock::valuesReplacedDiscardedAndMissing() {
    for (const AssetColumn column : {AssetColumn::Os, AssetColumn::Names, AssetColumn::ServiceCount}) {
        rz::AssetBlockBuilder builder({column});
        builder.setId(u"a");
        builder.setValue(0, u"1");
        builder.setValue(0, u"2"); // the later value wins
        builder.commitRow();
        builder.setId(u"dropped");
        builder.setValue(0, u"3");
        builder.discardRow();
        builder.setId(u"b"); // no value: empty
        builder.commitRow();
        const auto block = builder.finish();
        QCOMPARE(block->rows, qsizetype(2));
        QCOMPARE(block->id(0), u"a"_s);
        QCOMPARE(block->id(1), u"b"_s);
        QCOMPARE(block->cells[0].text(0), u"2"_s);
        QCOMPARE(block->cells[0].text(1), QString());
    }
}

void tst_ModelsAssetBlock::countValuesInBothForms() {
    const QByteArray body =
        R"([{"id":"1","site_name":"HQ"},{"id":"2","site_name":"Lab"},{"id":"3","site_name":"HQ"},
                                {"id":"4"}])"_ba;
    for (const rz::AssetPageForm form : {rz::AssetPageForm::Rows, rz::AssetPageForm::Block}) {
        rz::json::AssetPageParser parser({AssetColumn::SiteName}, form);
        const rz::Result<rz::AssetPage> page = parser.parse(body);
        QVERIFY(page.ok());
        QHash<QString, qint64> counts{{u"HQ"_s, 10}};
        page.value.countValues(AssetColumn::SiteName, counts);
        QCOMPARE(counts, (QHash<QString, qint64>{{u"HQ"_s, 12}, {u"Lab"_s, 1}, {QString(), 1}}));
        QCOMPARE(page.value.value(1, AssetColumn::SiteName), u"Lab"_s);
        QCOMPARE(page.value.value(1, AssetColumn::Os), QString());
    }
}

void tst_ModelsAssetBlock::blockFormMatchesRowsForm_data() {
    QTest::addColumn<QByteArray>("body");
    QTest::newRow("values of every kind") << R"({"assets":[
        {"id":"a1","os":"Ubuntu","names":["a","b",null,""],"tags":{"a":"1","b":""},"alive":"TRUE",
         "first_seen":"2019-12-14T05:12:50Z","last_seen":1576300370.75,"service_count":"9007199254740993",
         "addresses":["10.0.0.1","fe80::1"],"service_ports_tcp":[22,443],"hw":"M\u00fcller \u2713"},
        {"id":"a2","os":18.04,"names":"alone","alive":1,"first_seen":-5,"service_count":123456789012345678901234567890,
         "type":"","risk":null,"mac_vendors":true,"domains":["a",1,true,["n"],{"o":1}]},
        {"id":"a3","alive":" false ","service_count":3.0,"last_seen":"soon","os":"say \"hi\"\n\tx"},
        {"id":null,"os":"dropped: no id"},
        {"id":"a4","os":"first","os":"second","alive":[true],"service_count":{"n":1}},
        {"id":"a5","alive":"fa\u017Fe","site_name":{"k\"ey":"v\nw"}}
      ],"next_key":"k-9"})"_ba;
    QByteArray many = "["_ba;
    for (int i = 0; i < 3000; ++i) {
        many += (i ? ","_ba : QByteArray()) + "{\"id\":\"id-"_ba + QByteArray::number(i) +
                "\",\"os\":\"os-"_ba + QByteArray::number(i % 400) + "\",\"type\":\"t"_ba +
                QByteArray::number(i % 3) + "\",\"service_count\":"_ba + QByteArray::number(i) + "}"_ba;
    }
    many += "]"_ba;
    QTest::newRow("a pool that grows into text") << many;
}

void tst_ModelsAssetBlock::blockFormMatchesRowsForm() {
    QFETCH(QByteArray, body);
    compareForms(body, rz::allAssetColumns());
    if (QTest::currentTestFailed())
        return;
    compareForms(body, {AssetColumn::Os, AssetColumn::Os, AssetColumn::ServiceCount}); // a column asked twice
}

void tst_ModelsAssetBlock::blockFormMatchesRowsFormOnSamples() {
    for (const char *name : {rz::test::reference::labExport, rz::test::reference::fieldsLimitedAsset}) {
        RZ_NEED_REFERENCE_FILE(name);
        compareForms(rz::test::readReference(name), rz::allAssetColumns());
        if (QTest::currentTestFailed())
            return;
    }
}

void tst_ModelsAssetBlock::blockFormMatchesRowsFormOnExportShapedAssets() {
    compareForms(rz::test::exportShapedAssets(), rz::allAssetColumns());
}

void tst_ModelsAssetBlock::modelShowsBlockPagesLikeRowPages_data() {
    QTest::addColumn<QByteArray>("reference");
    QTest::newRow("runZero's lab export") << QByteArray(rz::test::reference::labExport);
    QTest::newRow("export-shaped assets") << QByteArray();
}

void tst_ModelsAssetBlock::modelShowsBlockPagesLikeRowPages() {
    QFETCH(QByteArray, reference);
    if (!reference.isEmpty())
        RZ_NEED_REFERENCE_FILE(reference.constData());
    const QByteArray body =
        reference.isEmpty() ? rz::test::exportShapedAssets() : rz::test::readReference(reference.constData());
    QVERIFY(!body.isEmpty());
    const QList<AssetColumn> columns = rz::allAssetColumns();
    rz::AssetTableModel fromRows;
    rz::AssetTableModel fromBlock;
    fromRows.setColumns(columns);
    fromBlock.setColumns(columns);
    fromRows.appendPage(rz::json::AssetPageParser(columns, rz::AssetPageForm::Rows).parse(body).value);
    fromBlock.appendPage(rz::json::AssetPageParser(columns, rz::AssetPageForm::Block).parse(body).value);
    QCOMPARE(fromBlock.rowCount(), fromRows.rowCount());
    QVERIFY(fromBlock.rowCount() > 0);
    for (int row = 0; row < fromRows.rowCount(); ++row) {
        for (int column = 0; column < fromRows.columnCount(); ++column) {
            for (const int role : {int(Qt::DisplayRole), int(Qt::ToolTipRole), rz::RawValueRole, rz::IdRole})
                QCOMPARE(fromBlock.index(row, column).data(role), fromRows.index(row, column).data(role));
            QCOMPARE(fromBlock.rawText(row, column), fromRows.rawText(row, column));
        }
    }
}

void tst_ModelsAssetBlock::storageIsCompact() {
    // 20,000 rows shaped like a typical inventory: the cells cost a small multiple of their text.
    rz::AssetBlockBuilder builder({AssetColumn::Addresses, AssetColumn::Names, AssetColumn::Type,
                                   AssetColumn::Os, AssetColumn::Alive, AssetColumn::LastSeen,
                                   AssetColumn::ServiceCount});
    const int rows = 20000;
    for (int i = 0; i < rows; ++i) {
        builder.setId(u"%1-0000-4000-8000-000000000000"_s.arg(i, 8, 16, QChar(u'0')));
        builder.setValue(0, u"10.%1.%2.%3"_s.arg(i >> 16).arg((i >> 8) & 255).arg(i & 255));
        builder.setValue(1, u"host-%1.corp.example.com"_s.arg(i, 6, 10, QChar(u'0')));
        builder.setValue(2, i % 2 ? u"Server" : u"Desktop");
        builder.setValue(3, u"Linux %1"_s.arg(i % 20));
        builder.setValue(4, i % 3 ? u"true" : u"false");
        builder.setValue(5, QString::number(1700000000 + i));
        builder.setValue(6, QString::number(i % 40));
        builder.commitRow();
    }
    const auto block = builder.finish();
    // Ids 16 + address ~2*10+4 + name ~2*28+4 + 3 pooled bytes + 2 numbers 16 = ~120 bytes a row.
    QVERIFY2(block->byteSize() < qsizetype(rows) * 130,
             qPrintable(QString::number(block->byteSize() / rows)));
    QCOMPARE(block->cells[3].text(12345), u"Linux 5"_s);
    QCOMPARE(block->id(255), u"000000ff-0000-4000-8000-000000000000"_s);
}

QTEST_GUILESS_MAIN(tst_ModelsAssetBlock)
#include "tst_models_assetblock.moc"
