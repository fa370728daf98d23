// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: rzconsole contributors
//
// The CSV writer byte for byte: RFC 4180 quoting and CRLF records, the byte-order mark, the header, the
// multi-value separator, the formula guard, UTF-8 of non-ASCII text, large output across flushes, a failing
// device; plus the copy helper's tab-separated text and the export error sentences.

#include "export/CsvExportError.h"
#include "export/CsvFormulaGuard.h"
#include "export/CsvOptions.h"
#include "export/CsvSelection.h"
#include "export/CsvTextTable.h"
#include "export/CsvWriter.h"
#include "export/TabSeparatedText.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <cerrno>

using namespace Qt::StringLiterals;

namespace rz {

namespace {

using Kind = CsvColumnKind;

CsvOptions bareOptions() {
    CsvOptions options;
    options.byteOrderMark = false;
    options.header = false;
    return options;
}

QByteArray writeCsv(const CsvTable &table, const CsvOptions &options, const CsvSelection &selection) {
    QByteArray bytes;
    QBuffer buffer(&bytes);
    if (!buffer.open(QIODevice::WriteOnly))
        return "cannot open buffer"_ba;
    CsvWriter writer(&buffer, table, selection.columns, options);
    writer.writeStart();
    for (const qsizetype row : selection.rows)
        writer.writeRow(row);
    if (!writer.flush())
        return "write failed"_ba;
    return bytes;
}

QByteArray writeCsv(const CsvTable &table, const CsvOptions &options) {
    return writeCsv(table, options, CsvSelection::all(table));
}

// One row of one column of the given kind.
QByteArray oneCell(const QString &text, Kind kind = Kind::Text, const CsvOptions &options = bareOptions()) {
    CsvTextTable table({{u"Title"_s, kind}});
    table.appendRow({text});
    return writeCsv(table, options);
}

// A device that accepts `capacity` bytes and then fails every write.
class FillingDevice final : public QIODevice {
public:
    explicit FillingDevice(qint64 capacity)
        : m_capacity(capacity) {}

    QByteArray received;

protected:
    qint64 readData(char *, qint64) override { return -1; }
    qint64 writeData(const char *data, qint64 length) override {
        if (received.size() + length > m_capacity)
            return -1;
        received.append(data, length);
        return length;
    }

private:
    qint64 m_capacity;
};

bool isSentence(const QString &text) {
    return !text.isEmpty() && text.front().isUpper() && text.endsWith(u'.') && !text.endsWith(".."_L1) &&
           !text.contains("%1"_L1) && !text.contains("%2"_L1);
}

} // namespace

class TestCsvWriter final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void plainFieldsAreNotQuoted() {
        CsvTextTable table({{u"A"_s, Kind::Text}, {u"B"_s, Kind::Number}, {u"C"_s, Kind::Text}});
        table.appendRow({u"alpha"_s, u"42"_s, u"host name with spaces"_s});
        table.appendRow({u"beta"_s, u"7"_s, u" padded "_s});
        QCOMPARE(writeCsv(table, bareOptions()), "alpha,42,host name with spaces\r\nbeta,7, padded \r\n"_ba);
    }

    void quoting_data() {
        QTest::addColumn<QString>("cell");
        QTest::addColumn<QByteArray>("expected");
        QTest::newRow("comma") << u"a,b"_s << "\"a,b\"\r\n"_ba;
        QTest::newRow("quote") << u"say \"hi\""_s << "\"say \"\"hi\"\"\"\r\n"_ba;
        QTest::newRow("only a quote") << u"\""_s << "\"\"\"\"\r\n"_ba;
        QTest::newRow("line feed") << u"one\ntwo"_s << "\"one\ntwo\"\r\n"_ba;
        QTest::newRow("carriage return") << u"one\rtwo"_s << "\"one\rtwo\"\r\n"_ba;
        QTest::newRow("crlf") << u"one\r\ntwo"_s << "\"one\r\ntwo\"\r\n"_ba;
        QTest::newRow("all at once") << u"a,\"b\"\r\nc"_s << "\"a,\"\"b\"\"\r\nc\"\r\n"_ba;
        QTest::newRow("tab inside is plain") << u"a\tb"_s << "a\tb\r\n"_ba;
        QTest::newRow("semicolon is plain") << u"a;b"_s << "a;b\r\n"_ba;
        QTest::newRow("apostrophe inside is plain") << u"it's"_s << "it's\r\n"_ba;
        QTest::newRow("empty lone field") << QString() << "\"\"\r\n"_ba;
        // Found by fuzz_csvwriter: unquoted, a leading U+FEFF is read back as a byte-order mark and dropped.
        QTest::newRow("leading zero-width no-break space") << u"\uFEFFx"_s << "\"\xEF\xBB\xBFx\"\r\n"_ba;
        QTest::newRow("inner zero-width no-break space") << u"x\uFEFF"_s << "x\xEF\xBB\xBF\r\n"_ba;
    }

