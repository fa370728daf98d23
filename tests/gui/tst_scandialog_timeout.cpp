// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: rzconsole contributors
//
// A scan launch is sent once. When its answer does not come (a timeout, a server error), the dialog looks for
// the scan by name in the task list before it offers to send it again, and sends it again only when the user
// asks. Driven against the simulated console with a latency above the client's timeout, and against a
// scripted loopback server that counts the PUTs and answers each one as a test case needs.
#include "api/ApiClient.h"
#include "api/RetryPolicy.h"
#include "api/ScanService.h"
#include "sim/SimServer.h"
#include "support/ManualClock.h"
#include "ui/ScanDialog.h"

#include <QComboBox>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <QUuid>

#include <functional>
#include <memory>
#include <optional>

using namespace Qt::StringLiterals;

namespace {

constexpr int Timeout = 60000;

template<class T> T *child(QWidget *parent, const QString &name) {
    T *found = parent->findChild<T *>(name);
    if (!found)
        qWarning("no child %s", qPrintable(name));
    return found;
}

QString message(QWidget *dialog) {
    return child<QLabel>(dialog, u"launchMessage"_s)->text();
}

// One HTTP answer of the scripted server.
struct Answer {
    int status = 200;
    QByteArray body;
};

// A loopback HTTP/1.1 server whose answers come from a function; an empty answer leaves the request hanging
// (the client's timeout ends it). It keeps connections open, as the client reuses them.
class ScriptedConsole final : public QObject {
public:
    using Handler = std::function<std::optional<Answer>(const QByteArray &method, const QString &path)>;

    explicit ScriptedConsole(Handler handler)
        : m_handler(std::move(handler)) {
        m_server.listen(QHostAddress::LocalHost, 0);
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = m_server.nextPendingConnection()) {
                socket->setParent(this);
                connect(socket, &QTcpSocket::readyRead, this, [this, socket] { read(socket); });
            }
        });
    }
    Q_DISABLE_COPY_MOVE(ScriptedConsole)

    QUrl baseUrl() const { return QUrl(u"http://127.0.0.1:%1/api/v1.0"_s.arg(m_server.serverPort())); }
    bool isListening() const { return m_server.isListening(); }

private:
    void read(QTcpSocket *socket) {
        QByteArray &buffer = m_buffers[socket];
        buffer += socket->readAll();
        while (true) {
            const qsizetype end = buffer.indexOf("\r\n\r\n");
            if (end < 0)
                return;
            const QList<QByteArray> lines = buffer.left(end).split('\n');
            qsizetype length = 0;
            for (const QByteArray &line : lines) {
                if (line.toLower().startsWith("content-length:"))
                    length = line.mid(15).trimmed().toLongLong();
            }
            if (buffer.size() < end + 4 + length)
                return;
            const QList<QByteArray> requestLine = lines.first().trimmed().split(' ');
            buffer.remove(0, end + 4 + length);
            const QByteArray method = requestLine.value(0);
            const QString path = QUrl(QString::fromLatin1(requestLine.value(1))).path();
            const std::optional<Answer> answer = m_handler(method, path);
            if (!answer)
                continue; // hang
            const QByteArray head = "HTTP/1.1 " + QByteArray::number(answer->status) +
                                    " Scripted\r\nContent-Type: application/json\r\nContent-Length: " +
                                    QByteArray::number(answer->body.size()) + "\r\n\r\n";
            socket->write(head + answer->body);
        }
    }

    Handler m_handler;
    QTcpServer m_server;
    QHash<QTcpSocket *, QByteArray> m_buffers;
};

QByteArray problem(int status, const char *detail) {
    return QJsonDocument(QJsonObject{{u"title"_s, u"Problem"_s},
                                     {u"status"_s, status},
                                     {u"detail"_s, QString::fromUtf8(detail)}})
        .toJson(QJsonDocument::Compact);
}

// What the scripted console does: explorers and hosted zones for the form, and what it answers to the
// launch and to the task list.
struct Script {
    QString siteId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    QString explorerId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    std::optional<Answer> launchAnswer; // empty: the launch hangs
    std::optional<Answer> tasksAnswer{Answer{200, "[]"}};
    int puts = 0;
    int taskLists = 0;

