// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: rzconsole contributors
#include "export/CsvWriter.h"

#include "export/CsvFormulaGuard.h"

#include <QIODevice>
#include <algorithm>
#include <array>
#include <cstring>
#include <utility>

namespace rz {

namespace {

// ASCII characters that a field cannot hold unquoted (RFC 4180: comma, quote, CR, LF).
constexpr std::array<bool, 128> specialAscii = [] {
    std::array<bool, 128> table{};
    table[','] = true;
    table['"'] = true;
    table['\r'] = true;
    table['\n'] = true;
    return table;
}();

// Room for the guard prefix, the two quotes and the comma before a field.
constexpr qsizetype fieldOverhead = 4;
constexpr qsizetype bufferSlack = qsizetype(64) << 10;

char *putUtf8(char *out, char32_t u) {
    if (u < 0x80) {
        *out++ = char(u);
    } else if (u < 0x800) {
        *out++ = char(0xC0 | (u >> 6));
        *out++ = char(0x80 | (u & 0x3F));
    } else if (u < 0x10000) {
        *out++ = char(0xE0 | (u >> 12));
        *out++ = char(0x80 | ((u >> 6) & 0x3F));
        *out++ = char(0x80 | (u & 0x3F));
    } else {
        *out++ = char(0xF0 | (u >> 18));
        *out++ = char(0x80 | ((u >> 12) & 0x3F));
        *out++ = char(0x80 | ((u >> 6) & 0x3F));
        *out++ = char(0x80 | (u & 0x3F));
    }
    return out;
}

} // namespace

CsvWriter::CsvWriter(QIODevice *device, const CsvTable &table, QList<int> columns, CsvOptions options)
    : m_device(device)
    , m_table(table)
    , m_columns(std::move(columns))
    , m_options(std::move(options)) {
    Q_ASSERT(m_device);
    m_kinds.reserve(std::size_t(m_columns.size()));
    for (const int column : std::as_const(m_columns)) {
        Q_ASSERT(column >= 0 && column < m_table.columnCount());
        m_kinds.push_back(m_table.columnKind(column));
    }
    // The separator is encoded once; a '"' in it is doubled, as it would be in any quoted field.
    {
        const QStringView separator(m_options.multiValueSeparator);
        QByteArray encoded(separator.size() * 6, Qt::Uninitialized);
        char *out = encoded.data();
        for (qsizetype i = 0; i < separator.size(); ++i) {
            const char16_t c = separator[i].unicode();
            if (c == u',' || c == u'"' || c == u'\r' || c == u'\n')
                m_separatorNeedsQuotes = true;
            if (c == u'"') {
                *out++ = '"';
                *out++ = '"';
            } else if (QChar::isHighSurrogate(c) && i + 1 < separator.size() &&
                       QChar::isLowSurrogate(separator[i + 1].unicode())) {
                out = putUtf8(out, QChar::surrogateToUcs4(c, separator[++i].unicode()));
            } else {
                out =
                    putUtf8(out, QChar::isSurrogate(c) ? char32_t(QChar::ReplacementCharacter) : char32_t(c));
            }
        }
        encoded.truncate(out - encoded.constData());
        m_separator = encoded;
    }
    m_maxBytesPerUnit = std::max<qsizetype>(3, m_separator.size());
    m_buffer.resize(flushSize + bufferSlack);
}

CsvWriter::~CsvWriter() = default;

bool CsvWriter::writeStart() {
    if (m_started)
        return !m_failed;
    m_started = true;
    if (m_options.byteOrderMark) {
        char *out = reserve(3);
        *out++ = '\xEF';
        *out++ = '\xBB';
        *out++ = '\xBF';
        m_used += 3;
    }
    if (m_options.header) {
        bool empty = true;
        for (qsizetype i = 0; i < m_columns.size(); ++i)
            empty = writeField(m_table.columnTitle(m_columns.at(i)), CsvColumnKind::Text, i == 0) && empty;
        endRecord(m_columns.size() == 1 && empty);
    }
    return !m_failed;
}

bool CsvWriter::writeRow(qsizetype row) {
    if (!m_started)
        writeStart();
    if (m_failed)
        return false;
    Q_ASSERT(row >= 0 && row < m_table.rowCount());
    const qsizetype columnCount = m_columns.size();
    bool empty = true;
    for (qsizetype i = 0; i < columnCount; ++i)
        empty = writeField(m_table.cell(row, m_columns[i]), m_kinds[std::size_t(i)], i == 0) && empty;
    endRecord(columnCount == 1 && empty);
    if (m_used >= flushSize)
        flush();
    return !m_failed;
}

bool CsvWriter::flush() {
    if (m_failed) {
        m_used = 0;
        return false;
    }
    if (m_used == 0)
        return true;
    const qint64 written = m_device->write(m_buffer.constData(), m_used);
    if (written != m_used)
        m_failed = true;
    else
        m_written += written;
    m_used = 0;
    return !m_failed;
}

// A pointer to at least `bytes` free bytes at the end of the buffer; flushes (or, for a huge cell, grows the
// buffer) to make room. The caller advances m_used by what it wrote.
char *CsvWriter::reserve(qsizetype bytes) {
    if (m_used + bytes > m_buffer.size()) {
        flush();
        if (bytes > m_buffer.size())
            m_buffer.resize(bytes);
    }
    return m_buffer.data() + m_used;
}

// Returns whether the field came out empty.
bool CsvWriter::writeField(QStringView text, CsvColumnKind kind, bool first) {
    char *out = reserve(text.size() * m_maxBytesPerUnit + fieldOverhead);
    char *const begin = out;
    if (!first)
        *out++ = ',';
    char *const fieldStart = out;
    out = encodeField(out, text, kind);
    m_used += out - begin;
    return out == fieldStart;
}

void CsvWriter::endRecord(bool loneEmptyField) {
    char *out = reserve(4);
    char *const begin = out;
    if (loneEmptyField) {
        *out++ = '"';
        *out++ = '"';
    }
    *out++ = '\r';
    *out++ = '\n';
    m_used += out - begin;
}

QChar CsvWriter::firstWrittenChar(QStringView text, CsvColumnKind kind) const {
    if (text.isEmpty())
        return {};
    if (kind != CsvColumnKind::List || text.front() != u'\n')
        return text.front();
    // A List cell that starts with a joint starts with the separator; with an empty separator, with the first
    // character that is not a joint.
    if (!m_options.multiValueSeparator.isEmpty())
        return m_options.multiValueSeparator.front();
    for (const QChar c : text) {
        if (c != u'\n')
            return c;
    }
    return {};
}

// Encodes one field at `out` and returns its end. The field is first written unquoted; only when a character
// that needs quoting turns up is the field moved one byte on to make room for the opening quote. Most fields
// need no quotes, so they cost one pass and no move.
char *CsvWriter::encodeField(char *out, QStringView text, CsvColumnKind kind) const {
    char *const start = out;
    if (m_options.formulaGuard && !text.isEmpty() &&
        CsvFormulaGuard::applies(firstWrittenChar(text, kind), text, kind))
        *out++ = CsvFormulaGuard::prefix;

    const bool list = kind == CsvColumnKind::List;
    bool quote = false;
    const char16_t *p = text.utf16();
    const char16_t *const end = p + text.size();
    while (p != end) {
        const char16_t c = *p++;
        if (c < 0x80) {
            if (Q_LIKELY(!specialAscii[c])) {
                *out++ = char(c);
                continue;
            }
            if (c == u'"') {
                *out++ = '"';
                *out++ = '"';
                quote = true;
            } else if (c == u'\n' && list) {
                std::memcpy(out, m_separator.constData(), std::size_t(m_separator.size()));
                out += m_separator.size();
                quote = quote || m_separatorNeedsQuotes;
            } else {
                *out++ = char(c);
                quote = true;
            }
        } else if (c < 0x800) {
            *out++ = char(0xC0 | (c >> 6));
            *out++ = char(0x80 | (c & 0x3F));
        } else if (!QChar::isSurrogate(c)) {
            *out++ = char(0xE0 | (c >> 12));
            *out++ = char(0x80 | ((c >> 6) & 0x3F));
            *out++ = char(0x80 | (c & 0x3F));
        } else if (QChar::isHighSurrogate(c) && p != end && QChar::isLowSurrogate(*p)) {
            out = putUtf8(out, QChar::surrogateToUcs4(c, *p++));
        } else {
            out = putUtf8(out, char32_t(QChar::ReplacementCharacter)); // a lone surrogate is not text
        }
    }
    // A field that starts with U+FEFF would, at the start of a file without a byte-order mark, be read as one
    // and lose that character: in quotes it stays a character.
    if (!quote && out - start >= 3 && std::memcmp(start, "\xEF\xBB\xBF", 3) == 0)
        quote = true;
    if (quote) {
        std::memmove(start + 1, start, std::size_t(out - start));
        *start = '"';
        ++out;
        *out++ = '"';
    }
    return out;
}

} // namespace rz
