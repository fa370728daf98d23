// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: rzconsole contributors
#pragma once

#include "domain/AddressCount.h"
#include "domain/IpAddress.h"

#include <QList>

namespace rz {

// A set of IPv4 and IPv6 addresses held as sorted, disjoint, non-adjacent intervals per family, so
// overlapping targets are counted once and excludes can be taken away exactly, whatever the size of the
// blocks.
class AddressSet final {
public:
    struct Interval {
        Uint128 first;
        Uint128 last; // inclusive
        friend bool operator==(const Interval &, const Interval &) = default;
    };

    void add(IpFamily family, const Uint128 &first, const Uint128 &last);
    // The whole /prefix network that `address` lies in.
    void addNetwork(IpFamily family, const Uint128 &address, int prefix);
    void unite(const AddressSet &other);

    bool isEmpty() const;
    AddressSet minus(const AddressSet &other) const;
    bool intersects(const AddressSet &other) const;
    AddressCount count() const;
    QList<Interval> intervals(IpFamily family) const;

    // Private, shared and local-only space: RFC 1918, carrier-grade NAT, loopback, link-local, IPv6 ULA.
    static const AddressSet &privateSpace();
    // Everything that is not a public unicast address: privateSpace() plus "this network", multicast,
    // reserved and the IPv6 unspecified address.
    static const AddressSet &nonPublicSpace();

private:
    static QList<Interval> normalized(QList<Interval> intervals);
    static QList<Interval> subtract(const QList<Interval> &from, const QList<Interval> &away);
    const QList<Interval> &of(IpFamily family) const { return family == IpFamily::V4 ? m_v4 : m_v6; }

    QList<Interval> m_v4; // kept normalized
    QList<Interval> m_v6;
};

} // namespace rz
