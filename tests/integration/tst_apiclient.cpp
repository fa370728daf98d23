// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: rzconsole contributors
//
// ApiClient against the simulated console over real loopback HTTP.
#include "api/ApiClient.h"
#include "api/AssetLoad.h"
#include "support/SimHttp.h"
#include "support/TestConsole.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;

namespace rz {

namespace {

constexpr int assetsPerOrganization = 500;
constexpr int sitesPerOrganization = 4;
constexpr int loadTimeoutMs = 60000;

sim::SimConfig simConfig() {
    sim::SimConfig config = rz::test::simulatedData(7, 3, assetsPerOrganization, sitesPerOrganization);
    return config;
}

template<class T> struct Capture {
    std::optional<Result<T>> result;
    std::function<void(const Result<T> &)> callback() {
        return [this](const Result<T> &r) { result = r; };
    }
};

// What a whole load delivered.
struct LoadOutcome {
    QStringList ids;
    QList<AssetRow> rows;
    QList<ApiError> errors; // every finished() error, in order (the last one is ok() on success)
    int resumes = 0;
};

} // namespace

class TestApiClient final : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<test::TestConsole> m_console;
    QList<QString> m_allTokens;

    const test::ConsoleEndpoint &endpoint() const { return m_console->endpoint(); }

    std::unique_ptr<ApiClient> clientFor(const QString &token) {
        auto client = std::make_unique<ApiClient>(endpoint().baseUrl, token);
        if (client->credentialKind() == CredentialKind::Account)
            client->setOrganizationId(endpoint().tokens.organizationId);
        return client;
    }

    // The reference: the unpaged export (a bare array), fetched without ApiClient. Maps id -> asset.
    QMap<QString, QJsonObject> unpagedExport(const QString &search,
                                             const QString &fields = u"id,os,site_name"_s) {
        const QJsonArray exported = test::SimHttp(loadTimeoutMs).exportedAssets(endpoint(), search, fields);
        QMap<QString, QJsonObject> assets;
        for (const auto &value : exported)
            assets.insert(value.toObject().value("id"_L1).toString(), value.toObject());
        return assets;
    }

    // Runs a load to its end, resuming after each failure (up to `maxResumes` times).
    void runLoad(ApiClient &client, const AssetQuery &query, LoadOutcome &outcome, int maxResumes = 0) {
        AssetLoad *load = client.loadAssets(query, this);
        connect(load, &AssetLoad::pageReady, this, [&outcome, &query](const AssetPage &page) {
            QCOMPARE(page.columns, query.columns);
            for (const AssetRow &row : page.rows) {
                outcome.ids.append(row.id);
                outcome.rows.append(row);
            }
        });
        bool running = true;
        connect(load, &AssetLoad::finished, this, [&](const ApiError &error) {
            outcome.errors.append(error);
            if (!error.ok() && outcome.resumes < maxResumes) {
                ++outcome.resumes;
                // Resume from the event loop, as a user would, after the failure is reported.
                QMetaObject::invokeMethod(load, &AssetLoad::resume, Qt::QueuedConnection);
                return;
            }
            running = false;
        });
        QTRY_VERIFY_WITH_TIMEOUT(!running, loadTimeoutMs);
        delete load;
    }

    // A load that ended well and delivered each of `expected` (sorted) once: none twice, none missing.
    static void verifyDelivered(const LoadOutcome &outcome, const QStringList &expected) {
        QVERIFY2(outcome.errors.last().ok(), qPrintable(outcome.errors.last().userMessage()));
        QStringList ids = outcome.ids;
        ids.sort();
        QCOMPARE(ids.size(), expected.size());
        QCOMPARE(ids, expected);
    }

    void verifyNoTokenIn(const ApiError &error) {
        const QString message = error.userMessage() + error.serverMessage + error.detail;
        for (const QString &token : std::as_const(m_allTokens)) {
            if (!token.isEmpty())
                QVERIFY2(!message.contains(token), qPrintable(message));
        }
    }

private Q_SLOTS:
    void initTestCase() {
        m_console = std::make_unique<test::TestConsole>(simConfig());
        QVERIFY2(endpoint().baseUrl.isValid() && !endpoint().baseUrl.isEmpty(), "no console to test against");
        const sim::SimTokens &tokens = endpoint().tokens;
        m_allTokens = {tokens.exportToken, tokens.organizationToken, tokens.accountToken,
                       tokens.downloadToken, tokens.clientSecret};
    }

