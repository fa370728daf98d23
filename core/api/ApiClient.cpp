// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: rzconsole contributors
#include "api/ApiClient.h"

#include "api/ApiLogging.h"
#include "api/ApiRequest.h"
#include "api/ApiTransport.h"
#include "api/OrgExportDownload.h"
#include "api/PagedAssetLoad.h"
#include "api/RateBudget.h"
#include "api/SystemProxyFactory.h"
#include "json/OrganizationParser.h"
#include "json/SiteParser.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QPointer>
#include <QUrlQuery>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace rz {

struct ApiClient::Private {
    ApiTransport *transport = nullptr; // a child of the client
    int assetPageSize = AssetQuery().pageSize;
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

// GETs `path` and parses the body. A body that cannot be parsed was most likely cut or garbled on the way:
// it is fetched again, like the transport's own retries, up to the retry policy's limit.
template<class T>
void fetchParsed(ApiTransport *transport, QObject *owner, const QString &path, const QUrlQuery &query,
                 QObject *context, std::function<void(const Result<T> &)> done,
                 std::function<Result<T>(const QByteArray &)> parse, int attempt = 1) {
    ApiRequest *request = transport->get(path, query, owner);
    const QPointer<ApiTransport> weakTransport(transport);
    const QPointer<QObject> weakOwner(owner);
    const QPointer<QObject> weakContext(context);
    QObject::connect(request, &ApiRequest::finished, context, [=](const Result<QByteArray> &response) {
        if (!response.ok()) {
            done(Result<T>{{}, response.error});
            return;
        }
        const Result<T> parsed = parse(response.value);
        ApiTransport *live = weakTransport.data();
        if (parsed.error.kind == ApiError::Kind::Malformed && live != nullptr && weakOwner &&
            attempt < live->retryPolicy().maxAttempts) {
            const qint64 delay = live->retryPolicy().backoffMs(attempt, live->rateBudget()->jitter());
            qCInfo(lcApi) << "unreadable answer to GET" << path << "- trying again in" << delay << "ms";
            live->clock()->runAfter(delay, live, [=] {
                ApiTransport *again = weakTransport.data();
                QObject *stillOwner = weakOwner.data();
                QObject *stillContext = weakContext.data();
                if (again != nullptr && stillOwner != nullptr && stillContext != nullptr)
                    fetchParsed<T>(again, stillOwner, path, query, stillContext, done, parse, attempt + 1);
            });
            return;
        }
        done(parsed);
    });
}

// usage_today and usage_limit of an /org/key answer.
std::optional<std::pair<qint64, qint64>> keyUsage(const QByteArray &body) {
    const QJsonObject key = QJsonDocument::fromJson(body).object();
    const QJsonValue today = key.value("usage_today"_L1);
    const QJsonValue limit = key.value("usage_limit"_L1);
    if (!today.isDouble() || !limit.isDouble())
        return std::nullopt;
    return std::pair{today.toInteger(), limit.toInteger()};
}

void addUsage(ConnectionReport &report, const RateBudget &budget) {
    const RateBudget::Snapshot snapshot = budget.snapshot();
    report.usageToday = snapshot.today.value_or(-1);
    report.usageLimit = snapshot.limit.value_or(-1);
}

} // namespace

ApiClient::ApiClient(QUrl baseUrl, QString bearerToken, QObject *parent)
    : QObject(parent)
    , d(std::make_unique<Private>()) {
    d->transport = new ApiTransport(std::move(baseUrl), std::move(bearerToken), this);
}

ApiClient::ApiClient(QUrl baseUrl, OAuthClientCredentials credentials, QObject *parent)
    : QObject(parent)
    , d(std::make_unique<Private>()) {
    d->transport = new ApiTransport(std::move(baseUrl), std::move(credentials), this);
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
    const bool another = organizationId != d->transport->organizationId();
    d->transport->setOrganizationId(organizationId);
    const CredentialKind kind = credentialKind();
    const bool mayReadKey = kind == CredentialKind::Organization || kind == CredentialKind::Account ||
                            kind == CredentialKind::OAuthClient;
    if (!another || organizationId.isEmpty() || !mayReadKey)
        return;
    // One request per organization chosen: the usage is known before the first page arrives. Its own
    // response headers report the usage as well; the seed only counts when they do not.
    ApiRequest *request = d->transport->get(u"org/key"_s, {}, this);
    connect(request, &ApiRequest::finished, this, [this](const Result<QByteArray> &response) {
        if (!response.ok())
            return; // the usage then comes from the next response's headers
        if (const auto usage = keyUsage(response.value))
            d->transport->rateBudget()->seed(usage->first, usage->second);
    });
}

QString ApiClient::organizationId() const {
    return d->transport->organizationId();
}

void ApiClient::setTimeoutMs(int ms) {
    d->transport->setTimeoutMs(ms);
}

int ApiClient::timeoutMs() const {
    return d->transport->timeoutMs();
}

void ApiClient::setAssetPageSize(int rows) {
    d->assetPageSize = std::max(1, rows);
}

int ApiClient::assetPageSize() const {
    return d->assetPageSize;
}

void ApiClient::setProxy(const QNetworkProxy &proxy) {
    d->transport->networkAccessManager()->setProxy(proxy); // also drops a proxy factory
}

void ApiClient::useSystemProxy() {
    d->transport->networkAccessManager()->setProxyFactory(new SystemProxyFactory); // owned by the manager
}

