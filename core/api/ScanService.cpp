// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: rzconsole contributors
#include "api/ScanService.h"

#include "api/ApiClient.h"
#include "api/Capabilities.h"
#include "json/ExplorerParser.h"
#include "json/HostedZoneParser.h"
#include "json/ScanOptionsWriter.h"
#include "json/ScanTemplateParser.h"
#include "json/TaskParser.h"

#include <QUrl>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace rz {

namespace {

// Wraps a typed callback as the client's body callback: errors pass through, bodies are parsed.
template<class T, class Parser>
ApiClient::BodyCallback parsed(std::function<void(const Result<T> &)> done, Parser parse) {
    return [done = std::move(done), parse](const Result<QByteArray> &response) {
        if (!response.ok()) {
            done(Result<T>{{}, response.error});
            return;
        }
        done(parse(response.value));
    };
}

QString pathSegment(const QString &text) {
    return QString::fromLatin1(QUrl::toPercentEncoding(text.trimmed()));
}

QString launchPath(const QString &siteId) {
    return u"org/sites/"_s + pathSegment(siteId) + u"/scan"_s;
}

} // namespace

ScanService::ScanService(ApiClient &client)
    : m_client(client) {}

bool ScanService::canUseOrganizationApi() const {
    return organizationApiRefusal().isEmpty();
}

QString ScanService::organizationApiRefusal() const {
    // A credential of unknown kind is left to the server, which says what it would take.
    const CredentialKind kind = m_client.credentialKind();
    return kind == CredentialKind::Unknown ? QString()
                                           : Capabilities::forKind(kind).whyNot(Capability::OrganizationApi);
}

bool ScanService::canListScanTemplates() const {
    return scanTemplateRefusal().isEmpty();
}

QString ScanService::scanTemplateRefusal() const {
    const CredentialKind kind = m_client.credentialKind();
    return kind == CredentialKind::Unknown ? QString()
                                           : Capabilities::forKind(kind).whyNot(Capability::ScanTemplates);
}

void ScanService::fetchExplorers(QObject *context,
                                 std::function<void(const Result<QList<Explorer>> &)> done) {
    m_client.get(u"org/explorers"_s, {}, context,
                 parsed<QList<Explorer>>(std::move(done),
                                         [](const QByteArray &body) { return json::parseExplorers(body); }));
}

void ScanService::fetchHostedZones(QObject *context,
                                   std::function<void(const Result<QList<HostedZone>> &)> done) {
    m_client.get(u"org/hosted-zones"_s, {}, context,
                 parsed<QList<HostedZone>>(
                     std::move(done), [](const QByteArray &body) { return json::parseHostedZones(body); }));
}

void ScanService::fetchScanTemplates(QObject *context,
                                     std::function<void(const Result<QList<ScanTemplate>> &)> done) {
    m_client.get(u"account/tasks/templates"_s, {}, context,
                 parsed<QList<ScanTemplate>>(
                     std::move(done), [](const QByteArray &body) { return json::parseScanTemplates(body); }));
}

void ScanService::fetchTasks(const TaskQuery &query, QObject *context,
                             std::function<void(const Result<QList<Task>> &)> done) {
    QUrlQuery parameters;
    if (!query.search.trimmed().isEmpty())
        parameters.addQueryItem(u"search"_s, QString::fromLatin1(QUrl::toPercentEncoding(query.search)));
    if (!query.status.trimmed().isEmpty())
        parameters.addQueryItem(u"status"_s,
                                QString::fromLatin1(QUrl::toPercentEncoding(query.status.trimmed())));
    m_client.get(
        u"org/tasks"_s, parameters, context,
        parsed<QList<Task>>(std::move(done), [](const QByteArray &body) { return json::parseTasks(body); }));
}

void ScanService::fetchTask(const QString &taskId, QObject *context,
                            std::function<void(const Result<Task> &)> done) {
    m_client.get(u"org/tasks/"_s + pathSegment(taskId), {}, context,
                 parsed<Task>(std::move(done), [](const QByteArray &body) { return json::parseTask(body); }));
}

void ScanService::launchScan(const ScanRequest &request, QObject *context,
                             std::function<void(const Result<Task> &)> done) {
    m_client.put(
        u"org/sites/"_s + pathSegment(request.siteId) + u"/scan"_s, launchBody(request), context,
        parsed<Task>(std::move(done), [](const QByteArray &response) { return json::parseTask(response); }));
}

const Clock *ScanService::clock() const {
    return m_client.clock();
}

QByteArray ScanService::launchBody(const ScanRequest &request) {
    return json::scanOptionsBody(request);
}

QString ScanService::launchRequestLine(const QString &siteId) {
    return u"PUT /"_s + launchPath(siteId);
}

} // namespace rz
