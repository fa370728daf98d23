// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: rzconsole contributors
//
// The malformed-input table for bodies: what the real ApiClient makes of broken, oddly typed or hostile
// answers with status 200, for each kind of body it parses (the account's organizations, the organization
// token's one organization, the sites export, a page of the asset export), served byte-exact by a scripted
// server on loopback. Each row ends in a clear error or a documented lenient reading; nothing crashes or
// hangs. (Statuses, redirects, timeouts and the pipelined load are in tst_apiclient_wire and
// tst_malformed_transport; the parsers' own tables are in tests/unit.)
#include "api/ApiClient.h"
#include "api/AssetLoad.h"

#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

using namespace Qt::StringLiterals;

namespace rz {

namespace {

const QString accountToken = u"CT0123456789abcdef0123456789abcd"_s;
const QString orgToken = u"OT0123456789abcdef0123456789abcd"_s;
const QString exportToken = u"ET0123456789abcdef0123456789abcd"_s;

enum class Call { Organizations, Organization, Sites, Assets };

// Answers every request with 200 and the given body, whatever was asked.
class FixedBodyServer final : public QObject {
public:
    explicit FixedBodyServer(QByteArray body)
        : m_body(std::move(body)) {
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = m_server.nextPendingConnection()) {
                socket->setParent(this);
                connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onData(socket); });
            }
        });
        m_server.listen(QHostAddress::LocalHost);
    }
    QUrl base() const { return QUrl(u"http://127.0.0.1:%1/api/v1.0"_s.arg(m_server.serverPort())); }
    int requests = 0;

private:
    void onData(QTcpSocket *socket) {
        m_seen[socket] += socket->readAll();
        if (!m_seen[socket].contains("\r\n\r\n"))
            return;
        m_seen.remove(socket);
        ++requests;
        socket->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: "_ba +
                      QByteArray::number(m_body.size()) + "\r\nConnection: close\r\n\r\n"_ba + m_body);
        socket->disconnectFromHost();
    }

    QTcpServer m_server;
    QByteArray m_body;
    QHash<QTcpSocket *, QByteArray> m_seen;
};

QString kindName(ApiError::Kind kind) {
    switch (kind) {
    case ApiError::Kind::Malformed:
        return u"Malformed"_s;
    case ApiError::Kind::Network:
        return u"Network"_s;
    case ApiError::Kind::Timeout:
        return u"Timeout"_s;
    default:
        return u"kind %1"_s.arg(int(kind));
    }
}

// The columns an asset row is checked with: text, list, object, bool, integer and time.
const QList<AssetColumn> assetColumns = {AssetColumn::Names, AssetColumn::Tags, AssetColumn::Alive,
                                         AssetColumn::ServiceCount, AssetColumn::FirstSeen};

// "ok: <n> | <first item>" or "error: <kind>", for the table to compare.
template<class T> QString outcome(const Result<QList<T>> &result, QString (*describe)(const T &)) {
    if (!result.ok())
        return u"error: "_s + kindName(result.error.kind);
    return u"ok: %1"_s.arg(result.value.size()) +
           (result.value.isEmpty() ? QString() : u" | "_s + describe(result.value.first()));
}

QString describeOrganization(const Organization &o) {
    return u"%1 / %2 / %3"_s.arg(o.id, o.name).arg(o.assetCount);
}

QString describeSite(const Site &s) {
    return u"%1 / %2 / %3"_s.arg(s.id, s.name, s.scope);
}

} // namespace

