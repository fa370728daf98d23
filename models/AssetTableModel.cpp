// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: rzconsole contributors
#include "models/AssetTableModel.h"

#include "models/Roles.h"

#include <QDateTime>
#include <QHostAddress>
#include <QLocale>

#include <algorithm>
#include <limits>

using namespace Qt::StringLiterals;

namespace rz {

namespace {

// Offsets in a block are 32-bit; a page larger than this (never seen in practice) is split into blocks.
constexpr qsizetype MaxBlockChars = std::numeric_limits<quint32>::max();

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

// Unix seconds; 0 is what the API sends for "never".
std::optional<QDateTime> toDateTime(QStringView text) {
    const std::optional<qint64> seconds = toInteger(text);
    if (!seconds || *seconds == 0)
        return std::nullopt;
    return QDateTime::fromSecsSinceEpoch(*seconds);
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

} // namespace

AssetTableModel::AssetTableModel(QObject *parent)
    : QAbstractTableModel(parent)
    , m_dateTimeFormat(shortDateTimeFormat(QLocale())) {}

AssetTableModel::~AssetTableModel() = default;

void AssetTableModel::setColumns(QList<AssetColumn> columns) {
    beginResetModel();
    m_columns = std::move(columns);
    m_blocks.clear();
    m_rowCount = 0;
    endResetModel();
}

QList<AssetColumn> AssetTableModel::columns() const {
    return m_columns;
}

AssetColumn AssetTableModel::columnAt(int section) const {
    Q_ASSERT(section >= 0 && section < m_columns.size());
    return m_columns.at(section);
}

int AssetTableModel::sectionOf(AssetColumn column) const {
    return int(m_columns.indexOf(column));
}

void AssetTableModel::appendPage(const AssetPage &page) {
    if (m_columns.isEmpty() && !page.columns.isEmpty())
        setColumns(page.columns);
    const qsizetype rows = qsizetype(page.rows.size());
    if (rows == 0)
        return;
    if (rows > std::numeric_limits<int>::max() - m_rowCount) {
        qWarning("AssetTableModel: more rows than a model can show; page dropped");
        return;
    }

    // Where each of this model's columns is in the page's values (-1: the page does not have it).
    std::vector<qsizetype> source;
    source.reserve(size_t(m_columns.size()));
    for (qsizetype i = 0; i < m_columns.size(); ++i)
        source.push_back(page.columns.isEmpty() ? i : page.columns.indexOf(m_columns.at(i)));

    const size_t stored = size_t(m_columns.size()) + 1;
    auto rowChars = [&](const AssetRow &row) {
        qsizetype chars = row.id.size();
        for (const qsizetype s : source) {
            if (s >= 0 && s < row.values.size())
                chars += row.values.at(s).size();
        }
        return chars;
    };

    beginInsertRows({}, m_rowCount, m_rowCount + int(rows) - 1);
    size_t next = 0;
    while (next < page.rows.size()) {
        // Size the block first, so its text is allocated once.
        qsizetype chars = 0;
        size_t end = next;
        while (end < page.rows.size()) {
            const qsizetype more = rowChars(page.rows[end]);
            if (end > next && chars + more > MaxBlockChars)
                break;
            chars += more;
            ++end;
        }
        Block block;
        block.firstRow = m_rowCount;
        block.rows = int(end - next);
        block.text.reserve(chars);
        block.ends.reserve(size_t(block.rows) * stored);
        for (size_t r = next; r < end; ++r) {
            const AssetRow &row = page.rows[r];
            block.text.append(row.id);
            block.ends.push_back(quint32(block.text.size()));
            for (const qsizetype s : source) {
                if (s >= 0 && s < row.values.size())
                    block.text.append(row.values.at(s));
                block.ends.push_back(quint32(block.text.size()));
            }
        }
        m_rowCount += block.rows;
        m_blocks.push_back(std::move(block));
        next = end;
    }
    endInsertRows();
}

void AssetTableModel::clear() {
    if (m_rowCount == 0)
        return;
    beginResetModel();
    m_blocks.clear();
    m_rowCount = 0;
    endResetModel();
}

QString AssetTableModel::assetId(int row) const {
    if (row < 0 || row >= m_rowCount)
        return {};
    return storedCell(row, 0).toString();
}

QString AssetTableModel::rawText(int row, int section) const {
    if (row < 0 || row >= m_rowCount || section < 0 || section >= m_columns.size())
        return {};
    return storedCell(row, section + 1).toString();
}

QStringView AssetTableModel::storedCell(int row, int storedColumn) const {
    // The last block whose first row is <= row.
    const auto after = std::upper_bound(m_blocks.cbegin(), m_blocks.cend(), row,
                                        [](int r, const Block &b) { return r < b.firstRow; });
    const Block &block = *(after - 1);
    const size_t k = size_t(row - block.firstRow) * (size_t(m_columns.size()) + 1) + size_t(storedColumn);
    const quint32 begin = k == 0 ? 0 : block.ends[k - 1];
    return QStringView(block.text).sliced(begin, block.ends[k] - begin);
}

QVariant AssetTableModel::displayValue(ValueKind kind, QStringView text) const {
    switch (kind) {
    case ValueKind::Text:
        return singleLine(text);
    case ValueKind::List:
    case ValueKind::Address:
        return joinedLines(text);
    case ValueKind::Bool:
        if (text == "true"_L1)
            return tr("Yes");
        if (text == "false"_L1)
            return tr("No");
        return text.toString();
    case ValueKind::Time:
        if (const auto time = toDateTime(text))
            return QLocale().toString(*time, m_dateTimeFormat);
        return QString();
    case ValueKind::Integer:
        if (const auto value = toInteger(text))
            return QLocale().toString(*value);
        return text.toString();
    }
    return text.toString();
}

QVariant AssetTableModel::toolTipValue(ValueKind kind, QStringView text) const {
    if (text.isEmpty())
        return {};
    switch (kind) {
    case ValueKind::Text:
    case ValueKind::List:
    case ValueKind::Address:
        return text.toString(); // lists: one item per line
    case ValueKind::Time:
        if (const auto time = toDateTime(text))
            return QLocale().toString(*time, QLocale::LongFormat);
        return {};
    case ValueKind::Bool:
    case ValueKind::Integer:
        return {};
    }
    return {};
}

QVariant AssetTableModel::rawValue(ValueKind kind, QStringView text) {
    if (text.isEmpty())
        return {};
    switch (kind) {
    case ValueKind::Text:
    case ValueKind::List:
        return text.toString();
    case ValueKind::Address:
        return addressSortKey(text);
    case ValueKind::Bool:
        if (text == "true"_L1 || text == "false"_L1)
            return text == "true"_L1;
        return {};
    case ValueKind::Time:
        if (const auto time = toDateTime(text))
            return time->toUTC();
        return {};
    case ValueKind::Integer:
        if (const auto value = toInteger(text))
            return *value;
        return {};
    }
    return {};
}

int AssetTableModel::rowCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : m_rowCount;
}

int AssetTableModel::columnCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : int(m_columns.size());
}

