// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: rzconsole contributors
#include "json/OrganizationParser.h"

#include "json/JsonValues.h"

#include <QJsonArray>
#include <QJsonObject>
#include <optional>

using namespace Qt::StringLiterals;

namespace rz::json {

namespace {

std::optional<Organization> organizationFrom(const QJsonObject &object) {
    Organization organization;
    organization.id = stringOf(object.value("id"_L1)).trimmed();
    if (organization.id.isEmpty())
        return std::nullopt; // nothing could address it
    organization.name = stringOf(object.value("name"_L1));
    organization.description = stringOf(object.value("description"_L1));
    organization.assetCount = integerOf(object.value("asset_count"_L1), -1);
    organization.project = boolOf(object.value("project"_L1), false);
    organization.inactive = boolOf(object.value("inactive"_L1), false);
    return organization;
}

} // namespace

Result<QList<Organization>> parseOrganizations(QByteArrayView body) {
    const QString expected = ApiError::tr("a list of organizations");
    Result<QList<Organization>> result;
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
        if (auto organization = organizationFrom(entry.toObject()))
            result.value.append(std::move(*organization));
    }
    return result;
}

Result<Organization> parseOrganization(QByteArrayView body) {
    const QString expected = ApiError::tr("an organization");
    Result<Organization> result;
    const Result<QJsonDocument> document = parseDocument(body, expected);
    if (!document.ok()) {
        result.error = document.error;
        return result;
    }
    auto organization = document.value.isObject() ? organizationFrom(document.value.object()) : std::nullopt;
    if (!organization) {
        result.error = unexpectedShape(expected);
        return result;
    }
    result.value = std::move(*organization);
    return result;
}

} // namespace rz::json