    void organizationsWithAccountToken() {
        const auto client = clientFor(endpoint().tokens.accountToken);
        Capture<QList<Organization>> orgs;
        client->fetchOrganizations(this, orgs.callback());
        QTRY_VERIFY(orgs.result.has_value());
        QVERIFY2(orgs.result->ok(), qPrintable(orgs.result->error.userMessage()));
        QStringList ids;
        for (const Organization &org : orgs.result->value) {
            ids.append(org.id);
            QVERIFY(!org.name.isEmpty());
        }
        ids.sort();
        if (sim::SimServer *server = m_console->server()) {
            QStringList expected = server->organizationIds();
            expected.sort();
            QCOMPARE(ids, expected);
        }
        QVERIFY(ids.contains(endpoint().tokens.organizationId));
    }

    void organizationWithOrganizationToken() {
        const auto client = clientFor(endpoint().tokens.organizationToken);
        Capture<QList<Organization>> orgs;
        client->fetchOrganizations(this, orgs.callback());
        QTRY_VERIFY(orgs.result.has_value());
        QVERIFY2(orgs.result->ok(), qPrintable(orgs.result->error.userMessage()));
        QCOMPARE(orgs.result->value.size(), 1);
        QCOMPARE(orgs.result->value.first().id, endpoint().tokens.organizationId);
    }

    void exportTokenCannotListOrganizations() {
        sim::SimServer *server = m_console->server();
        const qint64 before = server ? server->requestCount() : 0;
        const auto client = clientFor(endpoint().tokens.exportToken);
        Capture<QList<Organization>> orgs;
        client->fetchOrganizations(this, orgs.callback());
        QTRY_VERIFY(orgs.result.has_value());
        QCOMPARE(orgs.result->error.kind, ApiError::Kind::Unsupported);
        verifyNoTokenIn(orgs.result->error);
        if (server)
            QCOMPARE(server->requestCount(), before); // nothing was sent
    }

    void sites_data() {
        QTest::addColumn<QString>("token");
        QTest::newRow("export") << endpoint().tokens.exportToken;
        QTest::newRow("organization") << endpoint().tokens.organizationToken;
        QTest::newRow("account") << endpoint().tokens.accountToken;
    }

    void sites() {
        QFETCH(QString, token);
        const auto client = clientFor(token);
        Capture<QList<Site>> sites;
        client->fetchSites(this, sites.callback());
        QTRY_VERIFY(sites.result.has_value());
        QVERIFY2(sites.result->ok(), qPrintable(sites.result->error.userMessage()));
        if (!endpoint().external)
            QCOMPARE(sites.result->value.size(), sitesPerOrganization);
        for (const Site &site : sites.result->value) {
            QVERIFY(!site.id.isEmpty());
            QVERIFY(!site.name.isEmpty());
        }
    }

    void fullPagedLoad_data() {
        QTest::addColumn<int>("pageSize");
        QTest::addColumn<QString>("token");
        QTest::newRow("1 page of everything") << 5000 << endpoint().tokens.exportToken;
        QTest::newRow("exact fit") << assetsPerOrganization << endpoint().tokens.exportToken;
        QTest::newRow("one short") << assetsPerOrganization - 1 << endpoint().tokens.exportToken;
        QTest::newRow("one over") << assetsPerOrganization + 1 << endpoint().tokens.organizationToken;
        QTest::newRow("100") << 100 << endpoint().tokens.accountToken;
        QTest::newRow("7") << 7 << endpoint().tokens.exportToken;
        QTest::newRow("3") << 3 << endpoint().tokens.organizationToken;
    }

    void fullPagedLoad() {
        QFETCH(int, pageSize);
        QFETCH(QString, token);
        const QMap<QString, QJsonObject> reference = unpagedExport({});
        QVERIFY(!reference.isEmpty());
        const auto client = clientFor(token);
        AssetQuery query;
        query.columns = allAssetColumns();
        query.pageSize = pageSize;
        LoadOutcome outcome;
        runLoad(*client, query, outcome);
        if (QTest::currentTestFailed())
            return;
        QCOMPARE(outcome.errors.size(), 1);
        verifyDelivered(outcome, reference.keys());
    }

    void fieldsAreHonoured() {
        const QMap<QString, QJsonObject> reference = unpagedExport({}, u"id,os,site_name,alive"_s);
        const auto client = clientFor(endpoint().tokens.exportToken);
        AssetQuery query;
        query.columns = {AssetColumn::SiteName, AssetColumn::Os, AssetColumn::Alive};
        query.pageSize = 64;
        LoadOutcome outcome;
        runLoad(*client, query, outcome);
        if (QTest::currentTestFailed())
            return;
        QVERIFY(outcome.errors.last().ok());
        QCOMPARE(outcome.rows.size(), reference.size());
        for (const AssetRow &row : outcome.rows) {
            QCOMPARE(row.values.size(), 3);
            const QJsonObject expected = reference.value(row.id);
            QCOMPARE(row.values[0], expected.value("site_name"_L1).toString());
            QCOMPARE(row.values[1], expected.value("os"_L1).toString());
            QCOMPARE(row.values[2], expected.value("alive"_L1).toBool() ? u"true"_s : u"false"_s);
        }
    }

