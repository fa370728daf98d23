// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: rzconsole contributors
//
// The malformed-input table for transport: a 50 MB single asset, redirects to another host for every method
// the client uses (the bearer token must never reach that host), and a slow-loris server that sends its
// headers and then one byte a second (the request's overall deadline, four times the timeout, must end it).
// Served by a scripted server on loopback, through the real ApiClient.
#include "api/ApiClient.h"
#include "api/AssetLoad.h"

#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <QTimer>
#include <QUrlQuery>

#include <functional>

#include <sys/socket.h>

using namespace Qt::StringLiterals;

namespace rz {

namespace {

const QString orgToken = u"OT0123456789abcdef0123456789abcd"_s;

struct Answer {
    QByteArray head; // status line and headers, with the blank line
    QByteArray body;
    int dripMs = 0;     // > 0: the body goes out one byte per interval
    bool reset = false; // the connection is reset (not closed) once the body is out
};

QByteArray head(int status, qint64 contentLength, const QByteArray &extra = {}) {
    return "HTTP/1.1 "_ba + QByteArray::number(status) + " X\r\nContent-Type: application/json\r\n"_ba +
           "Content-Length: "_ba + QByteArray::number(contentLength) + "\r\n"_ba + extra + "\r\n"_ba;
}

// Answers each request with what the responder says; records what it saw, headers included.
class ScriptedServer final : public QObject {
public:
    using Responder = std::function<Answer(const QByteArray &requestHead)>;

    explicit ScriptedServer(Responder respond)
        : m_respond(std::move(respond)) {
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = m_server.nextPendingConnection()) {
                socket->setParent(this);
                connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onData(socket); });
            }
        });
        m_server.listen(QHostAddress::LocalHost);
    }
    QUrl base(const QString &host = u"127.0.0.1"_s) const {
        return QUrl(u"http://%1:%2/api/v1.0"_s.arg(host).arg(m_server.serverPort()));
    }
    QList<QByteArray> seen; // every request head received
    qint64 bytesReceived = 0;

private:
    void onData(QTcpSocket *socket) {
        const QByteArray data = socket->readAll();
        bytesReceived += data.size();
        QByteArray &buffer = m_buffers[socket];
        buffer += data;
        const qsizetype end = buffer.indexOf("\r\n\r\n");
        if (end < 0)
            return;
        seen.append(buffer.first(end));
        buffer.clear();
        const Answer answer = m_respond(seen.last());
        socket->write(answer.head);
        if (answer.reset) {
            socket->write(answer.body);
            connect(socket, &QAbstractSocket::bytesWritten, socket, [socket] {
                if (socket->bytesToWrite() > 0)
                    return;
                const linger resetOnClose{1, 0};
                ::setsockopt(int(socket->socketDescriptor()), SOL_SOCKET, SO_LINGER, &resetOnClose,
                             sizeof resetOnClose);
                socket->abort();
            });
            return;
        }
        if (answer.dripMs <= 0) {
            socket->write(answer.body);
            socket->disconnectFromHost();
            return;
        }
        auto *timer = new QTimer(socket);
        auto position = std::make_shared<qsizetype>(0);
        connect(timer, &QTimer::timeout, socket, [socket, timer, position, body = answer.body] {
            if (*position >= body.size()) {
                timer->stop();
                socket->disconnectFromHost();
                return;
            }
            socket->write(body.mid((*position)++, 1));
        });
        timer->start(answer.dripMs);
    }

    QTcpServer m_server;
    Responder m_respond;
    QHash<QTcpSocket *, QByteArray> m_buffers;
};

// Runs a paged load to its end; nullopt when it has not ended within `waitMs` (it is then cancelled).
std::optional<ApiError> loadAll(ApiClient &client, const AssetQuery &query, QObject *parent,
                                QList<AssetRow> *rows, int waitMs = 60000) {
    AssetLoad *load = client.loadAssets(query, parent);
    QObject::connect(load, &AssetLoad::pageReady, parent, [rows](const AssetPage &page) {
        for (const AssetRow &row : page.rows)
            rows->append(row);
    });
    QSignalSpy finished(load, &AssetLoad::finished);
    if (!QTest::qWaitFor([&finished] { return !finished.isEmpty(); }, waitMs)) {
        load->cancel();
        return std::nullopt;
    }
    return finished.first().first().value<ApiError>();
}

} // namespace

