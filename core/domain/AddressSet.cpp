// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: rzconsole contributors
#include "domain/AddressSet.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace rz {

namespace {

AddressSet blocks(std::initializer_list<const char16_t *> networks) {
    AddressSet set;
    for (const char16_t *text : networks) {
        const QStringView network(text);
        const qsizetype slash = network.indexOf(u'/');
        const std::optional<IpAddress> address = IpAddress::parse(network.first(slash));
        Q_ASSERT(address);
        set.addNetwork(address->family, address->value, network.sliced(slash + 1).toInt());
    }
    return set;
}

} // namespace

void AddressSet::add(IpFamily family, const Uint128 &first, const Uint128 &last) {
    QList<Interval> &list = family == IpFamily::V4 ? m_v4 : m_v6;
    list.append({std::min(first, last), std::max(first, last)});
    // Appending in order (the common case) keeps the list normalized with one comparison.
    if (list.size() >= 2 && list.at(list.size() - 2).last < list.last().first &&
        list.at(list.size() - 2).last.plusOne() != list.last().first)
        return;
    list = normalized(std::move(list));
}

void AddressSet::addNetwork(IpFamily family, const Uint128 &address, int prefix) {
    const int bits = IpAddress::bitsOf(family);
    const Uint128 host = Uint128::hostMask(128 - bits + std::clamp(prefix, 0, bits));
    add(family, address & ~host, address | host);
}

void AddressSet::unite(const AddressSet &other) {
    m_v4 = normalized(m_v4 + other.m_v4);
    m_v6 = normalized(m_v6 + other.m_v6);
}

bool AddressSet::isEmpty() const {
    return m_v4.isEmpty() && m_v6.isEmpty();
}

QList<AddressSet::Interval> AddressSet::normalized(QList<Interval> intervals) {
    std::sort(intervals.begin(), intervals.end(),
              [](const Interval &a, const Interval &b) { return a.first < b.first; });
    QList<Interval> merged;
    merged.reserve(intervals.size());
    for (const Interval &next : intervals) {
        if (!merged.isEmpty()) {
            Interval &previous = merged.last();
            // Overlapping or adjacent: one interval. (previous.last + 1 cannot overflow unless it is the
            // maximum, which nothing follows.)
            if (next.first <= previous.last ||
                (previous.last != Uint128::max() && next.first == previous.last.plusOne())) {
                previous.last = std::max(previous.last, next.last);
                continue;
            }
        }
        merged.append(next);
    }
    return merged;
}

QList<AddressSet::Interval> AddressSet::subtract(const QList<Interval> &from, const QList<Interval> &away) {
    QList<Interval> result;
    qsizetype k = 0;
    for (Interval piece : from) {
        while (k < away.size() && away.at(k).last < piece.first)
            ++k;
        bool consumed = false;
        for (qsizetype j = k; j < away.size() && away.at(j).first <= piece.last; ++j) {
            const Interval &cut = away.at(j);
            if (cut.first > piece.first)
                result.append({piece.first, cut.first.minusOne()});
            if (cut.last >= piece.last) {
                consumed = true;
                break;
            }
            piece.first = cut.last.plusOne();
        }
        if (!consumed)
            result.append(piece);
    }
    return result;
}

AddressSet AddressSet::minus(const AddressSet &other) const {
    AddressSet result;
    result.m_v4 = subtract(m_v4, other.m_v4);
    result.m_v6 = subtract(m_v6, other.m_v6);
    return result;
}

bool AddressSet::intersects(const AddressSet &other) const {
    const auto overlap = [](const QList<Interval> &a, const QList<Interval> &b) {
        qsizetype i = 0;
        qsizetype j = 0;
        while (i < a.size() && j < b.size()) {
            if (a.at(i).last < b.at(j).first)
                ++i;
            else if (b.at(j).last < a.at(i).first)
                ++j;
            else
                return true;
        }
        return false;
    };
    return overlap(m_v4, other.m_v4) || overlap(m_v6, other.m_v6);
}

AddressCount AddressSet::count() const {
    AddressCount total;
    for (const QList<Interval> *list : {&m_v4, &m_v6}) {
        for (const Interval &interval : *list) {
            const Uint128 span = Uint128::subtract(interval.last, interval.first);
            if (span == Uint128::max()) { // all of IPv6: 2^128
                total.add(span);
                total.add(Uint128{0, 1});
            } else {
                total.add(span.plusOne());
            }
        }
    }
    return total;
}

QList<AddressSet::Interval> AddressSet::intervals(IpFamily family) const {
    return of(family);
}

const AddressSet &AddressSet::privateSpace() {
    static const AddressSet set =
        blocks({u"10.0.0.0/8", u"172.16.0.0/12", u"192.168.0.0/16", u"100.64.0.0/10", u"127.0.0.0/8",
                u"169.254.0.0/16", u"fc00::/7", u"fe80::/10", u"::1/128"});
    return set;
}

const AddressSet &AddressSet::nonPublicSpace() {
    static const AddressSet set = [] {
        AddressSet all = privateSpace();
        all.unite(blocks({u"0.0.0.0/8", u"224.0.0.0/4", u"240.0.0.0/4", u"::/128", u"ff00::/8"}));
        return all;
    }();
    return set;
}

} // namespace rz
