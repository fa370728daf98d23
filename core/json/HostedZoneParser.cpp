// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: rzconsole contributors
#include "json/HostedZoneParser.h"

#include "json/ObjectList.h"

using namespace Qt::StringLiterals;

namespace rz::json {

Result<QList<HostedZone>> parseHostedZones(QByteArrayView body) {
    return parseObjectList<HostedZone>(body, ApiError::tr("a list of hosted zones"),
                                       [](const QJsonObject &object) -> std::optional<HostedZone> {
                                           HostedZone zone;
                                           zone.id = stringOf(object.value("id"_L1)).trimmed();
                                           if (zone.id.isEmpty())
                                               return std::nullopt;
                                           zone.name = stringOf(object.value("name"_L1)).trimmed();
                                           zone.enabled = boolOf(object.value("enabled"_L1), true);
                                           zone.explorersTotal =
                                               integerOf(object.value("explorers_total"_L1), -1);
                                           zone.tasksActive = integerOf(object.value("tasks_active"_L1), -1);
                                           zone.tasksWaiting =
                                               integerOf(object.value("tasks_waiting"_L1), -1);
                                           return zone;
                                       });
}

} // namespace rz::json