    std::optional<Answer> handle(const QByteArray &method, const QString &path) {
        if (method == "PUT" && path == u"/api/v1.0/org/sites/"_s + siteId + u"/scan"_s) {
            ++puts;
            return launchAnswer;
        }
        if (method == "GET" && path == "/api/v1.0/org/explorers"_L1) {
            const QJsonObject explorer{{u"id"_s, explorerId},
                                       {u"name"_s, u"explorer-scripted"_s},
                                       {u"site_id"_s, siteId},
                                       {u"connected"_s, true}};
            return Answer{200, QJsonDocument(QJsonArray{explorer}).toJson()};
        }
        if (method == "GET" && path == "/api/v1.0/org/hosted-zones"_L1)
            return Answer{200, "[]"};
        if (method == "GET" && path == "/api/v1.0/org/tasks"_L1) {
            ++taskLists;
            return tasksAnswer;
        }
        return Answer{404, problem(404, "no such path")};
    }
};

QByteArray taskList(const QString &name, const QString &siteId, qint64 createdAt) {
    const QJsonObject task{{u"id"_s, u"4b7d0c55-0000-4000-8000-000000000001"_s},
                           {u"name"_s, name},
                           {u"site_id"_s, siteId},
                           {u"status"_s, u"new"_s},
                           {u"created_at"_s, createdAt}};
    return QJsonDocument(QJsonArray{task}).toJson();
}

// A dialog on the scripted console, filled and ready to launch.
struct ScriptedDialog {
    // `clock`: the client's (and so the launch's) clock; nullptr for the system's.
    explicit ScriptedDialog(Script &script, const rz::Clock *clock = nullptr)
        : server([&script](const QByteArray &method, const QString &path) {
            return script.handle(method, path);
        })
        , client(server.baseUrl(), u"OTscriptedorganizationtoken"_s)
        , service(client) {
        client.setClock(clock);
        client.setTimeoutMs(500);
        client.setRetryPolicy(rz::RetryPolicy::none());
        rz::Site site;
        site.id = script.siteId;
        site.name = u"Scripted site"_s;
        dialog = std::make_unique<rz::ScanDialog>(
            service, rz::ScanDialog::Setup{{site}, site.id, u"10.0.0.0/28"_s, {}});
        dialog->show();
    }
    bool ready() const {
        return QTest::qWaitFor(
                   [this] { return child<QComboBox>(dialog.get(), u"explorerCombo"_s)->count() > 0; },
                   Timeout) &&
               launchButton()->isEnabled();
    }
    QPushButton *launchButton() const { return child<QPushButton>(dialog.get(), u"launchButton"_s); }
    QString name() const { return child<QLineEdit>(dialog.get(), u"scanNameEdit"_s)->text(); }

    ScriptedConsole server;
    rz::ApiClient client;
    rz::ScanService service;
    std::unique_ptr<rz::ScanDialog> dialog;
};

} // namespace