    void quoting() {
        QFETCH(QString, cell);
        QFETCH(QByteArray, expected);
        QCOMPARE(oneCell(cell), expected);
    }

    void emptyFieldsAmongOthersStayBare() {
        CsvTextTable table({{u"A"_s, Kind::Text}, {u"B"_s, Kind::Text}, {u"C"_s, Kind::List}});
        table.appendRow({QString(), u"x"_s, QString()});
        table.appendRow({});
        QCOMPARE(writeCsv(table, bareOptions()), ",x,\r\n,,\r\n"_ba);
    }

    void everyRecordEndsInCrlf() {
        CsvTextTable table({{u"A"_s, Kind::Text}, {u"B"_s, Kind::List}});
        for (int i = 0; i < 50; ++i)
            table.appendRow({u"row %1"_s.arg(i), u"x\ny"_s});
        CsvOptions options = bareOptions();
        options.header = true;
        const QByteArray bytes = writeCsv(table, options);
        QCOMPARE(bytes.count("\r\n"), 51);
        QCOMPARE(bytes.count('\n'), 51); // no bare line feed: the list joint became "; "
        QVERIFY(bytes.endsWith("row 49,x; y\r\n"));
    }

    void byteOrderMark() {
        CsvOptions options = bareOptions();
        options.byteOrderMark = true;
        QCOMPARE(oneCell(u"x"_s, Kind::Text, options), "\xEF\xBB\xBFx\r\n"_ba);
        options.byteOrderMark = false;
        QCOMPARE(oneCell(u"x"_s, Kind::Text, options), "x\r\n"_ba);

        // The mark is written once, also when no header is written and no row follows.
        CsvTextTable empty({{u"A"_s, Kind::Text}});
        options.byteOrderMark = true;
        QCOMPARE(writeCsv(empty, options), "\xEF\xBB\xBF"_ba);
    }

    void defaultsAreBomHeaderAndSemicolon() {
        CsvTextTable table({{u"Names"_s, Kind::List}, {u"Count"_s, Kind::Number}});
        table.appendRow({u"a\nb"_s, u"3"_s});
        QCOMPARE(writeCsv(table, CsvOptions{}), "\xEF\xBB\xBFNames,Count\r\na; b,3\r\n"_ba);
    }

    void header() {
        CsvTextTable table({{u"Name"_s, Kind::Text},
                            {u"Tags, all"_s, Kind::List},
                            {u"=Risk"_s, Kind::Text},
                            {u"Überschrift"_s, Kind::Text}});
        table.appendRow({u"a"_s, u"b"_s, u"c"_s, u"d"_s});
        CsvOptions options = bareOptions();
        options.header = true;
        QCOMPARE(writeCsv(table, options), "Name,\"Tags, all\",'=Risk,\xC3\x9C"
                                           "berschrift\r\na,b,c,d\r\n"_ba);
        options.header = false;
        QCOMPARE(writeCsv(table, options), "a,b,c,d\r\n"_ba);
    }

    void headerFollowsSelectedColumns() {
        CsvTextTable table({{u"A"_s, Kind::Text}, {u"B"_s, Kind::Text}, {u"C"_s, Kind::Text}});
        table.appendRow({u"a0"_s, u"b0"_s, u"c0"_s});
        table.appendRow({u"a1"_s, u"b1"_s, u"c1"_s});
        table.appendRow({u"a2"_s, u"b2"_s, u"c2"_s});
        CsvOptions options = bareOptions();
        options.header = true;
        CsvSelection selection;
        selection.columns = {2, 0};
        selection.rows = {2, 0};
        QCOMPARE(writeCsv(table, options, selection), "C,A\r\nc2,a2\r\nc0,a0\r\n"_ba);
    }

