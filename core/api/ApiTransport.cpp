// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: rzconsole contributors
#include "api/ApiTransport.h"

#include "api/ApiLogging.h"
#include "api/OAuthSession.h"
#include "api/RateBudget.h"

#include <QDir>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QScopeGuard>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace rz {

namespace {

const QString tokenPath = u"account/api/token"_s;

bool needsOrganizationId(CredentialKind kind) {
    return kind == CredentialKind::Account || kind == CredentialKind::OAuthClient;
}

QStringView withoutLeadingSlashes(QStringView path) {
    while (path.startsWith(u'/'))
        path = path.sliced(1);
    return path;
}

// Not yet finished (QPointer's operator-> would read the guarded pointer a second time).
ApiRequest *pendingRequest(const QPointer<ApiRequest> &pointer) {
    ApiRequest *request = pointer.data();
    return request != nullptr && !request->isDone() ? request : nullptr;
}

QString methodName(ApiRequest::Method method) {
    switch (method) {
    case ApiRequest::Method::Get:
        return u"GET"_s;
    case ApiRequest::Method::Put:
        return u"PUT"_s;
    case ApiRequest::Method::Post:
        return u"POST"_s;
    }
    return {};
}

} // namespace

ApiTransport::ApiTransport(QUrl baseUrl, QString bearerToken, QObject *parent)
    : QObject(parent)
    , m_network(new QNetworkAccessManager(this))
    , m_baseUrl(std::move(baseUrl))
    , m_token(std::move(bearerToken).trimmed())
    , m_kind(detectCredentialKind(m_token)) {
    init();
}

ApiTransport::ApiTransport(QUrl baseUrl, OAuthClientCredentials credentials, QObject *parent)
    : QObject(parent)
    , m_network(new QNetworkAccessManager(this))
    , m_baseUrl(std::move(baseUrl))
    , m_kind(CredentialKind::OAuthClient)
    , m_oauth(std::make_unique<OAuthSession>(std::move(credentials))) {
    init();
}

void ApiTransport::init() {
    m_budget = new RateBudget(m_clock, 2000, std::chrono::minutes(5), this);
    // Requests leave the window with time alone; a display of the budget should see them go.
    m_refreshTimer = new QTimer(this);
    m_refreshTimer->setInterval(5000);
    connect(m_refreshTimer, &QTimer::timeout, this, [this] {
        m_budget->refresh();
        const RateBudget::Snapshot snapshot = m_budget->snapshot();
        if (snapshot.windowUsed == 0 && snapshot.backoffRemainingMs == 0)
            m_refreshTimer->stop();
    });
}

bool ApiTransport::budgetExhausted() const {
    // A limit of 0 is no budget the client can reason about; the server decides then.
    return m_budget->isDailyBudgetExhausted() && m_budget->snapshot().limit.value_or(1) > 0;
}

ApiTransport::~ApiTransport() {
    ++m_wakeTicket;
    // Whatever has not been sent yet ends here; requests on the wire end when the network manager goes.
    const auto closed =
        Result<QByteArray>{{}, ApiError::make(ApiError::Kind::Cancelled, tr("the connection was closed"))};
    QList<QPointer<ApiRequest>> waiting(m_queue.cbegin(), m_queue.cend());
    waiting += m_delayed;
    m_queue.clear();
    m_delayed.clear();
    for (const QPointer<ApiRequest> &pointer : std::as_const(waiting)) {
        if (ApiRequest *request = pendingRequest(pointer)) {
            request->disconnect(this);
            request->complete(closed);
        }
    }
}

void ApiTransport::setClock(const Clock *clock) {
    m_clock = clock ? clock : &m_systemClock;
    m_budget->setClock(m_clock);
    ++m_wakeTicket; // a wake-up promised by the old clock may never come
    schedulePump();
}

ApiError ApiTransport::setCaBundle(const QString &pemPath) {
    if (pemPath.trimmed().isEmpty()) {
        m_tls.reset();
        // A TLS session resumed from the cache would skip the certificate check the new trust asks for.
        m_network->clearConnectionCache();
        return {};
    }
    const QList<QSslCertificate> certificates =
        QSslCertificate::fromPath(pemPath, QSsl::Pem, QSslCertificate::PatternSyntax::FixedString);
    if (certificates.isEmpty()) {
        return ApiError::make(
            ApiError::Kind::Tls,
            tr("the CA bundle %1 holds no readable PEM certificate").arg(QDir::toNativeSeparators(pemPath)));
    }
    auto configuration = std::make_unique<QSslConfiguration>(QSslConfiguration::defaultConfiguration());
    configuration->setCaCertificates(QSslConfiguration::systemCaCertificates() + certificates);
    m_tls = std::move(configuration);
    m_network->clearConnectionCache();
    return {};
}

