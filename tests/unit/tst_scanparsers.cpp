// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: rzconsole contributors
//
// The scan side's small parsers (explorers, hosted zones, scan templates, tasks), task phases, the polling
// back-off and the task model (checked with QAbstractItemModelTester).
#include "api/PollBackoff.h"
#include "models/Roles.h"
#include "models/TaskModel.h"
#include "json/ExplorerParser.h"
#include "json/HostedZoneParser.h"
#include "json/ScanTemplateParser.h"
#include "json/TaskParser.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QtTest>

using namespace Qt::StringLiterals;
using rz::Task;

namespace {

Task taskWith(const QString &id, qint64 createdAt, const QString &status) {
    Task task;
    task.id = id;
    task.name = u"Task "_s + id;
    task.createdAt = createdAt;
    task.status = status;
    return task;
}

} // namespace

class ScanParsersTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void explorers() {
        const QByteArray body = R"([
            {"id": "e1", "name": "explorer-hq", "site_id": "s1", "connected": true, "inactive": false,
             "version": "4.0.250311.0 (build 20250311182347) [5d1c0ab2]", "os": "Linux",
             "internal_ip": "10.0.0.2", "external_ip": "203.0.113.10", "last_checkin": 1741717427},
            {"id": "e2", "name": "", "system_info": {"hostname": "lab-box"}, "connected": "false"},
            {"name": "no id, skipped"},
            "not an object",
            {"id": "e3", "connected": null, "last_checkin": "1741717000"}
        ])"_ba;
        const rz::Result<QList<rz::Explorer>> result = rz::json::parseExplorers(body);
        QVERIFY(result.ok());
        QCOMPARE(result.value.size(), 3);
        const rz::Explorer &hq = result.value.at(0);
        QCOMPARE(hq.id, u"e1"_s);
        QCOMPARE(hq.name, u"explorer-hq"_s);
        QCOMPARE(hq.siteId, u"s1"_s);
        QVERIFY(hq.connected);
        QCOMPARE(hq.internalIp, u"10.0.0.2"_s);
        QCOMPARE(hq.lastCheckin, qint64(1741717427));
        QCOMPARE(result.value.at(1).name, u"lab-box"_s); // falls back to the host name
        QVERIFY(!result.value.at(1).connected);
        QVERIFY(!result.value.at(2).connected);
        QCOMPARE(result.value.at(2).lastCheckin, qint64(1741717000));

        QVERIFY(rz::json::parseExplorers("[]"_ba).ok());
        QCOMPARE(rz::json::parseExplorers("{\"id\": \"solo\"}"_ba).value.size(), 1);
        QCOMPARE(rz::json::parseExplorers("<html>"_ba).error.kind, rz::ApiError::Kind::Malformed);
        QCOMPARE(rz::json::parseExplorers(""_ba).error.kind, rz::ApiError::Kind::Malformed);
        QCOMPARE(rz::json::parseExplorers("42"_ba).error.kind, rz::ApiError::Kind::Malformed);
    }

    void hostedZones() {
        const QByteArray body = R"([
            {"id": "z1", "name": "us-east-1", "enabled": true, "explorers_total": 4, "tasks_active": 1},
            {"id": "z2", "name": " eu-central-1 ", "enabled": false},
            {"id": "", "name": "skipped"}
        ])"_ba;
        const auto result = rz::json::parseHostedZones(body);
        QVERIFY(result.ok());
        QCOMPARE(result.value.size(), 2);
        QCOMPARE(result.value.at(0).name, u"us-east-1"_s);
        QCOMPARE(result.value.at(0).explorersTotal, qint64(4));
        QCOMPARE(result.value.at(0).tasksWaiting, qint64(-1));
        QCOMPARE(result.value.at(1).name, u"eu-central-1"_s);
        QVERIFY(!result.value.at(1).enabled);
    }

    void scanTemplates() {
        const QByteArray body = R"([
            {"id": "t1", "name": "Default discovery", "description": "standard", "global": true,
             "organization_id": "o1",
             "params": {"rate": "1000", "screenshots": "true", "max-host-rate": 40, "bogus": null}},
            {"id": "t2", "name": "Bare", "params": "not an object"}
        ])"_ba;
        const auto result = rz::json::parseScanTemplates(body);
        QVERIFY(result.ok());
        QCOMPARE(result.value.size(), 2);
        const rz::ScanTemplate &first = result.value.at(0);
        QVERIFY(first.global);
        QCOMPARE(first.params.value(u"rate"_s), u"1000"_s);
        QCOMPARE(first.params.value(u"max-host-rate"_s), u"40"_s); // a number kept as its text
        QVERIFY(!first.params.contains(u"bogus"_s));
        QVERIFY(result.value.at(1).params.isEmpty());
    }

    void tasks() {
        const QByteArray body = R"([
            {"id": "a1", "name": "Weekly", "status": "processed", "site_id": "s1", "agent_id": "e1",
             "created_at": 1741717427, "updated_at": 1741717492, "type": "scan", "error": "",
             "stats": {"hosts_alive": 120, "hosts_total": 356, "change.newAssets": 4}, "recur": true,
             "recur_frequency": "weekly", "hosted_zone_id": "", "template_id": "t1"},
            {"id": "a2", "status": "failed", "error": "agent unavailable", "stats": {}},
            {"status": "new"}
        ])"_ba;
        const auto result = rz::json::parseTasks(body);
        QVERIFY(result.ok());
        QCOMPARE(result.value.size(), 2);
        const Task &weekly = result.value.at(0);
        QCOMPARE(weekly.explorerId, u"e1"_s);
        QCOMPARE(weekly.hostsAlive, qint64(120));
        QCOMPARE(weekly.hostsTotal, qint64(356));
        QCOMPARE(weekly.newAssets, qint64(4));
        QCOMPARE(weekly.templateId, u"t1"_s);
        QVERIFY(weekly.recur);
        QCOMPARE(weekly.phase(), Task::Phase::Finished);
        QCOMPARE(result.value.at(1).phase(), Task::Phase::Failed);
        QCOMPARE(result.value.at(1).hostsAlive, qint64(-1));

        const auto one = rz::json::parseTask(R"({"id": "x", "status": "processing"})"_ba);
        QVERIFY(one.ok());
        QCOMPARE(one.value.phase(), Task::Phase::Running);
        QCOMPARE(rz::json::parseTask("[]"_ba).error.kind, rz::ApiError::Kind::Malformed);
        QCOMPARE(rz::json::parseTask(R"({"name": "no id"})"_ba).error.kind, rz::ApiError::Kind::Malformed);
    }

    void phases_data() {
        QTest::addColumn<QString>("status");
        QTest::addColumn<QString>("error");
        QTest::addColumn<int>("phase");
        QTest::addColumn<bool>("ended");
        QTest::newRow("new") << u"new"_s << QString() << int(Task::Phase::Queued) << false;
        QTest::newRow("empty") << QString() << QString() << int(Task::Phase::Queued) << false;
        QTest::newRow("processing") << u"processing"_s << QString() << int(Task::Phase::Running) << false;
        QTest::newRow("unknown word") << u"crunching"_s << QString() << int(Task::Phase::Running) << false;
        QTest::newRow("processed") << u"processed"_s << QString() << int(Task::Phase::Finished) << true;
        QTest::newRow("Processed") << u"Processed"_s << QString() << int(Task::Phase::Finished) << true;
        QTest::newRow("processed with error")
            << u"processed"_s << u"boom"_s << int(Task::Phase::Failed) << true;
        QTest::newRow("failed") << u"failed"_s << QString() << int(Task::Phase::Failed) << true;
        QTest::newRow("error") << u"error"_s << QString() << int(Task::Phase::Failed) << true;
        QTest::newRow("stopped") << u"stopped"_s << QString() << int(Task::Phase::Stopped) << true;
        QTest::newRow("canceled") << u"canceled"_s << QString() << int(Task::Phase::Stopped) << true;
        QTest::newRow("running with error")
            << u"processing"_s << u"lost"_s << int(Task::Phase::Failed) << true;
    }
    void phases() {
        QFETCH(QString, status);
        QFETCH(QString, error);
        QFETCH(int, phase);
        QFETCH(bool, ended);
        Task task;
        task.status = status;
        task.error = error;
        QCOMPARE(int(task.phase()), phase);
        QCOMPARE(task.hasEnded(), ended);
        QVERIFY(!Task::phaseName(task.phase()).isEmpty());
    }

    void backoff_data() {
        QTest::addColumn<int>("first");
        QTest::addColumn<int>("ceiling");
        QTest::addColumn<QList<int>>("waits");
        QTest::newRow("default") << 2000 << 60000 << QList<int>{2000, 4000, 8000, 16000, 32000, 60000, 60000};
        QTest::newRow("ceiling is a power") << 1 << 8 << QList<int>{1, 2, 4, 8, 8};
        QTest::newRow("ceiling below first") << 500 << 100 << QList<int>{500, 500};
        QTest::newRow("zero first") << 0 << 4 << QList<int>{1, 2, 4, 4};
        QTest::newRow("near int max") << 1 << 2147483647 << QList<int>{1, 2, 4, 8};
    }
    void backoff() {
        QFETCH(int, first);
        QFETCH(int, ceiling);
        QFETCH(QList<int>, waits);
        rz::PollBackoff backoff(first, ceiling);
        for (const int wait : waits)
            QCOMPARE(backoff.next(), wait);
        backoff.reset();
        QCOMPARE(backoff.next(), waits.first());
        // Far along, it stays at the ceiling and never overflows.
        rz::PollBackoff long_(1, 2147483647);
        int last = 0;
        for (int i = 0; i < 100; ++i)
            last = long_.next();
        QCOMPARE(last, 2147483647);
    }

    void taskModel() {
        rz::TaskModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.columnCount(), int(rz::TaskModel::Count));
        model.setTasks({taskWith(u"old"_s, 100, u"processed"_s), taskWith(u"new"_s, 300, u"processing"_s),
                        taskWith(u"mid"_s, 200, u"failed"_s)});
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.task(0).id, u"new"_s); // newest first
        QCOMPARE(model.task(2).id, u"old"_s);
        QCOMPARE(model.index(0, rz::TaskModel::Status).data().toString(),
                 Task::phaseName(Task::Phase::Running));
        QCOMPARE(model.index(0, 0).data(rz::IdRole).toString(), u"new"_s);
        QCOMPARE(
            model.index(0, rz::TaskModel::Created).data(rz::RawValueRole).toDateTime().toSecsSinceEpoch(),
            qint64(300));

        // An update changes one row only.
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        Task done = taskWith(u"new"_s, 300, u"processed"_s);
        done.hostsAlive = 12;
        done.hostsTotal = 256;
        model.upsert(done);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.first().at(0).toModelIndex().row(), 0);
        QCOMPARE(changed.first().at(1).toModelIndex().row(), 0);
        QCOMPARE(inserted.size(), 0);
        QVERIFY(model.index(0, rz::TaskModel::Result).data().toString().contains(u"256"_s));

        // A new task goes where its creation time puts it.
        model.upsert(taskWith(u"newest"_s, 400, u"new"_s));
        model.upsert(taskWith(u"between"_s, 150, u"new"_s));
        QCOMPARE(inserted.size(), 2);
        QCOMPARE(model.rowOfId(u"newest"_s), 0);
        QCOMPARE(model.rowOfId(u"between"_s), 3);
        QCOMPARE(model.rowOfId(u"NEWEST"_s), 0); // ids compare without case
        QCOMPARE(model.rowOfId(u"absent"_s), -1);

        model.setSiteNames({{u"s1"_s, u"Headquarters"_s}});
        Task sited = taskWith(u"sited"_s, 500, u"new"_s);
        sited.siteId = u"s1"_s;
        model.upsert(sited);
        QCOMPARE(model.index(0, rz::TaskModel::Site).data().toString(), u"Headquarters"_s);
        QCOMPARE(model.index(model.rowOfId(u"mid"_s), rz::TaskModel::Result).data().toString(),
                 u"The task failed."_s);
        model.clear();
        QCOMPARE(model.rowCount(), 0);
    }
};

QTEST_GUILESS_MAIN(ScanParsersTest)
#include "tst_scanparsers.moc"
