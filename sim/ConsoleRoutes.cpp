// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: rzconsole contributors
#include "sim/ConsoleRoutes.h"

#include "sim/ScanRequestValidator.h"
#include "sim/SimHash.h"
#include "sim/SimState.h"

#include <QDateTime>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace rz::sim {

namespace {

constexpr int kExpirationDays = 365;

QString latin1(const QByteArray &bytes) {
    return QString::fromLatin1(bytes);
}

bool matchesText(const QString &search, std::initializer_list<QString> values) {
    if (search.trimmed().isEmpty())
        return true;
    for (const QString &value : values) {
        if (value.contains(search.trimmed(), Qt::CaseInsensitive))
            return true;
    }
    return false;
}

// Applies a `fields=` list to a small object (sites); empty keeps everything.
QJsonObject limitFields(const QJsonObject &object, const QString &fields) {
    const QStringList wanted = fields.split(u',', Qt::SkipEmptyParts);
    if (wanted.isEmpty())
        return object;
    QJsonObject limited;
    for (const QString &name : wanted) {
        const QString key = name.trimmed();
        if (object.contains(key))
            limited.insert(key, object.value(key));
    }
    return limited;
}

} // namespace

ConsoleRoutes::ConsoleRoutes(SimState &state)
    : m_state(state) {}

SimResponse ConsoleRoutes::health(const RouteContext &) {
    return SimResponse::json(QJsonObject{{u"status"_s, u"ok"_s}, {u"version"_s, u"4.0.250311.0"_s}});
}

SimResponse ConsoleRoutes::issueToken(const RouteContext &context) {
    const SimRequest &request = context.request;
    QByteArray form = request.body;
    form.replace('+', "%20"); // application/x-www-form-urlencoded writes spaces as '+'
    const QUrlQuery query(QString::fromUtf8(form));
    const auto field = [&query](const char *name) {
        return query.queryItemValue(QLatin1StringView(name), QUrl::FullyDecoded).toUtf8();
    };
    const QByteArray grantType = field("grant_type");
    QByteArray clientId = field("client_id");
    QByteArray clientSecret = field("client_secret");
    // RFC 6749 also lets a client authenticate with HTTP Basic.
    if (clientId.isEmpty() && request.authorization.startsWith("Basic ")) {
        const QByteArray decoded = QByteArray::fromBase64(request.authorization.mid(6).trimmed());
        const qsizetype colon = decoded.indexOf(':');
        if (colon > 0) {
            clientId = QByteArray::fromPercentEncoding(decoded.left(colon));
            clientSecret = QByteArray::fromPercentEncoding(decoded.mid(colon + 1));
        }
    }
    if (grantType != "client_credentials")
        return SimResponse::problem(400, u"grant_type must be client_credentials (the form body was "
                                         u"grant_type=%1)"_s.arg(QString::fromUtf8(grantType)));
    if (clientId.isEmpty() || clientSecret.isEmpty())
        return SimResponse::problem(400, u"client_id and client_secret are required"_s);
    if (!m_state.tokens.clientMatches(clientId, clientSecret))
        return SimResponse::problem(401, u"invalid client credentials"_s);
    const int expiresIn = qMax(1, m_state.config.oauthExpiresIn);
    const QByteArray token = m_state.tokens.issueAccessToken(m_state.clock.nowMs(), expiresIn);
    return SimResponse::json(QJsonObject{
        {u"access_token"_s, latin1(token)},
        {u"token_type"_s, u"Bearer"_s},
        {u"expires_in"_s, expiresIn},
    });
}

QJsonObject ConsoleRoutes::organizationJson(const SimOrganization &org) const {
    return QJsonObject{
        {u"id"_s, latin1(org.id)},
        {u"created_at"_s, org.createdAt},
        {u"updated_at"_s, org.createdAt + 86400},
        {u"client_id"_s, latin1(m_state.data.accountId())},
        {u"name"_s, org.name},
        {u"description"_s, org.description},
        {u"inactive"_s, false},
        {u"deactivated_at"_s, 0},
        {u"asset_count"_s, org.assets->count()},
        {u"project"_s, false},
        {u"expiration_assets_stale"_s, kExpirationDays},
        {u"expiration_assets_offline"_s, kExpirationDays},
        {u"expiration_integration_attributes"_s, kExpirationDays},
        {u"expiration_scans"_s, kExpirationDays},
        {u"expiration_vulnerabilities"_s, kExpirationDays},
        {u"export_token_created_at"_s, org.createdAt},
        {u"export_token_last_used_at"_s, 0},
        {u"export_token_counter"_s, 0},
        {u"download_token_created_at"_s, org.createdAt},
        {u"keep_latest_integration_attributes"_s, true},
    };
}

