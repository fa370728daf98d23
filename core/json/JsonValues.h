// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: rzconsole contributors
#pragma once

#include "domain/ApiError.h"

#include <QByteArrayView>
#include <QJsonDocument>
#include <QJsonValue>

namespace rz::json {

// Lenient readers for the small bodies parsed with QJsonDocument: a wrong type or null reads as the default.
// stringOf reads a number as its exact digits, and an integer beyond 2^53 (already rounded by the parser) as
// empty.
QString stringOf(const QJsonValue &value);
qint64 integerOf(const QJsonValue &value, qint64 fallback);
bool boolOf(const QJsonValue &value, bool fallback);

// Parses a small body; on failure returns a Malformed error naming what was expected ("a list of sites").
Result<QJsonDocument> parseDocument(QByteArrayView body, const QString &expected);

// The Malformed error for a body that parsed but is not the expected shape.
ApiError unexpectedShape(const QString &expected);

} // namespace rz::json
