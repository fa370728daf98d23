// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: rzconsole contributors
#include "json/ScanOptionsWriter.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace rz::json {

QByteArray scanOptionsBody(const ScanRequest &request) {
    QJsonObject object;
    const QList<std::pair<QString, QString>> options = request.options();
    for (const auto &[key, value] : options)
        object.insert(key, value);
    return QJsonDocument(object).toJson(QJsonDocument::Indented);
}

} // namespace rz::json
