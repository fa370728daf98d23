// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: rzconsole contributors
#include "json/JsonValues.h"

#include <QJsonParseError>
#include <QLocale>
#include <cmath>

using namespace Qt::StringLiterals;

namespace rz::json {

QString stringOf(const QJsonValue &value) {
    switch (value.type()) {
    case QJsonValue::String:
        return value.toString();
    case QJsonValue::Double: {
        // QJsonDocument keeps numbers as doubles: an integer above 2^53 has already lost digits, so it cannot
        // be written back exactly and reads as missing (two ids must never collide by rounding).
        constexpr double exactLimit = 9007199254740992.0; // 2^53
        const double number = value.toDouble();
        if (!std::isfinite(number))
            return {};
        if (std::trunc(number) == number) {
            if (std::abs(number) > exactLimit)
                return {};
            return QString::number(qint64(number));
        }
        return QString::number(number, 'g', QLocale::FloatingPointShortest);
    }
    case QJsonValue::Bool:
        return value.toBool() ? u"true"_s : u"false"_s;
    default:
        return {};
    }
}

qint64 integerOf(const QJsonValue &value, qint64 fallback) {
    if (value.isDouble()) {
        const double number = value.toDouble();
        if (std::isfinite(number) && std::abs(number) < 9.2e18)
            return qint64(number);
        return fallback;
    }
    if (value.isString()) {
        bool ok = false;
        const qint64 number = value.toString().trimmed().toLongLong(&ok);
        return ok ? number : fallback;
    }
    return fallback;
}

bool boolOf(const QJsonValue &value, bool fallback) {
    if (value.isBool())
        return value.toBool();
    if (value.isString()) {
        const QString text = value.toString().trimmed();
        if (text.compare("true"_L1, Qt::CaseInsensitive) == 0)
            return true;
        if (text.compare("false"_L1, Qt::CaseInsensitive) == 0)
            return false;
    }
    return fallback;
}

Result<QJsonDocument> parseDocument(QByteArrayView body, const QString &expected) {
    Result<QJsonDocument> result;
    if (body.trimmed().isEmpty()) {
        result.error =
            ApiError::make(ApiError::Kind::Malformed,
                           ApiError::tr("the answer was empty where %1 was expected").arg(expected));
        return result;
    }
    QJsonParseError parseError;
    result.value = QJsonDocument::fromJson(body.toByteArray(), &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        result.error =
            ApiError::make(ApiError::Kind::Malformed,
                           ApiError::tr("%1 was expected, but the answer is not valid JSON (%2 at byte %3)")
                               .arg(expected, parseError.errorString(), QString::number(parseError.offset)));
    }
    return result;
}

ApiError unexpectedShape(const QString &expected) {
    return ApiError::make(ApiError::Kind::Malformed,
                          ApiError::tr("%1 was expected, but the answer has another shape").arg(expected));
}

} // namespace rz::json
