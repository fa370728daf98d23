// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: rzconsole contributors
//
// What ApiClient puts on the wire and how it reads what comes back, against a scripted HTTP server on
// loopback that answers each request with exactly the bytes a test case gives it.
#include "api/ApiClient.h"
#include "api/AssetLoad.h"

#include <QNetworkAccessManager>
#include <QNetworkCookie>
#include <QNetworkCookieJar>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <QUrlQuery>

#include <functional>

using namespace Qt::StringLiterals;

namespace rz {

namespace {

const QString orgToken = u"OT0123456789abcdef0123456789abcd"_s;
const QString accountToken = u"CT0123456789abcdef0123456789abcd"_s;
const QString exportToken = u"ET0123456789abcdef0123456789abcd"_s;

struct SeenRequest {
    QByteArray method;
    QUrl url;                             // path and query as received
    QMap<QByteArray, QByteArray> headers; // lower-case names
};

QByteArray httpResponse(int status, const QByteArray &body, const QByteArray &extraHeaders = {},
                        const QByteArray &contentType = "application/json"_ba) {
    return "HTTP/1.1 "_ba + QByteArray::number(status) + " X\r\nContent-Type: "_ba + contentType +
           "\r\nContent-Length: "_ba + QByteArray::number(body.size()) + "\r\nConnection: close\r\n"_ba +
           extraHeaders + "\r\n"_ba + body;
}

// Answers every request with what `respond` returns; an empty answer leaves the request hanging.
class ScriptedServer final : public QObject {
public:
    using Responder = std::function<QByteArray(const SeenRequest &)>;

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

    quint16 port() const { return m_server.serverPort(); }
    QUrl base(const QString &host = u"127.0.0.1"_s) const {
        return QUrl(u"http://"_s + host + u':' + QString::number(port()) + u"/api/v1.0"_s);
    }
    QList<SeenRequest> requests;

private:
    void onData(QTcpSocket *socket) {
        QByteArray &buffer = m_buffers[socket];
        buffer += socket->readAll();
        const qsizetype end = buffer.indexOf("\r\n\r\n");
        if (end < 0)
            return;
        const QList<QByteArray> lines = buffer.first(end).split('\n');
        buffer.clear();
        const QList<QByteArray> requestLine = lines.value(0).trimmed().split(' ');
        SeenRequest request;
        request.method = requestLine.value(0);
        request.url = QUrl::fromEncoded(requestLine.value(1));
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const qsizetype colon = lines[i].indexOf(':');
            if (colon > 0)
                request.headers.insert(lines[i].first(colon).trimmed().toLower(),
                                       lines[i].sliced(colon + 1).trimmed());
        }
        requests.append(request);
        const QByteArray answer = m_respond(request);
        if (answer.isEmpty())
            return; // hang
        socket->write(answer);
        socket->disconnectFromHost();
    }

    QTcpServer m_server;
    Responder m_respond;
    QHash<QTcpSocket *, QByteArray> m_buffers;
};

// Sees every URL the client's network manager is asked for, synchronously, as the request is created.
class RecordingCookieJar final : public QNetworkCookieJar {
public:
    using QNetworkCookieJar::QNetworkCookieJar;
    QList<QUrl> urls;
    QList<QNetworkCookie> cookiesForUrl(const QUrl &url) const override {
        const_cast<RecordingCookieJar *>(this)->urls.append(url);
        return {};
    }
};

QString queryValue(const QUrl &url, const QString &key) {
    return QUrlQuery(url).queryItemValue(key, QUrl::FullyDecoded);
}

// A page body with assets first..last and the given next_key.
QByteArray pageBody(int first, int last, const QByteArray &nextKey) {
    QByteArray assets;
    for (int i = first; i <= last; ++i) {
        if (!assets.isEmpty())
            assets += ',';
        assets += "{\"id\":\"a"_ba + QByteArray::number(i) + "\",\"os\":\"Linux\",\"names\":[\"host"_ba +
                  QByteArray::number(i) + "\"]}"_ba;
    }
    return "{\"assets\":["_ba + assets + "],\"next_key\":\""_ba + nextKey + "\"}"_ba;
}

// Serves `pages` pages of `perPage` assets; page n (0-based) is asked for with start_key "key<n>".
ScriptedServer::Responder pagedResponder(int pages, int perPage, std::function<QByteArray(int)> fault = {}) {
    return [pages, perPage, fault](const SeenRequest &request) -> QByteArray {
        const QString key = queryValue(request.url, u"start_key"_s);
        const int page = key.isEmpty() ? 0 : key.sliced(3).toInt();
        if (fault) {
            const QByteArray faulty = fault(page);
            if (!faulty.isNull())
                return faulty;
        }
        const QByteArray next = page + 1 < pages ? "key"_ba + QByteArray::number(page + 1) : QByteArray();
        return httpResponse(200, pageBody(page * perPage, page * perPage + perPage - 1, next));
    };
}

template<class T> struct Capture {
    std::optional<Result<T>> result;
    std::function<void(const Result<T> &)> callback() {
        return [this](const Result<T> &r) { result = r; };
    }
};

} // namespace

