// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: rzconsole contributors
#include "api/ApiRequest.h"

#include "api/ApiLogging.h"
#include "api/TlsProblem.h"
#include "auth/Redaction.h"
#include "json/ErrorBodyParser.h"

#include <QMetaMethod>
#include <QNetworkReply>
#include <QTimer>
#if QT_CONFIG(ssl)
#include <QSslError>
#endif

using namespace Qt::StringLiterals;

namespace rz {

namespace {

int effectivePort(const QUrl &url) {
    const QString scheme = url.scheme().toLower();
    return url.port(scheme == "https"_L1 ? 443 : scheme == "http"_L1 ? 80 : -1);
}

// The credential goes only where it was meant to go: same scheme, host and port.
bool sameOrigin(const QUrl &a, const QUrl &b) {
    return a.scheme().compare(b.scheme(), Qt::CaseInsensitive) == 0 &&
           a.host().compare(b.host(), Qt::CaseInsensitive) == 0 && effectivePort(a) == effectivePort(b);
}

// Statuses that say "not now" rather than "not like this".
bool isTransientStatus(int status) {
    return status == 408 || status == 500 || status == 502 || status == 503 || status == 504;
}

// Qt 6.4 sometimes finishes a reply without an error when the connection is lost before the Content-Length
// the server declared has arrived; such a body is cut off, not complete. (A compressed body is decompressed
// by Qt, so its size says nothing about the declared length.)
bool endedShort(const QNetworkReply *reply, qint64 received) {
    const QByteArray encoding = reply->rawHeader("Content-Encoding"_ba).trimmed().toLower();
    if (!encoding.isEmpty() && encoding != "identity"_ba)
        return false;
    bool ok = false;
    const qint64 declared = reply->rawHeader("Content-Length"_ba).trimmed().toLongLong(&ok);
    return ok && received < declared;
}

} // namespace

ApiRequest::ApiRequest(Spec spec, QString label, QObject *parent)
    : QObject(parent)
    , m_spec(std::move(spec))
    , m_label(std::move(label)) {
    m_elapsed.start();
}

ApiRequest::ApiRequest(ApiError error, QString label, QObject *parent)
    : QObject(parent)
    , m_label(std::move(label)) {
    m_elapsed.start();
    QTimer::singleShot(0, this, [this, error = std::move(error)] {
        qCInfo(lcApi) << "not sending" << m_label << "- refused by the client";
        complete(Result<QByteArray>{{}, error});
    });
}

ApiRequest::~ApiRequest() {
    dropReply();
}

void ApiRequest::dropReply() {
    if (m_deadline != nullptr)
        m_deadline->stop();
    if (m_silence != nullptr)
        m_silence->stop();
    QNetworkReply *reply = m_reply.data();
    m_reply = nullptr;
    if (reply != nullptr) {
        reply->disconnect(this);
        reply->abort();
        reply->deleteLater();
    }
}

void ApiRequest::abort() {
    if (m_done)
        return;
    m_done = true;
    dropReply();
    qCDebug(lcApi) << "aborted" << m_label;
    deleteLater();
}

QTimer *ApiRequest::abortingTimer(const char *what) {
    auto *timer = new QTimer(this);
    timer->setSingleShot(true);
    connect(timer, &QTimer::timeout, this, [this, what] {
        QNetworkReply *late = m_reply.data();
        if (late == nullptr)
            return;
        qCInfo(lcApi) << what << "for" << m_label << "- aborting it";
        m_timedOut = true;
        late->abort(); // finishes the reply with OperationCanceledError: onReplyFinished()
    });
    return timer;
}

void ApiRequest::send(QNetworkReply *reply, int deadlineMs, int silenceMs) {
    Q_ASSERT(!m_done && !m_reply);
    m_reply = reply;
    m_origin = reply->request().url();
    m_refusedRedirectHost.clear();
    m_sslProblems.clear();
    m_timedOut = false;
    if (deadlineMs > 0) {
        if (m_deadline == nullptr)
            m_deadline = abortingTimer("deadline passed");
        m_deadline->start(deadlineMs);
    }
    if (silenceMs > 0) {
        if (m_silence == nullptr)
            m_silence = abortingTimer("nothing arrived in time");
        m_silence->setInterval(silenceMs);
        if (!m_bodyPaused)
            m_silence->start();
    }
    ++m_tries.sent;
    qCDebug(lcApi) << "sending" << m_label << "try" << m_tries.sent;
    connect(reply, &QNetworkReply::redirected, this, &ApiRequest::onRedirected);
    connect(reply, &QNetworkReply::finished, this, &ApiRequest::onReplyFinished);
    connect(reply, &QObject::destroyed, this, &ApiRequest::onReplyDestroyed);
    if (m_spec.streamed || m_silence != nullptr) {
        if (m_spec.streamed)
            reply->setReadBufferSize(streamBufferBytes);
        connect(reply, &QIODevice::readyRead, this, &ApiRequest::onReadyRead);
    }
    if (m_silence != nullptr)
        connect(reply, &QNetworkReply::metaDataChanged, this, &ApiRequest::restartSilence);
#if QT_CONFIG(ssl)
    connect(reply, &QNetworkReply::sslErrors, this, &ApiRequest::onSslErrors);
#endif
}

void ApiRequest::onSslErrors(const QList<QSslError> &errors) {
#if QT_CONFIG(ssl)
    // Never ignored: the handshake fails, and the user learns which certificate it was.
    m_sslProblems = TlsProblem::describe(errors);
#else
    Q_UNUSED(errors)
#endif
}

void ApiRequest::onRedirected(const QUrl &target) {
    if (!m_reply)
        return;
    const QUrl resolved = m_reply->url().resolved(target);
    if (sameOrigin(m_origin, resolved)) {
        Q_EMIT m_reply->redirectAllowed();
        return;
    }
    m_refusedRedirectHost = resolved.host();
    qCWarning(lcApi) << "refused a redirect of" << m_label << "to another host";
    m_reply->abort();
}

void ApiRequest::onReplyFinished() {
    if (m_done || !m_reply)
        return;
    QNetworkReply *reply = m_reply;
    if (m_deadline != nullptr)
        m_deadline->stop();
    if (m_silence != nullptr)
        m_silence->stop();
    Attempt attempt;
    attempt.httpStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    attempt.headers = reply->rawHeaderPairs();
    if (reply->hasRawHeader("Retry-After"_ba))
        attempt.retryAfter = reply->rawHeader("Retry-After"_ba);
    const int status = attempt.httpStatus;
    if (streamsBody() && reply->error() == QNetworkReply::NoError && !m_timedOut) {
        // The rest of a streamed body (no more than the reply's read buffer) goes out before the end.
        const QByteArray rest = reply->readAll();
        if (!rest.isEmpty()) {
            m_streamedBytes += rest.size();
            Q_EMIT bodyReceived(rest);
            if (m_done || m_reply != reply)
                return; // the receiver aborted the request
        }
    }
    const QByteArray body = streamsBody() ? QByteArray() : reply->readAll();

    Result<QByteArray> &result = attempt.result;
    if (!m_refusedRedirectHost.isEmpty()) {
        result.error = ApiError::make(
            ApiError::Kind::Network, tr("the console redirected the request to another host (%1); it was not "
                                        "followed, so that the credential is not sent there")
                                         .arg(m_refusedRedirectHost));
    } else if (status >= 300 || (status > 0 && status < 200)) {
        result.error = json::errorFromHttpResponse(status, body);
        attempt.transient = isTransientStatus(status);
    } else if (m_timedOut) {
        result.error = ApiError::make(ApiError::Kind::Timeout);
        attempt.transient = true;
    } else if (reply->error() != QNetworkReply::NoError) {
        result.error = networkError(&attempt.transient);
        result.error.httpStatus = status;
    } else if (endedShort(reply, body.size() + m_streamedBytes)) {
        result.error = ApiError::make(ApiError::Kind::Network,
                                      tr("the connection was closed before the whole answer arrived"));
        attempt.transient = true;
    } else {
        result.value = body;
    }
    if (m_streamedBytes > 0)
        attempt.transient = false; // the receiver has the beginning: a new try would hand it out again
    if (result.ok()) {
        qCDebug(lcApi) << "done" << m_label << status << (body.size() + m_streamedBytes) << "bytes in"
                       << m_elapsed.elapsed() << "ms";
    } else {
        qCInfo(lcApi) << "failed" << m_label << "status" << status << "kind" << int(result.error.kind)
                      << "after" << m_elapsed.elapsed() << "ms";
    }
    m_reply = nullptr;
    reply->disconnect(this);
    reply->deleteLater();
    if (!isSignalConnected(QMetaMethod::fromSignal(&ApiRequest::attemptFinished))) {
        complete(attempt.result); // nobody decides about another try: this one is the answer
        return;
    }
    Q_EMIT attemptFinished(attempt);
}

void ApiRequest::onReplyDestroyed() {
    // The network manager went away with the reply still open (the client was destroyed).
    if (m_done)
        return;
    m_reply = nullptr;
    complete(
        Result<QByteArray>{{}, ApiError::make(ApiError::Kind::Cancelled, tr("the connection was closed"))});
}

bool ApiRequest::streamsBody() const {
    if (!m_spec.streamed || !m_reply || !m_refusedRedirectHost.isEmpty())
        return false;
    const int status = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    return status >= 200 && status < 300;
}

void ApiRequest::restartSilence() {
    if (m_silence != nullptr && m_reply && !m_bodyPaused)
        m_silence->start();
}

void ApiRequest::onReadyRead() {
    restartSilence(); // something arrived
    if (m_done || m_bodyPaused || !streamsBody())
        return;
    QNetworkReply *reply = m_reply;
    const QByteArray chunk = reply->readAll();
    if (chunk.isEmpty())
        return;
    m_streamedBytes += chunk.size();
    Q_EMIT bodyReceived(chunk);
}

void ApiRequest::setBodyPaused(bool paused) {
    if (m_bodyPaused == paused)
        return;
    m_bodyPaused = paused;
    if (paused && m_silence != nullptr)
        m_silence->stop(); // the network is quiet because this side stopped reading
    if (!paused) {
        restartSilence();
        // What arrived meanwhile goes out from the event loop, not from inside the caller.
        QMetaObject::invokeMethod(this, &ApiRequest::onReadyRead, Qt::QueuedConnection);
    }
}

ApiError ApiRequest::networkError(bool *transient) const {
    using E = QNetworkReply::NetworkError;
    const E code = m_reply->error();
    const QString host = m_origin.host();
    *transient = false;
    switch (code) {
    case E::TimeoutError:
    case E::OperationCanceledError: // the transfer timeout aborts the reply; our own aborts never get here
        *transient = true;
        return ApiError::make(ApiError::Kind::Timeout);
    case E::ConnectionRefusedError:
        return ApiError::make(ApiError::Kind::Network, tr("%1 refused the connection").arg(host));
    case E::HostNotFoundError:
        return ApiError::make(ApiError::Kind::Network, tr("the host %1 was not found").arg(host));
    case E::RemoteHostClosedError:
    case E::TemporaryNetworkFailureError:
    case E::NetworkSessionFailedError:
    case E::ProxyConnectionClosedError:
        *transient = true;
        return ApiError::make(ApiError::Kind::Network,
                              tr("the connection was closed before the whole answer arrived"));
    case E::SslHandshakeFailedError:
        return ApiError::make(ApiError::Kind::Tls,
                              m_sslProblems.isEmpty() ? redact(m_reply->errorString()) : m_sslProblems);
    case E::InsecureRedirectError:
        return ApiError::make(ApiError::Kind::Network,
                              tr("the console redirected a secure request to an insecure address; it was not "
                                 "followed"));
    case E::TooManyRedirectsError:
        return ApiError::make(ApiError::Kind::Network, tr("the console redirected the request too often"));
    default:
        break;
    }
    if (!m_sslProblems.isEmpty())
        return ApiError::make(ApiError::Kind::Tls, m_sslProblems);
    // A body that ends early (chunked or sized) is a lost connection, whatever Qt calls it.
    if (code == E::UnknownNetworkError || code == E::ProtocolFailure)
        *transient = true;
    // Qt's text may quote the URL; it never holds the credential, which only travels in a header, but it goes
    // through the redaction filter all the same.
    return ApiError::make(ApiError::Kind::Network, redact(m_reply->errorString()));
}

void ApiRequest::complete(const Result<QByteArray> &result) {
    if (m_done)
        return;
    m_done = true;
    dropReply();
    Q_EMIT finished(result);
    deleteLater();
}

void ApiRequest::completeLater(const ApiError &error) {
    if (m_done)
        return;
    QTimer::singleShot(0, this, [this, error] { complete(Result<QByteArray>{{}, error}); });
}

} // namespace rz
