// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: rzconsole contributors
#pragma once

#include <QString>

namespace rz {

// A deployed explorer of the organization (/org/explorers; the spec's Agent).
struct Explorer {
    QString id;
    QString name;
    QString siteId;
    QString version;
    QString os;
    QString internalIp;
    QString externalIp;
    qint64 lastCheckin = 0; // Unix seconds; 0 when never
    bool connected = false;
    bool inactive = false;
};

} // namespace rz