    void separators_data() {
        QTest::addColumn<QString>("separator");
        QTest::addColumn<QByteArray>("expected");
        const QString cell = u"10.0.0.1\nfe80::1\nhost"_s;
        QTest::newRow("semicolon") << u"; "_s << "10.0.0.1; fe80::1; host\r\n"_ba;
        QTest::newRow("comma") << u", "_s << "\"10.0.0.1, fe80::1, host\"\r\n"_ba;
        QTest::newRow("newline") << u"\n"_s << "\"10.0.0.1\nfe80::1\nhost\"\r\n"_ba;
        QTest::newRow("crlf") << u"\r\n"_s << "\"10.0.0.1\r\nfe80::1\r\nhost\"\r\n"_ba;
        QTest::newRow("pipe") << u" | "_s << "10.0.0.1 | fe80::1 | host\r\n"_ba;
        QTest::newRow("space") << u" "_s << "10.0.0.1 fe80::1 host\r\n"_ba;
        QTest::newRow("empty") << QString() << "10.0.0.1fe80::1host\r\n"_ba;
        QTest::newRow("quote") << u"\""_s << "\"10.0.0.1\"\"fe80::1\"\"host\"\r\n"_ba;
        QTest::newRow("non-ASCII") << u" • "_s << "10.0.0.1 \xE2\x80\xA2 fe80::1 \xE2\x80\xA2 host\r\n"_ba;
    }

    void separators() {
        QFETCH(QString, separator);
        QFETCH(QByteArray, expected);
        CsvOptions options = bareOptions();
        options.multiValueSeparator = separator;
        QCOMPARE(oneCell(u"10.0.0.1\nfe80::1\nhost"_s, Kind::List, options), expected);
    }

    void separatorAppliesToListColumnsOnly() {
        CsvTextTable table({{u"Text"_s, Kind::Text}, {u"List"_s, Kind::List}, {u"Number"_s, Kind::Number}});
        table.appendRow({u"line\nbreak"_s, u"a\nb"_s, u"1"_s});
        CsvOptions options = bareOptions();
        options.multiValueSeparator = u"/"_s;
        QCOMPARE(writeCsv(table, options), "\"line\nbreak\",a/b,1\r\n"_ba);
    }

    void formulaGuard_data() {
        QTest::addColumn<QString>("cell");
        QTest::addColumn<int>("kind");
        QTest::addColumn<QByteArray>("expected");
        const int text = int(Kind::Text);
        const int list = int(Kind::List);
        const int number = int(Kind::Number);
        QTest::newRow("equals") << u"=1+1"_s << text << "'=1+1\r\n"_ba;
        QTest::newRow("plus") << u"+1"_s << text << "'+1\r\n"_ba;
        QTest::newRow("minus") << u"-cmd"_s << text << "'-cmd\r\n"_ba;
        QTest::newRow("at") << u"@SUM(A1)"_s << text << "'@SUM(A1)\r\n"_ba;
        QTest::newRow("tab") << u"\t=1"_s << text << "'\t=1\r\n"_ba;
        QTest::newRow("carriage return") << u"\r=1"_s << text << "\"'\r=1\"\r\n"_ba;
        QTest::newRow("guarded and quoted") << u"=HYPERLINK(\"http://x\",\"y\")"_s << text
                                            << "\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\"\r\n"_ba;
        QTest::newRow("only equals") << u"="_s << text << "'=\r\n"_ba;
        QTest::newRow("later equals") << u"a=b"_s << text << "a=b\r\n"_ba;
        QTest::newRow("space first") << u" =1"_s << text << " =1\r\n"_ba;
        QTest::newRow("line feed first") << u"\n=1"_s << text << "\"\n=1\"\r\n"_ba;
        QTest::newRow("negative in text column") << u"-5"_s << text << "'-5\r\n"_ba;
        QTest::newRow("negative number") << u"-5"_s << number << "-5\r\n"_ba;
        QTest::newRow("negative fraction") << u"-0.25"_s << number << "-0.25\r\n"_ba;
        QTest::newRow("positive number") << u"17"_s << number << "17\r\n"_ba;
        QTest::newRow("formula in number column") << u"-5+1"_s << number << "'-5+1\r\n"_ba;
        QTest::newRow("exponent in number column") << u"-1e3"_s << number << "'-1e3\r\n"_ba;
        QTest::newRow("plus sign in number column") << u"+5"_s << number << "'+5\r\n"_ba;
        QTest::newRow("lone minus in number column") << u"-"_s << number << "'-\r\n"_ba;
        QTest::newRow("dangling point in number column") << u"-5."_s << number << "'-5.\r\n"_ba;
        QTest::newRow("first list value") << u"=1\nok"_s << list << "'=1; ok\r\n"_ba;
        QTest::newRow("later list value") << u"ok\n=1"_s << list << "ok; =1\r\n"_ba;
        QTest::newRow("list starting with a joint") << u"\n=1"_s << list << "; =1\r\n"_ba;
        QTest::newRow("full-width equals is not a trigger") << u"＝1"_s << text
                                                            << "\xEF\xBC\x9D"
                                                               "1\r\n"_ba;
    }

