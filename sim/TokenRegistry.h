// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: rzconsole contributors
#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>

#include <optional>

namespace rz::sim {

enum class TokenKind { Export, Organization, Account, Download, OAuthAccess };

// Who a bearer token belongs to.
struct TokenIdentity {
    TokenKind kind = TokenKind::Account;
    int organizationIndex = -1; // for export, organization and download tokens
};

// The credentials of the simulated account, generated at start from the system's random source: per
// organization an export (ET), organization (OT) and download (DT) token; one account token (CT); one OAuth
// client (id + secret) and the access tokens issued to it, each with an expiry.
class TokenRegistry final {
public:
    explicit TokenRegistry(int organizations);

    enum class Lookup { Valid, Unknown, Expired };
    Lookup identify(QByteArrayView token, qint64 nowMs, TokenIdentity *identity) const;

    bool clientMatches(QByteArrayView clientId, QByteArrayView clientSecret) const;
    bool isClientId(QByteArrayView clientId) const;
    // A new OAuth access token valid for `expiresInSeconds`.
    QByteArray issueAccessToken(qint64 nowMs, int expiresInSeconds);

    QByteArray exportToken(int organization) const { return m_exportTokens.at(organization); }
    QByteArray organizationToken(int organization) const { return m_organizationTokens.at(organization); }
    QByteArray downloadToken(int organization) const { return m_downloadTokens.at(organization); }
    QByteArray accountToken() const { return m_accountToken; }
    QByteArray clientId() const { return m_clientId; }
    QByteArray clientSecret() const { return m_clientSecret; }

private:
    QList<QByteArray> m_exportTokens, m_organizationTokens, m_downloadTokens;
    QByteArray m_accountToken, m_clientId, m_clientSecret;
    QHash<QByteArray, TokenIdentity> m_identities;
    QHash<QByteArray, qint64> m_accessTokenExpiry; // ms since epoch
};

} // namespace rz::sim
