// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: rzconsole contributors
#pragma once

#include "sim/TokenRegistry.h"

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <QUrlQuery>

namespace rz::sim {

struct SimOrganization;

// One HTTP request as the routes see it, copied out of the server's request object.
struct SimRequest {
    QByteArray method;
    QString path; // below /api/v1.0, e.g. "/org/sites"
    QUrlQuery query;
    QByteArray authorization;
    QByteArray contentType;
    QByteArray userAgent;
    QByteArray body;
    QString client; // remote address

    QString queryValue(const char *name) const;
    bool hasQuery(const char *name) const;
};

// A request that passed routing and authentication.
struct RouteContext {
    const SimRequest &request;
    QStringList arguments; // the {placeholders} of the matched path
    TokenIdentity identity;
    const SimOrganization *organization = nullptr; // for /org and /export routes
};

} // namespace rz::sim