    void formulaGuard() {
        QFETCH(QString, cell);
        QFETCH(int, kind);
        QFETCH(QByteArray, expected);
        QCOMPARE(oneCell(cell, Kind(kind)), expected);
    }

    void formulaGuardFollowsTheSeparator() {
        CsvOptions options = bareOptions();
        // With an empty separator, the first written character is the first value's.
        options.multiValueSeparator = QString();
        QCOMPARE(oneCell(u"\n\n=1"_s, Kind::List, options), "'=1\r\n"_ba);
        // A separator that itself starts like a formula makes a cell that starts with a joint one.
        options.multiValueSeparator = u" - "_s;
        QCOMPARE(oneCell(u"\nx"_s, Kind::List, options), " - x\r\n"_ba);
        options.multiValueSeparator = u"-"_s;
        QCOMPARE(oneCell(u"\nx"_s, Kind::List, options), "'-x\r\n"_ba);
    }

    void formulaGuardCanBeTurnedOff() {
        CsvOptions options = bareOptions();
        options.formulaGuard = false;
        QCOMPARE(oneCell(u"=1+1"_s, Kind::Text, options), "=1+1\r\n"_ba);
        QCOMPARE(oneCell(u"@x,y"_s, Kind::Text, options), "\"@x,y\"\r\n"_ba);
    }

    void plainNumbers() {
        for (const QString &yes : {u"0"_s, u"-5"_s, u"123456789012345"_s, u"-0.5"_s, u"3.14"_s})
            QVERIFY2(CsvFormulaGuard::isPlainNumber(yes), qPrintable(yes));
        for (const QString &no : {QString(), u"-"_s, u"+5"_s, u"-5."_s, u".5"_s, u"-.5"_s, u"1e3"_s, u"1,5"_s,
                                  u"--5"_s, u"5-"_s, u" 5"_s, u"٣"_s})
            QVERIFY2(!CsvFormulaGuard::isPlainNumber(no), qPrintable(no));
    }

    void nonAscii_data() {
        QTest::addColumn<QString>("cell");
        QTest::newRow("latin") << u"Grüße, Ærø"_s;
        QTest::newRow("cjk") << u"東京のサーバー"_s;
        QTest::newRow("emoji") << u"rack 🚀 room"_s;
        QTest::newRow("cyrillic with quote") << u"сервер \"главный\""_s;
        QTest::newRow("right-to-left") << u"خادم"_s;
        QTest::newRow("two-byte boundary") << u"\u007F\u0080\u07FF\u0800\uFFFD"_s;
    }

    void nonAscii() {
        QFETCH(QString, cell);
        const QByteArray utf8 = cell.toUtf8();
        const bool quoted = cell.contains(u',') || cell.contains(u'"');
        QByteArray expected = utf8;
        if (quoted)
            expected = '"' + QByteArray(utf8).replace('"', "\"\"") + '"';
        expected += "\r\n";
        QCOMPARE(oneCell(cell), expected);
    }

    void loneSurrogateBecomesReplacementCharacter() {
        const QString broken = u"a"_s + QChar(0xD800) + u"b"_s + QChar(0xDC00);
        QCOMPARE(oneCell(broken), "a\xEF\xBF\xBD"
                                  "b\xEF\xBF\xBD\r\n"_ba);
    }

    void manyRowsAcrossFlushes() {
        // Well over CsvWriter::flushSize, so that the output is handed over in several pieces.
        CsvTextTable table({{u"Id"_s, Kind::Number}, {u"Name"_s, Kind::Text}, {u"Tags"_s, Kind::List}});
        QByteArray expected;
        const int rows = 100000;
        for (int i = 0; i < rows; ++i) {
            const QString name = i % 7 == 0 ? u"name, %1"_s.arg(i) : u"name-%1-é"_s.arg(i);
            table.appendRow({QString::number(i), name, u"t%1\nu"_s.arg(i)});
            const QByteArray nameBytes = i % 7 == 0
                                             ? QByteArray("\"name, " + QByteArray::number(i) + '"')
                                             : QByteArray("name-" + QByteArray::number(i) + "-\xC3\xA9");
            expected += QByteArray::number(i) + ',' + nameBytes + ",t" + QByteArray::number(i) + "; u\r\n";
        }
        QVERIFY(expected.size() > 2 * CsvWriter::flushSize);
        QCOMPARE(writeCsv(table, bareOptions()), expected);
    }

