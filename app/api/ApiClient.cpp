// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: rzconsole contributors
#include "api/ApiClient.h"

#include "api/ApiRequest.h"
#include "api/ApiTransport.h"
#include "api/PagedAssetLoad.h"
#include "json/OrganizationParser.h"
#include "json/SiteParser.h"

#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace rz {

struct ApiClient::Private {
    ApiTransport *transport = nullptr; // a child of the client
};

namespace {

// Runs `request` and hands the parsed body (or the error) to `done`, in `context`'s thread and lifetime.
template<class T, class Parser>
void deliver(ApiRequest *request, QObject *context, std::function<void(const Result<T> &)> done,
             Parser parse) {
    QObject::connect(request, &ApiRequest::finished, context,
                     [done = std::move(done), parse](const Result<QByteArray> &response) {
                         if (!response.ok()) {
                             done(Result<T>{{}, response.error});
                             return;
                         }
                         done(parse(response.value));
                     });
}

} // namespace

ApiClient::ApiClient(QUrl baseUrl, QString bearerToken, QObject *parent)
    : QObject(parent)
    , d(std::make_unique<Private>()) {
    d->transport = new ApiTransport(std::move(baseUrl), std::move(bearerToken), this);
}

ApiClient::~ApiClient() {
    // Pending fetches end silently: their callbacks must not run into a client that is being destroyed.
    const QList<ApiRequest *> pending = findChildren<ApiRequest *>(Qt::FindDirectChildrenOnly);
    for (ApiRequest *request : pending)
        request->abort();
}

QUrl ApiClient::baseUrl() const {
    return d->transport->baseUrl();
}

CredentialKind ApiClient::credentialKind() const {
    return d->transport->credentialKind();
}

void ApiClient::setOrganizationId(const QString &organizationId) {
    d->transport->setOrganizationId(organizationId);
}

QString ApiClient::organizationId() const {
    return d->transport->organizationId();
}

void ApiClient::setTimeoutMs(int ms) {
    d->transport->setTimeoutMs(ms);
}

void ApiClient::fetchOrganizations(QObject *context,
                                   std::function<void(const Result<QList<Organization>> &)> done) {
    QObject *receiver = context ? context : this;
    if (credentialKind() == CredentialKind::Organization) {
        // An organization token sees exactly one organization: its own.
        ApiRequest *request = d->transport->get(u"org"_s, {}, this);
        deliver<QList<Organization>>(request, receiver, std::move(done), [](const QByteArray &body) {
            const Result<Organization> one = json::parseOrganization(body);
            Result<QList<Organization>> list;
            list.error = one.error;
            if (one.ok())
                list.value.append(one.value);
            return list;
        });
        return;
    }
    // Account and OAuth credentials list them all; the transport refuses export and download tokens unsent.
    ApiRequest *request = d->transport->get(u"account/orgs"_s, {}, this);
    deliver<QList<Organization>>(request, receiver, std::move(done),
                                 [](const QByteArray &body) { return json::parseOrganizations(body); });
}

void ApiClient::fetchSites(QObject *context, std::function<void(const Result<QList<Site>> &)> done) {
    ApiRequest *request = d->transport->get(u"export/org/sites.json"_s, {}, this);
    deliver<QList<Site>>(request, context ? context : this, std::move(done),
                         [](const QByteArray &body) { return json::parseSites(body); });
}

AssetLoad *ApiClient::loadAssets(const AssetQuery &query, QObject *parent) {
    return new PagedAssetLoad(d->transport, query, parent);
}

void ApiClient::get(const QString &path, const QUrlQuery &query, QObject *context, BodyCallback done) {
    ApiRequest *request = d->transport->get(path, query, this);
    deliver<QByteArray>(request, context ? context : this, std::move(done), [](const QByteArray &body) {
        return Result<QByteArray>{body, {}};
    });
}

void ApiClient::put(const QString &path, const QByteArray &jsonBody, QObject *context, BodyCallback done) {
    ApiRequest *request = d->transport->put(path, jsonBody, this);
    deliver<QByteArray>(request, context ? context : this, std::move(done), [](const QByteArray &body) {
        return Result<QByteArray>{body, {}};
    });
}

QNetworkAccessManager *ApiClient::networkAccessManager() const {
    return d->transport->networkAccessManager();
}

} // namespace rz
