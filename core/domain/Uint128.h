// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: rzconsole contributors
#pragma once

#include <QtGlobal>

#include <compare>

namespace rz {

// An unsigned 128-bit integer, enough for an IPv6 address or a count of them, without compiler extensions.
struct Uint128 {
    quint64 hi = 0;
    quint64 lo = 0;

    friend constexpr bool operator==(const Uint128 &, const Uint128 &) = default;
    friend constexpr std::strong_ordering operator<=>(const Uint128 &a, const Uint128 &b) {
        if (a.hi != b.hi)
            return a.hi <=> b.hi;
        return a.lo <=> b.lo;
    }

    static constexpr Uint128 max() { return {~quint64(0), ~quint64(0)}; }

    // a + b; `carry` (if given) is set when the sum needs a 129th bit.
    static constexpr Uint128 add(const Uint128 &a, const Uint128 &b, bool *carry = nullptr) {
        const quint64 lo = a.lo + b.lo;
        const quint64 lowCarry = lo < a.lo ? 1 : 0;
        const quint64 partial = a.hi + b.hi;
        const quint64 hi = partial + lowCarry;
        if (carry)
            *carry = partial < a.hi || hi < partial;
        return {hi, lo};
    }
    // a - b for a >= b.
    static constexpr Uint128 subtract(const Uint128 &a, const Uint128 &b) {
        Uint128 difference{a.hi - b.hi, a.lo - b.lo};
        if (a.lo < b.lo)
            --difference.hi;
        return difference;
    }
    constexpr Uint128 plusOne() const { return lo == ~quint64(0) ? Uint128{hi + 1, 0} : Uint128{hi, lo + 1}; }
    constexpr Uint128 minusOne() const {
        return lo == 0 ? Uint128{hi - 1, ~quint64(0)} : Uint128{hi, lo - 1};
    }

    // Bits [0, 128 - prefix) set: the host part of a /prefix network (prefix 0..128).
    static constexpr Uint128 hostMask(int prefix) {
        const int hostBits = 128 - prefix;
        if (hostBits <= 0)
            return {};
        if (hostBits >= 128)
            return max();
        if (hostBits >= 64)
            return {hostBits == 64 ? 0 : (~quint64(0) >> (128 - hostBits)), ~quint64(0)};
        return {0, (quint64(1) << hostBits) - 1};
    }
    constexpr Uint128 operator&(const Uint128 &o) const { return {hi & o.hi, lo & o.lo}; }
    constexpr Uint128 operator|(const Uint128 &o) const { return {hi | o.hi, lo | o.lo}; }
    constexpr Uint128 operator~() const { return {~hi, ~lo}; }

    // The position of the highest set bit (0..127), or -1 for zero.
    constexpr int highestBit() const {
        for (int bit = 63; bit >= 0; --bit) {
            if (hi & (quint64(1) << bit))
                return 64 + bit;
        }
        for (int bit = 63; bit >= 0; --bit) {
            if (lo & (quint64(1) << bit))
                return bit;
        }
        return -1;
    }
};

} // namespace rz
