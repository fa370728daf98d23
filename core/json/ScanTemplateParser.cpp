// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: rzconsole contributors
#include "json/ScanTemplateParser.h"

#include "json/ObjectList.h"

using namespace Qt::StringLiterals;

namespace rz::json {

Result<QList<ScanTemplate>> parseScanTemplates(QByteArrayView body) {
    return parseObjectList<ScanTemplate>(
        body, ApiError::tr("a list of scan templates"),
        [](const QJsonObject &object) -> std::optional<ScanTemplate> {
            ScanTemplate scanTemplate;
            scanTemplate.id = stringOf(object.value("id"_L1)).trimmed();
            if (scanTemplate.id.isEmpty())
                return std::nullopt;
            scanTemplate.name = stringOf(object.value("name"_L1));
            scanTemplate.description = stringOf(object.value("description"_L1));
            scanTemplate.organizationId = stringOf(object.value("organization_id"_L1)).trimmed();
            scanTemplate.global = boolOf(object.value("global"_L1), false);
            const QJsonObject params = object.value("params"_L1).toObject();
            for (auto it = params.constBegin(); it != params.constEnd(); ++it) {
                const QString value = stringOf(it.value());
                if (!it.key().isEmpty() && (it.value().isString() || !value.isEmpty()))
                    scanTemplate.params.insert(it.key(), value);
            }
            return scanTemplate;
        });
}

} // namespace rz::json
