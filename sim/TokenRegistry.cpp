// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: rzconsole contributors
#include "sim/TokenRegistry.h"

#include "sim/SimHash.h"

#include <QRandomGenerator>

namespace rz::sim {

namespace {

QByteArray randomHex(int digits) {
    QByteArray out;
    out.reserve(digits);
    static constexpr char hexDigits[] = "0123456789ABCDEF";
    QRandomGenerator *random = QRandomGenerator::system();
    for (int i = 0; i < digits; ++i)
        out.append(hexDigits[random->bounded(16)]);
    return out;
}

// A prefix and 32 upper-case hex digits, like the tokens runZero issues.
QByteArray newToken(const char *prefix) {
    return QByteArray(prefix) + randomHex(32);
}

bool constantTimeEquals(QByteArrayView a, QByteArrayView b) {
    if (a.size() != b.size())
        return false;
    unsigned char difference = 0;
    for (qsizetype i = 0; i < a.size(); ++i)
        difference |= static_cast<unsigned char>(a[i] ^ b[i]);
    return difference == 0;
}

} // namespace

TokenRegistry::TokenRegistry(int organizations) {
    for (int i = 0; i < organizations; ++i) {
        m_exportTokens.append(newToken("ET"));
        m_organizationTokens.append(newToken("OT"));
        m_downloadTokens.append(newToken("DT"));
        m_identities.insert(m_exportTokens.last(), {TokenKind::Export, i});
        m_identities.insert(m_organizationTokens.last(), {TokenKind::Organization, i});
        m_identities.insert(m_downloadTokens.last(), {TokenKind::Download, i});
    }
    m_accountToken = newToken("CT");
    m_identities.insert(m_accountToken, {TokenKind::Account, -1});
    const quint64 high = QRandomGenerator::system()->generate64();
    m_clientId = uuidFromHash(high, QRandomGenerator::system()->generate64());
    m_clientSecret = randomHex(40).toLower();
}

TokenRegistry::Lookup TokenRegistry::identify(QByteArrayView token, qint64 nowMs,
                                              TokenIdentity *identity) const {
    const QByteArray key = token.toByteArray();
    if (const auto it = m_identities.constFind(key); it != m_identities.constEnd()) {
        *identity = it.value();
        return Lookup::Valid;
    }
    if (const auto it = m_accessTokenExpiry.constFind(key); it != m_accessTokenExpiry.constEnd()) {
        if (nowMs >= it.value())
            return Lookup::Expired;
        *identity = {TokenKind::OAuthAccess, -1};
        return Lookup::Valid;
    }
    return Lookup::Unknown;
}

bool TokenRegistry::clientMatches(QByteArrayView clientId, QByteArrayView clientSecret) const {
    return isClientId(clientId) && constantTimeEquals(clientSecret, m_clientSecret);
}

bool TokenRegistry::isClientId(QByteArrayView clientId) const {
    return constantTimeEquals(clientId, m_clientId);
}

QByteArray TokenRegistry::issueAccessToken(qint64 nowMs, int expiresInSeconds) {
    for (auto it = m_accessTokenExpiry.begin(); it != m_accessTokenExpiry.end();) {
        if (it.value() <= nowMs)
            it = m_accessTokenExpiry.erase(it);
        else
            ++it;
    }
    QByteArray token = randomHex(64).toLower();
    m_accessTokenExpiry.insert(token, nowMs + qint64(expiresInSeconds) * 1000);
    return token;
}

} // namespace rz::sim
