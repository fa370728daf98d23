// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: rzconsole contributors
#pragma once

#include "api/Capabilities.h"
#include "api/ConnectionReport.h"
#include "api/OAuthClientCredentials.h"
#include "api/RetryPolicy.h"
#include "auth/CredentialKind.h"
#include "domain/ApiError.h"
#include "domain/AssetRow.h"
#include "domain/Organization.h"
#include "domain/Site.h"

#include <QObject>
#include <QUrl>
#include <chrono>
#include <functional>
#include <memory>

class QNetworkAccessManager;
class QNetworkProxy;
class QUrlQuery;

namespace rz {

class AssetLoad;
class OrgExportDownload;
struct OrgExport;
class Clock;
class RateBudget;

// What to load from /export/org/assets.json.
struct AssetQuery {
    QList<AssetColumn> columns; // sent as fields= (plus id)
    QString search;             // runZero query syntax, sent as search=; empty for all
    QString siteName;           // restricts to one site (combined into the search); empty for all sites
    int pageSize = 2000;
    AssetPageForm form = AssetPageForm::Rows; // Block: compact pages, as AssetTableModel keeps them
};

// The one door to the runZero API: typed requests for what the product asks, every one sent through the
// client's ApiTransport (which owns the network and says what each request gets, how requests are paced and
// which are sent again), every failure an ApiError.
class ApiClient final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ApiClient)
public:
    // baseUrl like https://console.runzero.com/api/v1.0 (no trailing slash needed).
    explicit ApiClient(QUrl baseUrl, QString bearerToken, QObject *parent = nullptr);
    // OAuth client credentials: the client obtains access tokens from account/api/token (kept in memory only)
    // and renews them before they expire. credentialKind() is OAuthClient.
    ApiClient(QUrl baseUrl, OAuthClientCredentials credentials, QObject *parent = nullptr);
    ~ApiClient() override;

    QUrl baseUrl() const;
    CredentialKind credentialKind() const;

    // The organization that org and export requests address; sent as _oid for account/OAuth credentials.
    // Choosing another organization also reads its /org/key once, where the credential may, to learn the
    // API usage before the first page arrives.
    void setOrganizationId(const QString &organizationId);
    QString organizationId() const;

    void setTimeoutMs(int ms);
    int timeoutMs() const;
    // Rows per page that asset loads ask for (page_size); ConsoleSession fills AssetQuery::pageSize from it.
    void setAssetPageSize(int rows);
    int assetPageSize() const;
    // How requests reach the console: through `proxy` (QNetworkProxy::NoProxy: directly), or, after
    // useSystemProxy(), through what the system's settings name for each URL. Until either is called, Qt's
    // application-wide setting applies. proxyFor() is the proxy a request to `url` would use now.
    void setProxy(const QNetworkProxy &proxy);
    void useSystemProxy();
    QNetworkProxy proxyFor(const QUrl &url) const;

    // What this credential can reach, with the reasons for what it cannot.
    Capabilities capabilities() const;

    // Time for pacing, back-off and token expiry; nullptr for the system clock. Not owned; it must outlive
    // the client. Set it before the first request.
    void setClock(const Clock *clock);
    const Clock *clock() const;
    // The API budget as the responses report it, and this client's request window. Its changed() signal
    // follows every request and response.
    const RateBudget &rateBudget() const;
    // The request window to keep to (runZero: 2,000 requests per 5 minutes per client address).
    void setRequestWindow(int requests, std::chrono::milliseconds length);
    void setRetryPolicy(const RetryPolicy &policy);
    RetryPolicy retryPolicy() const;
    // About how many requests a paged load of `rows` assets takes with `pageSize` rows a page.
    static qint64 estimateRequests(qint64 rows, int pageSize);

    // Trusts the CA certificates of a PEM file in addition to the system's, for this client's requests (an
    // empty path goes back to the system's alone). Certificate errors are never ignored: they fail the
    // request with ApiError::Kind::Tls, naming the certificate. Returns why the file cannot be used, if it
    // cannot.
    ApiError setCaBundle(const QString &pemPath);

    // The callbacks below always run later from the event loop, in `context`'s thread, and never once
    // `context` is gone (no context: the client's) or the client is destroyed. Requests the credential cannot
    // make are refused with ApiError::Kind::Unsupported without being sent (e.g. an account credential with
    // no organization chosen).

    // Account credentials: /account/orgs. Organization tokens: /org (one organization).
    // Export tokens: Unsupported (they cannot list organizations).
    void fetchOrganizations(QObject *context, std::function<void(const Result<QList<Organization>> &)> done);
    // /export/org/sites.json, which every credential kind may read.
    void fetchSites(QObject *context, std::function<void(const Result<QList<Site>> &)> done);
    // Starts a paged load from the event loop (connect to it first); the returned object is owned by
    // `parent`. If the client is destroyed first, the load finishes with Kind::Cancelled.
    AssetLoad *loadAssets(const AssetQuery &query, QObject *parent);
    // Streams an organization-wide export (/export/org/<kind>.csv or .jsonl) into `fileName` through
    // QSaveFile, never holding the body in memory; starts from the event loop, owned by `parent`.
    OrgExportDownload *downloadExport(const OrgExport &what, const QString &fileName, QObject *parent);

    // Generic requests for typed calls that live in their own files (paths relative to the base URL, e.g.
    // "org/explorers"). The body handed to `done` is the raw response; parse it with core/json.
    using BodyCallback = std::function<void(const Result<QByteArray> &)>;
    void get(const QString &path, const QUrlQuery &query, QObject *context, BodyCallback done);
    // PUT with a JSON body. Requests that change state are sent exactly once: never retried automatically.
    void put(const QString &path, const QByteArray &jsonBody, QObject *context, BodyCallback done);

    // Checks the connection and the credential with one or two requests: account credentials list the
    // organizations (/account/orgs), an organization token reads /org and /org/key, an export token reads
    // export/org/sites.json. Transient faults are not retried here; errors are ApiError sentences.
    void testConnection(QObject *context, std::function<void(const Result<ConnectionReport> &)> done);

    QNetworkAccessManager *networkAccessManager() const;

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace rz
