// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: rzconsole contributors
//
// Request pacing and retries in ApiClient, against a scripted HTTP server on loopback, with a clock that
// moves only when the test moves it: the request window, HTTP 429 with and without Retry-After, back-off
// after transient faults, PUTs that are never repeated, the daily budget, the /org/key seed, unreadable
// bodies fetched again, and the estimate of a load's requests.
#include "api/ApiClient.h"
#include "api/AssetLoad.h"
#include "api/Clock.h"
#include "api/RateBudget.h"
#include "support/StepClock.h"

#include <QPointer>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <QUrlQuery>

#include <algorithm>
#include <functional>
#include <memory>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

namespace rz {

namespace {

const QString orgToken = u"OT0123456789abcdef0123456789abcd"_s;
const QString accountToken = u"CT0123456789abcdef0123456789abcd"_s;
// An hour before the daily budget resets at 00:00 UTC.
const QDateTime lateEvening(QDate(2024, 5, 6), QTime(23, 0), Qt::UTC);

struct SeenRequest {
    QByteArray method;
    QUrl url;
};

QByteArray httpResponse(int status, const QByteArray &body, const QByteArray &extraHeaders = {}) {
    return "HTTP/1.1 "_ba + QByteArray::number(status) +
           " X\r\nContent-Type: application/json\r\nContent-Length: "_ba + QByteArray::number(body.size()) +
           "\r\nConnection: close\r\n"_ba + extraHeaders + "\r\n"_ba + body;
}

QByteArray usageHeaders(qint64 today, qint64 limit) {
    return "X-API-Usage-Today: "_ba + QByteArray::number(today) + "\r\nX-API-Usage-Limit: "_ba +
           QByteArray::number(limit) + "\r\nX-API-Usage-Remaining: "_ba + QByteArray::number(limit - today) +
           "\r\nX-API-Usage-Total: "_ba + QByteArray::number(today) + "\r\n"_ba;
}

// Answers each request with what `respond` returns for it (0-based index among all requests).
class ScriptedServer final : public QObject {
public:
    using Responder = std::function<QByteArray(int index, const SeenRequest &)>;

    explicit ScriptedServer(Responder respond)
        : m_respond(std::move(respond)) {
        QObject::connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = m_server.nextPendingConnection()) {
                socket->setParent(this);
                QObject::connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onData(socket); });
            }
        });
        m_server.listen(QHostAddress::LocalHost);
    }

    QUrl base() const { return QUrl(u"http://127.0.0.1:%1/api/v1.0"_s.arg(m_server.serverPort())); }
    int count() const { return int(requests.size()); }
    QList<SeenRequest> requests;

private:
    void onData(QTcpSocket *socket) {
        QByteArray &buffer = m_buffers[socket];
        buffer += socket->readAll();
        const qsizetype end = buffer.indexOf("\r\n\r\n");
        if (end < 0 || m_answered.contains(socket))
            return;
        const QList<QByteArray> requestLine = buffer.first(end).split('\n').value(0).trimmed().split(' ');
        SeenRequest request{requestLine.value(0), QUrl::fromEncoded(requestLine.value(1))};
        requests.append(request);
        m_answered.insert(socket);
        socket->write(m_respond(int(requests.size()) - 1, request));
        socket->disconnectFromHost();
    }

    QTcpServer m_server;
    Responder m_respond;
    QHash<QTcpSocket *, QByteArray> m_buffers;
    QSet<QTcpSocket *> m_answered;
};

template<class T> struct Capture {
    std::optional<Result<T>> result;
    std::function<void(const Result<T> &)> callback() {
        return [this](const Result<T> &r) { result = r; };
    }
};

// Something the client scheduled (a back-off) falls due within `ms`: the test may move the clock past it.
bool wakesWithin(const StepClock &clock, qint64 ms) {
    const qint64 due = clock.nextDueInMs();
    return due >= 0 && due <= ms;
}

QByteArray pageBody(int first, int last, const QByteArray &nextKey) {
    QByteArray assets;
    for (int i = first; i <= last; ++i) {
        if (!assets.isEmpty())
            assets += ',';
        assets += "{\"id\":\"a"_ba + QByteArray::number(i) + "\",\"os\":\"Linux\"}"_ba;
    }
    return "{\"assets\":["_ba + assets + "],\"next_key\":\""_ba + nextKey + "\"}"_ba;
}

} // namespace