int ApiTransport::queuedCount() const {
    int count = 0;
    for (const QPointer<ApiRequest> &request : m_queue)
        count += pendingRequest(request) ? 1 : 0;
    for (const QPointer<ApiRequest> &request : m_delayed)
        count += pendingRequest(request) ? 1 : 0;
    return count;
}

ApiTransport::Area ApiTransport::areaOf(QStringView path) {
    const QStringView relative = withoutLeadingSlashes(path);
    const auto isUnder = [relative](QLatin1StringView prefix) {
        if (!relative.startsWith(prefix))
            return false;
        const QStringView rest = relative.sliced(prefix.size());
        return rest.isEmpty() || rest.front() == u'/' || rest.front() == u'?';
    };
    if (isUnder("account"_L1))
        return Area::Account;
    if (isUnder("org"_L1))
        return Area::Organization;
    if (isUnder("export"_L1))
        return Area::Export;
    return Area::Other;
}

void ApiTransport::addQueryValue(QUrlQuery &query, const QString &key, const QString &value) {
    query.addQueryItem(key, QString::fromLatin1(QUrl::toPercentEncoding(value)));
}

QUrl ApiTransport::urlFor(QStringView path, QUrlQuery query) const {
    QUrl url = m_baseUrl;
    QString fullPath = url.path();
    if (!fullPath.endsWith(u'/'))
        fullPath.append(u'/');
    fullPath.append(withoutLeadingSlashes(path));
    url.setPath(fullPath);
    const Area area = areaOf(path);
    if (needsOrganizationId(m_kind) && (area == Area::Organization || area == Area::Export) &&
        !m_organizationId.isEmpty()) {
        query.removeAllQueryItems(u"_oid"_s);
        addQueryValue(query, u"_oid"_s, m_organizationId);
    }
    url.setQuery(query);
    url.setFragment(QString());
    return url;
}

std::optional<ApiError> ApiTransport::refusalFor(QStringView path) const {
    const Area area = areaOf(path);
    const auto refuse = [](const QString &why) { return ApiError::make(ApiError::Kind::Unsupported, why); };
    switch (m_kind) {
    case CredentialKind::Export:
        if (area == Area::Account || area == Area::Organization)
            return refuse(ApiError::tr("an export token can only read the export API"));
        break;
    case CredentialKind::Organization:
        if (area == Area::Account)
            return refuse(ApiError::tr("an organization API token cannot use the account API"));
        break;
    case CredentialKind::Account:
    case CredentialKind::OAuthClient:
        if ((area == Area::Organization || area == Area::Export) && m_organizationId.isEmpty())
            return refuse(ApiError::tr("no organization is selected"));
        break;
    case CredentialKind::Download:
    case CredentialKind::Unknown:
        break; // the server decides, and says which kinds it would take
    }
    return std::nullopt;
}

ApiRequest *ApiTransport::get(const QString &path, const QUrlQuery &query, QObject *parent) {
    ApiRequest::Spec spec;
    spec.path = path;
    spec.query = query;
    return send(std::move(spec), parent);
}

ApiRequest *ApiTransport::put(const QString &path, const QByteArray &jsonBody, QObject *parent) {
    ApiRequest::Spec spec;
    spec.method = ApiRequest::Method::Put;
    spec.path = path;
    spec.body = jsonBody;
    spec.contentType = "application/json"_ba;
    spec.retryable = false; // it changes state: sent exactly once
    return send(std::move(spec), parent);
}

ApiRequest *ApiTransport::send(ApiRequest::Spec spec, QObject *parent) {
    const QString label = methodName(spec.method) + u" /"_s + withoutLeadingSlashes(spec.path);
    if (spec.method != ApiRequest::Method::Get)
        spec.retryable = spec.retryable && !spec.authenticated; // only the token request is safe to repeat
    if (spec.authenticated) {
        if (const std::optional<ApiError> refusal = refusalFor(spec.path))
            return new ApiRequest(*refusal, label, parent);
    }
    auto *request = new ApiRequest(std::move(spec), label, parent);
    enqueue(request);
    return request;
}

