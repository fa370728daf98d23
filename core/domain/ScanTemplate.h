// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: rzconsole contributors
#pragma once

#include <QMap>
#include <QString>

namespace rz {

// A saved scan configuration (/account/tasks/templates). `params` holds scan options by their ScanOptions
// names ("rate", "tcp-ports" ...), every value a string.
struct ScanTemplate {
    QString id;
    QString name;
    QString description;
    QString organizationId;
    bool global = false;
    QMap<QString, QString> params;
};

} // namespace rz
