// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: rzconsole contributors
#pragma once

#include "api/OAuthClientCredentials.h"
#include "domain/ApiError.h"

#include <QByteArray>

namespace rz {

// The state of an OAuth client-credentials session: the client's id and secret, and the access token with
// its expiry on the client's clock. It makes no requests itself: ApiTransport sends the token request it
// describes (ahead of the requests that wait for the token) and hands it the answer. The access token lives
// in memory only and is renewed before it runs out, so that no request meets an expired one.
class OAuthSession final {
public:
    static constexpr qint64 maxRenewalMarginMs = 60'000;

    explicit OAuthSession(OAuthClientCredentials credentials);

    const QString &clientId() const { return m_credentials.clientId; }

    // Whether a request sent now needs a new token first: there is none, or it expires within the renewal
    // margin (a tenth of its lifetime, at most a minute).
    bool needsRenewal(qint64 nowMs) const;
    // The token to send as "Authorization: Bearer"; empty while there is none.
    const QByteArray &accessToken() const { return m_accessToken; }
    // Counts the tokens received, so that a 401 can tell whether the token it was sent with is still the
    // current one.
    quint64 generation() const { return m_generation; }

    // The body of POST /account/api/token (application/x-www-form-urlencoded).
    QByteArray tokenRequestBody() const;
    // Takes the token endpoint's answer. On success the new token is current; otherwise the error says why,
    // in words that never contain the secret (a refused client is Unauthorized with
    // clientCredentialsRefused).
    ApiError takeTokenResponse(const Result<QByteArray> &response, qint64 nowMs);
    // A request sent with token `generation` was refused with 401: that token is dropped, unless a newer one
    // has arrived since.
    void invalidate(quint64 generation);

private:
    ApiError scrubbed(ApiError error) const;

    OAuthClientCredentials m_credentials;
    QByteArray m_accessToken;
    qint64 m_expiresAtMs = 0;
    qint64 m_marginMs = 0;
    quint64 m_generation = 0;
};

} // namespace rz
