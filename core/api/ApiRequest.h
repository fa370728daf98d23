// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: rzconsole contributors
#pragma once

#include "domain/ApiError.h"

#include <QByteArray>
#include <QElapsedTimer>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QUrl>
#include <QUrlQuery>
#include <optional>
#include <utility>

class QNetworkReply;
class QSslError;
class QTimer;

namespace rz {

// One request made through ApiTransport, from the caller's side a single operation: it emits finished()
// exactly once (unless aborted) and then deletes itself. Underneath, the transport may send it more than once
// (after a 429, a transient fault or an expired OAuth token); each try is an attempt, and this class is the
// single error path that turns an attempt's reply (HTTP status, network and TLS failures, timeouts, refused
// redirects) into a Result.
class ApiRequest final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ApiRequest)
public:
    enum class Method { Get, Put, Post };

    // What to send; the transport adds the base URL, `_oid`, the credential and the other headers.
    struct Spec {
        Method method = Method::Get;
        QString path; // relative to the base URL, e.g. "export/org/assets.json"
        QUrlQuery query;
        QByteArray body;
        QByteArray contentType;
        bool authenticated = true; // carries the credential (the OAuth token request does not)
        bool retryable = true;     // may be sent again after a fault or a 429 (never a PUT)
        bool priority = false;     // goes to the front of the queue (the OAuth token request)
        int maxAttempts = 0;       // tries after transient faults; 0 for the transport's retry policy
        // The whole attempt must end within the transport's deadline, however steadily bytes trickle in
        // (a slow-loris server). False for a streamed download, which only times out on silence.
        bool boundedDuration = true;
        // Streamed: the body of a 2xx answer is handed out in chunks (bodyReceived()) as it arrives, never
        // collected; finished() then carries an empty body. Once a chunk was handed out, a fault is not
        // retried (the receiver already has the beginning). Other answers (errors) are read whole as usual.
        bool streamed = false;
        QByteArray accept; // the Accept header; empty: application/json
    };

    // How much of a streamed body may wait inside the reply; beyond it the network stops reading.
    static constexpr qint64 streamBufferBytes = qint64(1) << 20;

    // What one attempt came back with.
    struct Attempt {
        Result<QByteArray> result;
        int httpStatus = 0;
        bool transient = false; // a fault that may well pass: timeout, connection lost mid-answer, 5xx
        std::optional<QByteArray> retryAfter;
        QList<std::pair<QByteArray, QByteArray>> headers;
    };

    // The transport's bookkeeping across attempts.
    struct Tries {
        int sent = 0;
        int faults = 0;
        int tooManyRequests = 0;
        bool renewedCredential = false;
        quint64 credentialGeneration = 0; // of the OAuth token the last attempt carried
    };

    // A request to send. `label` names it in logs and must hold no secret (method and path).
    ApiRequest(Spec spec, QString label, QObject *parent);
    // A request refused before sending: finishes with `error` from the event loop.
    ApiRequest(ApiError error, QString label, QObject *parent);
    ~ApiRequest() override;

    // Stops the request without emitting finished(); the object deletes itself.
    void abort();
    // Streamed requests: while paused, no bodyReceived() is emitted and the body waits in the reply (at most
    // streamBufferBytes), so that a slow receiver holds the sender back instead of piling data up in memory.
    void setBodyPaused(bool paused);

    // For ApiTransport.
    const Spec &spec() const { return m_spec; }
    const QString &label() const { return m_label; }
    Tries &tries() { return m_tries; }
    bool isDone() const { return m_done; }
    bool isSending() const { return !m_reply.isNull(); }
    // Starts an attempt with `reply` (taken over); attemptFinished() follows. With `deadlineMs` > 0 the
    // attempt is aborted as timed out when it has not finished after that long; with `silenceMs` > 0, when
    // nothing arrives for that long while the body is not paused (the receiver's pause is not the console's
    // silence).
    void send(QNetworkReply *reply, int deadlineMs = 0, int silenceMs = 0);
    // Ends the request: emits finished(result) and deletes itself.
    void complete(const Result<QByteArray> &result);
    // The same, from the event loop.
    void completeLater(const ApiError &error);

Q_SIGNALS:
    void finished(const rz::Result<QByteArray> &result);
    // Streamed requests: the next piece of a 2xx answer's body.
    void bodyReceived(const QByteArray &chunk);
    // For ApiTransport, which decides whether to complete the request or to try again.
    void attemptFinished(const rz::ApiRequest::Attempt &attempt);

private:
    void onRedirected(const QUrl &target);
    void onReplyFinished();
    void onReplyDestroyed();
    void onReadyRead();
    void restartSilence();
    bool streamsBody() const;
    void onSslErrors(const QList<QSslError> &errors);
    ApiError networkError(bool *transient) const;
    void dropReply();
    QTimer *abortingTimer(const char *what);

    Spec m_spec;
    QPointer<QNetworkReply> m_reply;
    QString m_label;
    QUrl m_origin;
    QString m_refusedRedirectHost;
    QString m_sslProblems;
    QElapsedTimer m_elapsed;
    QTimer *m_deadline = nullptr; // a child, while an attempt with a deadline is on the wire
    QTimer *m_silence = nullptr;  // a child, while an attempt timed on silence is on the wire
    bool m_timedOut = false;      // one of the two aborted the attempt
    qint64 m_streamedBytes = 0;
    bool m_bodyPaused = false;
    Tries m_tries;
    bool m_done = false;
};

} // namespace rz
