// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: rzconsole contributors
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace rz {

// What went wrong with a request, as a value. Never contains a token or secret.
struct ApiError {
    Q_DECLARE_TR_FUNCTIONS(rz::ApiError)
public:
    enum class Kind {
        None,           // success
        Network,        // connection refused, reset, DNS, host unreachable
        Timeout,        // no answer within the request timeout
        Tls,            // certificate or handshake failure
        Unauthorized,   // 401: unknown, expired or revoked credential
        WrongTokenKind, // the credential's kind cannot use this endpoint
        Forbidden,      // 403 (e.g. licence expired)
        NotFound,       // 404
        RateLimited,    // 429 request limit exceeded
        BadRequest,     // other 4xx, including 422 (e.g. malformed search query)
        Server,         // 5xx
        Malformed,      // the body could not be understood
        Cancelled,      // the caller cancelled
        Unsupported,    // the client refused before sending (e.g. export token asked for /org)
    };

    Kind kind = Kind::None;
    int httpStatus = 0;
    QString serverMessage;             // the server's own sentence (Problem.detail/title or error), if any
    QList<QString> possibleTokenTypes; // from a wrong-token-kind body
    QString providedTokenType;
    // The client's own account of the failure where the server gave none (a network error, where a body could
    // not be parsed, why a request was refused before sending). Never contains a token.
    QString detail;
    // RateLimited: when >= 0, the daily API budget of this many calls is used up (rather than the request
    // window being full); requests stop until midnight UTC.
    qint64 dailyLimit = -1;
    // Unauthorized: the OAuth token endpoint refused the API client's id and secret (wrong, or revoked).
    bool clientCredentialsRefused = false;

    bool ok() const { return kind == Kind::None; }
    bool isDailyBudgetExhausted() const { return kind == Kind::RateLimited && dailyLimit >= 0; }
    // A complete, translated sentence for the user, including the server's message where useful.
    QString userMessage() const;

    static ApiError make(Kind kind, QString detail = {});
    // The daily budget of `limit` calls is used up.
    static ApiError dailyBudgetExhausted(qint64 limit);
};

template<class T> struct Result {
    T value{};
    ApiError error;
    bool ok() const { return error.ok(); }
};

} // namespace rz