class TestApiPacing final : public QObject {
    Q_OBJECT

private:
    // Lets the event loop run, moving the clock on whenever the client waits for it, until `done` holds.
    static bool drive(StepClock &clock, const std::function<bool()> &done) {
        for (int round = 0; round < 400 && !done(); ++round) {
            QTest::qWait(5);
            if (!done())
                clock.advanceToNext();
        }
        return done();
    }

    static void getSites(ApiClient &client, QObject *context, Capture<QByteArray> &capture) {
        client.get(u"export/org/sites.json"_s, {}, context, capture.callback());
    }

private Q_SLOTS:
    void windowHoldsRequestsBack() {
        ScriptedServer server([](int, const SeenRequest &) { return httpResponse(200, "[]"_ba); });
        StepClock clock(lateEvening);
        ApiClient client(server.base(), orgToken);
        client.setClock(&clock);
        client.setRequestWindow(4, 10s); // paced at 95%: three requests per ten seconds
        QList<std::shared_ptr<Capture<QByteArray>>> captures;
        for (int i = 0; i < 5; ++i) {
            captures.append(std::make_shared<Capture<QByteArray>>());
            getSites(client, this, *captures.last());
        }
        QTRY_COMPARE(server.count(), 3);
        QTRY_VERIFY(captures[2]->result.has_value());
        QTest::qWait(50);
        QCOMPARE(server.count(), 3); // the window is full: the other two wait
        QVERIFY(!captures[3]->result.has_value());
        QCOMPARE(client.rateBudget().snapshot().windowUsed, 3);

        clock.advance(9999ms);
        QTest::qWait(50);
        QCOMPARE(server.count(), 3);
        clock.advance(1ms); // the first requests leave the window
        QTRY_COMPARE(server.count(), 5);
        for (const auto &capture : std::as_const(captures)) {
            QTRY_VERIFY(capture->result.has_value());
            QVERIFY(capture->result->ok());
        }
    }

    void tooManyRequestsPausesAndRequeues() {
        ScriptedServer server([](int index, const SeenRequest &) {
            return index == 0 ? httpResponse(429, R"({"error":"slow down"})"_ba, "Retry-After: 7\r\n"_ba)
                              : httpResponse(200, "[]"_ba, usageHeaders(3, 100));
        });
        StepClock clock(lateEvening);
        ApiClient client(server.base(), orgToken);
        client.setClock(&clock);
        Capture<QByteArray> first;
        Capture<QByteArray> second;
        getSites(client, this, first);
        QTRY_COMPARE(server.count(), 1);
        QTRY_COMPARE(client.rateBudget().snapshot().state, RateBudget::State::BackingOff);
        getSites(client, this, second); // joins the queue behind the 429'd request
        QTest::qWait(50);
        QCOMPARE(server.count(), 1);
        QVERIFY(!first.result.has_value()); // re-queued, not reported

        clock.advance(6999ms);
        QTest::qWait(50);
        QCOMPARE(server.count(), 1);
        clock.advance(1ms);
        QTRY_VERIFY(first.result.has_value() && second.result.has_value());
        QVERIFY2(first.result->ok(), qPrintable(first.result->error.userMessage()));
        QVERIFY(second.result->ok());
        QCOMPARE(server.count(), 3);
        QCOMPARE(client.rateBudget().snapshot().today.value_or(-1), 3);
        QCOMPARE(client.rateBudget().consecutiveTooManyRequests(), 0);
    }

    void tooManyRequestsWithoutRetryAfterBacksOff() {
        ScriptedServer server([](int index, const SeenRequest &) {
            return index < 2 ? httpResponse(429, {}) : httpResponse(200, "[]"_ba);
        });
        StepClock clock(lateEvening);
        ApiClient client(server.base(), orgToken);
        client.setClock(&clock);
        Capture<QByteArray> capture;
        getSites(client, this, capture);
        QTRY_COMPARE(server.count(), 1);
        // The clock moves only once the client has read the 429 and set its back-off timer.
        QTRY_COMPARE(client.rateBudget().consecutiveTooManyRequests(), 1);
        QTRY_VERIFY(wakesWithin(clock, 1000)); // the first back-off is at most a second
        clock.advance(1000ms);
        QTRY_COMPARE(server.count(), 2);
        QTRY_COMPARE(client.rateBudget().consecutiveTooManyRequests(), 2);
        QTRY_VERIFY(wakesWithin(clock, 2000)); // the second at most two
        clock.advance(2000ms);
        QTRY_VERIFY(capture.result.has_value());
        QVERIFY(capture.result->ok());
        QCOMPARE(server.count(), 3);
    }