QVariant AssetTableModel::data(const QModelIndex &index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ValueKind kind = assetColumnInfo(m_columns.at(index.column())).kind;
    switch (role) {
    case Qt::DisplayRole:
        return displayValue(kind, storedCell(index.row(), index.column() + 1));
    case Qt::ToolTipRole:
        return toolTipValue(kind, storedCell(index.row(), index.column() + 1));
    case Qt::TextAlignmentRole:
        if (kind == ValueKind::Integer)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case RawValueRole:
        return rawValue(kind, storedCell(index.row(), index.column() + 1));
    case IdRole:
        return storedCell(index.row(), 0).toString();
    default:
        return {};
    }
}

QVariant AssetTableModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || section < 0 || section >= m_columns.size())
        return {};
    const AssetColumn column = m_columns.at(section);
    switch (role) {
    case Qt::DisplayRole:
        return columnTitle(column);
    case Qt::ToolTipRole:
        return tr("API field: %1").arg(assetColumnInfo(column).field);
    case Qt::TextAlignmentRole:
        if (assetColumnInfo(column).kind == ValueKind::Integer)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    default:
        return {};
    }
}

QString AssetTableModel::columnTitle(AssetColumn column) {
    switch (column) {
    case AssetColumn::Addresses:
        return tr("Addresses");
    case AssetColumn::Names:
        return tr("Names");
    case AssetColumn::Type:
        return tr("Type");
    case AssetColumn::Os:
        return tr("Operating system");
    case AssetColumn::OsVersion:
        return tr("OS version");
    case AssetColumn::Hardware:
        return tr("Hardware");
    case AssetColumn::Macs:
        return tr("MAC addresses");
    case AssetColumn::MacVendors:
        return tr("MAC vendors");
    case AssetColumn::Alive:
        return tr("Alive");
    case AssetColumn::FirstSeen:
        return tr("First seen");
    case AssetColumn::LastSeen:
        return tr("Last seen");
    case AssetColumn::SiteName:
        return tr("Site");
    case AssetColumn::Tags:
        return tr("Tags");
    case AssetColumn::ServiceCount:
        return tr("Services");
    case AssetColumn::TcpPorts:
        return tr("TCP ports");
    case AssetColumn::UdpPorts:
        return tr("UDP ports");
    case AssetColumn::Domains:
        return tr("Domains");
    case AssetColumn::Risk:
        return tr("Risk");
    case AssetColumn::Count:
        break;
    }
    return {};
}

} // namespace rz
