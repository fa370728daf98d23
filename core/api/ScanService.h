// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: rzconsole contributors
#pragma once

#include "domain/ApiError.h"
#include "domain/Explorer.h"
#include "domain/HostedZone.h"
#include "domain/ScanRequest.h"
#include "domain/ScanTemplate.h"
#include "domain/Task.h"

#include <QList>
#include <functional>

class QObject;

namespace rz {

class ApiClient;
class Clock;

// What the task list asks for (/org/tasks): both filters are optional.
struct TaskQuery {
    QString search; // the server matches it against task names and descriptions
    QString status;
};

// The typed calls behind the scan dialog and the task list, made through the client's generic requests:
// explorers, hosted zones, scan templates, tasks, and the scan launch itself, which is sent exactly once.
// Callbacks follow ApiClient's rules: later, in `context`'s thread, never after `context` is gone.
class ScanService final {
public:
    // `client` must outlive the service.
    explicit ScanService(ApiClient &client);

    // Whether the credential can use the organization API (explorers, tasks, scan launch): export and
    // download tokens cannot. The reason is a translated sentence, empty when it can.
    bool canUseOrganizationApi() const;
    QString organizationApiRefusal() const;
    // Whether it can list scan templates (/account/tasks/templates): account keys and OAuth clients only.
    bool canListScanTemplates() const;
    QString scanTemplateRefusal() const;

    void fetchExplorers(QObject *context, std::function<void(const Result<QList<Explorer>> &)> done);
    void fetchHostedZones(QObject *context, std::function<void(const Result<QList<HostedZone>> &)> done);
    void fetchScanTemplates(QObject *context, std::function<void(const Result<QList<ScanTemplate>> &)> done);
    void fetchTasks(const TaskQuery &query, QObject *context,
                    std::function<void(const Result<QList<Task>> &)> done);
    void fetchTask(const QString &taskId, QObject *context, std::function<void(const Result<Task> &)> done);
    // PUT /org/sites/{request.siteId}/scan with launchBody(request). Never retried: a timeout leaves it open
    // whether the console created the task, which the caller settles with fetchTasks().
    void launchScan(const ScanRequest &request, QObject *context,
                    std::function<void(const Result<Task> &)> done);
    // The exact request launchScan() sends: its method and path as a person reads it ("PUT
    // /org/sites/{siteId}/scan"), and its body (ScanOptions JSON, every value a string).
    static QString launchRequestLine(const QString &siteId);
    static QByteArray launchBody(const ScanRequest &request);
    // The client's clock (nullptr: the system's), for whoever times a launch.
    const Clock *clock() const;

private:
    ApiClient &m_client;
};

} // namespace rz
