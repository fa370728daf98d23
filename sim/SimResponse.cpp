// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: rzconsole contributors
#include "sim/SimResponse.h"

#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace rz::sim {

SimResponse SimResponse::json(const QJsonObject &object, int status) {
    return raw(QJsonDocument(object).toJson(QJsonDocument::Compact), "application/json", status);
}

SimResponse SimResponse::json(const QJsonArray &array, int status) {
    return raw(QJsonDocument(array).toJson(QJsonDocument::Compact), "application/json", status);
}

SimResponse SimResponse::raw(QByteArray body, QByteArray contentType, int status) {
    SimResponse response;
    response.status = status;
    response.body = std::move(body);
    response.contentType = std::move(contentType);
    return response;
}

SimResponse SimResponse::problem(int status, const QString &detail) {
    const QJsonObject object{
        {u"title"_s, QString::fromLatin1(reasonPhrase(status))},
        {u"status"_s, status},
        {u"detail"_s, detail},
    };
    return raw(QJsonDocument(object).toJson(QJsonDocument::Compact), "application/problem+json", status);
}

SimResponse SimResponse::wrongTokenKind(const QString &error, const QStringList &possible,
                                        const QString &provided) {
    const QJsonObject object{
        {u"error"_s, error},
        {u"possible_token_types"_s, QJsonArray::fromStringList(possible)},
        {u"provided_token_type"_s, provided},
    };
    return json(object, 403);
}

SimResponse SimResponse::tooManyRequests(const QString &error, int retryAfterSeconds) {
    SimResponse response = json(QJsonObject{{u"error"_s, error}}, 429);
    response.headers.append({"Retry-After", QByteArray::number(retryAfterSeconds)});
    return response;
}

QByteArray reasonPhrase(int status) {
    switch (status) {
    case 200:
        return "OK";
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 403:
        return "Forbidden";
    case 404:
        return "Not Found";
    case 405:
        return "Method Not Allowed";
    case 415:
        return "Unsupported Media Type";
    case 422:
        return "Unprocessable Entity";
    case 429:
        return "Too Many Requests";
    case 500:
        return "Internal Server Error";
    default:
        return status < 400 ? "OK" : (status < 500 ? "Bad Request" : "Internal Server Error");
    }
}

} // namespace rz::sim
