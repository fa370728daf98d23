// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: rzconsole contributors
#pragma once

#include "domain/Uint128.h"

#include <QCoreApplication>
#include <QString>

namespace rz {

// How many addresses a scope holds: up to 2^128 of IPv6 plus 2^32 of IPv4, so 128 bits and a carry.
struct AddressCount {
    Q_DECLARE_TR_FUNCTIONS(rz::AddressCount)
public:
    Uint128 value;
    bool carry = false; // the count is value + 2^128

    bool isZero() const { return !carry && value == Uint128{}; }
    bool exceeds(quint64 limit) const { return carry || value.hi != 0 || value.lo > limit; }
    void add(const Uint128 &amount);
    void add(const AddressCount &other);

    // "1 address", "65,536 addresses"; beyond 2^64 "2^64 addresses" (exactly) or "more than 2^64 addresses".
    QString text() const;
    // The number alone: "65,536", "2^64", "more than 2^80".
    QString numberText() const;
};

} // namespace rz
