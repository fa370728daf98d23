// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: rzconsole contributors
#include "domain/ApiError.h"

#include <QCoreApplication>
#include <QLocale>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace rz {

namespace {

// Servers name token kinds in several ways ("account", "CT", "organization_api_key" ...); say them in words.
QString tokenKindName(const QString &serverName) {
    const QString name = serverName.trimmed().toLower();
    if (name.contains("oauth"_L1))
        return ApiError::tr("API client credentials (OAuth)");
    // runZero calls the account key (CT) a "client token".
    if (name == "ct"_L1 || name.contains("account"_L1) || name == "client"_L1 || name == "client_token"_L1 ||
        name == "client token"_L1)
        return ApiError::tr("an account API token");
    if (name.contains("client"_L1))
        return ApiError::tr("API client credentials (OAuth)");
    if (name == "ot"_L1 || name.startsWith("org"_L1))
        return ApiError::tr("an organization API token");
    if (name == "et"_L1 || name == "xt"_L1 || name.contains("export"_L1))
        return ApiError::tr("an export token");
    if (name == "dt"_L1 || name.contains("download"_L1))
        return ApiError::tr("a download token");
    return ApiError::tr("a token of type \u201c%1\u201d").arg(serverName.trimmed());
}

// Server and client texts are quoted as given; make sure the sentence still ends with a full stop.
QString asSentence(QString sentence) {
    sentence = sentence.trimmed();
    if (!sentence.isEmpty() && !sentence.endsWith(u'.') && !sentence.endsWith(u'!') &&
        !sentence.endsWith(u'?'))
        sentence.append(u'.');
    return sentence;
}

// "A", "A or B", "A, B or C": any one of them will do.
QString alternatives(const QStringList &items) {
    if (items.isEmpty())
        return {};
    QString text = items.first();
    for (qsizetype i = 1; i < items.size(); ++i) {
        text = i + 1 < items.size() ? ApiError::tr("%1, %2", "a list of alternatives").arg(text, items[i])
                                    : ApiError::tr("%1 or %2", "a list of alternatives").arg(text, items[i]);
    }
    return text;
}

QString wrongTokenKindMessage(const ApiError &error) {
    QStringList needed;
    for (const QString &type : error.possibleTokenTypes) {
        if (!type.trimmed().isEmpty())
            needed.append(tokenKindName(type));
    }
    needed.removeDuplicates();
    const QString neededText = alternatives(needed);
    const bool haveProvided = !error.providedTokenType.trimmed().isEmpty();
    if (!needed.isEmpty() && haveProvided) {
        return ApiError::tr("This request needs %1, but the credential in use is %2.")
            .arg(neededText, tokenKindName(error.providedTokenType));
    }
    if (!needed.isEmpty())
        return ApiError::tr("This request needs %1; the credential in use is of another kind.")
            .arg(neededText);
    if (!error.serverMessage.trimmed().isEmpty())
        return asSentence(ApiError::tr("The credential in use is of the wrong kind for this request: %1")
                              .arg(error.serverMessage.trimmed()));
    return ApiError::tr("The credential in use is of the wrong kind for this request.");
}

} // namespace

ApiError ApiError::make(Kind kind, QString detail) {
    ApiError error;
    error.kind = kind;
    error.detail = std::move(detail);
    return error;
}

ApiError ApiError::dailyBudgetExhausted(qint64 limit) {
    ApiError error = make(Kind::RateLimited);
    error.dailyLimit = std::max<qint64>(0, limit);
    return error;
}

QString ApiError::userMessage() const {
    const QString server = serverMessage.trimmed();
    const QString own = detail.trimmed();
    const QString said = server.isEmpty() ? own : server;
    switch (kind) {
    case Kind::None:
        return ApiError::tr("The request succeeded.");
    case Kind::Network:
        if (!own.isEmpty())
            return asSentence(ApiError::tr("The console could not be reached: %1").arg(own));
        return ApiError::tr(
            "The console could not be reached. Check the address and the network connection.");
    case Kind::Timeout:
        return ApiError::tr("The console did not answer in time. Try again later.");
    case Kind::Tls:
        if (!own.isEmpty())
            return asSentence(
                ApiError::tr("A secure connection to the console could not be established: %1").arg(own));
        return ApiError::tr("A secure connection to the console could not be established.");
    case Kind::Unauthorized:
        if (clientCredentialsRefused && !server.isEmpty())
            return ApiError::tr(
                       "The console did not accept the API client credentials (%1). Check the client "
                       "ID and secret; the client may have been revoked.")
                .arg(server);
        if (clientCredentialsRefused)
            return ApiError::tr("The console did not accept the API client credentials. Check the client ID "
                                "and secret; the client may have been revoked.");
        if (!server.isEmpty())
            return asSentence(ApiError::tr("The console did not accept the credential: %1").arg(server));
        return ApiError::tr(
            "The console did not accept the credential. It may be unknown, expired or revoked.");
    case Kind::WrongTokenKind:
        return wrongTokenKindMessage(*this);
    case Kind::Forbidden:
        if (!server.isEmpty())
            return asSentence(ApiError::tr("The console refused access: %1").arg(server));
        return ApiError::tr(
            "The console refused access. The licence may have expired or may not cover this feature.");
    case Kind::NotFound:
        if (!server.isEmpty())
            return asSentence(ApiError::tr("The console could not find what was asked for: %1").arg(server));
        return ApiError::tr("The console could not find what was asked for. Check the console address.");
    case Kind::RateLimited:
        if (dailyLimit >= 0)
            return ApiError::tr("The daily API budget of %1 calls is used up; it resets at midnight UTC.")
                .arg(QLocale().toString(dailyLimit));
        if (!server.isEmpty())
            return asSentence(
                ApiError::tr(
                    "The console's request limit has been reached (%1). Wait a while, then try again.")
                    .arg(server));
        return ApiError::tr("The console's request limit has been reached. Wait a while, then try again.");
    case Kind::BadRequest:
        if (!said.isEmpty())
            return asSentence(ApiError::tr("The server refused the request: %1").arg(said));
        return ApiError::tr("The server refused the request as invalid.");
    case Kind::Server:
        if (!server.isEmpty())
            return asSentence(ApiError::tr("The console reported an internal error (HTTP %1): %2")
                                  .arg(QString::number(httpStatus), server));
        return ApiError::tr("The console reported an internal error (HTTP %1). Try again later.")
            .arg(httpStatus);
    case Kind::Malformed:
        if (!own.isEmpty())
            return asSentence(ApiError::tr("The console's answer could not be understood: %1").arg(own));
        return ApiError::tr("The console's answer could not be understood.");
    case Kind::Cancelled:
        return ApiError::tr("The request was cancelled.");
    case Kind::Unsupported:
        if (!own.isEmpty())
            return asSentence(ApiError::tr("The request was not sent: %1").arg(own));
        return ApiError::tr("The request was not sent, because the credential in use cannot make it.");
    }
    return ApiError::tr("An unknown error occurred.");
}

} // namespace rz
