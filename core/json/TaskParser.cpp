// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: rzconsole contributors
#include "json/TaskParser.h"

#include "json/ObjectList.h"

using namespace Qt::StringLiterals;

namespace rz::json {

namespace {

std::optional<Task> taskFrom(const QJsonObject &object) {
    Task task;
    task.id = stringOf(object.value("id"_L1)).trimmed();
    if (task.id.isEmpty())
        return std::nullopt;
    task.name = stringOf(object.value("name"_L1));
    task.description = stringOf(object.value("description"_L1));
    task.type = stringOf(object.value("type"_L1));
    task.status = stringOf(object.value("status"_L1)).trimmed();
    task.error = stringOf(object.value("error"_L1)).trimmed();
    task.siteId = stringOf(object.value("site_id"_L1)).trimmed();
    task.explorerId = stringOf(object.value("agent_id"_L1)).trimmed();
    task.hostedZoneId = stringOf(object.value("hosted_zone_id"_L1)).trimmed();
    task.templateId = stringOf(object.value("template_id"_L1)).trimmed();
    task.createdBy = stringOf(object.value("created_by"_L1));
    task.recurFrequency = stringOf(object.value("recur_frequency"_L1));
    task.createdAt = integerOf(object.value("created_at"_L1), 0);
    task.updatedAt = integerOf(object.value("updated_at"_L1), 0);
    task.startTime = integerOf(object.value("start_time"_L1), 0);
    task.recur = boolOf(object.value("recur"_L1), false);
    const QJsonObject stats = object.value("stats"_L1).toObject();
    task.hostsAlive = integerOf(stats.value("hosts_alive"_L1), -1);
    task.hostsTotal = integerOf(stats.value("hosts_total"_L1), -1);
    task.newAssets = integerOf(stats.value("change.newAssets"_L1), -1);
    return task;
}

} // namespace

Result<QList<Task>> parseTasks(QByteArrayView body) {
    return parseObjectList<Task>(body, ApiError::tr("a list of tasks"), taskFrom);
}

Result<Task> parseTask(QByteArrayView body) {
    return parseOneObject<Task>(body, ApiError::tr("a task"), taskFrom);
}

} // namespace rz::json
