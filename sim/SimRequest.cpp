// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: rzconsole contributors
#include "sim/SimRequest.h"

#include <QUrl>

using namespace Qt::StringLiterals;

namespace rz::sim {

QString SimRequest::queryValue(const char *name) const {
    // As a Go HTTP server reads a query: '+' is a space, and only %2B is a plus sign.
    QString encoded = query.queryItemValue(QLatin1StringView(name), QUrl::FullyEncoded);
    encoded.replace(u'+', u"%20"_s);
    return QUrl::fromPercentEncoding(encoded.toLatin1());
}

bool SimRequest::hasQuery(const char *name) const {
    return query.hasQueryItem(QLatin1StringView(name));
}

} // namespace rz::sim