SimResponse ConsoleRoutes::accountOrganizations(const RouteContext &context) {
    const QString search = context.request.queryValue("search");
    QJsonArray array;
    for (const SimOrganization &org : m_state.data.organizations()) {
        if (matchesText(search, {org.name, org.description}))
            array.append(organizationJson(org));
    }
    return SimResponse::json(array);
}

SimResponse ConsoleRoutes::scanTemplates(const RouteContext &context) {
    const QString search = context.request.queryValue("search");
    QJsonArray array;
    for (const SimScanTemplate &t : m_state.data.scanTemplates()) {
        if (!matchesText(search, {t.name, t.description}))
            continue;
        array.append(QJsonObject{
            {u"id"_s, latin1(t.id)},
            {u"name"_s, t.name},
            {u"description"_s, t.description},
            {u"client_id"_s, latin1(m_state.data.accountId())},
            {u"organization_id"_s, latin1(t.organizationId)},
            {u"created_at"_s, t.createdAt},
            {u"created_by"_s, u"admin@example.com"_s},
            {u"updated_at"_s, t.createdAt},
            {u"type"_s, u"scan"_s},
            {u"status"_s, u"processed"_s},
            {u"params"_s, t.params},
            {u"hidden"_s, false},
            {u"global"_s, t.global},
            {u"acl"_s, QJsonObject()},
            {u"linked_task_count"_s, 0},
        });
    }
    return SimResponse::json(array);
}

SimResponse ConsoleRoutes::organization(const RouteContext &context) {
    return SimResponse::json(organizationJson(*context.organization));
}

SimResponse ConsoleRoutes::organizationKey(const RouteContext &context) {
    const SimOrganization &org = *context.organization;
    const bool orgKey = context.identity.kind == TokenKind::Organization;
    const qint64 now = m_state.clock.nowMs();
    return SimResponse::json(QJsonObject{
        {u"id"_s, latin1(entityUuid(m_state.data.seed(), Salt::ApiKey, static_cast<quint64>(org.index),
                                    orgKey ? 0 : 1))},
        {u"client_id"_s, latin1(m_state.data.accountId())},
        {u"organization_id"_s, latin1(org.id)},
        {u"created_at"_s, org.createdAt},
        {u"created_by"_s, u"admin@example.com"_s},
        {u"comment"_s, orgKey ? u"simulated organization API key"_s : u"simulated account API key"_s},
        {u"last_used_at"_s, now / 1000},
        {u"last_used_ip"_s, context.request.client},
        {u"last_used_ua"_s, QString::fromUtf8(context.request.userAgent)},
        {u"counter"_s, m_state.usage.total()},
        {u"usage_today"_s, m_state.usage.today(now)},
        {u"usage_limit"_s, m_state.usage.limit()},
        {u"inactive"_s, false},
        {u"type"_s, orgKey ? u"org"_s : u"account"_s},
    });
}

QJsonArray ConsoleRoutes::siteArray(const SimOrganization &org, const QString &search) const {
    QJsonArray array;
    for (const SimSite &site : org.sites) {
        if (!matchesText(search, {site.name, site.description}))
            continue;
        const QJsonObject subnets{
            {site.subnet, QJsonObject{{u"tags"_s, QJsonObject{{u"location"_s, site.location}}}}},
        };
        array.append(QJsonObject{
            {u"id"_s, latin1(site.id)},
            {u"created_at"_s, site.createdAt},
            {u"updated_at"_s, site.createdAt + 3600},
            {u"name"_s, site.name},
            {u"description"_s, site.description},
            {u"scope"_s, site.scope},
            {u"excludes"_s, site.excludes},
            {u"subnets"_s, subnets},
        });
    }
    return array;
}

SimResponse ConsoleRoutes::sites(const RouteContext &context) {
    return SimResponse::json(siteArray(*context.organization, QString()));
}

SimResponse ConsoleRoutes::exportSites(const RouteContext &context) {
    const QJsonArray all = siteArray(*context.organization, context.request.queryValue("search"));
    const QString fields = context.request.queryValue("fields");
    QJsonArray limited;
    for (const auto &site : all)
        limited.append(limitFields(site.toObject(), fields));
    return SimResponse::json(limited);
}

