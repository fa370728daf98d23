// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: rzconsole contributors
#pragma once

#include <QString>

namespace rz {

// An organization as the account API (/account/orgs) or the organization API (/org) describes it.
struct Organization {
    QString id;
    QString name;
    QString description;
    qint64 assetCount = -1; // -1 when the server did not say
    bool project = false;
    bool inactive = false;
};

} // namespace rz