class TestApiClientWire final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void headersAndUrl_data() {
        QTest::addColumn<QString>("suffix");
        QTest::newRow("no trailing slash") << QString();
        QTest::newRow("trailing slash") << u"/"_s;
    }

    void headersAndUrl() {
        QFETCH(QString, suffix);
        ScriptedServer server([](const SeenRequest &) { return httpResponse(200, "[]"_ba); });
        QUrl base = server.base();
        base.setPath(base.path() + suffix);
        ApiClient client(base, orgToken);
        QCOMPARE(client.credentialKind(), CredentialKind::Organization);
        Capture<QList<Site>> sites;
        client.fetchSites(this, sites.callback());
        QTRY_VERIFY(sites.result.has_value());
        QVERIFY(sites.result->ok());
        QCOMPARE(server.requests.size(), 1);
        const SeenRequest &request = server.requests.first();
        QCOMPARE(request.method, "GET"_ba);
        QCOMPARE(request.url.path(), u"/api/v1.0/export/org/sites.json"_s);
        QVERIFY(!QUrlQuery(request.url).hasQueryItem(u"_oid"_s));
        QCOMPARE(request.headers.value("authorization"_ba), "Bearer "_ba + orgToken.toLatin1());
        QCOMPARE(request.headers.value("user-agent"_ba), QByteArray("rzconsole/" RZ_VERSION));
    }

    void otherPrefix() {
        // A self-hosted console may serve the API under another prefix.
        ScriptedServer server([](const SeenRequest &) { return httpResponse(200, "[]"_ba); });
        QUrl base = server.base();
        base.setPath(u"/runzero/api/v1.0/"_s);
        ApiClient client(base, orgToken);
        Capture<QList<Site>> sites;
        client.fetchSites(this, sites.callback());
        QTRY_VERIFY(sites.result.has_value());
        QCOMPARE(server.requests.value(0).url.path(), u"/runzero/api/v1.0/export/org/sites.json"_s);
    }

    void accountTokenSendsOrganizationId() {
        ScriptedServer server([](const SeenRequest &) { return httpResponse(200, "[]"_ba); });
        ApiClient client(server.base(), accountToken);
        QCOMPARE(client.credentialKind(), CredentialKind::Account);
        client.setOrganizationId(u"org-1 & co"_s);
        // Choosing an organization reads its /org/key once, for the API usage.
        QTRY_COMPARE(server.requests.size(), 1);
        QCOMPARE(server.requests[0].url.path(), u"/api/v1.0/org/key"_s);
        QCOMPARE(queryValue(server.requests[0].url, u"_oid"_s), u"org-1 & co"_s);
        server.requests.clear();
        Capture<QList<Site>> sites;
        client.fetchSites(this, sites.callback());
        QTRY_VERIFY(sites.result.has_value());
        Capture<QList<Organization>> orgs;
        client.fetchOrganizations(this, orgs.callback());
        QTRY_VERIFY(orgs.result.has_value());
        QVERIFY(orgs.result->ok());
        QCOMPARE(server.requests.size(), 2);
        QCOMPARE(queryValue(server.requests[0].url, u"_oid"_s), u"org-1 & co"_s);
        QCOMPARE(server.requests[1].url.path(), u"/api/v1.0/account/orgs"_s);
        QVERIFY(!QUrlQuery(server.requests[1].url).hasQueryItem(u"_oid"_s)); // the account API needs none
    }

    void organizationTokenSendsNoOrganizationId() {
        ScriptedServer server(
            [](const SeenRequest &) { return httpResponse(200, R"({"id":"o1","name":"Mine"})"_ba); });
        ApiClient client(server.base(), orgToken);
        client.setOrganizationId(u"o1"_s);
        QTRY_COMPARE(server.requests.size(), 1); // the /org/key usage seed
        QVERIFY(!QUrlQuery(server.requests.value(0).url).hasQueryItem(u"_oid"_s));
        server.requests.clear();
        Capture<QList<Organization>> orgs;
        client.fetchOrganizations(this, orgs.callback());
        QTRY_VERIFY(orgs.result.has_value());
        QVERIFY(orgs.result->ok());
        QCOMPARE(orgs.result->value.size(), 1);
        QCOMPARE(orgs.result->value.first().name, u"Mine"_s);
        QCOMPARE(server.requests.value(0).url.path(), u"/api/v1.0/org"_s);
        QVERIFY(!QUrlQuery(server.requests.value(0).url).hasQueryItem(u"_oid"_s));
    }

    void refusedBeforeSending() {
        ScriptedServer server([](const SeenRequest &) { return httpResponse(200, "[]"_ba); });
        {
            ApiClient client(server.base(), exportToken);
            Capture<QList<Organization>> orgs;
            client.fetchOrganizations(this, orgs.callback());
            QVERIFY(!orgs.result.has_value()); // never synchronously
            QTRY_VERIFY(orgs.result.has_value());
            QCOMPARE(orgs.result->error.kind, ApiError::Kind::Unsupported);
            QVERIFY(!orgs.result->error.userMessage().contains(exportToken));
        }
        {
            ApiClient client(server.base(), accountToken); // no organization chosen
            Capture<QList<Site>> sites;
            client.fetchSites(this, sites.callback());
            QTRY_VERIFY(sites.result.has_value());
            QCOMPARE(sites.result->error.kind, ApiError::Kind::Unsupported);
        }
        QCOMPARE(server.requests.size(), 0);
    }

    void redirectToAnotherHostIsRefused() {
        ScriptedServer elsewhere([](const SeenRequest &) { return httpResponse(200, "[]"_ba); });
        const QByteArray location = elsewhere.base(u"localhost"_s).toEncoded() + "/export/org/sites.json"_ba;
        ScriptedServer server([location](const SeenRequest &) {
            return httpResponse(302, {}, "Location: "_ba + location + "\r\n"_ba);
        });
        ApiClient client(server.base(), orgToken);
        Capture<QList<Site>> sites;
        client.fetchSites(this, sites.callback());
        QTRY_VERIFY(sites.result.has_value());
        QCOMPARE(sites.result->error.kind, ApiError::Kind::Network);
        QVERIFY(sites.result->error.userMessage().contains("localhost"_L1));
        QCOMPARE(server.requests.size(), 1);
        QCOMPARE(elsewhere.requests.size(), 0); // the credential never left for the other host
    }

    void redirectOnTheSameOriginIsFollowed() {
        ScriptedServer server([](const SeenRequest &request) {
            if (request.url.path().endsWith("/old/sites.json"_L1))
                return httpResponse(200, R"([{"id":"s1","name":"Moved"}])"_ba);
            return httpResponse(301, {}, "Location: /api/v1.0/old/sites.json\r\n"_ba);
        });
        ApiClient client(server.base(), orgToken);
        Capture<QList<Site>> sites;
        client.fetchSites(this, sites.callback());
        QTRY_VERIFY(sites.result.has_value());
        QVERIFY2(sites.result->ok(), qPrintable(sites.result->error.userMessage()));
        QCOMPARE(sites.result->value.value(0).name, u"Moved"_s);
        QCOMPARE(server.requests.size(), 2);
        QCOMPARE(server.requests[1].headers.value("authorization"_ba), "Bearer "_ba + orgToken.toLatin1());
    }

    void failuresMapToKinds_data() {
        QTest::addColumn<QByteArray>("answer");
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("message");
        using K = ApiError::Kind;
        QTest::newRow("500 html") << httpResponse(500, "<html>oops</html>"_ba, {}, "text/html"_ba)
                                  << int(K::Server) << QString();
        QTest::newRow("401 problem") << httpResponse(401, R"({"title":"Unauthorized","detail":"bad key"})"_ba)
                                     << int(K::Unauthorized) << u"bad key"_s;
        QTest::newRow("403 wrong kind")
            << httpResponse(
                   403, R"({"error":"no","possible_token_types":["account"],"provided_token_type":"org"})"_ba)
            << int(K::WrongTokenKind) << QString();
        QTest::newRow("404") << httpResponse(404, {}) << int(K::NotFound) << QString();
        QTest::newRow("429") << httpResponse(429, R"({"error":"request limit exceeded"})"_ba,
                                             "Retry-After: 3\r\n"_ba)
                             << int(K::RateLimited) << u"request limit exceeded"_s;
        QTest::newRow("422 problem+json") << httpResponse(422, R"({"title":"x","detail":"search: bad"})"_ba,
                                                          {}, "application/problem+json"_ba)
                                          << int(K::BadRequest) << u"search: bad"_s;
        QTest::newRow("200 garbage") << httpResponse(200, "not json at all"_ba) << int(K::Malformed)
                                     << QString();
        QTest::newRow("200 html") << httpResponse(200, "<html></html>"_ba, {}, "text/html"_ba)
                                  << int(K::Malformed) << QString();
        QTest::newRow("dropped mid-body")
            << "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 500\r\n\r\n[{\"id\":"_ba
            << int(K::Network) << QString();
    }

    void failuresMapToKinds() {
        QFETCH(QByteArray, answer);
        QFETCH(int, kind);
        QFETCH(QString, message);
        ScriptedServer server([answer](const SeenRequest &) { return answer; });
        ApiClient client(server.base(), orgToken);
        client.setRetryPolicy(RetryPolicy::none()); // one answer, as it maps (retries: tst_apipacing)
        Capture<QList<Site>> sites;
        client.fetchSites(this, sites.callback());
        QTRY_VERIFY(sites.result.has_value());
        const ApiError &error = sites.result->error;
        QCOMPARE(int(error.kind), kind);
        QVERIFY(sites.result->value.isEmpty());
        if (!message.isEmpty())
            QCOMPARE(error.serverMessage, message);
        QVERIFY(!error.userMessage().contains(orgToken));
        QVERIFY(!error.userMessage().contains(orgToken.sliced(2)));
    }

    void timeout() {
        ScriptedServer server([](const SeenRequest &) { return QByteArray(); }); // never answers
        ApiClient client(server.base(), orgToken);
        client.setTimeoutMs(200);
        Capture<QList<Site>> sites;
        client.fetchSites(this, sites.callback());
        QTRY_VERIFY_WITH_TIMEOUT(sites.result.has_value(), 20000);
        QCOMPARE(sites.result->error.kind, ApiError::Kind::Timeout);
    }

    void connectionRefused() {
        quint16 port = 0;
        {
            QTcpServer probe;
            QVERIFY(probe.listen(QHostAddress::LocalHost));
            port = probe.serverPort();
        } // closed again: nothing listens there now
        ApiClient client(QUrl(u"http://127.0.0.1:%1/api/v1.0"_s.arg(port)), orgToken);
        Capture<QList<Site>> sites;
        client.fetchSites(this, sites.callback());
        QTRY_VERIFY(sites.result.has_value());
        QCOMPARE(sites.result->error.kind, ApiError::Kind::Network);
        QVERIFY(!sites.result->error.userMessage().contains(orgToken));
    }

    void contextGoneMeansNoCallback() {
        ScriptedServer server([](const SeenRequest &) { return httpResponse(200, "[]"_ba); });
        ApiClient client(server.base(), orgToken);
        bool called = false;
        {
            QObject context;
            client.fetchSites(&context, [&called](const Result<QList<Site>> &) { called = true; });
        }
        QTRY_COMPARE(server.requests.size(), 1);
        // A second request through the same client proves the first one's answer has been handled by now.
        Capture<QList<Site>> sites;
        client.fetchSites(this, sites.callback());
        QTRY_VERIFY(sites.result.has_value());
        QVERIFY(!called);
    }

    void clientDestroyedDropsFetches() {
        ScriptedServer server([](const SeenRequest &) { return QByteArray(); }); // never answers
        auto *client = new ApiClient(server.base(), orgToken);
        bool called = false;
        client->fetchSites(this, [&called](const Result<QList<Site>> &) { called = true; });
        QTRY_COMPARE(server.requests.size(), 1);
        delete client;
        QTest::qWait(50);
        QVERIFY(!called);
    }

    void assetQueryOnTheWire() {
        ScriptedServer server(pagedResponder(2, 3));
        ApiClient client(server.base(), accountToken);
        client.setOrganizationId(u"org-7"_s);
        QTRY_COMPARE(server.requests.size(), 1); // the /org/key usage seed
        server.requests.clear();
        AssetQuery query;
        query.columns = {AssetColumn::Os, AssetColumn::Names, AssetColumn::Os};
        query.search = u"os:\"a+b\" OR name:%41&x=1#frag ü"_s;
        query.siteName = u"HQ \"main\""_s;
        query.pageSize = 3;
        AssetLoad *load = client.loadAssets(query, this);
        QSignalSpy finished(load, &AssetLoad::finished);
        QTRY_COMPARE(finished.size(), 1);
        QVERIFY(finished.first().first().value<ApiError>().ok());
        QCOMPARE(server.requests.size(), 2);
        for (const SeenRequest &request : server.requests) {
            QCOMPARE(request.url.path(), u"/api/v1.0/export/org/assets.json"_s);
            QCOMPARE(queryValue(request.url, u"page_size"_s), u"3"_s);
            QCOMPARE(queryValue(request.url, u"fields"_s), u"id,os,names"_s);
            QCOMPARE(queryValue(request.url, u"_oid"_s), u"org-7"_s);
            QCOMPARE(queryValue(request.url, u"search"_s),
                     u"(os:\"a+b\" OR name:%41&x=1#frag ü) AND site:\"HQ \\\"main\\\"\""_s);
        }
        QVERIFY(!QUrlQuery(server.requests[0].url).hasQueryItem(u"start_key"_s));
        QCOMPARE(queryValue(server.requests[1].url, u"start_key"_s), u"key1"_s);
        QCOMPARE(load->rowsLoaded(), 6);
        QVERIFY(!load->isRunning());
        QVERIFY(load->resumeKey().isEmpty());
    }

    void pagesInOrderAndPipelined() {
        constexpr int pages = 6;
        constexpr int perPage = 400;
        ScriptedServer server(pagedResponder(pages, perPage));
        ApiClient client(server.base(), orgToken);
        auto *jar = new RecordingCookieJar;
        client.networkAccessManager()->setCookieJar(jar);
        AssetQuery query;
        query.columns = {AssetColumn::Os, AssetColumn::Names};
        query.pageSize = perPage;
        AssetLoad *load = client.loadAssets(query, this);
        QVERIFY(load->isRunning());
        QStringList ids;
        QList<bool> nextAlreadyRequested;
        int finishedCount = 0;
        connect(load, &AssetLoad::pageReady, this, [&](const AssetPage &page) {
            for (const AssetRow &row : page.rows)
                ids.append(row.id);
            QCOMPARE(page.columns, query.columns);
            // By the time a page is handed over, the request for the next one has already gone out.
            if (!page.nextKey.isEmpty()) {
                bool requested = false;
                for (const QUrl &url : std::as_const(jar->urls))
                    requested = requested || queryValue(url, u"start_key"_s) == page.nextKey;
                nextAlreadyRequested.append(requested);
            }
        });
        connect(load, &AssetLoad::finished, this, [&](const ApiError &error) {
            ++finishedCount;
            QVERIFY(error.ok());
        });
        QTRY_COMPARE(finishedCount, 1);
        QCOMPARE(ids.size(), pages * perPage);
        for (int i = 0; i < ids.size(); ++i)
            QCOMPARE(ids[i], u"a"_s + QString::number(i));
        QCOMPARE(nextAlreadyRequested, QList<bool>(pages - 1, true));
        QCOMPARE(load->rowsLoaded(), qint64(pages * perPage));
        QTest::qWait(50);
        QCOMPARE(finishedCount, 1);
    }

    void cancelStopsEverything() {
        // The second page never comes: cancel while it is in flight.
        ScriptedServer server(
            pagedResponder(3, 5, [](int page) { return page == 1 ? QByteArray("") : QByteArray(); }));
        ApiClient client(server.base(), orgToken);
        AssetQuery query;
        query.pageSize = 5;
        AssetLoad *load = client.loadAssets(query, this);
        QSignalSpy pages(load, &AssetLoad::pageReady);
        QSignalSpy finished(load, &AssetLoad::finished);
        QTRY_COMPARE(pages.size(), 1);
        QTRY_COMPARE(server.requests.size(), 2);
        load->cancel();
        QCOMPARE(finished.size(), 1);
        QCOMPARE(finished.first().first().value<ApiError>().kind, ApiError::Kind::Cancelled);
        QVERIFY(!load->isRunning());
        QCOMPARE(load->resumeKey(), u"key1"_s);
        load->cancel(); // a second cancel changes nothing
        QTest::qWait(50);
        QCOMPARE(finished.size(), 1);
        QCOMPARE(pages.size(), 1);
    }

    void cancelBeforeStart() {
        ScriptedServer server(pagedResponder(1, 5));
        ApiClient client(server.base(), orgToken);
        AssetLoad *load = client.loadAssets(AssetQuery{}, this);
        QSignalSpy finished(load, &AssetLoad::finished);
        load->cancel();
        QCOMPARE(finished.size(), 1);
        QTest::qWait(50);
        QCOMPARE(finished.size(), 1);
        QCOMPARE(server.requests.size(), 0);
    }

    void resumeAfterAFailure() {
        int failures = 0;
        ScriptedServer server(pagedResponder(5, 4, [&failures](int page) {
            if (page == 3 && failures++ == 0)
                return httpResponse(500, R"({"title":"boom"})"_ba);
            return QByteArray();
        }));
        ApiClient client(server.base(), orgToken);
        client.setRetryPolicy(RetryPolicy::none()); // the load stops at the fault instead of retrying it
        AssetQuery query;
        query.pageSize = 4;
        AssetLoad *load = client.loadAssets(query, this);
        QStringList ids;
        connect(load, &AssetLoad::pageReady, this, [&ids](const AssetPage &page) {
            for (const AssetRow &row : page.rows)
                ids.append(row.id);
        });
        QSignalSpy finished(load, &AssetLoad::finished);
        QTRY_COMPARE(finished.size(), 1);
        const ApiError error = finished.first().first().value<ApiError>();
        QCOMPARE(error.kind, ApiError::Kind::Server);
        QCOMPARE(error.serverMessage, u"boom"_s);
        QCOMPARE(load->resumeKey(), u"key3"_s);
        QCOMPARE(ids.size(), 12);
        QVERIFY(!load->isRunning());

        load->resume();
        QVERIFY(load->isRunning());
        QTRY_COMPARE(finished.size(), 2);
        QVERIFY(finished.last().first().value<ApiError>().ok());
        QCOMPARE(ids.size(), 20);
        for (int i = 0; i < ids.size(); ++i)
            QCOMPARE(ids[i], u"a"_s + QString::number(i));
        QCOMPARE(load->rowsLoaded(), 20);
        load->resume(); // a complete load does not start again
        QVERIFY(!load->isRunning());
    }

    void malformedPageStopsTheLoad() {
        ScriptedServer server(pagedResponder(4, 3, [](int page) {
            return page == 2 ? httpResponse(200, R"({"assets":[{"id":"x"},)"_ba) : QByteArray();
        }));
        ApiClient client(server.base(), orgToken);
        client.setRetryPolicy(RetryPolicy::none()); // stops at the broken page instead of fetching it again
        AssetQuery query;
        query.pageSize = 3;
        AssetLoad *load = client.loadAssets(query, this);
        QSignalSpy pages(load, &AssetLoad::pageReady);
        QSignalSpy finished(load, &AssetLoad::finished);
        QTRY_COMPARE(finished.size(), 1);
        QCOMPARE(finished.first().first().value<ApiError>().kind, ApiError::Kind::Malformed);
        QCOMPARE(pages.size(), 2);
        QCOMPARE(load->resumeKey(), u"key2"_s);
        QCOMPARE(server.requests.size(), 3); // nothing was asked after the broken page
    }

    void aPageThatNamesItselfEndsTheLoad() {
        ScriptedServer server([](const SeenRequest &request) {
            const bool first = queryValue(request.url, u"start_key"_s).isEmpty();
            return httpResponse(200, first ? pageBody(0, 1, "again"_ba) : pageBody(2, 3, "again"_ba));
        });
        ApiClient client(server.base(), orgToken);
        AssetLoad *load = client.loadAssets(AssetQuery{}, this);
        QSignalSpy pages(load, &AssetLoad::pageReady);
        QSignalSpy finished(load, &AssetLoad::finished);
        QTRY_COMPARE(finished.size(), 1);
        QCOMPARE(finished.first().first().value<ApiError>().kind, ApiError::Kind::Malformed);
        QCOMPARE(pages.size(), 1);
        QCOMPARE(server.requests.size(), 2);
        QCOMPARE(load->resumeKey(), u"again"_s);
    }

    void faultInsideAValueFailsThePageItself() {
        // The first pass finds next_key and the request for page 2 goes out; the second pass then finds the
        // fault.
        ScriptedServer server([](const SeenRequest &request) {
            if (queryValue(request.url, u"start_key"_s).isEmpty())
                return httpResponse(200, R"({"next_key":"key1","assets":[{"id":"a0","alive":tru}]})"_ba);
            return httpResponse(200, pageBody(1, 1, {}));
        });
        ApiClient client(server.base(), orgToken);
        AssetQuery query;
        query.columns = {AssetColumn::Alive};
        AssetLoad *load = client.loadAssets(query, this);
        QSignalSpy pages(load, &AssetLoad::pageReady);
        QSignalSpy finished(load, &AssetLoad::finished);
        QTRY_COMPARE(finished.size(), 1);
        QCOMPARE(finished.first().first().value<ApiError>().kind, ApiError::Kind::Malformed);
        QCOMPARE(pages.size(), 0);
        QVERIFY(load->resumeKey().isEmpty());
    }

    void clientDestroyedDuringALoad() {
        ScriptedServer server(
            pagedResponder(3, 2, [](int page) { return page == 1 ? QByteArray("") : QByteArray(); }));
        auto *client = new ApiClient(server.base(), orgToken);
        AssetQuery query;
        query.pageSize = 2;
        AssetLoad *load = client->loadAssets(query, this);
        QSignalSpy finished(load, &AssetLoad::finished);
        QTRY_COMPARE(server.requests.size(), 2);
        delete client;
        QTRY_COMPARE(finished.size(), 1);
        QCOMPARE(finished.first().first().value<ApiError>().kind, ApiError::Kind::Cancelled);
        QVERIFY(!load->isRunning());
    }
};

} // namespace rz

QTEST_GUILESS_MAIN(rz::TestApiClientWire)
#include "tst_apiclient_wire.moc"
