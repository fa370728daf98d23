// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: rzconsole contributors
//
// The Tasks view against the simulated console: the organization's task list, a followed task polled until it
// ends while the simulator's clock moves, a task the console no longer knows, another organization, and a
// credential that cannot read tasks.
#include "api/ApiClient.h"
#include "api/ScanService.h"
#include "api/TaskWatcher.h"
#include "models/TaskModel.h"
#include "session/TaskSession.h"
#include "sim/SimServer.h"
#include "ui/TasksPane.h"

#include <QLabel>
#include <QLocale>
#include <QSignalSpy>
#include <QTest>
#include <QToolButton>
#include <QTreeView>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace {

constexpr int Timeout = 60000;

rz::sim::SimConfig testConfig() {
    rz::sim::SimConfig config;
    config.seed = 3;
    config.organizations = 2;
    config.assetsPerOrganization = 20;
    return config;
}

QString statusText(const rz::TasksPane &pane) {
    return pane.findChild<QLabel *>(u"tasksStatus"_s)->text();
}

int rowNamed(const rz::TaskModel *model, const QString &name) {
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->task(row).name == name)
            return row;
    }
    return -1;
}

} // namespace

class tst_Tasks final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }

    void listsAndFollowsTasks() {
        rz::sim::SimServer sim(testConfig());
        QVERIFY(sim.listen());
        rz::ApiClient client(sim.baseUrl(), sim.tokens(0).accountToken);
        client.setOrganizationId(sim.organizationIds().at(0));
        rz::TaskSession session(&client);
        session.setPollIntervals(10, 40);
        rz::TasksPane pane(&session);
        pane.show();
        QVERIFY(session.isAvailable());
        QVERIFY(pane.view()->isEnabled());
        QCOMPARE(statusText(pane), u"Tasks are loaded when an organization is chosen."_s);

        session.refresh();
        QTRY_VERIFY_WITH_TIMEOUT(session.hasLoaded(), Timeout);
        rz::TaskModel *model = session.model();
        QCOMPARE(model->rowCount(), 4); // the simulator seeds four per organization
        QCOMPARE(statusText(pane), u"4 tasks, newest first"_s);
        QCOMPARE(pane.view()->model(), model);
        for (int row = 1; row < model->rowCount(); ++row)
            QVERIFY(model->task(row - 1).createdAt >= model->task(row).createdAt);

        // The seeded ad-hoc scan is still running; following it reports each change until it ends.
        const int running = rowNamed(model, u"Ad-hoc scan of the lab"_s);
        QVERIFY(running >= 0);
        const rz::Task task = model->task(running);
        QCOMPARE(task.phase(), rz::Task::Phase::Running);
        QSignalSpy announcements(&session, &rz::TaskSession::announcement);
        QSignalSpy ended(&session, &rz::TaskSession::taskEnded);
        session.follow(task);
        QVERIFY(session.isFollowing(task.id));
        QCOMPARE(announcements.size(), 1);
        // Polls go on while nothing changes; the clock moves and the task finishes.
        QTest::qWait(100);
        QVERIFY(session.isFollowing(task.id));
        sim.advanceClock(3600);
        QTRY_COMPARE_WITH_TIMEOUT(ended.size(), 1, Timeout);
        QVERIFY(!session.isFollowing(task.id));
        const int row = model->rowOfId(task.id);
        QCOMPARE(model->task(row).phase(), rz::Task::Phase::Finished);
        QCOMPARE(model->index(row, rz::TaskModel::Status).data().toString(), u"Finished"_s);
        QVERIFY(model->index(row, rz::TaskModel::Result).data().toString().contains(u"hosts alive"_s));
        const QString last = announcements.last().first().toString();
        QVERIFY2(last.startsWith(u"Scan \u201cAd-hoc scan of the lab\u201d finished: "_s), qPrintable(last));

        // A finished task is shown but not followed.
        const rz::Task finished = model->task(row);
        session.follow(finished);
        QVERIFY(!session.isFollowing(finished.id));
    }

    void forgottenTaskIsDropped() {
        rz::sim::SimServer sim(testConfig());
        QVERIFY(sim.listen());
        rz::ApiClient client(sim.baseUrl(), sim.tokens(0).organizationToken);
        rz::TaskSession session(&client);
        session.setPollIntervals(10, 40);
        rz::Task ghost;
        ghost.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        ghost.name = u"Ghost scan"_s;
        ghost.status = u"new"_s;
        QSignalSpy announcements(&session, &rz::TaskSession::announcement);
        session.follow(ghost);
        QTRY_VERIFY_WITH_TIMEOUT(!session.isFollowing(ghost.id), Timeout);
        QVERIFY(announcements.last().first().toString().contains(u"no longer known"_s));
    }

    void watcherRetriesAfterAFailedPoll() {
        rz::sim::SimServer sim(testConfig());
        QVERIFY(sim.listen());
        rz::ApiClient client(sim.baseUrl(), sim.tokens(0).organizationToken);
        client.setRetryPolicy(rz::RetryPolicy::none());
        rz::ScanService service(client);
        rz::TaskWatcher watcher(service);
        watcher.setIntervals(10, 20);
        std::optional<rz::Result<QList<rz::Task>>> tasks;
        service.fetchTasks({}, nullptr, [&tasks](const rz::Result<QList<rz::Task>> &r) { tasks = r; });
        QTRY_VERIFY_WITH_TIMEOUT(tasks.has_value(), Timeout);
        QVERIFY(tasks->ok());
        rz::Task running;
        for (const rz::Task &task : std::as_const(tasks->value)) {
            if (!task.hasEnded())
                running = task;
        }
        QVERIFY(!running.id.isEmpty());

        rz::sim::FaultPlan failing;
        failing.error500Every = 1;
        sim.setFaults(failing);
        QSignalSpy failed(&watcher, &rz::TaskWatcher::pollFailed);
        QSignalSpy ended(&watcher, &rz::TaskWatcher::ended);
        watcher.watch(running);
        QTRY_VERIFY_WITH_TIMEOUT(failed.size() >= 2, Timeout); // it keeps trying
        QVERIFY(!failed.first().at(2).toBool());
        QVERIFY(watcher.isWatching(running.id));
        sim.setFaults({});
        sim.advanceClock(3600);
        QTRY_COMPARE_WITH_TIMEOUT(ended.size(), 1, Timeout);
        QCOMPARE(watcher.watchedCount(), 0);
    }

    void anotherOrganizationStartsAfresh() {
        rz::sim::SimServer sim(testConfig());
        QVERIFY(sim.listen());
        rz::ApiClient client(sim.baseUrl(), sim.tokens(0).accountToken);
        client.setOrganizationId(sim.organizationIds().at(0));
        rz::TaskSession session(&client);
        session.setPollIntervals(1000, 1000);
        session.refresh();
        QTRY_VERIFY_WITH_TIMEOUT(session.hasLoaded(), Timeout);
        const QString firstTask = session.model()->task(0).id;
        session.follow(session.model()->task(0));
        QVERIFY(session.isFollowing(firstTask));

        client.setOrganizationId(sim.organizationIds().at(1));
        session.resetOrganization();
        QCOMPARE(session.model()->rowCount(), 0);
        QVERIFY(!session.isFollowing(firstTask));
        QVERIFY(!session.hasLoaded());
        session.refresh();
        QTRY_VERIFY_WITH_TIMEOUT(session.hasLoaded(), Timeout);
        QCOMPARE(session.model()->rowCount(), 4);
        QCOMPARE(session.model()->rowOfId(firstTask), -1);
    }

    void exportTokenCannotReadTasks() {
        rz::sim::SimServer sim(testConfig());
        QVERIFY(sim.listen());
        rz::ApiClient client(sim.baseUrl(), sim.tokens(0).exportToken);
        rz::TaskSession session(&client);
        rz::TasksPane pane(&session);
        pane.show();
        QVERIFY(!session.isAvailable());
        QVERIFY(statusText(pane).contains(u"export token"_s));
        QVERIFY(!pane.view()->isEnabled());
        QVERIFY(!pane.findChild<QToolButton *>(u"refreshTasksButton"_s)->isEnabled());
        const qint64 before = sim.requestCount();
        session.refresh();
        QVERIFY(!session.isLoading());
        QCOMPARE(sim.requestCount(), before);

        rz::TaskSession none(nullptr);
        QVERIFY(!none.isAvailable());
        QVERIFY(none.service() == nullptr);
    }
};

QTEST_MAIN(tst_Tasks)
#include "tst_tasks.moc"