class TestMalformedTransport final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    // One asset whose name alone is 50 MB: read whole, as one row, without trouble.
    void fiftyMegabyteAsset() {
        constexpr qsizetype nameSize = 50 * 1024 * 1024;
        QByteArray body;
        body.reserve(nameSize + 100);
        body += "{\"assets\":[{\"id\":\"big\",\"names\":[\""_ba;
        body += QByteArray(nameSize, 'n');
        body += "\"],\"alive\":true}],\"next_key\":\"\"}"_ba;
        ScriptedServer server([&body](const QByteArray &) { return Answer{head(200, body.size()), body}; });
        ApiClient client(server.base(), orgToken);
        AssetQuery query;
        query.columns = {AssetColumn::Names, AssetColumn::Alive};
        QList<AssetRow> rows;
        const std::optional<ApiError> error = loadAll(client, query, this, &rows);
        QVERIFY(error.has_value());
        QVERIFY2(error->ok(), qPrintable(error->userMessage()));
        QCOMPARE(rows.size(), 1);
        QCOMPARE(rows.first().id, u"big"_s);
        QCOMPARE(rows.first().values.at(0).size(), nameSize);
        QCOMPARE(rows.first().values.at(1), u"true"_s);
    }

    // A redirect to another host is never followed, for any method the client uses; the other host sees
    // nothing at all, so neither the token nor a scan request's body reaches it.
    void redirectToAnotherHost_data() {
        QTest::addColumn<QString>("method");
        QTest::addColumn<int>("status");
        QTest::newRow("paged export, 302") << u"load"_s << 302;
        QTest::newRow("paged export, 308") << u"load"_s << 308;
        QTest::newRow("generic get, 301") << u"get"_s << 301;
        QTest::newRow("scan launch put, 307") << u"put"_s << 307;
        QTest::newRow("scan launch put, 303") << u"put"_s << 303;
    }

    void redirectToAnotherHost() {
        QFETCH(QString, method);
        QFETCH(int, status);
        ScriptedServer elsewhere([](const QByteArray &) { return Answer{head(200, 2), "[]"_ba}; });
        const QByteArray location = elsewhere.base(u"localhost"_s).toEncoded() + "/export/org/assets.json"_ba;
        ScriptedServer server([&](const QByteArray &) {
            return Answer{head(status, 0, "Location: "_ba + location + "\r\n"_ba), {}};
        });
        ApiClient client(server.base(), orgToken);

        ApiError error;
        if (method == "load"_L1) {
            QList<AssetRow> rows;
            const std::optional<ApiError> loaded = loadAll(client, AssetQuery{}, this, &rows);
            QVERIFY(loaded.has_value());
            error = *loaded;
            QVERIFY(rows.isEmpty());
        } else {
            std::optional<Result<QByteArray>> result;
            const auto done = [&result](const Result<QByteArray> &r) { result = r; };
            if (method == "get"_L1)
                client.get(u"org/explorers"_s, {}, this, done);
            else
                client.put(u"org/sites/s1/scan"_s, R"({"targets":"10.0.0.0/24"})"_ba, this, done);
            QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), 20000);
            error = result->error;
        }
        QCOMPARE(error.kind, ApiError::Kind::Network);
        QVERIFY(error.userMessage().contains("localhost"_L1));
        QVERIFY(!error.userMessage().contains(orgToken.sliced(2)));
        QCOMPARE(server.seen.size(), 1);
        QVERIFY(server.seen.first().contains(QByteArray("Bearer "_ba + orgToken.toLatin1())));
        QTest::qWait(100); // a connection that was opened anyway would have arrived by now
        QCOMPARE(elsewhere.seen.size(), 0);
        QCOMPARE(elsewhere.bytesReceived, 0);
    }

    // The server declares more than it sends and then closes or resets the connection: however Qt reports
    // that (after a reset, Qt 6.4 often finishes the reply without an error), the client reads a cut-off
    // answer, never a complete one. Several rounds, since what Qt sees depends on timing.
    void bodyShorterThanDeclared_data() {
        QTest::addColumn<bool>("reset");
        QTest::newRow("closed") << false;
        QTest::newRow("reset") << true;
    }

    void bodyShorterThanDeclared() {
        QFETCH(bool, reset);
        const QByteArray body = R"([{"id":"e1","name":"A"}])"_ba.repeated(2000);
        ScriptedServer server([&body, reset](const QByteArray &) {
            return Answer{head(200, body.size() * 2), body, 0, reset};
        });
        ApiClient client(server.base(), orgToken);
        client.setRetryPolicy(RetryPolicy::none());
        for (int round = 0; round < 10; ++round) {
            std::optional<Result<QByteArray>> result;
            client.get(u"org/explorers"_s, {}, this, [&result](const Result<QByteArray> &r) { result = r; });
            QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), 20000);
            QVERIFY2(!result->ok(), qPrintable(u"round %1: %2 bytes read as complete"_s.arg(round).arg(
                                        result->value.size())));
            QCOMPARE(result->error.kind, ApiError::Kind::Network);
        }
    }

    // Headers at once, then the body one byte a second: the client's request timeout ends it.
    void slowLoris_data() {
        QTest::addColumn<QString>("method");
        QTest::newRow("paged export") << u"load"_s;
        QTest::newRow("sites") << u"sites"_s;
        QTest::newRow("generic get") << u"get"_s;
    }

    void slowLoris() {
        QFETCH(QString, method);
        // A timeout of 1.5 s gives a deadline of 6 s; 8 s is only the bound on a hang.
        constexpr int hangMs = 8000;
        const QByteArray body = R"({"assets":[{"id":"a1"}],"next_key":""})"_ba.repeated(1000);
        ScriptedServer server([&body](const QByteArray &) {
            return Answer{head(200, body.size()), body, 1000};
        });
        ApiClient client(server.base(), orgToken);
        client.setRetryPolicy(RetryPolicy::none()); // one request, one timeout
        client.setTimeoutMs(1500);
        std::optional<ApiError> error;
        if (method == "load"_L1) {
            QList<AssetRow> rows;
            error = loadAll(client, AssetQuery{}, this, &rows, hangMs);
        } else if (method == "sites"_L1) {
            std::optional<Result<QList<Site>>> sites;
            client.fetchSites(this, [&sites](const Result<QList<Site>> &r) { sites = r; });
            if (QTest::qWaitFor([&sites] { return sites.has_value(); }, hangMs))
                error = sites->error;
        } else {
            std::optional<Result<QByteArray>> result;
            client.get(u"org/explorers"_s, {}, this, [&result](const Result<QByteArray> &r) { result = r; });
            if (QTest::qWaitFor([&result] { return result.has_value(); }, hangMs))
                error = result->error;
        }
        QCOMPARE(server.seen.size(), 1);
        QVERIFY2(error.has_value(), "the request was still running after 8 s");
        QCOMPARE(error->kind, ApiError::Kind::Timeout);
    }
};

} // namespace rz

QTEST_GUILESS_MAIN(rz::TestMalformedTransport)
#include "tst_malformed_transport.moc"
