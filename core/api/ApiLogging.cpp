// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: rzconsole contributors
#include "api/ApiLogging.h"

namespace rz {

Q_LOGGING_CATEGORY(lcApi, "rz.api", QtInfoMsg)

} // namespace rz
