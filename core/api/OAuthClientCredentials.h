// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: rzconsole contributors
#pragma once

#include <QString>

namespace rz {

// runZero API client credentials (OAuth 2.0 client credentials grant). The secret stays in memory, in the
// client that was given it; it is never logged or put into an error.
struct OAuthClientCredentials {
    QString clientId;
    QString clientSecret;
};

} // namespace rz
