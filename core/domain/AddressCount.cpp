// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: rzconsole contributors
#include "domain/AddressCount.h"

#include <QLocale>

using namespace Qt::StringLiterals;

namespace rz {

void AddressCount::add(const Uint128 &amount) {
    bool overflow = false;
    value = Uint128::add(value, amount, &overflow);
    carry = carry || overflow;
}

void AddressCount::add(const AddressCount &other) {
    add(other.value);
    carry = carry || other.carry;
}

QString AddressCount::numberText() const {
    if (!carry && value.hi == 0)
        return QLocale().toString(value.lo);
    const int power = carry ? 128 : value.highestBit();
    const bool exact = carry ? value == Uint128{} : value == Uint128::hostMask(128 - power).plusOne();
    if (exact)
        return tr("2^%1", "a power of two").arg(power);
    return tr("more than 2^%1", "a power of two").arg(power);
}

QString AddressCount::text() const {
    if (!carry && value == Uint128{0, 1})
        return tr("1 address");
    return tr("%1 addresses").arg(numberText());
}

} // namespace rz
