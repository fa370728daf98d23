// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: rzconsole contributors
#include "json/TrailingNextKey.h"

using namespace Qt::StringLiterals;

namespace rz::json {

namespace {

bool isSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

} // namespace

std::optional<QString> trailingNextKey(QByteArrayView body) {
    constexpr qsizetype window = 1024; // a start_key is short; a longer tail is no page the console wrote
    qsizetype end = body.size();
    while (end > 0 && isSpace(body[end - 1]))
        --end;
    if (end < 2 || body[end - 1] != '}')
        return std::nullopt;
    --end; // the closing brace of the page object
    while (end > 0 && isSpace(body[end - 1]))
        --end;
    if (end < 1 || body[end - 1] != '"')
        return std::nullopt;
    const qsizetype valueEnd = end - 1; // the closing quote of the value
    const qsizetype from = std::max<qsizetype>(0, valueEnd - window);
    qsizetype quote = valueEnd - 1;
    while (quote >= from && body[quote] != '"') {
        const char c = body[quote];
        if (c == '\\' || static_cast<unsigned char>(c) < 0x20)
            return std::nullopt; // escapes are the parser's business
        --quote;
    }
    if (quote < from)
        return std::nullopt;
    const QByteArrayView value = body.sliced(quote + 1, valueEnd - quote - 1);
    qsizetype p = quote;
    while (p > 0 && isSpace(body[p - 1]))
        --p;
    if (p < 1 || body[p - 1] != ':')
        return std::nullopt;
    --p;
    while (p > 0 && isSpace(body[p - 1]))
        --p;
    constexpr QByteArrayView member = "\"next_key\"";
    if (p < member.size() || body.sliced(p - member.size(), member.size()) != member)
        return std::nullopt;
    p -= member.size();
    // The member must follow a ',' or the opening '{' of the object, not sit inside a string.
    while (p > 0 && isSpace(body[p - 1]))
        --p;
    if (p < 1 || (body[p - 1] != ',' && body[p - 1] != '{'))
        return std::nullopt;
    return QString::fromUtf8(value);
}

} // namespace rz::json