QNetworkProxy ApiClient::proxyFor(const QUrl &url) const {
    const QNetworkAccessManager *network = d->transport->networkAccessManager();
    QList<QNetworkProxy> proxies;
    if (QNetworkProxyFactory *factory = network->proxyFactory())
        proxies = factory->queryProxy(QNetworkProxyQuery(url));
    else if (network->proxy().type() != QNetworkProxy::DefaultProxy)
        proxies.append(network->proxy());
    else
        proxies = QNetworkProxyFactory::proxyForQuery(QNetworkProxyQuery(url));
    return proxies.value(0, QNetworkProxy(QNetworkProxy::NoProxy));
}

Capabilities ApiClient::capabilities() const {
    return Capabilities::forKind(credentialKind());
}

void ApiClient::setClock(const Clock *clock) {
    d->transport->setClock(clock);
}

const Clock *ApiClient::clock() const {
    return d->transport->clock();
}

const RateBudget &ApiClient::rateBudget() const {
    return *d->transport->rateBudget();
}

void ApiClient::setRequestWindow(int requests, std::chrono::milliseconds length) {
    d->transport->rateBudget()->setWindow(requests, length);
}

void ApiClient::setRetryPolicy(const RetryPolicy &policy) {
    d->transport->setRetryPolicy(policy);
}

RetryPolicy ApiClient::retryPolicy() const {
    return d->transport->retryPolicy();
}

qint64 ApiClient::estimateRequests(qint64 rows, int pageSize) {
    const qint64 perPage = std::max(1, pageSize);
    return std::max<qint64>(1, (std::max<qint64>(0, rows) + perPage - 1) / perPage);
}

ApiError ApiClient::setCaBundle(const QString &pemPath) {
    return d->transport->setCaBundle(pemPath);
}

void ApiClient::fetchOrganizations(QObject *context,
                                   std::function<void(const Result<QList<Organization>> &)> done) {
    QObject *receiver = context ? context : this;
    if (credentialKind() == CredentialKind::Organization) {
        // An organization token sees exactly one organization: its own.
        fetchParsed<QList<Organization>>(d->transport, this, u"org"_s, {}, receiver, std::move(done),
                                         [](const QByteArray &body) {
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
    fetchParsed<QList<Organization>>(d->transport, this, u"account/orgs"_s, {}, receiver, std::move(done),
                                     [](const QByteArray &body) { return json::parseOrganizations(body); });
}

void ApiClient::fetchSites(QObject *context, std::function<void(const Result<QList<Site>> &)> done) {
    fetchParsed<QList<Site>>(d->transport, this, u"export/org/sites.json"_s, {}, context ? context : this,
                             std::move(done), [](const QByteArray &body) { return json::parseSites(body); });
}

OrgExportDownload *ApiClient::downloadExport(const OrgExport &what, const QString &fileName,
                                             QObject *parent) {
    return new OrgExportDownload(d->transport, what, fileName, parent);
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

void ApiClient::testConnection(QObject *context, std::function<void(const Result<ConnectionReport> &)> done) {
    QObject *receiver = context ? context : this;
    // A test answers quickly: one try, no back-off after a fault (a 429 still waits for its pause).
    const auto once = [this](const QString &path) {
        ApiRequest::Spec spec;
        spec.path = path;
        spec.maxAttempts = 1;
        return d->transport->send(std::move(spec), this);
    };
    switch (credentialKind()) {
    case CredentialKind::Account:
    case CredentialKind::OAuthClient: {
        ApiRequest *request = once(u"account/orgs"_s);
        connect(request, &ApiRequest::finished, receiver, [this, done](const Result<QByteArray> &response) {
            Result<ConnectionReport> result;
            const Result<QList<Organization>> organizations =
                response.ok() ? json::parseOrganizations(response.value)
                              : Result<QList<Organization>>{{}, response.error};
            result.error = organizations.error;
            result.value.organizationCount = int(organizations.value.size());
            addUsage(result.value, rateBudget());
            done(result);
        });
        return;
    }
    case CredentialKind::Organization: {
        ApiRequest *request = once(u"org"_s);
        const QPointer<QObject> weakReceiver(receiver);
        connect(request, &ApiRequest::finished, receiver,
                [this, done, once, weakReceiver](const Result<QByteArray> &response) {
                    const Result<Organization> organization = response.ok()
                                                                  ? json::parseOrganization(response.value)
                                                                  : Result<Organization>{{}, response.error};
                    if (!organization.ok()) {
                        done(Result<ConnectionReport>{{}, organization.error});
                        return;
                    }
                    ApiRequest *key = once(u"org/key"_s);
                    connect(key, &ApiRequest::finished, weakReceiver.data(),
                            [this, done, name = organization.value.name](const Result<QByteArray> &answer) {
                                if (const auto usage = answer.ok() ? keyUsage(answer.value) : std::nullopt)
                                    d->transport->rateBudget()->seed(usage->first, usage->second);
                                Result<ConnectionReport> result;
                                result.value.organizationName = name;
                                addUsage(result.value, rateBudget());
                                done(result); // the organization was read: /org/key only adds the usage
                            });
                });
        return;
    }
    case CredentialKind::Export:
    case CredentialKind::Download:
    case CredentialKind::Unknown: {
        // The export API is what an export token may read; for other kinds the server says what it thinks.
        ApiRequest *request = once(u"export/org/sites.json"_s);
        connect(request, &ApiRequest::finished, receiver, [this, done](const Result<QByteArray> &response) {
            const Result<QList<Site>> sites =
                response.ok() ? json::parseSites(response.value) : Result<QList<Site>>{{}, response.error};
            Result<ConnectionReport> result;
            result.error = sites.error;
            addUsage(result.value, rateBudget());
            done(result);
        });
        return;
    }
    }
}

QNetworkAccessManager *ApiClient::networkAccessManager() const {
    return d->transport->networkAccessManager();
}

} // namespace rz
