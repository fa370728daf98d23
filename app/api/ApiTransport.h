// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: rzconsole contributors
#pragma once

#include "api/ApiError.h"
#include "auth/CredentialKind.h"

#include <QObject>
#include <QUrl>
#include <QUrlQuery>
#include <optional>

class QNetworkAccessManager;
class QNetworkRequest;

namespace rz {

class ApiRequest;

// The part of ApiClient that the request types share: owns the QNetworkAccessManager and is the one place
// where a request gets its URL, the bearer credential, `_oid`, the user agent, the timeout and the redirect
// policy, or is refused before sending.
class ApiTransport final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ApiTransport)
public:
    // Which part of the API a path belongs to, which decides who may call it and whether it needs `_oid`.
    enum class Area { Account, Organization, Export, Other };

    ApiTransport(QUrl baseUrl, QString bearerToken, QObject *parent);
    ~ApiTransport() override;

    QUrl baseUrl() const { return m_baseUrl; }
    CredentialKind credentialKind() const { return m_kind; }
    void setOrganizationId(const QString &organizationId) { m_organizationId = organizationId; }
    QString organizationId() const { return m_organizationId; }
    void setTimeoutMs(int ms) { m_timeoutMs = ms; }
    int timeoutMs() const { return m_timeoutMs; }
    QNetworkAccessManager *networkAccessManager() const { return m_network; }

    static Area areaOf(QStringView path);
    // Adds key=value with the value percent-encoded in full, so that '+', '&', '=', '%' and '#' in a search
    // arrive as typed (QUrlQuery alone would keep '+' and existing %XX sequences as they are).
    static void addQueryValue(QUrlQuery &query, const QString &key, const QString &value);
    // The URL for `path` (relative to the base URL, e.g. "export/org/assets.json") with `query`, plus `_oid`
    // where the credential needs it.
    QUrl urlFor(QStringView path, QUrlQuery query) const;
    // Why a request to `path` cannot succeed with this credential, if the client can tell before sending.
    std::optional<ApiError> refusalFor(QStringView path) const;

    // Starts GET `path`; the returned request belongs to `parent` and deletes itself after finished().
    ApiRequest *get(const QString &path, const QUrlQuery &query, QObject *parent);
    // Starts PUT `path` with a JSON body; same ownership as get(). Never retried.
    ApiRequest *put(const QString &path, const QByteArray &jsonBody, QObject *parent);

private:
    QNetworkRequest requestFor(const QString &path, const QUrlQuery &query) const;

    QNetworkAccessManager *m_network;
    QUrl m_baseUrl;
    QString m_token;
    CredentialKind m_kind;
    QString m_organizationId;
    int m_timeoutMs = 60'000;
};

} // namespace rz