    void cellLargerThanTheBuffer() {
        const QString big = QString(3 * CsvWriter::flushSize, u'x') + u","_s + QString(100, u'ü');
        CsvTextTable table({{u"A"_s, Kind::Text}, {u"B"_s, Kind::Text}});
        table.appendRow({u"small"_s, big});
        table.appendRow({u"next"_s, u"row"_s});
        const QByteArray expected = "small,\"" + big.toUtf8() + "\"\r\nnext,row\r\n";
        QCOMPARE(writeCsv(table, bareOptions()), expected);
    }

    void failingDeviceStopsTheWriter() {
        CsvTextTable table({{u"A"_s, Kind::Text}});
        const QString row(1000, u'r');
        for (int i = 0; i < 3000; ++i)
            table.appendRow({row});
        FillingDevice device(CsvWriter::flushSize + CsvWriter::flushSize / 2);
        QVERIFY(device.open(QIODevice::WriteOnly));
        CsvWriter writer(&device, table, {0}, bareOptions());
        bool ok = true;
        qsizetype written = 0;
        for (qsizetype i = 0; i < table.rowCount() && ok; ++i, ++written)
            ok = writer.writeRow(i);
        QVERIFY(!ok);
        QVERIFY(writer.hasFailed());
        QVERIFY(written < table.rowCount());
        QVERIFY(!writer.flush());
        QVERIFY(!writer.writeRow(0));
        QCOMPARE(writer.bytesWritten(), qint64(device.received.size()));
        QVERIFY(device.received.size() <= CsvWriter::flushSize + CsvWriter::flushSize / 2);
        const QByteArray firstRecord = row.toLatin1() + "\r\n";
        QVERIFY(device.received.startsWith(firstRecord));
    }

    void bytesWrittenCountsFlushedBytes() {
        CsvTextTable table({{u"A"_s, Kind::Text}});
        table.appendRow({u"abc"_s});
        QByteArray bytes;
        QBuffer buffer(&bytes);
        QVERIFY(buffer.open(QIODevice::WriteOnly));
        CsvWriter writer(&buffer, table, {0}, CsvOptions{});
        QVERIFY(writer.writeRow(0));
        QCOMPARE(writer.bytesWritten(), qint64(0)); // still buffered
        QVERIFY(writer.flush());
        QCOMPARE(writer.bytesWritten(), qint64(bytes.size()));
        QCOMPARE(bytes, "\xEF\xBB\xBF"
                        "A\r\nabc\r\n"_ba);
    }

    void selectionHelpers() {
        CsvTextTable table({{u"A"_s, Kind::Text}, {u"B"_s, Kind::Text}});
        table.appendRow({u"a"_s, u"b"_s});
        table.appendRow({u"c"_s});
        const CsvSelection all = CsvSelection::all(table);
        QCOMPARE(all.columns, (QList<int>{0, 1}));
        QCOMPARE(all.rows, (std::vector<qsizetype>{0, 1}));
        QVERIFY(all.fits(table));
        QVERIFY(table.cell(1, 1).isEmpty());
        CsvSelection outside = all;
        outside.rows.push_back(2);
        QVERIFY(!outside.fits(table));
        outside = all;
        outside.columns.append(-1);
        QVERIFY(!outside.fits(table));
    }

    void columnKindsOfAssetValues() {
        QCOMPARE(csvColumnKind(ValueKind::List), Kind::List);
        QCOMPARE(csvColumnKind(ValueKind::Address), Kind::List);
        QCOMPARE(csvColumnKind(ValueKind::Integer), Kind::Number);
        QCOMPARE(csvColumnKind(ValueKind::Time), Kind::Number);
        QCOMPARE(csvColumnKind(ValueKind::Text), Kind::Text);
        QCOMPARE(csvColumnKind(ValueKind::Bool), Kind::Text);
    }