    void tooManyRequestsReportedAfterTheLimit() {
        ScriptedServer server([](int, const SeenRequest &) {
            return httpResponse(429, R"({"error":"busy"})"_ba, "Retry-After: 1\r\n"_ba);
        });
        StepClock clock(lateEvening);
        ApiClient client(server.base(), orgToken);
        client.setClock(&clock);
        RetryPolicy policy;
        policy.maxTooManyRequests = 2;
        client.setRetryPolicy(policy);
        Capture<QByteArray> capture;
        getSites(client, this, capture);
        QVERIFY(drive(clock, [&] { return capture.result.has_value(); }));
        QCOMPARE(capture.result->error.kind, ApiError::Kind::RateLimited);
        QVERIFY(!capture.result->error.isDailyBudgetExhausted());
        QCOMPARE(server.count(), 3);
    }

    void transientFaultsAreRetriedWithBackoff() {
        ScriptedServer server([](int index, const SeenRequest &) {
            if (index == 0)
                return httpResponse(503, R"({"title":"Service Unavailable"})"_ba);
            if (index == 1) // announced longer than sent: the connection ends mid-body
                return "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 400\r\n\r\n[{"_ba;
            return httpResponse(200, R"([{"id":"s1","name":"HQ"}])"_ba);
        });
        StepClock clock(lateEvening);
        ApiClient client(server.base(), orgToken);
        client.setClock(&clock);
        Capture<QByteArray> capture;
        getSites(client, this, capture);
        QTRY_COMPARE(server.count(), 1);
        QTRY_VERIFY(wakesWithin(clock, 500)); // the client has read the 503 and waits
        QTest::qWait(50);
        QCOMPARE(server.count(), 1); // nothing is sent again before the back-off has passed
        clock.advance(500ms);
        QTRY_COMPARE(server.count(), 2);
        QTRY_VERIFY(wakesWithin(clock, 1000)); // the body cut short is noticed
        QTest::qWait(50);
        QCOMPARE(server.count(), 2);
        clock.advance(1000ms);
        QTRY_VERIFY(capture.result.has_value());
        QVERIFY2(capture.result->ok(), qPrintable(capture.result->error.userMessage()));
        QVERIFY(capture.result->value.contains("HQ"));
        QCOMPARE(server.count(), 3);
    }

    void faultsAreReportedAfterTheLimit() {
        ScriptedServer server(
            [](int, const SeenRequest &) { return httpResponse(500, R"({"title":"boom"})"_ba); });
        StepClock clock(lateEvening);
        ApiClient client(server.base(), orgToken);
        client.setClock(&clock);
        Capture<QByteArray> capture;
        getSites(client, this, capture);
        QVERIFY(drive(clock, [&] { return capture.result.has_value(); }));
        QCOMPARE(capture.result->error.kind, ApiError::Kind::Server);
        QCOMPARE(capture.result->error.serverMessage, u"boom"_s);
        QCOMPARE(server.count(), client.retryPolicy().maxAttempts);
    }

    void errorsThatWillNotPassAreNotRetried() {
        ScriptedServer server([](int, const SeenRequest &) { return httpResponse(404, {}); });
        StepClock clock(lateEvening);
        ApiClient client(server.base(), orgToken);
        client.setClock(&clock);
        Capture<QByteArray> capture;
        getSites(client, this, capture);
        QTRY_VERIFY(capture.result.has_value());
        QCOMPARE(capture.result->error.kind, ApiError::Kind::NotFound);
        QCOMPARE(server.count(), 1);
    }

    void putIsNeverRepeated_data() {
        QTest::addColumn<QByteArray>("answer");
        QTest::addColumn<int>("kind");
        QTest::newRow("500") << httpResponse(500, R"({"title":"boom"})"_ba) << int(ApiError::Kind::Server);
        QTest::newRow("429") << httpResponse(429, {}, "Retry-After: 5\r\n"_ba)
                             << int(ApiError::Kind::RateLimited);
        QTest::newRow("dropped") << "HTTP/1.1 200 OK\r\nContent-Length: 90\r\n\r\n{"_ba
                                 << int(ApiError::Kind::Network);
    }

