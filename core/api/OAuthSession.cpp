// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: rzconsole contributors
#include "api/OAuthSession.h"

#include "auth/Redaction.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QUrl>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace rz {

namespace {

// When the answer does not say how long the token lives; a 401 renews it early if it lives shorter.
constexpr qint64 kDefaultLifetimeSeconds = 3600;

QByteArray formValue(const QString &value) {
    return QUrl::toPercentEncoding(value);
}

} // namespace

OAuthSession::OAuthSession(OAuthClientCredentials credentials)
    : m_credentials(std::move(credentials)) {
    m_credentials.clientId = m_credentials.clientId.trimmed();
    m_credentials.clientSecret = m_credentials.clientSecret.trimmed();
}

bool OAuthSession::needsRenewal(qint64 nowMs) const {
    return m_accessToken.isEmpty() || nowMs >= m_expiresAtMs - m_marginMs;
}

QByteArray OAuthSession::tokenRequestBody() const {
    return "grant_type=client_credentials&client_id="_ba + formValue(m_credentials.clientId) +
           "&client_secret="_ba + formValue(m_credentials.clientSecret);
}

ApiError OAuthSession::takeTokenResponse(const Result<QByteArray> &response, qint64 nowMs) {
    if (!response.ok()) {
        ApiError error = response.error;
        // The endpoint answers 401 (or 400 invalid_client) for an unknown or revoked client.
        if (error.kind == ApiError::Kind::Unauthorized ||
            (error.kind == ApiError::Kind::BadRequest && error.httpStatus == 400) ||
            error.kind == ApiError::Kind::WrongTokenKind) {
            error.kind = ApiError::Kind::Unauthorized;
            error.clientCredentialsRefused = true;
        }
        return scrubbed(std::move(error));
    }
    QJsonParseError parseError{};
    const QJsonDocument document = QJsonDocument::fromJson(response.value, &parseError);
    const QJsonObject object = document.object();
    const QString token = object.value("access_token"_L1).toString().trimmed();
    const QString type = object.value("token_type"_L1).toString(u"Bearer"_s);
    if (parseError.error != QJsonParseError::NoError || token.isEmpty())
        return ApiError::make(ApiError::Kind::Malformed,
                              ApiError::tr("the token endpoint sent no access token"));
    if (type.compare("bearer"_L1, Qt::CaseInsensitive) != 0)
        return ApiError::make(
            ApiError::Kind::Malformed,
            ApiError::tr("the token endpoint sent a token of type \u201c%1\u201d, not a bearer "
                         "token")
                .arg(type.left(40)));
    const QJsonValue expiresIn = object.value("expires_in"_L1);
    bool known = expiresIn.isDouble();
    qint64 seconds = expiresIn.toInteger(kDefaultLifetimeSeconds);
    if (expiresIn.isString())
        seconds = expiresIn.toString().trimmed().toLongLong(&known); // lenient: some servers quote it
    if (!known)
        seconds = kDefaultLifetimeSeconds;
    const qint64 lifetimeMs = std::max<qint64>(1, seconds) * 1000;
    m_accessToken = token.toUtf8();
    m_expiresAtMs = nowMs + lifetimeMs;
    m_marginMs = std::min(maxRenewalMarginMs, lifetimeMs / 10);
    ++m_generation;
    return {};
}

void OAuthSession::invalidate(quint64 generation) {
    if (generation == m_generation)
        m_accessToken.clear();
}

ApiError OAuthSession::scrubbed(ApiError error) const {
    // Servers do not echo the secret, but a misconfigured proxy might: make sure it goes nowhere.
    const auto scrub = [this](QString &text) {
        if (!m_credentials.clientSecret.isEmpty())
            text.replace(m_credentials.clientSecret, u"\u2022\u2022\u2022"_s);
        text = redact(text);
    };
    scrub(error.serverMessage);
    scrub(error.detail);
    return error;
}

} // namespace rz
