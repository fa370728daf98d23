// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: rzconsole contributors
#pragma once

#include "auth/ConnectionStore.h"
#include "auth/CredentialKind.h"
#include "auth/SecretStore.h"

#include <QObject>
#include <QString>
#include <QTest>
#include <QUrl>
#include <QUuid>

namespace rz::test {

// Saves a connection called `name` to the console at `baseUrl` in `store`, as the connection manager does: an
// API token `secret` (its kind told by its prefix) or, with `clientId`, API client credentials whose secret
// is `secret`; and, with a `keychain`, the secret there. Returns the new connection's id; a null id, with a
// warning, when the connection or its secret could not be saved.
inline QUuid saveConnection(rz::ConnectionStore &store, rz::SecretStore *keychain, const QString &name,
                            const QUrl &baseUrl, const QString &secret, const QString &clientId = {}) {
    rz::ConnectionProfile profile;
    profile.name = name;
    profile.baseUrl = baseUrl;
    profile.kind = clientId.isEmpty() ? rz::detectCredentialKind(secret) : rz::CredentialKind::OAuthClient;
    profile.clientId = clientId;
    const rz::ConnectionStore::AddResult added = store.add(profile);
    if (!added.ok()) {
        qWarning("connection not saved: %s", qPrintable(added.problems.constFirst().message));
        return {};
    }
    profile.id = added.id;
    if (keychain) {
        QObject context;
        bool written = false;
        keychain->writeSecret(profile.secretKey(), secret, &context,
                              [&written](const rz::SecretResult &r) { written = r.ok(); });
        constexpr int timeout = 60000; // generous: two cores shared with other builds
        if (!QTest::qWaitFor([&written] { return written; }, timeout)) {
            qWarning("secret not saved");
            return {};
        }
    }
    return added.id;
}

} // namespace rz::test