    void putIsNeverRepeated() {
        QFETCH(QByteArray, answer);
        QFETCH(int, kind);
        ScriptedServer server([answer](int index, const SeenRequest &) {
            return index == 0 ? answer : httpResponse(200, "[]"_ba);
        });
        StepClock clock(lateEvening);
        ApiClient client(server.base(), orgToken);
        client.setClock(&clock);
        Capture<QByteArray> capture;
        client.put(u"org/sites/s1/scan"_s, R"({"targets":"10.0.0.0/24"})"_ba, this, capture.callback());
        QTRY_VERIFY(capture.result.has_value());
        QCOMPARE(int(capture.result->error.kind), kind);
        for (int i = 0; i < 5; ++i)
            clock.advance(10s);
        QTest::qWait(50);
        QCOMPARE(server.count(), 1);
        QCOMPARE(server.requests.first().method, "PUT"_ba);
    }

    void dailyBudgetStopsRequests() {
        ScriptedServer server(
            [](int, const SeenRequest &) { return httpResponse(200, "[]"_ba, usageHeaders(50, 50)); });
        StepClock clock(lateEvening);
        ApiClient client(server.base(), orgToken);
        client.setClock(&clock);
        Capture<QByteArray> last;
        getSites(client, this, last);
        QTRY_VERIFY(last.result.has_value());
        QVERIFY(last.result->ok()); // the call that used up the budget succeeded
        QVERIFY(client.rateBudget().isDailyBudgetExhausted());

        Capture<QByteArray> refused;
        getSites(client, this, refused);
        QVERIFY(!refused.result.has_value()); // never synchronously
        QTRY_VERIFY(refused.result.has_value());
        QVERIFY(refused.result->error.isDailyBudgetExhausted());
        QCOMPARE(refused.result->error.dailyLimit, 50);
        const QString message = refused.result->error.userMessage();
        QVERIFY2(message.contains("50"_L1) && message.contains("midnight UTC"_L1), qPrintable(message));
        QCOMPARE(server.count(), 1); // not sent

        AssetQuery query;
        AssetLoad *load = client.loadAssets(query, this);
        QSignalSpy finished(load, &AssetLoad::finished);
        QTRY_COMPARE(finished.size(), 1);
        QVERIFY(finished.first().first().value<ApiError>().isDailyBudgetExhausted());
        QCOMPARE(server.count(), 1);

        clock.advance(1h); // a new UTC day
        Capture<QByteArray> nextDay;
        getSites(client, this, nextDay);
        QTRY_VERIFY(nextDay.result.has_value());
        QVERIFY(nextDay.result->ok());
        QCOMPARE(server.count(), 2);
    }

    void dailyLimitAnsweredWith429IsNotRetried() {
        ScriptedServer server([](int, const SeenRequest &) {
            return httpResponse(429, R"({"error":"daily API limit reached"})"_ba,
                                "Retry-After: 3600\r\n"_ba + usageHeaders(80, 80));
        });
        StepClock clock(lateEvening);
        ApiClient client(server.base(), orgToken);
        client.setClock(&clock);
        Capture<QByteArray> capture;
        getSites(client, this, capture);
        QTRY_VERIFY(capture.result.has_value());
        QVERIFY(capture.result->error.isDailyBudgetExhausted());
        QCOMPARE(capture.result->error.dailyLimit, 80);
        QCOMPARE(server.count(), 1);
    }

    void usageHeadersFeedTheBudget() {
        ScriptedServer server([](int index, const SeenRequest &) {
            return httpResponse(200, "[]"_ba, usageHeaders(10 + index, 1000));
        });
        StepClock clock(lateEvening);
        ApiClient client(server.base(), orgToken);
        client.setClock(&clock);
        QSignalSpy changed(&client.rateBudget(), &RateBudget::changed);
        Capture<QByteArray> capture;
        getSites(client, this, capture);
        QTRY_VERIFY(capture.result.has_value());
        const RateBudget::Snapshot snapshot = client.rateBudget().snapshot();
        QCOMPARE(snapshot.today.value_or(-1), 10);
        QCOMPARE(snapshot.limit.value_or(-1), 1000);
        QCOMPARE(snapshot.remaining.value_or(-1), 990);
        QCOMPARE(snapshot.windowUsed, 1);
        QVERIFY(changed.size() >= 2); // the request leaving, and the usage arriving
        QVERIFY(client.rateBudget().estimateFits(990));
        QVERIFY(!client.rateBudget().estimateFits(991));
    }

