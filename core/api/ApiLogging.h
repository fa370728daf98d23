// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: rzconsole contributors
#pragma once

#include <QLoggingCategory>

namespace rz {

// Requests and their outcomes: method and path only, never a query value, header or body.
Q_DECLARE_LOGGING_CATEGORY(lcApi)

} // namespace rz