class tst_ScanDialogTimeout final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }

    // The simulated console creates the task but answers after the client has given up, and the task list
    // cannot be read either at first; after "Check Again" the dialog finds the task. One PUT, one task.
    void timedOutLaunchIsFoundNotResent() {
        rz::sim::SimConfig config;
        config.seed = 5;
        config.assetsPerOrganization = 20;
        rz::sim::SimServer sim(config);
        QVERIFY(sim.listen());
        rz::ApiClient client(sim.baseUrl(), sim.tokens(0).organizationToken);
        client.setRetryPolicy(rz::RetryPolicy::none());
        rz::ScanService service(client);
        std::optional<rz::Result<QList<rz::Site>>> sites;
        client.fetchSites(nullptr, [&sites](const rz::Result<QList<rz::Site>> &r) { sites = r; });
        QTRY_VERIFY_WITH_TIMEOUT(sites.has_value(), Timeout);
        QVERIFY(sites->ok());

        rz::ScanDialog dialog(service, {sites->value, sites->value.first().id, u"10.0.0.0/28"_s, {}});
        dialog.show();
        QTRY_VERIFY_WITH_TIMEOUT(child<QComboBox>(&dialog, u"explorerCombo"_s)->count() > 0, Timeout);
        const QString name = child<QLineEdit>(&dialog, u"scanNameEdit"_s)->text();
        QVERIFY(!name.isEmpty());
        auto *launch = child<QPushButton>(&dialog, u"launchButton"_s);
        QVERIFY(launch->isEnabled());

        rz::sim::FaultPlan slow;
        slow.latencyMs = 4000;
        sim.setFaults(slow);
        client.setTimeoutMs(400);
        QSignalSpy launched(&dialog, &rz::ScanDialog::scanLaunched);
        QTest::mouseClick(launch, Qt::LeftButton);
        QCOMPARE(dialog.launchState(), rz::ScanDialog::LaunchState::Sending);
        QVERIFY(!launch->isEnabled());
        dialog.reject(); // closing now would lose track of the scan: refused
        QVERIFY(dialog.isVisible());

        QTRY_COMPARE_WITH_TIMEOUT(dialog.launchState(), rz::ScanDialog::LaunchState::CheckFailed, Timeout);
        QVERIFY(message(&dialog).contains(u"not known whether"_s));
        QVERIFY(!launch->isEnabled()); // no blind resend
        auto *checkAgain = child<QPushButton>(&dialog, u"checkAgainButton"_s);
        QVERIFY(checkAgain->isVisible());
        QCOMPARE(launched.size(), 0);

        sim.setFaults({});
        client.setTimeoutMs(30000);
        QTest::mouseClick(checkAgain, Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(dialog.launchState(), rz::ScanDialog::LaunchState::Launched, Timeout);
        QCOMPARE(launched.size(), 1);
        const rz::Task found = launched.first().first().value<rz::Task>();
        QCOMPARE(found.name, name);
        QVERIFY(message(&dialog).contains(u"not sent again"_s));
        QVERIFY(!launch->isVisible());

        // Exactly one scan of that name exists: the PUT went out once.
        std::optional<rz::Result<QList<rz::Task>>> tasks;
        service.fetchTasks({name, {}}, nullptr,
                           [&tasks](const rz::Result<QList<rz::Task>> &r) { tasks = r; });
        QTRY_VERIFY_WITH_TIMEOUT(tasks.has_value(), Timeout);
        QVERIFY(tasks->ok());
        int named = 0;
        for (const rz::Task &task : std::as_const(tasks->value))
            named += task.name == name ? 1 : 0;
        QCOMPARE(named, 1);
        QCOMPARE(tasks->value.first().id, found.id);
    }

    // No answer, and no such scan in the task list: "Send Again" is offered, and only a click sends it.
    void hangingLaunchOffersToSendAgain() {
        Script script;
        ScriptedDialog scripted(script);
        QVERIFY(scripted.server.isListening());
        QVERIFY(scripted.ready());
        QTest::mouseClick(scripted.launchButton(), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(scripted.dialog->launchState(), rz::ScanDialog::LaunchState::NotCreated,
                                  Timeout);
        QCOMPARE(script.puts, 1);
        QCOMPARE(script.taskLists, 1);
        QVERIFY(message(scripted.dialog.get()).contains(u"was not created"_s));
        QCOMPARE(scripted.launchButton()->text(), u"Send &Again"_s);
        QVERIFY(scripted.launchButton()->isEnabled());
        QTest::qWait(100); // nothing more is sent by itself
        QCOMPARE(script.puts, 1);

        QTest::mouseClick(scripted.launchButton(), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(script.puts, 2, Timeout);
        QTRY_COMPARE_WITH_TIMEOUT(scripted.dialog->launchState(), rz::ScanDialog::LaunchState::NotCreated,
                                  Timeout);
        QCOMPARE(script.puts, 2);
    }

    // A task list that cannot be read leaves the outcome open: no resend until the list says so.
    void unreadableTaskListBlocksResend() {
        Script script;
        script.tasksAnswer = Answer{503, problem(503, "maintenance")};
        ScriptedDialog scripted(script);
        QVERIFY(scripted.ready());
        QTest::mouseClick(scripted.launchButton(), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(scripted.dialog->launchState(), rz::ScanDialog::LaunchState::CheckFailed,
                                  Timeout);
        QVERIFY(message(scripted.dialog.get()).contains(u"maintenance"_s));
        QVERIFY(!scripted.launchButton()->isEnabled());
        QCOMPARE(script.puts, 1);

        script.tasksAnswer =
            Answer{200, taskList(scripted.name(), script.siteId, QDateTime::currentSecsSinceEpoch())};
        QSignalSpy launched(scripted.dialog.get(), &rz::ScanDialog::scanLaunched);
        QTest::mouseClick(child<QPushButton>(scripted.dialog.get(), u"checkAgainButton"_s), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(launched.size(), 1, Timeout);
        QCOMPARE(scripted.dialog->launchState(), rz::ScanDialog::LaunchState::Launched);
        QCOMPARE(script.puts, 1);
        QCOMPARE(script.taskLists, 2);
    }

    // A task of the same name from long before is not this launch's.
    void oldTaskOfTheSameNameDoesNotCount() {
        Script script;
        ScriptedDialog scripted(script);
        QVERIFY(scripted.ready());
        script.tasksAnswer = Answer{200, taskList(scripted.name(), script.siteId, 1'600'000'000)};
        QTest::mouseClick(scripted.launchButton(), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(scripted.dialog->launchState(), rz::ScanDialog::LaunchState::NotCreated,
                                  Timeout);
    }

    // "Since shortly before the launch" is measured on the client's clock, not read from the wall: with the
    // clock at noon, a task of that name from 30 minutes before counts and one from two hours before does
    // not.
    void theWindowForATaskFoundByNameIsOnTheInjectedClock_data() {
        QTest::addColumn<qint64>("createdBefore");
        QTest::addColumn<bool>("counts");
        QTest::newRow("30 min before") << qint64(1800) << true;
        QTest::newRow("2 h before") << qint64(7200) << false;
    }
    void theWindowForATaskFoundByNameIsOnTheInjectedClock() {
        QFETCH(qint64, createdBefore);
        QFETCH(bool, counts);
        const rz::ManualClock clock(QDateTime(QDate(2024, 5, 6), QTime(12, 0), Qt::UTC));
        const qint64 noon = clock.nowUtc().toSecsSinceEpoch();
        Script script;
        script.launchAnswer = Answer{500, problem(500, "worker crashed")};
        ScriptedDialog scripted(script, &clock);
        QVERIFY(scripted.ready());
        script.tasksAnswer = Answer{200, taskList(scripted.name(), script.siteId, noon - createdBefore)};
        QSignalSpy launched(scripted.dialog.get(), &rz::ScanDialog::scanLaunched);
        QTest::mouseClick(scripted.launchButton(), Qt::LeftButton);
        const auto expected =
            counts ? rz::ScanDialog::LaunchState::Launched : rz::ScanDialog::LaunchState::NotCreated;
        QTRY_COMPARE_WITH_TIMEOUT(scripted.dialog->launchState(), expected, Timeout);
        QCOMPARE(launched.size(), counts ? 1 : 0);
        QCOMPARE(script.puts, 1);
    }

    void answers_data() {
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("said");
        QTest::addColumn<bool>("listedAfterwards"); // the outcome was unknown: the task list was read
        QTest::addColumn<bool>("inList");
        QTest::newRow("401") << 401 << problem(401, "the API token was revoked") << u"token was revoked"_s
                             << false << false;
        QTest::newRow("403 licence") << 403 << problem(403, "the license has expired")
                                     << u"license has expired"_s << false << false;
        QTest::newRow("404") << 404 << problem(404, "site not found") << u"site not found"_s << false
                             << false;
        QTest::newRow("422") << 422 << problem(422, "scan option 'rate' must be at least 1") << u"'rate'"_s
                             << false << false;
        QTest::newRow("500, not created")
            << 500 << problem(500, "database unavailable") << u"database unavailable"_s << true << false;
        QTest::newRow("500, created all the same")
            << 500 << problem(500, "worker crashed") << u"did create the scan"_s << true << true;
        QTest::newRow("200 but garbage")
            << 200 << QByteArray("<html>oops</html>") << u"was not created"_s << true << false;
    }
    void answers() {
        QFETCH(int, status);
        QFETCH(QByteArray, body);
        QFETCH(QString, said);
        QFETCH(bool, listedAfterwards);
        QFETCH(bool, inList);
        Script script;
        script.launchAnswer = Answer{status, body};
        ScriptedDialog scripted(script);
        QVERIFY(scripted.ready());
        const QByteArray typed = scripted.dialog->requestBody();
        if (inList)
            script.tasksAnswer =
                Answer{200, taskList(scripted.name(), script.siteId, QDateTime::currentSecsSinceEpoch())};
        QSignalSpy launched(scripted.dialog.get(), &rz::ScanDialog::scanLaunched);
        QTest::mouseClick(scripted.launchButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(message(scripted.dialog.get()).contains(said), Timeout);
        QTRY_VERIFY_WITH_TIMEOUT(scripted.dialog->launchState() != rz::ScanDialog::LaunchState::Sending &&
                                     scripted.dialog->launchState() != rz::ScanDialog::LaunchState::Checking,
                                 Timeout);
        QCOMPARE(script.puts, 1);
        QCOMPARE(script.taskLists, listedAfterwards ? 1 : 0);
        QCOMPARE(launched.size(), inList ? 1 : 0);
        QCOMPARE(scripted.dialog->requestBody(), typed); // the form keeps everything typed
        if (!listedAfterwards) {
            QCOMPARE(scripted.dialog->launchState(), rz::ScanDialog::LaunchState::Editing);
            QVERIFY(message(scripted.dialog.get()).startsWith(u"The scan was not launched."_s));
            QVERIFY(scripted.launchButton()->isEnabled());
        }
    }
};

QTEST_MAIN(tst_ScanDialogTimeout)
#include "tst_scandialog_timeout.moc"
