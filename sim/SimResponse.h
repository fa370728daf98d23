// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: rzconsole contributors
#pragma once

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <memory>
#include <utility>

namespace rz::sim {

// A response body produced piece by piece (large exports), sent with chunked transfer encoding.
class BodyStream {
public:
    BodyStream() = default;
    virtual ~BodyStream() = default;
    BodyStream(const BodyStream &) = delete;
    BodyStream &operator=(const BodyStream &) = delete;

    // Appends roughly `budget` bytes or more to `out`; returns false once the body is complete.
    virtual bool next(QByteArray &out, qsizetype budget) = 0;
};

// What a route answers, before faults and framing are applied.
struct SimResponse {
    int status = 200;
    QByteArray contentType = "application/json";
    QList<std::pair<QByteArray, QByteArray>> headers;
    QByteArray body;
    std::shared_ptr<BodyStream> stream; // when set, the body comes from here instead
    bool faultable = false;             // an authenticated API route: faults may be injected

    static SimResponse json(const QJsonObject &object, int status = 200);
    static SimResponse json(const QJsonArray &array, int status = 200);
    static SimResponse raw(QByteArray body, QByteArray contentType = "application/json", int status = 200);
    // RFC 7807 Problem (title, status, detail) as application/problem+json.
    static SimResponse problem(int status, const QString &detail);
    // runZero's body for a token of the wrong kind.
    static SimResponse wrongTokenKind(const QString &error, const QStringList &possible,
                                      const QString &provided);
    // 429 with Retry-After and {"error": ...}.
    static SimResponse tooManyRequests(const QString &error, int retryAfterSeconds);
};

QByteArray reasonPhrase(int status);

} // namespace rz::sim
