// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: rzconsole contributors
#pragma once

#include <QString>
#include <QStringView>

namespace rz {

// The kinds of runZero credential, recognised by their prefix (the guide's XT is an export token too).
enum class CredentialKind { Unknown, Export, Organization, Account, OAuthClient, Download };

// ET/XT -> Export, OT -> Organization, CT -> Account, DT -> Download, anything else -> Unknown.
// Surrounding whitespace is ignored; prefixes are case-sensitive, as runZero issues them. OAuthClient is
// never detected from a token: API client credentials are a client id and secret, chosen explicitly.
CredentialKind detectCredentialKind(QStringView token);

// A translated name for the kind, e.g. "Organization API token".
QString credentialKindDisplayName(CredentialKind kind);

// Whether a credential of this kind can read the inventory (Download and Unknown cannot).
bool isUsableCredentialKind(CredentialKind kind);

// A translated sentence explaining why this token cannot be used, or an empty string when it can.
QString credentialRefusalReason(QStringView token);

} // namespace rz
