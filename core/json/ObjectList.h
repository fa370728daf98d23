// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: rzconsole contributors
#pragma once

#include "domain/ApiError.h"
#include "json/JsonValues.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <optional>

namespace rz::json {

// Parses a body that is an array of objects, keeping each object `read` turns into a value (it returns
// nullopt for entries without an id). A body that is one object instead of an array is read as a list of one,
// as some servers answer single-item collections that way.
template<class T, class Reader>
Result<QList<T>> parseObjectList(QByteArrayView body, const QString &expected, Reader read) {
    Result<QList<T>> result;
    const Result<QJsonDocument> document = parseDocument(body, expected);
    if (!document.ok()) {
        result.error = document.error;
        return result;
    }
    if (document.value.isObject()) {
        if (std::optional<T> one = read(document.value.object()))
            result.value.append(std::move(*one));
        return result;
    }
    if (!document.value.isArray()) {
        result.error = unexpectedShape(expected);
        return result;
    }
    const QJsonArray array = document.value.array();
    result.value.reserve(array.size());
    for (const QJsonValue entry : array) {
        if (!entry.isObject())
            continue;
        if (std::optional<T> value = read(entry.toObject()))
            result.value.append(std::move(*value));
    }
    return result;
}

// Parses a body that is one object.
template<class T, class Reader>
Result<T> parseOneObject(QByteArrayView body, const QString &expected, Reader read) {
    Result<T> result;
    const Result<QJsonDocument> document = parseDocument(body, expected);
    if (!document.ok()) {
        result.error = document.error;
        return result;
    }
    std::optional<T> value = document.value.isObject() ? read(document.value.object()) : std::nullopt;
    if (!value) {
        result.error = unexpectedShape(expected);
        return result;
    }
    result.value = std::move(*value);
    return result;
}

} // namespace rz::json
