// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: rzconsole contributors
#include "json/ErrorBodyParser.h"

#include "json/JsonValues.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace rz::json {

namespace {

constexpr qsizetype maxPlainMessage = 300;

ApiError::Kind kindForStatus(int status) {
    if (status == 401)
        return ApiError::Kind::Unauthorized;
    if (status == 403)
        return ApiError::Kind::Forbidden;
    if (status == 404)
        return ApiError::Kind::NotFound;
    if (status == 429)
        return ApiError::Kind::RateLimited;
    if (status >= 400 && status < 500)
        return ApiError::Kind::BadRequest;
    if (status >= 500)
        return ApiError::Kind::Server;
    return ApiError::Kind::Malformed; // an unexpected status that is neither success nor error
}

QList<QString> tokenTypes(const QJsonValue &value) {
    QList<QString> types;
    if (value.isArray()) {
        const QJsonArray array = value.toArray();
        for (const QJsonValue entry : array) {
            const QString type = stringOf(entry).trimmed();
            if (!type.isEmpty())
                types.append(type);
        }
    } else if (value.isString()) {
        static const QRegularExpression separators(u"[,;\\s]+"_s);
        types = value.toString().split(separators, Qt::SkipEmptyParts);
    }
    return types;
}

// A short single-line text that is not markup is likely a message meant for people.
QString plainMessage(QByteArrayView body) {
    QString text = QString::fromUtf8(body).trimmed();
    if (text.isEmpty() || text.size() > maxPlainMessage || text.startsWith(u'<') || text.startsWith(u'{') ||
        text.startsWith(u'[') || text.contains(u'\n') || text.contains(QChar::ReplacementCharacter))
        return {};
    for (const QChar c : text) {
        if (c.category() == QChar::Other_Control)
            return {};
    }
    return text;
}

} // namespace

ApiError errorFromHttpResponse(int httpStatus, QByteArrayView body) {
    ApiError error;
    error.kind = kindForStatus(httpStatus);
    error.httpStatus = httpStatus;
    if (error.kind == ApiError::Kind::Malformed)
        error.detail = ApiError::tr("the answer had the unexpected HTTP status %1").arg(httpStatus);

    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body.toByteArray(), &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        error.serverMessage = plainMessage(body);
        return error;
    }
    const QJsonObject object = document.object();
    const QString detail = stringOf(object.value("detail"_L1)).trimmed();
    const QString title = stringOf(object.value("title"_L1)).trimmed();
    const QString errorText = stringOf(object.value("error"_L1)).trimmed();
    const QString message = stringOf(object.value("message"_L1)).trimmed();
    for (const QString &candidate : {detail, errorText, message, title}) {
        if (!candidate.isEmpty()) {
            error.serverMessage = candidate;
            break;
        }
    }
    error.possibleTokenTypes = tokenTypes(object.value("possible_token_types"_L1));
    error.providedTokenType = stringOf(object.value("provided_token_type"_L1)).trimmed();
    if (!error.possibleTokenTypes.isEmpty() && httpStatus >= 400 && httpStatus < 500)
        error.kind = ApiError::Kind::WrongTokenKind;
    return error;
}

} // namespace rz::json
