// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: rzconsole contributors
#include "json/SiteParser.h"

#include "json/JsonValues.h"

#include <QJsonArray>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace rz::json {

Result<QList<Site>> parseSites(QByteArrayView body) {
    const QString expected = ApiError::tr("a list of sites");
    Result<QList<Site>> result;
    const Result<QJsonDocument> document = parseDocument(body, expected);
    if (!document.ok()) {
        result.error = document.error;
        return result;
    }
    if (!document.value.isArray()) {
        result.error = unexpectedShape(expected);
        return result;
    }
    const QJsonArray array = document.value.array();
    result.value.reserve(array.size());
    for (const QJsonValue entry : array) {
        const QJsonObject object = entry.toObject();
        Site site;
        site.id = stringOf(object.value("id"_L1)).trimmed();
        if (site.id.isEmpty())
            continue;
        site.name = stringOf(object.value("name"_L1));
        site.description = stringOf(object.value("description"_L1));
        site.scope = stringOf(object.value("scope"_L1));
        site.excludes = stringOf(object.value("excludes"_L1));
        site.assetCount = integerOf(object.value("asset_count"_L1), -1);
        result.value.append(std::move(site));
    }
    return result;
}

} // namespace rz::json
