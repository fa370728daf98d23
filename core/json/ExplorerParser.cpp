// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: rzconsole contributors
#include "json/ExplorerParser.h"

#include "json/ObjectList.h"

using namespace Qt::StringLiterals;

namespace rz::json {

Result<QList<Explorer>> parseExplorers(QByteArrayView body) {
    return parseObjectList<Explorer>(
        body, ApiError::tr("a list of explorers"), [](const QJsonObject &object) -> std::optional<Explorer> {
            Explorer explorer;
            explorer.id = stringOf(object.value("id"_L1)).trimmed();
            if (explorer.id.isEmpty())
                return std::nullopt;
            explorer.name = stringOf(object.value("name"_L1));
            if (explorer.name.trimmed().isEmpty()) // unnamed explorers go by their host name
                explorer.name = stringOf(object.value("system_info"_L1).toObject().value("hostname"_L1));
            explorer.siteId = stringOf(object.value("site_id"_L1)).trimmed();
            explorer.version = stringOf(object.value("version"_L1));
            explorer.os = stringOf(object.value("os"_L1));
            explorer.internalIp = stringOf(object.value("internal_ip"_L1));
            explorer.externalIp = stringOf(object.value("external_ip"_L1));
            explorer.lastCheckin = integerOf(object.value("last_checkin"_L1), 0);
            explorer.connected = boolOf(object.value("connected"_L1), false);
            explorer.inactive = boolOf(object.value("inactive"_L1), false);
            return explorer;
        });
}

} // namespace rz::json
