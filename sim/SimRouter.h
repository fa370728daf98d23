// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: rzconsole contributors
#pragma once

#include "sim/AssetRoutes.h"
#include "sim/ConsoleRoutes.h"
#include "sim/InventoryRoutes.h"
#include "sim/SimRequest.h"
#include "sim/SimResponse.h"

#include <QList>

#include <functional>

namespace rz::sim {

struct SimState;

// Maps a request to its route and applies runZero's rules in order: the per-client request window, the
// bearer token (missing/unknown -> 401 Problem, wrong kind -> 403 with possible_token_types), `_oid` for
// account credentials on /org and /export routes, the daily call budget, then the route itself. Every
// response to a valid token carries the X-API-Usage-* headers.
class SimRouter final {
public:
    explicit SimRouter(SimState &state);

    SimResponse handle(const SimRequest &request);

private:
    enum class Family { Public, TokenEndpoint, Account, Organization, Export };
    using Handler = std::function<SimResponse(const RouteContext &)>;
    struct Route {
        QByteArray method;
        QString pattern; // "{}" matches one path segment
        Family family;
        Handler handler;
    };

    void addRoute(const char *method, const char *pattern, Family family, Handler handler);
    static bool matchPath(const QString &pattern, const QString &path, QStringList *arguments);
    SimResponse authorize(const Route &route, RouteContext &context);
    void addUsageHeaders(SimResponse &response);

    SimState &m_state;
    ConsoleRoutes m_console;
    AssetRoutes m_assets;
    InventoryRoutes m_inventory;
    QList<Route> m_routes;
};

} // namespace rz::sim
