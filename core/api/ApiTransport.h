// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: rzconsole contributors
#pragma once

#include "api/ApiRequest.h"
#include "api/Clock.h"
#include "api/OAuthClientCredentials.h"
#include "api/RetryPolicy.h"
#include "auth/CredentialKind.h"
#include "domain/ApiError.h"

#include <QObject>
#include <QPointer>
#include <QUrl>
#include <QUrlQuery>
#include <deque>
#include <memory>
#include <optional>

class QNetworkAccessManager;
class QNetworkRequest;
class QSslConfiguration;
class QTimer;

namespace rz {

class OAuthSession;
class RateBudget;

// The part of ApiClient that the request types share: owns the QNetworkAccessManager and is the one place
// where a request gets its URL, the credential, `_oid`, the user agent, the timeout, the TLS configuration
// and the redirect policy, or is refused before sending.
//
// Requests wait in one queue and leave it at the pace the RateBudget allows (the request window, a 429's
// pause, the daily budget). A 429 pauses the queue and puts a GET back at its front; a GET that meets a
// transient fault is sent again after a back-off, up to the retry policy's limit; a PUT is sent once. With
// OAuth client credentials the queue first obtains an access token (one token request at a time, ahead of
// the others), renews it before it expires, and sends a request refused with 401 once more after a renewal.
class ApiTransport final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ApiTransport)
public:
    // Which part of the API a path belongs to, which decides who may call it and whether it needs `_oid`.
    enum class Area { Account, Organization, Export, Other };

    // A bearer token (export, organization or account token); its kind is recognised from its prefix.
    ApiTransport(QUrl baseUrl, QString bearerToken, QObject *parent);
    // OAuth client credentials, exchanged for access tokens at account/api/token.
    ApiTransport(QUrl baseUrl, OAuthClientCredentials credentials, QObject *parent);
    // Requests still queued or waiting to be retried finish with Kind::Cancelled.
    ~ApiTransport() override;

    QUrl baseUrl() const { return m_baseUrl; }
    CredentialKind credentialKind() const { return m_kind; }
    void setOrganizationId(const QString &organizationId) { m_organizationId = organizationId; }
    QString organizationId() const { return m_organizationId; }
    // A request fails as timed out when the console stays silent for this long ...
    void setTimeoutMs(int ms) { m_timeoutMs = ms; }
    int timeoutMs() const { return m_timeoutMs; }
    // ... or when one attempt takes longer than this in all (four times the timeout), however steadily bytes
    // trickle in; streamed downloads (Spec::boundedDuration false) have only the silence timeout.
    int deadlineMs() const { return m_timeoutMs > 0 ? 4 * m_timeoutMs : 0; }
    QNetworkAccessManager *networkAccessManager() const { return m_network; }

    const Clock *clock() const { return m_clock; }
    // nullptr: the system clock. Not owned; it must outlive the transport.
    void setClock(const Clock *clock);
    RateBudget *rateBudget() const { return m_budget; }
    const RetryPolicy &retryPolicy() const { return m_retryPolicy; }
    void setRetryPolicy(const RetryPolicy &policy) { m_retryPolicy = policy; }
    // Trusts the CA certificates in the PEM file `pemPath` in addition to the system's, for this transport's
    // requests. Returns the reason when the file holds no readable certificate (nothing changes then).
    ApiError setCaBundle(const QString &pemPath);
    // Requests waiting in the queue or for a retry (not those on the wire).
    int queuedCount() const;

    static Area areaOf(QStringView path);
    // Adds key=value with the value percent-encoded in full, so that '+', '&', '=', '%' and '#' in a search
    // arrive as typed (QUrlQuery alone would keep '+' and existing %XX sequences as they are).
    static void addQueryValue(QUrlQuery &query, const QString &key, const QString &value);
    // The URL for `path` (relative to the base URL, e.g. "export/org/assets.json") with `query`, plus `_oid`
    // where the credential needs it.
    QUrl urlFor(QStringView path, QUrlQuery query) const;
    // Why a request to `path` cannot succeed with this credential, if the client can tell before sending.
    std::optional<ApiError> refusalFor(QStringView path) const;

    // Queues GET `path`; the returned request belongs to `parent` and deletes itself after finished().
    ApiRequest *get(const QString &path, const QUrlQuery &query, QObject *parent);
    // Queues PUT `path` with a JSON body; same ownership as get(). Never retried.
    ApiRequest *put(const QString &path, const QByteArray &jsonBody, QObject *parent);
    // Queues any request; same ownership as get().
    ApiRequest *send(ApiRequest::Spec spec, QObject *parent);

private:
    void init();
    void enqueue(ApiRequest *request);
    void schedulePump();
    void pump();
    void wakeAfter(qint64 delayMs);
    bool waitForCredential();
    void renewCredential();
    void onCredentialAnswer(const Result<QByteArray> &response);
    void transmit(ApiRequest *request);
    void onAttemptFinished(ApiRequest *request, const ApiRequest::Attempt &attempt);
    void retryLater(ApiRequest *request, qint64 delayMs);
    bool budgetExhausted() const;
    ApiError budgetExhaustedError() const;
    QNetworkRequest requestFor(const ApiRequest::Spec &spec) const;

    QNetworkAccessManager *m_network;
    QUrl m_baseUrl;
    QString m_token;
    CredentialKind m_kind;
    QString m_organizationId;
    int m_timeoutMs = 60'000;

    SystemClock m_systemClock;
    const Clock *m_clock = &m_systemClock;
    RateBudget *m_budget = nullptr;   // a child
    QTimer *m_refreshTimer = nullptr; // a child: lets the budget notice requests leaving the window
    RetryPolicy m_retryPolicy;
    std::unique_ptr<QSslConfiguration> m_tls; // null: Qt's default configuration
    std::unique_ptr<OAuthSession> m_oauth;    // only for OAuth client credentials
    QPointer<ApiRequest> m_renewal;           // the token request in flight

    std::deque<QPointer<ApiRequest>> m_queue; // ready to go, in order
    QList<QPointer<ApiRequest>> m_delayed;    // waiting for a retry's back-off
    quint64 m_wakeTicket = 0;                 // only the newest wake-up call counts
    bool m_pumpPosted = false;
    bool m_pumping = false;
};

} // namespace rz
