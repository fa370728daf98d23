// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: rzconsole contributors
#pragma once

#include <QString>

namespace rz {

// A runZero-hosted scanning zone (/org/hosted-zones), for scans of public addresses and host names.
struct HostedZone {
    QString id;
    QString name;
    bool enabled = true;
    qint64 explorersTotal = -1; // -1 when the server did not say
    qint64 tasksActive = -1;
    qint64 tasksWaiting = -1;
};

} // namespace rz
