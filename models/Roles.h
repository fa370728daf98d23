// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: rzconsole contributors
#pragma once

#include <Qt>

namespace rz {

// Item data roles shared by the console's models.
// RawValueRole: the cell's value in a type whose natural QVariant order is the column's order (numbers as
// integers, times as QDateTime, addresses as an ordering key), so sorting never compares display strings.
// An unknown value is an invalid QVariant, which sorts after every known value.
inline constexpr int RawValueRole = Qt::UserRole + 1;
// IdRole: the server's id of the row's object (organization, site or asset); empty for synthetic rows.
inline constexpr int IdRole = Qt::UserRole + 2;

} // namespace rz