    void search_data() {
        QTest::addColumn<QString>("search");
        QTest::newRow("alive") << u"alive:true"_s;
        QTest::newRow("or") << u"os:linux OR os:windows"_s;
        QTest::newRow("nothing") << u"name:=no-such-asset-anywhere"_s;
    }

    void search() {
        QFETCH(QString, search);
        const QMap<QString, QJsonObject> reference = unpagedExport(search);
        const auto client = clientFor(endpoint().tokens.organizationToken);
        AssetQuery query;
        query.columns = {AssetColumn::Os};
        query.search = search;
        query.pageSize = 50;
        LoadOutcome outcome;
        runLoad(*client, query, outcome);
        if (QTest::currentTestFailed())
            return;
        verifyDelivered(outcome, reference.keys());
    }

    void siteRestrictionKeepsTheSearchGrouped() {
        const auto client = clientFor(endpoint().tokens.exportToken);
        Capture<QList<Site>> sites;
        client->fetchSites(this, sites.callback());
        QTRY_VERIFY(sites.result.has_value());
        QVERIFY(!sites.result->value.isEmpty());
        const QString siteName = sites.result->value.first().name;
        const QString userSearch = u"os:linux OR os:windows"_s;

        const QMap<QString, QJsonObject> inSite = unpagedExport(u"site:\"%1\""_s.arg(siteName));
        const QMap<QString, QJsonObject> matching = unpagedExport(userSearch);
        QStringList expected;
        for (auto it = inSite.cbegin(); it != inSite.cend(); ++it) {
            if (matching.contains(it.key()))
                expected.append(it.key());
        }

        AssetQuery query;
        query.columns = {AssetColumn::SiteName};
        query.search = userSearch;
        query.siteName = siteName;
        query.pageSize = 25;
        LoadOutcome outcome;
        runLoad(*client, query, outcome);
        if (QTest::currentTestFailed())
            return;
        verifyDelivered(outcome, expected);
        if (QTest::currentTestFailed())
            return;
        for (const AssetRow &row : outcome.rows)
            QVERIFY(row.values.first().contains(siteName, Qt::CaseInsensitive));
    }

    void wrongTokenKind() {
        if (endpoint().tokens.downloadToken.isEmpty())
            QSKIP("this console gives no download token to try");
        const auto client = clientFor(endpoint().tokens.downloadToken);
        Capture<QList<Site>> sites;
        client->fetchSites(this, sites.callback());
        QTRY_VERIFY(sites.result.has_value());
        const ApiError &error = sites.result->error;
        QCOMPARE(error.kind, ApiError::Kind::WrongTokenKind);
        QVERIFY(error.possibleTokenTypes.contains(u"export"_s));
        QVERIFY(!error.providedTokenType.isEmpty());
        QVERIFY2(error.userMessage().contains("export token"_L1), qPrintable(error.userMessage()));
        verifyNoTokenIn(error);
    }

    void unknownToken() {
        const QString token = u"OT"_s + QString(30, u'7');
        m_allTokens.append(token);
        const auto client = clientFor(token);
        Capture<QList<Site>> sites;
        client->fetchSites(this, sites.callback());
        QTRY_VERIFY(sites.result.has_value());
        QCOMPARE(sites.result->error.kind, ApiError::Kind::Unauthorized);
        QCOMPARE(sites.result->error.httpStatus, 401);
        verifyNoTokenIn(sites.result->error);

        AssetLoad *load = client->loadAssets(AssetQuery{}, this);
        QSignalSpy finished(load, &AssetLoad::finished);
        QTRY_COMPARE(finished.size(), 1);
        const ApiError error = finished.first().first().value<ApiError>();
        QCOMPARE(error.kind, ApiError::Kind::Unauthorized);
        verifyNoTokenIn(error);
    }

