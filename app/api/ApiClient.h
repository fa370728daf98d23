// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: rzconsole contributors
#pragma once

#include "api/ApiError.h"
#include "auth/CredentialKind.h"
#include "domain/AssetRow.h"
#include "domain/Organization.h"
#include "domain/Site.h"

#include <QObject>
#include <QUrl>
#include <functional>
#include <memory>

class QNetworkAccessManager;
class QUrlQuery;

namespace rz {

class AssetLoad;

// What to load from /export/org/assets.json.
struct AssetQuery {
    QList<AssetColumn> columns; // sent as fields= (plus id)
    QString search;             // runZero query syntax, sent as search=; empty for all
    QString siteName;           // restricts to one site (combined into the search); empty for all sites
    int pageSize = 2000;
};

// The one door to the runZero API: owns the QNetworkAccessManager, adds the credential, `_oid` for account
// credentials, the user agent and the timeout in one place, and maps every failure to an ApiError.
class ApiClient final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ApiClient)
public:
    // baseUrl like https://console.runzero.com/api/v1.0 (no trailing slash needed).
    explicit ApiClient(QUrl baseUrl, QString bearerToken, QObject *parent = nullptr);
    ~ApiClient() override;

    QUrl baseUrl() const;
    CredentialKind credentialKind() const;

    // The organization that org and export requests address; sent as _oid for account/OAuth credentials.
    void setOrganizationId(const QString &organizationId);
    QString organizationId() const;

    void setTimeoutMs(int ms);

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

    // Generic requests for typed calls that live in their own files (paths relative to the base URL, e.g.
    // "org/explorers"). The body handed to `done` is the raw response; parse it with app/json.
    using BodyCallback = std::function<void(const Result<QByteArray> &)>;
    void get(const QString &path, const QUrlQuery &query, QObject *context, BodyCallback done);
    // PUT with a JSON body. Requests that change state are sent exactly once: never retried automatically.
    void put(const QString &path, const QByteArray &jsonBody, QObject *context, BodyCallback done);

    QNetworkAccessManager *networkAccessManager() const;

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace rz
