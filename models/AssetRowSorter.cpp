// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: rzconsole contributors
#include "models/AssetRowSorter.h"

#include <QHostAddress>

#include <algorithm>
#include <array>

namespace rz {

namespace {

using Storage = AssetBlockColumn::Storage;

constexpr quint32 lastClass = 3;  // empty and unknown values
constexpr quint32 textClass = 0;  // text in a Text or List column
constexpr quint32 otherClass = 2; // text in an Address column that is no address
constexpr int unitsPerKey = 8;
constexpr std::size_t cancelPollMask = (std::size_t(1) << 16) - 1;

struct Item {
    quint64 k0 = 0;
    quint64 k1 = 0;
    quint32 cls = lastClass;
    quint32 row = 0;
};

bool operator<(const Item &a, const Item &b) {
    if (a.cls != b.cls)
        return a.cls < b.cls;
    if (a.k0 != b.k0)
        return a.k0 < b.k0;
    if (a.k1 != b.k1)
        return a.k1 < b.k1;
    return a.row < b.row;
}

bool sameKey(const Item &a, const Item &b) {
    return a.cls == b.cls && a.k0 == b.k0 && a.k1 == b.k1;
}

inline char16_t folded(char16_t c) {
    if (c < 0x80)
        return c >= u'A' && c <= u'Z' ? char16_t(c - u'A' + u'a') : c;
    return char16_t(QChar::toCaseFolded(c));
}

// Eight folded UTF-16 units from `depth` on, packed so that integer order is text order (a missing unit is
// 0).
void textKey(QStringView text, qsizetype depth, Item &item) {
    std::array<quint64, unitsPerKey> units{};
    for (qsizetype i = 0; i < unitsPerKey && depth + i < text.size(); ++i)
        units[std::size_t(i)] = folded(text[depth + i].unicode());
    item.k0 = units[0] << 48 | units[1] << 32 | units[2] << 16 | units[3];
    item.k1 = units[4] << 48 | units[5] << 32 | units[6] << 16 | units[7];
}

QStringView firstLine(QStringView text) {
    const qsizetype newline = text.indexOf(u'\n');
    return (newline < 0 ? text : text.first(newline)).trimmed();
}

// Dotted-quad IPv4 in plain decimal, the common case, without a QHostAddress.
bool parseIpv4(QStringView text, quint32 &address) {
    quint32 value = 0;
    int parts = 0;
    qsizetype i = 0;
    while (parts < 4) {
        quint32 part = 0;
        qsizetype digits = 0;
        while (i < text.size() && text[i] >= u'0' && text[i] <= u'9' && digits < 4) {
            part = part * 10 + quint32(text[i].unicode() - u'0');
            ++i;
            ++digits;
        }
        if (digits == 0 || digits > 3 || part > 255 || (digits > 1 && text[i - digits] == u'0'))
            return false;
        value = value << 8 | part;
        ++parts;
        if (parts < 4) {
            if (i >= text.size() || text[i] != u'.')
                return false;
            ++i;
        }
    }
    address = value;
    return i == text.size();
}

void addressKey(QStringView cell, Item &item) {
    const QStringView first = firstLine(cell);
    if (first.isEmpty())
        return;
    quint32 v4 = 0;
    if (parseIpv4(first, v4)) {
        item.cls = 0;
        item.k0 = v4;
        return;
    }
    QHostAddress address;
    if (!address.setAddress(first.toString())) {
        item.cls = otherClass;
        textKey(first, 0, item);
        return;
    }
    bool isV4 = false;
    v4 = address.toIPv4Address(&isV4); // also for IPv4-mapped IPv6 addresses
    if (isV4) {
        item.cls = 0;
        item.k0 = v4;
        return;
    }
    const Q_IPV6ADDR v6 = address.toIPv6Address();
    item.cls = 1;
    for (int i = 0; i < 8; ++i) {
        item.k0 = item.k0 << 8 | v6[i];
        item.k1 = item.k1 << 8 | v6[i + 8];
    }
}

void numberKey(qint64 value, bool zeroIsNone, Item &item) {
    if (value == AssetBlockColumn::noNumber || (zeroIsNone && value == 0))
        return;
    item.cls = 0;
    item.k0 = quint64(value) ^ (quint64(1) << 63);
}

void cellKey(ValueKind kind, const AssetBlockColumn &cells, qsizetype row, Item &item) {
    item.cls = lastClass;
    item.k0 = item.k1 = 0;
    switch (kind) {
    case ValueKind::Text:
    case ValueKind::List: {
        const QStringView text = cells.storage == Storage::Uuid ? QStringView() : cells.view(row);
        if (!text.isEmpty()) {
            item.cls = textClass;
            textKey(text, 0, item);
        }
        return;
    }
    case ValueKind::Address:
        addressKey(cells.view(row), item);
        return;
    case ValueKind::Bool: {
        const QStringView text = cells.view(row);
        if (text == u"true" || text == u"false") {
            item.cls = 0;
            item.k0 = text == u"true";
        }
        return;
    }
    case ValueKind::Time:
    case ValueKind::Integer:
        if (cells.storage == Storage::Number) {
            numberKey(cells.number(row), kind == ValueKind::Time, item);
        } else {
            bool ok = false;
            const qint64 value = cells.view(row).trimmed().toLongLong(&ok);
            if (ok)
                numberKey(value, kind == ValueKind::Time, item);
        }
        return;
    }
}

// Whether `cls` holds text whose key covers only a prefix.
bool isTextClass(ValueKind kind, quint32 cls, bool descending) {
    if (kind == ValueKind::Text || kind == ValueKind::List)
        return cls == textClass;
    if (kind == ValueKind::Address)
        return cls == (descending ? 0 : otherClass);
    return false;
}

void orient(Item &item, quint32 maxClass) {
    if (item.cls == lastClass)
        return;
    item.cls = maxClass - item.cls;
    item.k0 = ~item.k0;
    item.k1 = ~item.k1;
}

} // namespace

bool AssetRowSorter::sort(const AssetStore &store, int section, Qt::SortOrder order,
                          std::vector<quint32> &rows, const std::atomic<bool> &cancel) {
    if (rows.empty() || section < 0 || section >= store.columns().size())
        return true;
    const ValueKind kind = assetColumnInfo(store.columns().at(section)).kind;
    const bool descending = order == Qt::DescendingOrder;
    const quint32 maxClass = kind == ValueKind::Address ? otherClass : 0;

    std::vector<Item> items(rows.size());
    // Rows come in increasing order: walk the segments alongside. Pooled cells get their key once per value.
    int segment = store.locate(rows.front()).segment;
    std::vector<Item> poolKeys;
    int poolSegment = -1;
    for (std::size_t i = 0; i < rows.size(); ++i) {
        if ((i & cancelPollMask) == 0 && cancel.load(std::memory_order_relaxed))
            return false;
        const qint64 row = rows[i];
        while (row >= store.firstRow(segment) + store.block(segment).rows)
            ++segment;
        Item &item = items[i];
        const AssetBlockColumn *cells = store.column(segment, section);
        const qsizetype at = qsizetype(row - store.firstRow(segment));
        if (!cells) {
            item = Item{};
        } else if (cells->storage == Storage::Pooled) {
            if (poolSegment != segment) {
                poolSegment = segment;
                poolKeys.assign(std::size_t(cells->pool.size()), Item{});
                AssetBlockColumn one; // a one-cell column per pool entry, to reuse cellKey()
                one.storage = Storage::Text;
                for (qsizetype entry = 0; entry < cells->pool.size(); ++entry) {
                    one.chars = cells->pool.at(entry);
                    one.ends = {quint32(one.chars.size())};
                    cellKey(kind, one, 0, poolKeys[std::size_t(entry)]);
                }
            }
            item = poolKeys[cells->poolIndex(at)];
        } else {
            cellKey(kind, *cells, at, item);
        }
        if (descending)
            orient(item, maxClass);
        item.row = quint32(row);
    }
    std::sort(items.begin(), items.end());

    // Runs of equal text prefixes: compare the next eight characters, and so on, until the texts end.
    const auto textOf = [&store, section, kind](quint32 row) {
        const AssetStore::Location at = store.locate(row);
        const AssetBlockColumn *cells = store.column(at.segment, section);
        const QStringView text = cells ? cells->view(at.row) : QStringView();
        return kind == ValueKind::Address ? firstLine(text) : text;
    };
    struct Run {
        std::size_t begin, end;
        qsizetype depth;
    };
    std::vector<Run> pending;
    const auto queueRuns = [&](std::size_t begin, std::size_t end, qsizetype depth) {
        for (std::size_t i = begin; i < end;) {
            std::size_t j = i + 1;
            while (j < end && sameKey(items[i], items[j]))
                ++j;
            if (j - i > 1 && isTextClass(kind, items[i].cls, descending))
                pending.push_back({i, j, depth});
            i = j;
        }
    };
    queueRuns(0, items.size(), 0);
    while (!pending.empty()) {
        if (cancel.load(std::memory_order_relaxed))
            return false;
        const Run run = pending.back();
        pending.pop_back();
        const qsizetype depth = run.depth + unitsPerKey;
        bool longer = false;
        for (std::size_t i = run.begin; i < run.end; ++i) {
            const QStringView text = textOf(items[i].row);
            longer = longer || text.size() > depth;
            textKey(text, depth, items[i]);
            if (descending) {
                items[i].k0 = ~items[i].k0;
                items[i].k1 = ~items[i].k1;
            }
        }
        if (!longer) {
            std::sort(items.begin() + std::ptrdiff_t(run.begin), items.begin() + std::ptrdiff_t(run.end),
                      [](const Item &a, const Item &b) { return a.row < b.row; });
            continue; // equal texts: load order
        }
        std::sort(items.begin() + std::ptrdiff_t(run.begin), items.begin() + std::ptrdiff_t(run.end));
        queueRuns(run.begin, run.end, depth);
    }

    for (std::size_t i = 0; i < items.size(); ++i)
        rows[i] = items[i].row;
    return true;
}

} // namespace rz