void ApiTransport::enqueue(ApiRequest *request) {
    connect(request, &ApiRequest::attemptFinished, this,
            [this, request](const ApiRequest::Attempt &attempt) { onAttemptFinished(request, attempt); });
    if (request->spec().priority)
        m_queue.push_front(request);
    else
        m_queue.push_back(request);
    // Sent at once when the budget allows, so that the next page is on the wire while this one is parsed.
    // Nothing is reported synchronously: answers and refusals arrive from the event loop.
    if (!m_pumping)
        pump();
}

void ApiTransport::schedulePump() {
    // From the event loop: the queue is never re-entered from the handler of an answer.
    if (m_pumpPosted)
        return;
    m_pumpPosted = true;
    QMetaObject::invokeMethod(
        this,
        [this] {
            m_pumpPosted = false;
            pump();
        },
        Qt::QueuedConnection);
}

void ApiTransport::wakeAfter(qint64 delayMs) {
    const quint64 ticket = ++m_wakeTicket;
    m_clock->runAfter(delayMs, this, [this, ticket] {
        if (ticket == m_wakeTicket)
            pump();
    });
}

void ApiTransport::pump() {
    m_pumping = true;
    const auto done = qScopeGuard([this] { m_pumping = false; });
    while (!m_queue.empty()) {
        ApiRequest *next = pendingRequest(m_queue.front());
        if (next == nullptr) {
            m_queue.pop_front();
            continue;
        }
        const ApiRequest::Spec &spec = next->spec();
        if (spec.authenticated && budgetExhausted()) {
            m_queue.pop_front();
            qCInfo(lcApi) << "not sending" << next->label() << "- the daily API budget is used up";
            next->completeLater(budgetExhaustedError());
            continue;
        }
        if (spec.authenticated && waitForCredential())
            return;
        if (next != m_queue.front())
            continue; // the token request went ahead
        if (const qint64 wait = m_budget->msUntilNextAllowed(); wait > 0) {
            wakeAfter(wait);
            return;
        }
        m_queue.pop_front();
        transmit(next);
    }
}

bool ApiTransport::waitForCredential() {
    if (!m_oauth || !m_oauth->needsRenewal(m_clock->nowMs()))
        return false;
    if (m_renewal)
        return true; // one token request at a time; the others wait for its answer
    renewCredential();
    return false;
}

void ApiTransport::renewCredential() {
    ApiRequest::Spec spec;
    spec.method = ApiRequest::Method::Post;
    spec.path = tokenPath;
    spec.body = m_oauth->tokenRequestBody();
    spec.contentType = "application/x-www-form-urlencoded"_ba;
    spec.authenticated = false;
    spec.retryable = true;
    spec.priority = true;
    qCDebug(lcApi) << "requesting an OAuth access token";
    auto *request = new ApiRequest(std::move(spec), u"POST /"_s + tokenPath, this);
    connect(request, &ApiRequest::finished, this, &ApiTransport::onCredentialAnswer);
    connect(request, &ApiRequest::attemptFinished, this,
            [this, request](const ApiRequest::Attempt &attempt) { onAttemptFinished(request, attempt); });
    m_renewal = request;
    m_queue.push_front(request);
}

void ApiTransport::onCredentialAnswer(const Result<QByteArray> &response) {
    m_renewal = nullptr;
    const ApiError error = m_oauth->takeTokenResponse(response, m_clock->nowMs());
    if (!error.ok()) {
        qCWarning(lcApi) << "no OAuth access token, kind" << int(error.kind);
        // What waits for the token cannot go without it; a later request asks for a token again.
        for (auto it = m_queue.begin(); it != m_queue.end();) {
            ApiRequest *request = pendingRequest(*it);
            if (request != nullptr && request->spec().authenticated) {
                request->completeLater(error);
                it = m_queue.erase(it);
            } else {
                ++it;
            }
        }
    }
    schedulePump();
}

