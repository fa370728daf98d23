// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: rzconsole contributors
//
// libFuzzer target: CsvWriter. The input becomes a table (options from the first byte, then cells; 0x1F ends
// a cell, 0x1E a row) of UTF-16 text that may hold anything, lone surrogates included. The output is read
// back with a strict RFC 4180 reader written here, and every cell must come back as the writer documents:
// lone surrogates as U+FFFD, the '\n' joints of List cells as the separator, and at most the guard's "'"
// in front.
#include "export/CsvFormulaGuard.h"
#include "export/CsvTextTable.h"
#include "export/CsvWriter.h"

#include <QBuffer>
#include <QStringDecoder>

#include <array>
#include <cstdint>
#include <cstdlib>
#include <optional>

using namespace Qt::StringLiterals;

namespace {

constexpr char16_t cellEnd = 0x1F;
constexpr char16_t rowEnd = 0x1E;
constexpr int columnCount = 3;

// Parses RFC 4180 (CRLF records, '"' quoting); nullopt when the text breaks the grammar.
std::optional<QList<QStringList>> readCsv(QStringView text) {
    QList<QStringList> records;
    QStringList record;
    QString field;
    qsizetype i = 0;
    while (i < text.size()) {
        if (text[i] == u'"' && field.isEmpty()) {
            ++i;
            for (;;) {
                if (i >= text.size())
                    return std::nullopt; // unterminated quotes
                if (text[i] == u'"') {
                    if (i + 1 < text.size() && text[i + 1] == u'"') {
                        field += u'"';
                        i += 2;
                        continue;
                    }
                    ++i;
                    break;
                }
                field += text[i++];
            }
            if (i < text.size() && text[i] != u',' && text[i] != u'\r')
                return std::nullopt; // text after the closing quote
            continue;
        }
        if (text[i] == u',') {
            record.append(field);
            field.clear();
            ++i;
        } else if (text[i] == u'\r') {
            if (i + 1 >= text.size() || text[i + 1] != u'\n')
                return std::nullopt;
            record.append(field);
            field.clear();
            records.append(record);
            record.clear();
            i += 2;
        } else if (text[i] == u'"' || text[i] == u'\n') {
            return std::nullopt; // a quote or a line feed inside an unquoted field
        } else {
            field += text[i++];
        }
    }
    if (!field.isEmpty() || !record.isEmpty())
        return std::nullopt; // the last record did not end with CRLF
    return records;
}

QString withoutLoneSurrogates(QStringView text) {
    QString out;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (c.isHighSurrogate() && i + 1 < text.size() && text[i + 1].isLowSurrogate()) {
            out += c;
            out += text[++i];
        } else {
            out += c.isSurrogate() ? QChar(QChar::ReplacementCharacter) : c;
        }
    }
    return out;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size) {
    using namespace rz;
    if (size < 2)
        return 0;
    const std::uint8_t flags = data[0];
    static const std::array<QString, 5> separators = {u"; "_s, u"\n"_s, QString(), u", "_s, u"\"|\""_s};
    CsvOptions options;
    options.byteOrderMark = (flags & 1) != 0;
    options.header = (flags & 2) != 0;
    options.formulaGuard = (flags & 4) != 0;
    options.multiValueSeparator = separators[(flags >> 3) % separators.size()];
    const bool utf16 = (flags & 0x80) != 0;

    // The cells: UTF-16 code units from byte pairs, or bytes as Latin-1.
    QString units;
    if (utf16) {
        for (std::size_t i = 1; i + 1 < size; i += 2)
            units += QChar(char16_t(data[i] | (data[i + 1] << 8)));
    } else {
        units = QString::fromLatin1(reinterpret_cast<const char *>(data + 1), qsizetype(size - 1));
    }
    QList<QList<QString>> rows(1);
    QString cell;
    for (const QChar c : std::as_const(units)) {
        if (c.unicode() == cellEnd || c.unicode() == rowEnd) {
            rows.last().append(cell);
            cell.clear();
            if (c.unicode() == rowEnd)
                rows.append(QList<QString>());
        } else {
            cell += c;
        }
    }
    rows.last().append(cell);

    const QList<CsvTextTable::Column> columns = {{u"Name"_s, CsvColumnKind::Text},
                                                 {u"Addresses"_s, CsvColumnKind::List},
                                                 {u"Services"_s, CsvColumnKind::Number}};
    CsvTextTable table(columns);
    for (const QList<QString> &row : std::as_const(rows))
        table.appendRow(row);
    // The columns in a fuzzed order, some maybe twice.
    QList<int> order;
    for (int i = 0; i < 1 + (flags >> 5) % 3; ++i)
        order.append((flags + i) % columnCount);

    QBuffer device;
    device.open(QIODevice::WriteOnly);
    {
        CsvWriter writer(&device, table, order, options);
        for (qsizetype row = 0; row < table.rowCount(); ++row) {
            if (!writer.writeRow(row))
                std::abort();
        }
        if (table.rowCount() == 0 && !writer.writeStart())
            std::abort();
        if (!writer.flush() || writer.bytesWritten() != device.data().size())
            std::abort();
    }

    QByteArrayView bytes(device.data());
    if (options.byteOrderMark) {
        if (!bytes.startsWith("\xEF\xBB\xBF"))
            std::abort();
        bytes = bytes.sliced(3);
    }
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString text = decoder(bytes);
    if (decoder.hasError())
        std::abort(); // not valid UTF-8
    const std::optional<QList<QStringList>> records = readCsv(text);
    if (!records)
        std::abort();
    const qsizetype headerRecords = options.header ? 1 : 0;
    if (records->size() != table.rowCount() + headerRecords)
        std::abort();
    for (qsizetype row = 0; row < table.rowCount(); ++row) {
        const QStringList &fields = records->at(row + headerRecords);
        if (fields.size() != order.size())
            std::abort();
        for (qsizetype i = 0; i < order.size(); ++i) {
            const int column = order.at(i);
            QString expected = withoutLoneSurrogates(table.cell(row, column));
            if (columns.at(column).kind == CsvColumnKind::List)
                expected.replace(u'\n', options.multiValueSeparator);
            const QString &got = fields.at(i);
            if (got == expected)
                continue;
            // The only other form allowed: the guard's prefix, where the guard is on and the cell starts
            // with a trigger.
            if (!options.formulaGuard || got != QChar(u'\'') + expected || expected.isEmpty() ||
                !CsvFormulaGuard::isTrigger(expected.front()))
                std::abort();
        }
    }
    return 0;
}
