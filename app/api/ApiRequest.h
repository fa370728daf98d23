// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: rzconsole contributors
#pragma once

#include "api/ApiError.h"

#include <QByteArray>
#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QUrl>

class QNetworkReply;

namespace rz {

// One GET in flight, made by ApiTransport: the single error path. It maps HTTP statuses, network and TLS
// failures, timeouts and refused redirects to an ApiError, emits finished() exactly once (unless aborted) and
// then deletes itself.
class ApiRequest final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ApiRequest)
public:
    // Takes over `reply`. `label` names the request in logs and must hold no secret (method and path).
    ApiRequest(QNetworkReply *reply, QString label, QObject *parent);
    // A request refused before sending: finishes with `error` from the event loop.
    ApiRequest(ApiError error, QString label, QObject *parent);
    ~ApiRequest() override;

    // Stops the request without emitting finished(); the object deletes itself.
    void abort();

Q_SIGNALS:
    void finished(const rz::Result<QByteArray> &result);

private:
    void onRedirected(const QUrl &target);
    void onReplyFinished();
    void onReplyDestroyed();
    ApiError networkError() const;
    void finish(const Result<QByteArray> &result);
    void dropReply();

    QPointer<QNetworkReply> m_reply;
    QString m_label;
    QUrl m_origin;
    QString m_refusedRedirectHost;
    QString m_sslProblems;
    QElapsedTimer m_elapsed;
    bool m_done = false;
};

} // namespace rz