void ApiTransport::transmit(ApiRequest *request) {
    const ApiRequest::Spec &spec = request->spec();
    QNetworkRequest networkRequest = requestFor(spec);
    if (spec.authenticated) {
        const QByteArray bearer = m_oauth ? m_oauth->accessToken() : m_token.toUtf8();
        if (!bearer.isEmpty())
            networkRequest.setRawHeader("Authorization"_ba, "Bearer "_ba + bearer);
        if (m_oauth)
            request->tries().credentialGeneration = m_oauth->generation();
    }
    QNetworkReply *reply = nullptr;
    switch (spec.method) {
    case ApiRequest::Method::Get:
        reply = m_network->get(networkRequest);
        break;
    case ApiRequest::Method::Put:
        reply = m_network->put(networkRequest, spec.body);
        break;
    case ApiRequest::Method::Post:
        reply = m_network->post(networkRequest, spec.body);
        break;
    }
    m_budget->recordRequestSent();
    if (!m_refreshTimer->isActive())
        m_refreshTimer->start();
    // A streamed body's silence is timed by the request itself (see ApiRequest::send).
    request->send(reply, spec.boundedDuration ? deadlineMs() : 0, spec.streamed ? m_timeoutMs : 0);
}

void ApiTransport::onAttemptFinished(ApiRequest *request, const ApiRequest::Attempt &attempt) {
    m_budget->updateFromHeaders(attempt.headers);
    const ApiRequest::Spec &spec = request->spec();
    ApiRequest::Tries &tries = request->tries();
    const ApiError &error = attempt.result.error;
    if (attempt.result.ok()) {
        m_budget->onSuccess();
        request->complete(attempt.result);
        return;
    }
    if (attempt.httpStatus == 429) {
        schedulePump(); // the queue waits for the pause, then goes on by itself
        if (budgetExhausted()) {
            request->complete(Result<QByteArray>{{}, budgetExhaustedError()});
            return;
        }
        m_budget->onTooManyRequests(attempt.retryAfter);
        if (spec.retryable && tries.tooManyRequests < m_retryPolicy.maxTooManyRequests) {
            ++tries.tooManyRequests;
            qCInfo(lcApi) << "HTTP 429 for" << request->label() << "- queued again";
            m_queue.push_front(request);
            return;
        }
        request->complete(attempt.result);
        return;
    }
    if (error.kind == ApiError::Kind::Unauthorized && m_oauth && spec.authenticated &&
        !tries.renewedCredential) {
        // The access token may have expired early or been revoked: one more try with a new one.
        tries.renewedCredential = true;
        m_oauth->invalidate(tries.credentialGeneration);
        qCInfo(lcApi) << "HTTP 401 for" << request->label() << "- trying again with a new access token";
        m_queue.push_front(request);
        schedulePump();
        return;
    }
    const int maxAttempts = spec.maxAttempts > 0 ? spec.maxAttempts : m_retryPolicy.maxAttempts;
    if (attempt.transient && spec.retryable && tries.faults + 1 < maxAttempts) {
        ++tries.faults;
        retryLater(request, m_retryPolicy.backoffMs(tries.faults, m_budget->jitter()));
        return;
    }
    request->complete(attempt.result);
}

void ApiTransport::retryLater(ApiRequest *request, qint64 delayMs) {
    qCInfo(lcApi) << "trying" << request->label() << "again in" << delayMs << "ms";
    const QPointer<ApiRequest> pointer(request);
    m_delayed.append(pointer);
    m_clock->runAfter(delayMs, this, [this, pointer] {
        m_delayed.removeAll(pointer);
        ApiRequest *again = pendingRequest(pointer);
        if (again == nullptr)
            return;
        m_queue.push_front(again);
        schedulePump();
    });
}

ApiError ApiTransport::budgetExhaustedError() const {
    return ApiError::dailyBudgetExhausted(m_budget->snapshot().limit.value_or(0));
}

QNetworkRequest ApiTransport::requestFor(const ApiRequest::Spec &spec) const {
    QNetworkRequest request(urlFor(spec.path, spec.query));
    request.setHeader(QNetworkRequest::UserAgentHeader, QByteArrayLiteral("rzconsole/" RZ_VERSION));
    request.setRawHeader("Accept"_ba, spec.accept.isEmpty() ? "application/json"_ba : spec.accept);
    if (!spec.contentType.isEmpty())
        request.setHeader(QNetworkRequest::ContentTypeHeader, spec.contentType);
    // Qt's transfer timeout would also count the silence of a streamed download that the receiver paused
    // (a slow disk) as the console's; ApiRequest times those itself.
    request.setTransferTimeout(spec.streamed ? 0 : m_timeoutMs);
    if (m_tls)
        request.setSslConfiguration(*m_tls);
    // Every redirect is checked by ApiRequest, which follows only those to the same origin.
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::UserVerifiedRedirectPolicy);
    return request;
}

} // namespace rz
