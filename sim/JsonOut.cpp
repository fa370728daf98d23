// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: rzconsole contributors
#include "sim/JsonOut.h"

#include <array>
#include <charconv>

namespace rz::sim {

void appendInt(QByteArray &out, qint64 value) {
    std::array<char, 24> buffer{};
    const auto result = std::to_chars(buffer.data(), buffer.data() + buffer.size(), value);
    out.append(buffer.data(), result.ptr - buffer.data());
}

void appendHex(QByteArray &out, quint64 value, int digits) {
    static constexpr char hexDigits[] = "0123456789abcdef";
    std::array<char, 16> buffer{};
    for (int i = digits - 1; i >= 0; --i) {
        buffer[static_cast<size_t>(i)] = hexDigits[value & 0xfU];
        value >>= 4;
    }
    out.append(buffer.data(), digits);
}

void appendHexCompact(QByteArray &out, quint64 value) {
    int digits = 1;
    while (digits < 16 && (value >> (4 * digits)) != 0)
        ++digits;
    appendHex(out, value, digits);
}

void appendJsonString(QByteArray &out, QByteArrayView utf8) {
    static constexpr char hexDigits[] = "0123456789abcdef";
    out.append('"');
    const char *data = utf8.data();
    const qsizetype size = utf8.size();
    qsizetype runStart = 0;
    for (qsizetype i = 0; i < size; ++i) {
        const auto c = static_cast<unsigned char>(data[i]);
        if (c >= 0x20 && c != '"' && c != '\\')
            continue;
        out.append(data + runStart, i - runStart);
        runStart = i + 1;
        switch (c) {
        case '"':
            out.append("\\\"", 2);
            break;
        case '\\':
            out.append("\\\\", 2);
            break;
        case '\n':
            out.append("\\n", 2);
            break;
        case '\r':
            out.append("\\r", 2);
            break;
        case '\t':
            out.append("\\t", 2);
            break;
        default: {
            const char escaped[6] = {'\\', 'u', '0', '0', hexDigits[c >> 4], hexDigits[c & 0xfU]};
            out.append(escaped, 6);
            break;
        }
        }
    }
    out.append(data + runStart, size - runStart);
    out.append('"');
}

void appendBool(QByteArray &out, bool value) {
    if (value)
        out.append("true", 4);
    else
        out.append("false", 5);
}

JsonObjectWriter::JsonObjectWriter(QByteArray &out)
    : m_out(out) {
    m_out.append('{');
}

void JsonObjectWriter::end() {
    m_out.append('}');
}

void JsonObjectWriter::key(QByteArrayView name) {
    if (!m_first)
        m_out.append(',');
    m_first = false;
    m_out.append('"');
    m_out.append(name);
    m_out.append("\":", 2);
}

void JsonObjectWriter::string(QByteArrayView name, QByteArrayView utf8) {
    key(name);
    appendJsonString(m_out, utf8);
}

void JsonObjectWriter::integer(QByteArrayView name, qint64 value) {
    key(name);
    appendInt(m_out, value);
}

void JsonObjectWriter::boolean(QByteArrayView name, bool value) {
    key(name);
    appendBool(m_out, value);
}

void JsonObjectWriter::null(QByteArrayView name) {
    key(name);
    m_out.append("null", 4);
}

void JsonObjectWriter::raw(QByteArrayView name, QByteArrayView json) {
    key(name);
    m_out.append(json);
}

} // namespace rz::sim
