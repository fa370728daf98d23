// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: rzconsole contributors
#include "models/AssetCellFormatter.h"

#include <QDateTime>
#include <QHostAddress>

#include <optional>

using namespace Qt::StringLiterals;

namespace rz {

namespace {

using Storage = AssetBlockColumn::Storage;

// The locale's short date-time format, but with a four-digit year: "12/14/19" is ambiguous in an inventory.
QString shortDateTimeFormat(const QLocale &locale) {
    QString format = locale.dateTimeFormat(QLocale::ShortFormat);
    if (!format.contains("yyyy"_L1))
        format.replace("yy"_L1, "yyyy"_L1);
    return format;
}

QStringView firstLine(QStringView text) {
    const qsizetype newline = text.indexOf(u'\n');
    return newline < 0 ? text : text.first(newline);
}

// A key whose string order is address order: every IPv4 address numerically, then every IPv6 address
// numerically, then anything that is not an address, by its text.
QVariant addressSortKey(QStringView text) {
    const QStringView first = firstLine(text).trimmed();
    if (first.isEmpty())
        return {};
    QHostAddress address;
    if (!address.setAddress(first.toString()))
        return QString(u"9" % first.toString().toLower());
    bool isV4 = false;
    const quint32 v4 = address.toIPv4Address(&isV4); // also true for IPv4-mapped IPv6 addresses
    if (isV4)
        return QString(u"4" % QString::number(v4, 16).rightJustified(8, u'0'));
    const Q_IPV6ADDR v6 = address.toIPv6Address();
    const QByteArray bytes(reinterpret_cast<const char *>(v6.c), sizeof(v6.c));
    return QString(u"6" % QString::fromLatin1(bytes.toHex()));
}

std::optional<qint64> toInteger(QStringView text) {
    bool ok = false;
    const qint64 value = text.trimmed().toLongLong(&ok);
    return ok ? std::optional<qint64>(value) : std::nullopt;
}

// One line for a cell: real data carries tabs and line breaks inside values, which a cell cannot show.
QString singleLine(QStringView text) {
    QString line = text.toString();
    for (QChar &c : line) {
        if (c == u'\t' || c == u'\r' || c == u'\n')
            c = u' ';
    }
    return line;
}

QString joinedLines(QStringView text) {
    QString joined = text.toString();
    joined.replace(u'\n', ", "_L1);
    return singleLine(joined);
}

// The number of a Number cell, or of a number kept as text (one that did not fit 64 bits reads as none).
std::optional<qint64> numberOf(const AssetBlockColumn &cells, qsizetype row) {
    if (cells.storage == Storage::Number) {
        const qint64 value = cells.number(row);
        return value == AssetBlockColumn::noNumber ? std::nullopt : std::optional<qint64>(value);
    }
    return toInteger(cells.view(row));
}

} // namespace

AssetCellFormatter::AssetCellFormatter(QString yes, QString no)
    : m_dateTimeFormat(shortDateTimeFormat(m_locale))
    , m_yes(std::move(yes))
    , m_no(std::move(no)) {}

QString AssetCellFormatter::timeText(qint64 seconds) const {
    if (seconds == 0)
        return {};
    return m_locale.toString(QDateTime::fromSecsSinceEpoch(seconds), m_dateTimeFormat);
}

QString AssetCellFormatter::integerText(qint64 value) const {
    return m_locale.toString(value);
}

QString AssetCellFormatter::displayText(ValueKind kind, QStringView canonical) const {
    switch (kind) {
    case ValueKind::Text:
        return singleLine(canonical);
    case ValueKind::List:
    case ValueKind::Address:
        return joinedLines(canonical);
    case ValueKind::Bool:
        if (canonical == "true"_L1)
            return m_yes;
        if (canonical == "false"_L1)
            return m_no;
        return canonical.toString();
    case ValueKind::Time:
        if (const auto seconds = toInteger(canonical))
            return timeText(*seconds);
        return {};
    case ValueKind::Integer:
        if (const auto value = toInteger(canonical))
            return integerText(*value);
        return canonical.toString();
    }
    return canonical.toString();
}

QString AssetCellFormatter::display(ValueKind kind, const AssetBlockColumn &cells, qsizetype row) const {
    if (cells.storage == Storage::Number) {
        const qint64 value = cells.number(row);
        if (value == AssetBlockColumn::noNumber)
            return {};
        return kind == ValueKind::Time ? timeText(value) : integerText(value);
    }
    if (cells.storage == Storage::Uuid)
        return cells.text(row);
    return displayText(kind, cells.view(row));
}

QVariant AssetCellFormatter::toolTip(ValueKind kind, const AssetBlockColumn &cells, qsizetype row) const {
    if (cells.isEmpty(row))
        return {};
    switch (kind) {
    case ValueKind::Text:
    case ValueKind::List:
    case ValueKind::Address:
        return cells.text(row); // lists: one item per line
    case ValueKind::Time:
        if (const auto seconds = numberOf(cells, row); seconds && *seconds != 0)
            return m_locale.toString(QDateTime::fromSecsSinceEpoch(*seconds), QLocale::LongFormat);
        return {};
    case ValueKind::Bool:
    case ValueKind::Integer:
        return {};
    }
    return {};
}

QVariant AssetCellFormatter::raw(ValueKind kind, const AssetBlockColumn &cells, qsizetype row) const {
    if (cells.isEmpty(row))
        return {};
    switch (kind) {
    case ValueKind::Text:
    case ValueKind::List:
        return cells.text(row);
    case ValueKind::Address:
        return addressSortKey(cells.text(row));
    case ValueKind::Bool: {
        const QStringView text = cells.view(row);
        if (text == "true"_L1 || text == "false"_L1)
            return text == "true"_L1;
        return {};
    }
    case ValueKind::Time:
        if (const auto seconds = numberOf(cells, row); seconds && *seconds != 0)
            return QDateTime::fromSecsSinceEpoch(*seconds).toUTC();
        return {};
    case ValueKind::Integer:
        if (const auto value = numberOf(cells, row))
            return *value;
        return {};
    }
    return {};
}

} // namespace rz
