// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: rzconsole contributors
#pragma once

#include <QString>

namespace rz {

// A site of one organization (/org/sites or /export/org/sites.json).
struct Site {
    QString id;
    QString name;
    QString description;
    QString scope; // targets, newline or comma separated as the server returns them
    QString excludes;
    qint64 assetCount = -1; // -1 when the server did not say
};

} // namespace rz