SimResponse ConsoleRoutes::explorers(const RouteContext &context) {
    const SimOrganization &org = *context.organization;
    const qint64 now = m_state.clock.nowSeconds();
    QJsonArray array;
    for (const SimExplorer &e : org.explorers) {
        array.append(QJsonObject{
            {u"id"_s, latin1(e.id)},
            {u"client_id"_s, latin1(m_state.data.accountId())},
            {u"organization_id"_s, latin1(org.id)},
            {u"created_at"_s, e.createdAt},
            {u"updated_at"_s, e.createdAt + 86400},
            {u"host_id"_s, latin1(e.hostId)},
            {u"name"_s, e.name},
            {u"site_id"_s, latin1(e.siteId)},
            {u"last_checkin"_s, e.connected ? now - 15 : now - 3LL * 86400},
            {u"os"_s, e.os},
            {u"arch"_s, e.arch},
            {u"version"_s, e.version},
            {u"external_ip"_s, e.externalIp},
            {u"internal_ip"_s, e.internalIp},
            {u"system_info"_s, QJsonObject{{u"hostname"_s, e.name}, {u"num_cpu"_s, 4}}},
            {u"connected"_s, e.connected},
            {u"inactive"_s, false},
            {u"deactivated_at"_s, 0},
        });
    }
    return SimResponse::json(array);
}

SimResponse ConsoleRoutes::hostedZones(const RouteContext &context) {
    QJsonArray array;
    for (const SimHostedZone &zone : m_state.data.hostedZones()) {
        array.append(QJsonObject{
            {u"id"_s, latin1(zone.id)},
            {u"name"_s, zone.name},
            {u"enabled"_s, true},
            {u"updated_at"_s, u"2025-03-11T18:23:47Z"_s},
            {u"processor_id"_s, latin1(zone.processorId)},
            {u"explorers_concurrency"_s, 10},
            {u"explorers_total"_s, 4},
            {u"tasks_active"_s, 0},
            {u"tasks_waiting"_s, 0},
            {u"organization_id"_s, latin1(context.organization->id)},
        });
    }
    return SimResponse::json(array);
}

SimResponse ConsoleRoutes::createScan(const RouteContext &context) {
    const SimOrganization &org = *context.organization;
    const QString siteRef = context.arguments.value(0);
    const SimSite *site = m_state.data.site(org, siteRef);
    if (!site)
        return SimResponse::problem(
            404, u"site '%1' was not found in organization %2"_s.arg(siteRef, latin1(org.id)));
    const QByteArray taskId =
        entityUuid(m_state.data.seed(), Salt::Task, 1000 + static_cast<quint64>(org.index),
                   static_cast<quint64>(m_state.createdTasks));
    const ScanRequestValidator validator(m_state.data, org, *site);
    ScanValidation result = validator.validate(context.request.body, m_state.clock.nowSeconds(), taskId);
    if (result.status != 0)
        return SimResponse::problem(result.status, result.detail);
    ++m_state.createdTasks;
    const SimTask &task = m_state.tasks.add(std::move(result.task));
    return SimResponse::json(m_state.tasks.toJson(task, m_state.clock.nowSeconds()));
}

SimResponse ConsoleRoutes::tasks(const RouteContext &context) {
    const QString status = context.request.queryValue("status").trimmed();
    const QString search = context.request.queryValue("search");
    const qint64 now = m_state.clock.nowSeconds();
    QJsonArray array;
    for (const SimTask *task : m_state.tasks.tasks(context.organization->id)) {
        if (!status.isEmpty() && TaskBook::status(*task, now).compare(status, Qt::CaseInsensitive) != 0)
            continue;
        if (!matchesText(search, {task->name, task->description}))
            continue;
        array.append(m_state.tasks.toJson(*task, now));
    }
    return SimResponse::json(array);
}

SimResponse ConsoleRoutes::task(const RouteContext &context) {
    const QString id = context.arguments.value(0);
    const SimTask *found = m_state.tasks.find(context.organization->id, id.toLatin1());
    if (!found)
        return SimResponse::problem(404, u"task '%1' was not found in this organization"_s.arg(id));
    return SimResponse::json(m_state.tasks.toJson(*found, m_state.clock.nowSeconds()));
}

} // namespace rz::sim