    void organizationKeySeedsTheBudget() {
        ScriptedServer server([](int, const SeenRequest &request) {
            if (request.url.path().endsWith("/org/key"_L1))
                return httpResponse(200, R"({"id":"k","usage_today":1234,"usage_limit":5000})"_ba);
            return httpResponse(200, "[]"_ba);
        });
        StepClock clock(lateEvening);
        ApiClient client(server.base(), accountToken);
        client.setClock(&clock);
        client.setOrganizationId(u"o-1"_s);
        QTRY_COMPARE(client.rateBudget().snapshot().today.value_or(-1), 1234);
        QCOMPARE(client.rateBudget().snapshot().limit.value_or(-1), 5000);
        QCOMPARE(server.count(), 1);
        QCOMPARE(server.requests.first().url.path(), u"/api/v1.0/org/key"_s);
        QCOMPARE(QUrlQuery(server.requests.first().url).queryItemValue(u"_oid"_s), u"o-1"_s);

        client.setOrganizationId(u"o-1"_s); // the same organization: no second request
        QTest::qWait(50);
        QCOMPARE(server.count(), 1);
        client.setOrganizationId(u"o-2"_s);
        QTRY_COMPARE(server.count(), 2);
    }

    void exportTokenDoesNotSeed() {
        ScriptedServer server([](int, const SeenRequest &) { return httpResponse(200, "[]"_ba); });
        ApiClient client(server.base(), u"ET0123456789abcdef0123456789abcd"_s);
        client.setOrganizationId(u"o-1"_s);
        QTest::qWait(50);
        QCOMPARE(server.count(), 0);
    }

    void unreadableBodiesAreFetchedAgain() {
        ScriptedServer server([](int index, const SeenRequest &) {
            return index == 0 ? httpResponse(200, "[{\"id\":\"s1\",\"na"_ba)
                              : httpResponse(200, R"([{"id":"s1","name":"HQ"}])"_ba);
        });
        StepClock clock(lateEvening);
        ApiClient client(server.base(), orgToken);
        client.setClock(&clock);
        Capture<QList<Site>> sites;
        client.fetchSites(this, sites.callback());
        QVERIFY(drive(clock, [&] { return sites.result.has_value(); }));
        QVERIFY2(sites.result->ok(), qPrintable(sites.result->error.userMessage()));
        QCOMPARE(sites.result->value.value(0).name, u"HQ"_s);
        QCOMPARE(server.count(), 2);
    }

    void unreadablePageIsFetchedAgainWithoutDuplicates() {
        // Page 1's first answer is cut after its next_key: page 2 is already requested with that key when the
        // cut is found. The load starts over from page 1's key and delivers every row once, in order.
        QHash<QString, int> asked;
        ScriptedServer server([&asked](int, const SeenRequest &request) {
            const QString key = QUrlQuery(request.url).queryItemValue(u"start_key"_s);
            const int page = key.isEmpty() ? 0 : key.sliced(1).toInt();
            const int times = asked[key]++;
            const QByteArray next = page < 3 ? "k"_ba + QByteArray::number(page + 1) : QByteArray();
            QByteArray body = pageBody(page * 3, page * 3 + 2, next);
            if (page == 1 && times == 0) {
                body = "{\"next_key\":\"k2\",\"assets\":[{\"id\":\"a3\"},{\"id\":"_ba;
            }
            return httpResponse(200, body);
        });
        StepClock clock(lateEvening);
        ApiClient client(server.base(), orgToken);
        client.setClock(&clock);
        AssetQuery query;
        query.columns = {AssetColumn::Os};
        query.pageSize = 3;
        AssetLoad *load = client.loadAssets(query, this);
        QStringList ids;
        connect(load, &AssetLoad::pageReady, this, [&ids](const AssetPage &page) {
            for (const AssetRow &row : page.rows)
                ids.append(row.id);
        });
        QList<ApiError> finished;
        connect(load, &AssetLoad::finished, this,
                [&finished](const ApiError &error) { finished.append(error); });
        QVERIFY(drive(clock, [&] { return !finished.isEmpty(); }));
        QCOMPARE(finished.size(), 1);
        QVERIFY2(finished.first().ok(), qPrintable(finished.first().userMessage()));
        QStringList expected;
        for (int i = 0; i < 12; ++i)
            expected.append(u"a"_s + QString::number(i));
        QCOMPARE(ids, expected);
        QCOMPARE(asked.value(u"k1"_s), 2);
    }

