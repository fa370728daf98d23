// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: rzconsole contributors
#include "auth/CredentialKind.h"

#include <QCoreApplication>

namespace rz {

CredentialKind detectCredentialKind(QStringView token) {
    const QStringView trimmed = token.trimmed();
    if (trimmed.size() < 2)
        return CredentialKind::Unknown;
    const QStringView prefix = trimmed.first(2);
    if (prefix == u"ET" || prefix == u"XT")
        return CredentialKind::Export;
    if (prefix == u"OT")
        return CredentialKind::Organization;
    if (prefix == u"CT")
        return CredentialKind::Account;
    if (prefix == u"DT")
        return CredentialKind::Download;
    return CredentialKind::Unknown;
}

QString credentialKindDisplayName(CredentialKind kind) {
    switch (kind) {
    case CredentialKind::Export:
        return QCoreApplication::translate("rz::CredentialKind", "Export token");
    case CredentialKind::Organization:
        return QCoreApplication::translate("rz::CredentialKind", "Organization API token");
    case CredentialKind::Account:
        return QCoreApplication::translate("rz::CredentialKind", "Account API token");
    case CredentialKind::OAuthClient:
        return QCoreApplication::translate("rz::CredentialKind", "API client credentials");
    case CredentialKind::Download:
        return QCoreApplication::translate("rz::CredentialKind", "Download token");
    case CredentialKind::Unknown:
        break;
    }
    return QCoreApplication::translate("rz::CredentialKind", "Unrecognised token");
}

bool isUsableCredentialKind(CredentialKind kind) {
    return kind != CredentialKind::Unknown && kind != CredentialKind::Download;
}

QString credentialRefusalReason(QStringView token) {
    if (token.trimmed().isEmpty())
        return QCoreApplication::translate("rz::CredentialKind", "Enter a runZero API token.");
    switch (detectCredentialKind(token)) {
    case CredentialKind::Download:
        return QCoreApplication::translate("rz::CredentialKind",
                                           "This is a download token: download tokens only download the "
                                           "Explorer, they cannot read the inventory. Use an export, "
                                           "organization or account API token instead.");
    case CredentialKind::Unknown:
        return QCoreApplication::translate(
            "rz::CredentialKind", "This does not look like a runZero token: runZero tokens start with "
                                  "ET, OT or CT (export, organization or account API token).");
    case CredentialKind::Export:
    case CredentialKind::Organization:
    case CredentialKind::Account:
    case CredentialKind::OAuthClient:
        break;
    }
    return {};
}

} // namespace rz
