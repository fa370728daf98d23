// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: rzconsole contributors
#include "domain/ScanTargets.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace rz {

namespace {

bool isDigits(QStringView text) {
    if (text.isEmpty())
        return false;
    for (const QChar c : text) {
        if (c.unicode() < u'0' || c.unicode() > u'9')
            return false;
    }
    return true;
}

bool isDigitsAndDots(QStringView text) {
    for (const QChar c : text) {
        if (c != u'.' && (c.unicode() < u'0' || c.unicode() > u'9'))
            return false;
    }
    return true;
}

// RFC 1123 host names: labels of letters, digits and inner hyphens, at most 63 characters each and 253 in
// all; the last label is not all digits (that would be a mistyped address).
bool isHostName(QStringView text) {
    if (text.endsWith(u'.'))
        text.chop(1);
    if (text.isEmpty() || text.size() > 253)
        return false;
    const QList<QStringView> labels = text.split(u'.');
    for (const QStringView label : labels) {
        if (label.isEmpty() || label.size() > 63 || label.startsWith(u'-') || label.endsWith(u'-'))
            return false;
        for (const QChar c : label) {
            const char16_t u = c.unicode();
            const bool ok =
                (u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z') || (u >= u'0' && u <= u'9') || u == u'-';
            if (!ok)
                return false;
        }
    }
    return !isDigits(labels.last());
}

// Why a text of digits and dots is not an IPv4 address.
QString whyNotIpv4(QStringView text) {
    const QList<QStringView> parts = text.split(u'.');
    if (parts.size() != 4)
        return ScanTargets::tr("an IPv4 address has four numbers separated by dots");
    for (const QStringView part : parts) {
        if (part.isEmpty())
            return ScanTargets::tr("an IPv4 address has four numbers separated by dots");
        if (part.size() > 1 && part.startsWith(u'0'))
            return ScanTargets::tr("%1 has a leading zero, which some tools read as octal").arg(part);
        if (part.toInt() > 255)
            return ScanTargets::tr("%1 is larger than 255").arg(part);
    }
    return ScanTargets::tr("not an IPv4 address");
}

QString whyNotAddress(QStringView text) {
    if (text.contains(u'%'))
        return ScanTargets::tr("zone indexes (%) are not supported in scan targets");
    if (text.contains(u':'))
        return ScanTargets::tr("not a valid IPv6 address");
    if (isDigitsAndDots(text))
        return whyNotIpv4(text);
    return ScanTargets::tr("not an IP address");
}

} // namespace

ScanTargets ScanTargets::parse(QStringView text, bool allowDefaults) {
    ScanTargets targets;
    static const QRegularExpression separators(u"[\\s,]+"_s);
    const QList<QStringView> items = text.split(separators, Qt::SkipEmptyParts);
    targets.m_items.reserve(items.size());
    for (const QStringView item : items) {
        const QString problem = targets.addItem(item, allowDefaults);
        if (!problem.isEmpty())
            targets.m_problems.append({item.toString(), problem});
    }
    return targets;
}

QString ScanTargets::problemOf(QStringView item, bool allowDefaults) {
    ScanTargets targets;
    return targets.addItem(item, allowDefaults);
}

QStringList ScanTargets::hostNames() const {
    QStringList names;
    for (const Item &item : m_items) {
        if (item.kind == Kind::HostName)
            names.append(item.text);
    }
    return names;
}

QString ScanTargets::normalizedText() const {
    QStringList texts;
    texts.reserve(m_items.size());
    for (const Item &item : m_items)
        texts.append(item.text);
    return texts.join(u' ');
}

QString ScanTargets::addItem(QStringView item, bool allowDefaults) {
    const auto accept = [this, item](Kind kind) {
        m_items.append({kind, item.toString()});
        return QString();
    };

    if (item.compare(u"defaults", Qt::CaseInsensitive) == 0) {
        if (!allowDefaults)
            return tr("“defaults” (the site\u2019s own scope) can only be a target");
        m_usesDefaults = true;
        return accept(Kind::Defaults);
    }

    if (const qsizetype slash = item.indexOf(u'/'); slash >= 0) {
        const std::optional<IpAddress> address = IpAddress::parse(item.first(slash));
        if (!address)
            return whyNotAddress(item.first(slash));
        const QStringView prefixText = item.sliced(slash + 1);
        const int bits = IpAddress::bitsOf(address->family);
        const int prefix = isDigits(prefixText) && prefixText.size() <= 3 ? prefixText.toInt() : -1;
        if (prefix < 0 || prefix > bits)
            return address->family == IpFamily::V4
                       ? tr("the prefix length after / must be 0 to 32 for IPv4")
                       : tr("the prefix length after / must be 0 to 128 for IPv6");
        m_addresses.addNetwork(address->family, address->value, prefix);
        return accept(Kind::Network);
    }

    if (const qsizetype dash = item.indexOf(u'-'); dash >= 0) {
        const QStringView startText = item.first(dash);
        const QStringView endText = item.sliced(dash + 1);
        const std::optional<IpAddress> start = IpAddress::parse(startText);
        if (!startText.isEmpty() && (start || startText.contains(u':') || isDigitsAndDots(startText))) {
            if (!start)
                return whyNotAddress(startText);
            std::optional<IpAddress> end = IpAddress::parse(endText);
            if (!end && start->family == IpFamily::V4 && isDigits(endText) && endText.size() <= 3) {
                const int octet = endText.toInt();
                if (octet > 255)
                    return tr("the range ends at %1, which is not an octet (0 to 255)").arg(endText);
                end =
                    IpAddress{IpFamily::V4, Uint128{0, (start->value.lo & ~quint64(0xff)) | quint64(octet)}};
            }
            if (!end)
                return start->family == IpFamily::V4
                           ? tr("the end of the range is neither an IPv4 address nor a last octet")
                           : tr("the end of the range is not an IPv6 address");
            if (end->family != start->family)
                return tr("a range cannot go from IPv4 to IPv6");
            if (end->value < start->value)
                return tr("the range ends before it starts");
            m_addresses.add(start->family, start->value, end->value);
            return accept(Kind::Range);
        }
        // Otherwise a host name with a hyphen, checked below.
    }

    if (item.contains(u':') || item.contains(u'%') || isDigitsAndDots(item)) {
        const std::optional<IpAddress> address = IpAddress::parse(item);
        if (!address)
            return whyNotAddress(item);
        m_addresses.add(address->family, address->value, address->value);
        return accept(Kind::Address);
    }

    if (isHostName(item))
        return accept(Kind::HostName);
    return tr("not an address, range, CIDR block or host name");
}

} // namespace rz
