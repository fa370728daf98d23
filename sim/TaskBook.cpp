// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: rzconsole contributors
#include "sim/TaskBook.h"

#include "sim/SimDataSet.h"
#include "sim/SimHash.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace rz::sim {

TaskBook::TaskBook(const SimDataSet &data, qint64 nowSeconds)
    : m_clientId(data.accountId()) {
    for (const SimOrganization &org : data.organizations()) {
        const SimSite &site = org.sites.front();
        const QByteArray explorer = org.explorers.isEmpty() ? QByteArray() : org.explorers.front().id;
        const struct {
            QByteArray id;
            qint64 age;
            const char *name;
        } seeds[] = {
            {org.firstTaskId, 14LL * 86400, "Initial discovery"},
            {entityUuid(data.seed(), Salt::Task, static_cast<quint64>(org.index), 2), 7LL * 86400,
             "Weekly discovery"},
            {org.lastTaskId, 86400, "Weekly discovery"},
            {entityUuid(data.seed(), Salt::Task, static_cast<quint64>(org.index), 3), kQueuedSeconds + 20,
             "Ad-hoc scan of the lab"},
        };
        for (const auto &seed : seeds) {
            SimTask task;
            task.id = seed.id;
            task.organizationId = org.id;
            task.siteId = site.id;
            task.agentId = explorer;
            task.name = QString::fromUtf8(seed.name);
            task.description = u"Scan of %1"_s.arg(site.name);
            task.params = QJsonObject{{u"targets"_s, site.scope}, {u"rate"_s, u"1000"_s}};
            task.createdAt = nowSeconds - seed.age;
            task.startTime = task.createdAt;
            m_tasks.append(task);
        }
    }
}

const SimTask &TaskBook::add(SimTask task) {
    m_tasks.append(std::move(task));
    return m_tasks.last();
}

QList<const SimTask *> TaskBook::tasks(QByteArrayView organizationId) const {
    QList<const SimTask *> found;
    for (auto it = m_tasks.crbegin(); it != m_tasks.crend() && found.size() < 1000; ++it) {
        if (it->organizationId == organizationId)
            found.append(&*it);
    }
    return found;
}

const SimTask *TaskBook::find(QByteArrayView organizationId, QByteArrayView taskId) const {
    for (const SimTask &task : m_tasks) {
        if (task.organizationId == organizationId && task.id.compare(taskId, Qt::CaseInsensitive) == 0)
            return &task;
    }
    return nullptr;
}

QString TaskBook::status(const SimTask &task, qint64 nowSeconds) {
    const qint64 age = nowSeconds - task.createdAt;
    if (age < kQueuedSeconds)
        return u"new"_s;
    if (age < kQueuedSeconds + kRunningSeconds)
        return u"processing"_s;
    return u"processed"_s;
}

QJsonObject TaskBook::toJson(const SimTask &task, qint64 nowSeconds) const {
    const QString state = status(task, nowSeconds);
    qint64 updatedAt = task.createdAt;
    QJsonObject stats;
    if (state == "processing"_L1) {
        updatedAt = task.createdAt + kQueuedSeconds;
    } else if (state == "processed"_L1) {
        updatedAt = task.createdAt + kQueuedSeconds + kRunningSeconds;
        const quint64 h = hashOf(task.id.size(), qHash(task.id));
        stats = QJsonObject{
            {u"hosts_alive"_s, static_cast<qint64>(h % 500)},
            {u"hosts_total"_s, static_cast<qint64>(h % 500 + 256)},
            {u"change.newAssets"_s, static_cast<qint64>((h >> 16) % 20)},
        };
    }
    QJsonObject object{
        {u"id"_s, QString::fromLatin1(task.id)},
        {u"name"_s, task.name},
        {u"description"_s, task.description},
        {u"client_id"_s, QString::fromLatin1(m_clientId)},
        {u"organization_id"_s, QString::fromLatin1(task.organizationId)},
        {u"site_id"_s, QString::fromLatin1(task.siteId)},
        {u"created_at"_s, task.createdAt},
        {u"created_by"_s, u"api@example.com"_s},
        {u"updated_at"_s, updatedAt},
        {u"type"_s, u"scan"_s},
        {u"status"_s, state},
        {u"error"_s, QString()},
        {u"params"_s, task.params},
        {u"stats"_s, stats},
        {u"hidden"_s, false},
        {u"recur"_s, task.recur},
        {u"recur_frequency"_s, task.recurFrequency},
        {u"start_time"_s, task.startTime},
        {u"recur_last"_s, 0},
        {u"recur_next"_s, 0},
    };
    if (!task.agentId.isEmpty())
        object.insert(u"agent_id"_s, QString::fromLatin1(task.agentId));
    if (!task.hostedZoneId.isEmpty())
        object.insert(u"hosted_zone_id"_s, QString::fromLatin1(task.hostedZoneId));
    if (!task.templateId.isEmpty())
        object.insert(u"template_id"_s, QString::fromLatin1(task.templateId));
    return object;
}

} // namespace rz::sim
