// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: rzconsole contributors
#pragma once

#include <QString>

namespace rz {

// What ApiClient::testConnection() found out with one or two requests.
struct ConnectionReport {
    QString organizationName;   // the organization the credential is bound to; empty for account credentials
    int organizationCount = -1; // organizations an account credential sees; -1 when not applicable
    qint64 usageToday = -1;     // API calls made today (the account's budget); -1 when not reported
    qint64 usageLimit = -1;     // the daily budget; -1 when not reported
};

} // namespace rz