class TestMalformedBodies final : public QObject {
    Q_OBJECT

private:
    QString run(Call call, const QByteArray &body, QString *userMessage) {
        FixedBodyServer server(body);
        const QString token = call == Call::Organizations  ? accountToken
                              : call == Call::Organization ? orgToken
                                                           : exportToken;
        ApiClient client(server.base(), token);
        client.setRetryPolicy(RetryPolicy::none()); // each row is about one answer, not about trying again
        QString result;
        switch (call) {
        case Call::Organizations:
        case Call::Organization: {
            std::optional<Result<QList<Organization>>> orgs;
            client.fetchOrganizations(this, [&orgs](const Result<QList<Organization>> &r) { orgs = r; });
            if (!QTest::qWaitFor([&orgs] { return orgs.has_value(); }, 20000))
                return u"hang"_s;
            *userMessage = orgs->error.userMessage();
            return outcome<Organization>(*orgs, describeOrganization);
        }
        case Call::Sites: {
            std::optional<Result<QList<Site>>> sites;
            client.fetchSites(this, [&sites](const Result<QList<Site>> &r) { sites = r; });
            if (!QTest::qWaitFor([&sites] { return sites.has_value(); }, 20000))
                return u"hang"_s;
            *userMessage = sites->error.userMessage();
            return outcome<Site>(*sites, describeSite);
        }
        case Call::Assets: {
            AssetQuery query;
            query.columns = assetColumns;
            AssetLoad *load = client.loadAssets(query, this);
            QList<AssetRow> rows;
            connect(load, &AssetLoad::pageReady, this, [&rows](const AssetPage &page) {
                rows.append(QList<AssetRow>(page.rows.begin(), page.rows.end()));
            });
            QSignalSpy finished(load, &AssetLoad::finished);
            if (!QTest::qWaitFor([&finished] { return !finished.isEmpty(); }, 20000))
                return u"hang"_s;
            const ApiError error = finished.first().first().value<ApiError>();
            *userMessage = error.userMessage();
            if (!error.ok())
                return u"error: "_s + kindName(error.kind);
            result = u"ok: %1"_s.arg(rows.size());
            if (!rows.isEmpty())
                result += u" | "_s + rows.first().id + u" / "_s + rows.first().values.join(u" / "_s);
            return result;
        }
        }
        return u"unreachable"_s;
    }

private Q_SLOTS:
    void table_data() {
        QTest::addColumn<int>("call");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("expected");
        const auto row = [](const char *name, Call call, const QByteArray &body, const QString &expected) {
            QTest::newRow(name) << int(call) << body << expected;
        };
        const QString malformed = u"error: Malformed"_s;
        using C = Call;

        // Truncated JSON, complete as far as HTTP is concerned.
        row("orgs truncated", C::Organizations, "[{\"id\":\"o1\",\"name\":\"La"_ba, malformed);
        row("org truncated", C::Organization, R"({"id":"o1","name":)"_ba, malformed);
        row("sites truncated", C::Sites, R"([{"id":"s1"},{"id":)"_ba, malformed);
        row("assets truncated", C::Assets, R"({"assets":[{"id":"a1","names":["x")"_ba, malformed);
        row("assets truncated after the list", C::Assets, "{\"assets\":[{\"id\":\"a1\"}],\"next_key\":\"k"_ba,
            malformed);

        // An empty body and an HTML page, both with status 200.
        for (const auto &[name, call] :
             {std::pair{"orgs", C::Organizations}, std::pair{"org", C::Organization},
              std::pair{"sites", C::Sites}, std::pair{"assets", C::Assets}}) {
            row(qPrintable(QString::fromLatin1(name) + u" empty body"_s), call, QByteArray(), malformed);
            row(qPrintable(QString::fromLatin1(name) + u" html page"_s), call,
                "<!DOCTYPE html>\n<html><head><title>Sign in</title></head><body>runZero</body></html>"_ba,
                malformed);
        }

        // Invalid UTF-8 inside a string.
        row("orgs invalid utf-8", C::Organizations, "[{\"id\":\"o1\",\"name\":\"Lab \xff\xfe\"}]"_ba,
            malformed);
        row("sites invalid utf-8", C::Sites, "[{\"id\":\"s1\",\"name\":\"\xc3\x28\"}]"_ba, malformed);
        row("assets invalid utf-8", C::Assets, "[{\"id\":\"a1\",\"names\":[\"\xed\xa0\x80\"]}]"_ba,
            malformed);

        // null where a list or object is expected.
        row("orgs null entries", C::Organizations, R"([null,{"id":"o1","name":"A"},7])"_ba,
            u"ok: 1 | o1 / A / -1"_s);
        row("org null fields", C::Organization, R"({"id":"o1","name":null,"asset_count":null})"_ba,
            u"ok: 1 | o1 /  / -1"_s);
        row("sites null fields", C::Sites, R"([{"id":"s1","name":null,"scope":null,"asset_count":null}])"_ba,
            u"ok: 1 | s1 /  / "_s);
        row("assets null list", C::Assets, R"({"assets":null,"next_key":""})"_ba, u"ok: 0"_s);
        row("assets null fields", C::Assets,
            R"([{"id":"a1","names":null,"tags":null,"alive":null,"service_count":null,"first_seen":null}])"_ba,
            u"ok: 1 | a1 /  /  /  /  / "_s);
        row("assets null next_key", C::Assets, R"({"assets":[{"id":"a1"}],"next_key":null})"_ba,
            u"ok: 1 | a1 /  /  /  /  / "_s);

        // Strings where numbers or booleans are expected, and the other way round.
        row("orgs string numbers", C::Organizations,
            R"([{"id":"o1","name":"A","asset_count":"12","project":"true","inactive":1}])"_ba,
            u"ok: 1 | o1 / A / 12"_s);
        row("org numbers for strings", C::Organization, R"({"id":"o1","name":42,"description":[1]})"_ba,
            u"ok: 1 | o1 / 42 / -1"_s);
        row("sites wrong types", C::Sites,
            R"([{"id":"s1","name":["x"],"scope":{"a":1},"asset_count":"7"}])"_ba, u"ok: 1 | s1 /  / "_s);
        row("assets wrong types", C::Assets,
            R"([{"id":"a1","names":"solo","tags":["t1","t2"],"alive":"true","service_count":"12",)"
            R"("first_seen":"1700000000"}])"_ba,
            u"ok: 1 | a1 / solo / t1\nt2 / true / 12 / 1700000000"_s);

        // Numbers above 2^53 (and 2^64).
        row("orgs huge asset_count", C::Organizations,
            R"([{"id":"o1","name":"A","asset_count":9007199254740993}])"_ba,
            u"ok: 1 | o1 / A / 9007199254740992"_s);
        row("orgs asset_count beyond int64", C::Organizations,
            R"([{"id":"o1","name":"A","asset_count":36893488147419103232}])"_ba, u"ok: 1 | o1 / A / -1"_s);
        row("assets huge integers", C::Assets,
            R"([{"id":"a1","service_count":18446744073709551617,"first_seen":9007199254740993}])"_ba,
            u"ok: 1 | a1 /  /  /  / 18446744073709551617 / 9007199254740993"_s);

        // Ids sent as numbers. An asset id keeps its digits exactly, as every integer in an asset does. The
        // small-body readers are documented to read a wrong type as the default (JsonValues.h), so an
        // organization without a string id is no organization.
        row("assets numeric id", C::Assets, R"([{"id":12345678901234567890},{"id":"a2"}])"_ba,
            u"ok: 2 | 12345678901234567890 /  /  /  /  / "_s);
        row("orgs numeric id", C::Organizations, R"([{"id":12345678901234567890,"name":"A"}])"_ba,
            u"ok: 0"_s);
    }

    void table() {
        QFETCH(int, call);
        QFETCH(QByteArray, body);
        QFETCH(QString, expected);
        QString message;
        const QString got = run(Call(call), body, &message);
        QCOMPARE(got, expected);
        if (got.startsWith("error"_L1))
            QVERIFY2(message.size() > 20, qPrintable(message)); // a sentence, not just a code
        for (const QString &token : {accountToken, orgToken, exportToken})
            QVERIFY(!message.contains(token.sliced(2)));
    }
};

} // namespace rz

QTEST_GUILESS_MAIN(rz::TestMalformedBodies)
#include "tst_malformed_bodies.moc"