    void unreadablePageStopsAfterTheLimitAndResumes() {
        bool broken = true;
        ScriptedServer server([&broken](int, const SeenRequest &request) {
            const QString key = QUrlQuery(request.url).queryItemValue(u"start_key"_s);
            if (key.isEmpty())
                return httpResponse(200, pageBody(0, 1, "k1"_ba));
            if (broken)
                return httpResponse(200, "{\"assets\":[{\"id\":"_ba);
            return httpResponse(200, pageBody(2, 3, {}));
        });
        StepClock clock(lateEvening);
        ApiClient client(server.base(), orgToken);
        client.setClock(&clock);
        AssetLoad *load = client.loadAssets(AssetQuery{}, this);
        QSignalSpy pages(load, &AssetLoad::pageReady);
        QList<ApiError> finished;
        connect(load, &AssetLoad::finished, this,
                [&finished](const ApiError &error) { finished.append(error); });
        QVERIFY(drive(clock, [&] { return !finished.isEmpty(); }));
        QCOMPARE(finished.first().kind, ApiError::Kind::Malformed);
        QCOMPARE(server.count(), 1 + client.retryPolicy().maxAttempts);
        QCOMPARE(pages.size(), 1);
        QCOMPARE(load->resumeKey(), u"k1"_s);

        broken = false;
        load->resume();
        QVERIFY(drive(clock, [&] { return finished.size() == 2; }));
        QVERIFY(finished.last().ok());
        QCOMPARE(load->rowsLoaded(), 4);
    }

    void unauthorizedIsRetriedOnlyOnce() {
        // An OAuth client: a 401 earns one new token and one more try, not a loop.
        ScriptedServer server([](int, const SeenRequest &request) {
            if (request.url.path().endsWith("/account/api/token"_L1))
                return httpResponse(200,
                                    R"({"access_token":"abc","token_type":"bearer","expires_in":3600})"_ba);
            return httpResponse(401, R"({"title":"Unauthorized","detail":"token revoked"})"_ba);
        });
        ApiClient client(server.base(), OAuthClientCredentials{u"client-1"_s, u"s3cret&=+"_s});
        Capture<QByteArray> capture;
        client.get(u"account/orgs"_s, {}, this, capture.callback());
        QTRY_VERIFY(capture.result.has_value());
        QCOMPARE(capture.result->error.kind, ApiError::Kind::Unauthorized);
        QVERIFY(!capture.result->error.clientCredentialsRefused);
        QCOMPARE(capture.result->error.serverMessage, u"token revoked"_s);
        QCOMPARE(server.count(), 4);
        QList<QByteArray> methods;
        for (const SeenRequest &request : std::as_const(server.requests))
            methods.append(request.method);
        QCOMPARE(methods, (QList<QByteArray>{"POST", "GET", "POST", "GET"}));
    }

    void estimateRequests() {
        QCOMPARE(ApiClient::estimateRequests(0, 2000), 1);
        QCOMPARE(ApiClient::estimateRequests(1, 2000), 1);
        QCOMPARE(ApiClient::estimateRequests(2000, 2000), 1);
        QCOMPARE(ApiClient::estimateRequests(2001, 2000), 2);
        QCOMPARE(ApiClient::estimateRequests(1'000'000, 500), 2000);
        QCOMPARE(ApiClient::estimateRequests(10, 0), 10); // a page holds at least one row
        QCOMPARE(ApiClient::estimateRequests(-5, 100), 1);
    }

    void backoffSteps() {
        RetryPolicy policy;
        QCOMPARE(policy.backoffMs(1, 0.0), 500);
        QCOMPARE(policy.backoffMs(2, 0.0), 1000);
        QCOMPARE(policy.backoffMs(3, 0.0), 2000);
        QCOMPARE(policy.backoffMs(10, 0.0), policy.maxBackoffMs);
        QCOMPARE(policy.backoffMs(1, 0.999), 251); // jitter takes off at most half
        QCOMPARE(policy.backoffMs(100000, 0.5), policy.maxBackoffMs * 3 / 4);
        QCOMPARE(RetryPolicy::none().maxAttempts, 1);
        QCOMPARE(RetryPolicy::none().maxTooManyRequests, 0);
    }
};

} // namespace rz

QTEST_GUILESS_MAIN(rz::TestApiPacing)
#include "tst_apipacing.moc"
