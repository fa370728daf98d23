// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: rzconsole contributors
#pragma once

#include "auth/CredentialKind.h"

#include <QString>
#include <QUrl>
#include <QUuid>

namespace rz {

// A saved connection to a runZero console. It never holds a secret: the token or OAuth client secret lives in
// a SecretStore under secretKey(), which derives from the stable id, so renaming keeps the secret.
struct ConnectionProfile {
    QUuid id;     // stable identity, assigned when the profile is first stored
    QString name; // unique, shown to the user
    QUrl baseUrl = defaultBaseUrl();
    CredentialKind kind = CredentialKind::Unknown;
    QString clientId;           // OAuth client id (not a secret); only for CredentialKind::OAuthClient
    QString caBundlePath;       // optional PEM file with extra trusted CA certificates
    QString lastOrganizationId; // the organization chosen last time, if any
    bool rememberSecret = true; // secret kept in the system keychain (true) or for this session only (false)

    static QUrl defaultBaseUrl(); // https://console.runzero.com/api/v1.0

    // Parses what a user typed as a console URL (surrounding whitespace and trailing slashes removed).
    // The result may be invalid; ConnectionStore::baseUrlProblem() says why.
    static QUrl parseBaseUrl(const QString &text);

    bool usesClientCredentials() const { return kind == CredentialKind::OAuthClient; }

    // The key of this profile's secret in a SecretStore; empty while the profile has no id.
    QString secretKey() const;

    friend bool operator==(const ConnectionProfile &, const ConnectionProfile &) = default;
};

} // namespace rz