    void tabSeparatedCopy() {
        CsvTextTable table(
            {{u"Name"_s, Kind::Text}, {u"Addresses"_s, Kind::List}, {u"Count"_s, Kind::Number}});
        table.appendRow({u"web\tserver"_s, u"10.0.0.1\n10.0.0.2"_s, u"-3"_s});
        table.appendRow({u"two\r\nlines"_s, QString(), u"=1+1"_s});
        table.appendRow({u"@admin"_s, u"\tx"_s, u"4"_s});
        CsvSelection selection;
        selection.columns = {2, 0, 1};
        selection.rows = {1, 0, 2};
        QCOMPARE(TabSeparatedText::fromSelection(table, selection),
                 u"'=1+1\ttwo lines\t\n-3\tweb server\t10.0.0.1 10.0.0.2\n4\t'@admin\t x"_s);
        QCOMPARE(
            TabSeparatedText::fromSelection(table, selection, TabSeparatedText::Header::Include,
                                            TabSeparatedText::FormulaGuard::Off),
            u"Count\tName\tAddresses\n=1+1\ttwo lines\t\n-3\tweb server\t10.0.0.1 10.0.0.2\n4\t@admin\t x"_s);
        selection.rows = {0};
        selection.columns = {0};
        QCOMPARE(TabSeparatedText::fromSelection(table, selection), u"web server"_s);
        selection.rows.clear();
        QCOMPARE(TabSeparatedText::fromSelection(table, selection), QString());
    }

    void errorKindsFromSystemMessages_data() {
        QTest::addColumn<int>("code");
        QTest::addColumn<int>("kind");
        using K = CsvExportError::Kind;
        QTest::newRow("ENOSPC") << ENOSPC << int(K::DiskFull);
        QTest::newRow("EDQUOT") << EDQUOT << int(K::DiskFull);
        QTest::newRow("EACCES") << EACCES << int(K::FolderReadOnly);
        QTest::newRow("EPERM") << EPERM << int(K::FolderReadOnly);
        QTest::newRow("EROFS") << EROFS << int(K::FolderReadOnly);
        QTest::newRow("EIO") << EIO << int(K::Io);
    }

    void errorKindsFromSystemMessages() {
        QFETCH(int, code);
        QFETCH(int, kind);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString fileName = dir.filePath(u"assets.csv"_s);
        const CsvExportError error = CsvExportError::fromFileFailure(fileName, qt_error_string(code));
        QCOMPARE(int(error.kind), kind);
        QCOMPARE(error.fileName, fileName);
        QVERIFY(!error.ok());
        const QString message = error.userMessage();
        QVERIFY2(isSentence(message), qPrintable(message));
        QVERIFY2(message.contains(QDir::toNativeSeparators(fileName)), qPrintable(message));
    }

    void errorKindsFromThePath() {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        using K = CsvExportError::Kind;
        const QString missing = dir.filePath(u"gone/deeper/assets.csv"_s);
        const CsvExportError folderMissing =
            CsvExportError::fromFileFailure(missing, qt_error_string(ENOENT));
        QCOMPARE(folderMissing.kind, K::FolderMissing);
        QVERIFY(
            folderMissing.userMessage().contains(QDir::toNativeSeparators(dir.filePath(u"gone/deeper"_s))));

        QFile file(dir.filePath(u"plain.txt"_s));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.close();
        QCOMPARE(
            CsvExportError::fromFileFailure(dir.filePath(u"plain.txt/assets.csv"_s), qt_error_string(ENOTDIR))
                .kind,
            K::NotAFolder);
        QCOMPARE(CsvExportError::fromFileFailure(dir.filePath(u"plain.txt/sub/assets.csv"_s),
                                                 qt_error_string(ENOTDIR))
                     .kind,
                 K::NotAFolder);
    }

    void everyErrorKindHasItsOwnSentence() {
        using K = CsvExportError::Kind;
        const QString fileName = u"/data/exports/assets.csv"_s;
        QSet<QString> seen;
        for (const K kind : {K::Cancelled, K::FolderMissing, K::NotAFolder, K::FolderReadOnly,
                             K::FileReadOnly, K::DiskFull, K::Io}) {
            const CsvExportError error{kind, fileName, u"Input/output error"_s};
            const QString message = error.userMessage();
            QVERIFY2(isSentence(message), qPrintable(message));
            QVERIFY2(message.contains(QDir::toNativeSeparators(fileName)), qPrintable(message));
            QVERIFY2(!seen.contains(message), qPrintable(message));
            seen.insert(message);
        }
        QVERIFY(CsvExportError{}.ok());
        QVERIFY(CsvExportError{}.userMessage().isEmpty());
        const CsvExportError io{K::Io, fileName, u"Input/output error"_s};
        QVERIFY(io.userMessage().contains("Input/output error"_L1));
    }
};

} // namespace rz

QTEST_GUILESS_MAIN(rz::TestCsvWriter)
#include "tst_csvwriter.moc"
