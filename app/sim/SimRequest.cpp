// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: rzconsole contributors
#include "sim/SimRequest.h"

namespace rz::sim {

QString SimRequest::queryValue(const char *name) const {
    return query.queryItemValue(QLatin1StringView(name), QUrl::FullyDecoded);
}

bool SimRequest::hasQuery(const char *name) const {
    return query.hasQueryItem(QLatin1StringView(name));
}

} // namespace rz::sim
