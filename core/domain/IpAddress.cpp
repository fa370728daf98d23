// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: rzconsole contributors
#include "domain/IpAddress.h"

#include <QList>

#include <array>

using namespace Qt::StringLiterals;

namespace rz {

namespace {

std::optional<int> hexDigit(QChar c) {
    const char16_t u = c.unicode();
    if (u >= u'0' && u <= u'9')
        return u - u'0';
    if (u >= u'a' && u <= u'f')
        return u - u'a' + 10;
    if (u >= u'A' && u <= u'F')
        return u - u'A' + 10;
    return std::nullopt;
}

std::optional<quint32> parseDottedQuad(QStringView text) {
    quint32 value = 0;
    int octets = 0;
    qsizetype i = 0;
    while (true) {
        const qsizetype start = i;
        int octet = 0;
        while (i < text.size() && text[i].unicode() >= u'0' && text[i].unicode() <= u'9') {
            octet = octet * 10 + (text[i].unicode() - u'0');
            if (octet > 255)
                return std::nullopt;
            ++i;
        }
        const qsizetype digits = i - start;
        if (digits == 0 || (digits > 1 && text[start] == u'0'))
            return std::nullopt;
        value = (value << 8) | quint32(octet);
        ++octets;
        if (i == text.size())
            break;
        if (text[i] != u'.' || octets == 4)
            return std::nullopt;
        ++i;
    }
    if (octets != 4)
        return std::nullopt;
    return value;
}

// One to four hex digits.
std::optional<quint16> parseGroup(QStringView group) {
    if (group.isEmpty() || group.size() > 4)
        return std::nullopt;
    quint32 value = 0;
    for (const QChar c : group) {
        const std::optional<int> digit = hexDigit(c);
        if (!digit)
            return std::nullopt;
        value = value * 16 + quint32(*digit);
    }
    return quint16(value);
}

// The groups of one side of "::" (or of the whole address); a dotted quad is allowed as the last item when
// `allowQuad`, and counts as two groups.
std::optional<QList<quint16>> parseGroups(QStringView text, bool allowQuad) {
    QList<quint16> groups;
    if (text.isEmpty())
        return groups;
    const QList<QStringView> parts = text.split(u':');
    for (qsizetype k = 0; k < parts.size(); ++k) {
        const QStringView part = parts.at(k);
        if (allowQuad && k == parts.size() - 1 && part.contains(u'.')) {
            const std::optional<quint32> quad = parseDottedQuad(part);
            if (!quad)
                return std::nullopt;
            groups.append(quint16(*quad >> 16));
            groups.append(quint16(*quad & 0xffff));
            continue;
        }
        const std::optional<quint16> group = parseGroup(part);
        if (!group)
            return std::nullopt;
        groups.append(*group);
    }
    return groups;
}

} // namespace

std::optional<IpAddress> IpAddress::parse(QStringView text) {
    if (text.contains(u':'))
        return parseV6(text);
    return parseV4(text);
}

std::optional<IpAddress> IpAddress::parseV4(QStringView text) {
    const std::optional<quint32> value = parseDottedQuad(text);
    if (!value)
        return std::nullopt;
    return IpAddress{IpFamily::V4, Uint128{0, *value}};
}

std::optional<IpAddress> IpAddress::parseV6(QStringView text) {
    if (text.size() < 2 || text.size() > 45)
        return std::nullopt;
    const qsizetype gap = text.indexOf(u"::");
    QList<quint16> groups;
    if (gap < 0) {
        const std::optional<QList<quint16>> all = parseGroups(text, true);
        if (!all || all->size() != 8)
            return std::nullopt;
        groups = *all;
    } else {
        const QStringView head = text.first(gap);
        const QStringView tail = text.sliced(gap + 2);
        if (tail.contains(u"::"))
            return std::nullopt; // "::" at most once
        const std::optional<QList<quint16>> before = parseGroups(head, false);
        const std::optional<QList<quint16>> after = parseGroups(tail, true);
        if (!before || !after || before->size() + after->size() > 7)
            return std::nullopt;
        groups = *before;
        groups.resize(8 - after->size(), 0);
        groups.append(*after);
    }
    Uint128 value;
    for (int k = 0; k < 8; ++k) {
        quint64 &half = k < 4 ? value.hi : value.lo;
        half = (half << 16) | groups.at(k);
    }
    return IpAddress{IpFamily::V6, value};
}

QString IpAddress::toString() const {
    if (family == IpFamily::V4) {
        const quint64 v = value.lo;
        return u"%1.%2.%3.%4"_s.arg((v >> 24) & 0xff)
            .arg((v >> 16) & 0xff)
            .arg((v >> 8) & 0xff)
            .arg(v & 0xff);
    }
    std::array<quint16, 8> groups{};
    for (int k = 0; k < 8; ++k) {
        const quint64 half = k < 4 ? value.hi : value.lo;
        groups[size_t(k)] = quint16(half >> (16 * (3 - (k % 4))));
    }
    // The longest run of two or more zero groups (the first of equal runs) becomes "::".
    int bestStart = -1;
    int bestLength = 1;
    for (int k = 0; k < 8;) {
        if (groups[size_t(k)] != 0) {
            ++k;
            continue;
        }
        int end = k;
        while (end < 8 && groups[size_t(end)] == 0)
            ++end;
        if (end - k > bestLength) {
            bestStart = k;
            bestLength = end - k;
        }
        k = end;
    }
    QString text;
    for (int k = 0; k < 8; ++k) {
        if (k == bestStart) {
            text += u"::"_s;
            k += bestLength - 1;
            continue;
        }
        if (!text.isEmpty() && !text.endsWith(u':'))
            text += u':';
        text += QString::number(groups[size_t(k)], 16);
    }
    return text;
}

} // namespace rz