    void malformedSearch() {
        const auto client = clientFor(endpoint().tokens.exportToken);
        AssetQuery query;
        query.search = u"(os:linux OR"_s;
        LoadOutcome outcome;
        runLoad(*client, query, outcome);
        if (QTest::currentTestFailed())
            return;
        QCOMPARE(outcome.errors.size(), 1);
        const ApiError &error = outcome.errors.first();
        QCOMPARE(error.kind, ApiError::Kind::BadRequest);
        QVERIFY(!error.serverMessage.isEmpty());
        QVERIFY2(error.userMessage().startsWith("The server refused the request: "_L1),
                 qPrintable(error.userMessage()));
        QVERIFY(error.userMessage().contains(error.serverMessage));
        QVERIFY(outcome.ids.isEmpty());
        verifyNoTokenIn(error);
    }

    void cancel() {
        const auto client = clientFor(endpoint().tokens.exportToken);
        AssetQuery query;
        query.pageSize = 10;
        AssetLoad *load = client->loadAssets(query, this);
        int pages = 0;
        QList<ApiError> finished;
        connect(load, &AssetLoad::pageReady, this, [&pages, load](const AssetPage &) {
            if (++pages == 2)
                load->cancel(); // from inside a page handler: nothing more may follow
        });
        connect(load, &AssetLoad::finished, this,
                [&finished](const ApiError &error) { finished.append(error); });
        QTRY_COMPARE(finished.size(), 1);
        QCOMPARE(finished.first().kind, ApiError::Kind::Cancelled);
        QCOMPARE(pages, 2);
        QCOMPARE(load->rowsLoaded(), 20);
        QVERIFY(!load->isRunning());
        QVERIFY(!load->resumeKey().isEmpty());
        QTest::qWait(200);
        QCOMPARE(pages, 2);
        QCOMPARE(finished.size(), 1);
        delete load;
    }

    void resumeAfterFaults_data() {
        QTest::addColumn<int>("error500Every");
        QTest::addColumn<int>("dropMidBodyEvery");
        QTest::addColumn<int>("truncateEvery");
        QTest::addColumn<int>("malformedEvery");
        QTest::addColumn<int>("tooManyEvery");
        QTest::addColumn<int>("expectedKind");
        QTest::newRow("500") << 4 << 0 << 0 << 0 << 0 << int(ApiError::Kind::Server);
        QTest::newRow("dropped mid-body") << 0 << 4 << 0 << 0 << 0 << int(ApiError::Kind::Network);
        QTest::newRow("truncated") << 0 << 0 << 4 << 0 << 0 << -1;
        QTest::newRow("malformed") << 0 << 0 << 0 << 4 << 0 << int(ApiError::Kind::Malformed);
        QTest::newRow("429") << 0 << 0 << 0 << 0 << 4 << int(ApiError::Kind::RateLimited);
    }

    void resumeAfterFaults() {
        sim::SimServer *server = m_console->server();
        if (!server)
            QSKIP("faults can only be injected into the simulated console");
        QFETCH(int, error500Every);
        QFETCH(int, dropMidBodyEvery);
        QFETCH(int, truncateEvery);
        QFETCH(int, malformedEvery);
        QFETCH(int, tooManyEvery);
        QFETCH(int, expectedKind);
        const QMap<QString, QJsonObject> reference = unpagedExport({});
        QVERIFY(!reference.isEmpty());

        sim::FaultPlan plan;
        plan.error500Every = error500Every;
        plan.dropMidBodyEvery = dropMidBodyEvery;
        plan.truncateEvery = truncateEvery;
        plan.malformedEvery = malformedEvery;
        plan.tooManyEvery = tooManyEvery;
        server->setFaults(plan);
        const auto client = clientFor(endpoint().tokens.exportToken);
        // Without automatic retries every fault stops the load, and resume() carries on (the retries
        // themselves: tst_resilience).
        client->setRetryPolicy(RetryPolicy::none());
        AssetQuery query;
        query.columns = {AssetColumn::Os, AssetColumn::Names};
        query.pageSize = 40; // 13 pages, so several faults hit
        LoadOutcome outcome;
        runLoad(*client, query, outcome, 50);
        if (QTest::currentTestFailed())
            return;
        server->setFaults({});

        verifyDelivered(outcome, reference.keys());
        if (QTest::currentTestFailed())
            return;
        QVERIFY(outcome.resumes > 0); // the faults did interrupt it
        for (qsizetype i = 0; i + 1 < outcome.errors.size(); ++i) {
            const ApiError &error = outcome.errors[i];
            if (expectedKind >= 0)
                QCOMPARE(int(error.kind), expectedKind);
            else
                QVERIFY2(error.kind == ApiError::Kind::Malformed || error.kind == ApiError::Kind::Network,
                         qPrintable(error.userMessage()));
            verifyNoTokenIn(error);
        }
    }
};

} // namespace rz

QTEST_GUILESS_MAIN(rz::TestApiClient)
#include "tst_apiclient.moc"
