// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: rzconsole contributors
#include "sim/SimRouter.h"

#include "sim/SimState.h"

using namespace Qt::StringLiterals;

namespace rz::sim {

namespace {

QString tokenTypeName(TokenKind kind) {
    switch (kind) {
    case TokenKind::Export:
        return u"export"_s;
    case TokenKind::Organization:
        return u"organization"_s;
    case TokenKind::Account:
        return u"client"_s;
    case TokenKind::Download:
        return u"download"_s;
    case TokenKind::OAuthAccess:
        return u"oauth"_s;
    }
    return {};
}

} // namespace

SimRouter::SimRouter(SimState &state)
    : m_state(state)
    , m_console(state)
    , m_assets(state)
    , m_inventory(state) {
    using F = Family;
    auto console = [this](SimResponse (ConsoleRoutes::*member)(const RouteContext &)) {
        return [this, member](const RouteContext &context) { return (m_console.*member)(context); };
    };
    auto assets = [this](SimResponse (AssetRoutes::*member)(const RouteContext &)) {
        return [this, member](const RouteContext &context) { return (m_assets.*member)(context); };
    };
    addRoute("GET", "/health", F::Public, console(&ConsoleRoutes::health));
    addRoute("POST", "/account/api/token", F::TokenEndpoint, console(&ConsoleRoutes::issueToken));
    addRoute("GET", "/account/orgs", F::Account, console(&ConsoleRoutes::accountOrganizations));
    addRoute("GET", "/account/tasks/templates", F::Account, console(&ConsoleRoutes::scanTemplates));
    addRoute("GET", "/org", F::Organization, console(&ConsoleRoutes::organization));
    addRoute("GET", "/org/key", F::Organization, console(&ConsoleRoutes::organizationKey));
    addRoute("GET", "/org/sites", F::Organization, console(&ConsoleRoutes::sites));
    addRoute("PUT", "/org/sites/{}/scan", F::Organization, console(&ConsoleRoutes::createScan));
    addRoute("GET", "/org/explorers", F::Organization, console(&ConsoleRoutes::explorers));
    addRoute("GET", "/org/hosted-zones", F::Organization, console(&ConsoleRoutes::hostedZones));
    addRoute("GET", "/org/assets", F::Organization, assets(&AssetRoutes::organizationAssets));
    addRoute("GET", "/org/assets/{}", F::Organization, assets(&AssetRoutes::organizationAsset));
    addRoute("GET", "/org/tasks", F::Organization, console(&ConsoleRoutes::tasks));
    addRoute("GET", "/org/tasks/{}", F::Organization, console(&ConsoleRoutes::task));
    addRoute("GET", "/export/org/sites.json", F::Export, console(&ConsoleRoutes::exportSites));
    addRoute("GET", "/export/org/assets.json", F::Export, assets(&AssetRoutes::exportJson));
    addRoute("GET", "/export/org/assets.jsonl", F::Export, assets(&AssetRoutes::exportJsonLines));
    addRoute("GET", "/export/org/assets.csv", F::Export, assets(&AssetRoutes::exportCsv));
    using Kind = InventoryItems::Kind;
    using Inventory = SimResponse (InventoryRoutes::*)(Kind, const RouteContext &);
    for (const Kind kind : {Kind::Services, Kind::Software, Kind::Vulnerabilities}) {
        const QByteArray base = QByteArray("/export/org/") + InventoryItems::pathName(kind);
        const std::pair<const char *, Inventory> formats[] = {{".json", &InventoryRoutes::exportJson},
                                                              {".jsonl", &InventoryRoutes::exportJsonLines},
                                                              {".csv", &InventoryRoutes::exportCsv}};
        for (const auto &format : formats) {
            const Inventory member = format.second; // a structured binding cannot be captured before clang 16
            addRoute("GET", QByteArray(base + format.first).constData(), F::Export,
                     [this, kind, member](const RouteContext &context) {
                         return (m_inventory.*member)(kind, context);
                     });
        }
    }
}

void SimRouter::addRoute(const char *method, const char *pattern, Family family, Handler handler) {
    m_routes.append({QByteArray(method), QString::fromLatin1(pattern), family, std::move(handler)});
}

bool SimRouter::matchPath(const QString &pattern, const QString &path, QStringList *arguments) {
    const QStringList want = pattern.split(u'/');
    QString trimmed = path;
    while (trimmed.size() > 1 && trimmed.endsWith(u'/'))
        trimmed.chop(1);
    const QStringList have = trimmed.split(u'/');
    if (want.size() != have.size())
        return false;
    QStringList found;
    for (qsizetype i = 0; i < want.size(); ++i) {
        if (want.at(i) == "{}"_L1) {
            if (have.at(i).isEmpty())
                return false;
            found.append(have.at(i));
        } else if (want.at(i) != have.at(i)) {
            return false;
        }
    }
    *arguments = found;
    return true;
}

SimResponse SimRouter::handle(const SimRequest &request) {
    const Route *route = nullptr;
    bool pathKnown = false;
    RouteContext context{request, {}, {}, nullptr};
    for (const Route &candidate : m_routes) {
        QStringList arguments;
        if (!matchPath(candidate.pattern, request.path, &arguments))
            continue;
        pathKnown = true;
        if (candidate.method == request.method) {
            route = &candidate;
            context.arguments = arguments;
            break;
        }
    }
    if (!route) {
        if (pathKnown)
            return SimResponse::problem(
                405, u"%1 is not allowed on %2"_s.arg(QString::fromLatin1(request.method), request.path));
        return SimResponse::problem(404, u"no such API endpoint: %1"_s.arg(request.path));
    }
    if (route->family == Family::Public)
        return route->handler(context);

    if (const int wait = m_state.usage.admit(request.client, m_state.clock.nowMs()); wait > 0)
        return SimResponse::tooManyRequests(u"request limit exceeded"_s, wait);

    if (route->family == Family::TokenEndpoint)
        return route->handler(context);

    SimResponse refusal = authorize(*route, context);
    if (refusal.status != 0)
        return refusal;

    SimResponse response = route->handler(context);
    response.faultable = true;
    addUsageHeaders(response);
    return response;
}

SimResponse SimRouter::authorize(const Route &route, RouteContext &context) {
    const SimRequest &request = context.request;
    const QByteArray header = request.authorization.trimmed();
    if (header.isEmpty())
        return SimResponse::problem(
            401, u"an API token is required: send it as 'Authorization: Bearer <token>'"_s);
    if (!header.startsWith("Bearer ") && !header.startsWith("bearer "))
        return SimResponse::problem(401, u"the Authorization header must use the Bearer scheme"_s);
    const QByteArray token = header.mid(7).trimmed();
    TokenIdentity identity;
    switch (m_state.tokens.identify(token, m_state.clock.nowMs(), &identity)) {
    case TokenRegistry::Lookup::Unknown:
        return SimResponse::problem(401, u"the API token is not valid"_s);
    case TokenRegistry::Lookup::Expired:
        return SimResponse::problem(401, u"the OAuth access token has expired; request a new one from "
                                         u"/account/api/token"_s);
    case TokenRegistry::Lookup::Valid:
        break;
    }
    context.identity = identity;

    QStringList possible;
    QString requirement;
    switch (route.family) {
    case Family::Account:
        possible = {u"client"_s, u"oauth"_s};
        requirement = u"this endpoint requires an account API key or an OAuth access token"_s;
        break;
    case Family::Organization:
        possible = {u"organization"_s, u"client"_s, u"oauth"_s};
        requirement = u"this endpoint requires an organization or account API key"_s;
        break;
    default:
        possible = {u"export"_s, u"organization"_s, u"client"_s, u"oauth"_s};
        requirement = u"this endpoint requires an export token or an organization or account API key"_s;
        break;
    }
    const QString provided = tokenTypeName(identity.kind);
    if (!possible.contains(provided)) {
        SimResponse response = SimResponse::wrongTokenKind(
            u"invalid %1 token: %2"_s.arg(provided, requirement), possible, provided);
        addUsageHeaders(response);
        return response;
    }

    if (route.family != Family::Account) {
        if (identity.organizationIndex >= 0) {
            context.organization =
                &m_state.data.organizations().at(static_cast<size_t>(identity.organizationIndex));
        } else {
            const QString oid = request.queryValue("_oid").trimmed();
            if (oid.isEmpty()) {
                SimResponse response = SimResponse::problem(
                    400,
                    u"the _oid query parameter is required with an account API key or OAuth access token "
                    u"on %1; pass the organization id"_s.arg(request.path));
                addUsageHeaders(response);
                return response;
            }
            context.organization = m_state.data.organization(oid.toUtf8());
            if (!context.organization) {
                SimResponse response = SimResponse::problem(
                    404, u"organization '%1' (from _oid) does not exist in this account"_s.arg(oid));
                addUsageHeaders(response);
                return response;
            }
        }
    }

    const qint64 now = m_state.clock.nowMs();
    if (m_state.usage.dailyLimitReached(now)) {
        SimResponse response = SimResponse::tooManyRequests(
            u"daily API limit of %1 calls reached (one call per licensed asset per day); it resets at 00:00 UTC"_s
                .arg(m_state.usage.limit()),
            UsageMeter::secondsUntilReset(now));
        addUsageHeaders(response);
        return response;
    }
    m_state.usage.countCall(now);
    SimResponse allowed;
    allowed.status = 0;
    return allowed;
}

void SimRouter::addUsageHeaders(SimResponse &response) {
    const qint64 now = m_state.clock.nowMs();
    response.headers.append({"X-API-Usage-Total", QByteArray::number(m_state.usage.total())});
    response.headers.append({"X-API-Usage-Today", QByteArray::number(m_state.usage.today(now))});
    response.headers.append({"X-API-Usage-Limit", QByteArray::number(m_state.usage.limit())});
    response.headers.append({"X-API-Usage-Remaining", QByteArray::number(m_state.usage.remaining(now))});
}

} // namespace rz::sim
