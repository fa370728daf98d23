// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: rzconsole contributors
//
// The client and the simulated console against the same contract: the official runZero OpenAPI document.
// Stoplight Prism, in proxy mode, stands between the real rzcore ApiClient and an in-process SimServer and
// validates every request the client sends and every answer the simulator gives. Each test function runs
// one kind of traffic the application produces; afterwards every error Prism logged must be explained by a
// rule of tests/contract/allowlist.json, or the function fails with the list.
//
// Needs Node.js and Prism (installed by the contract.prism_install fixture with `npm ci` from the committed
// lockfile): RZ_NODE and RZ_PRISM name them, RZ_SOURCE_DIR the project.
#include "ContractAllowlist.h"
#include "PrismProxy.h"

#include "support/ReferenceFiles.h"

#include "api/ApiClient.h"
#include "api/AssetDetailService.h"
#include "api/AssetLoad.h"
#include "api/OAuthClientCredentials.h"
#include "api/OrgExport.h"
#include "api/OrgExportDownload.h"
#include "api/ScanService.h"
#include "domain/ScanRequest.h"
#include "sim/SimServer.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>

#include <memory>
#include <optional>

using namespace Qt::StringLiterals;

namespace rz {

namespace {

constexpr int prismStartupMs = 60'000;
constexpr int answerMs = 30'000;
const QString apiPrefix = u"/api/v1.0"_s;

template<class T> struct Capture {
    std::optional<Result<T>> result;
    std::function<void(const Result<T> &)> callback() {
        return [this](const Result<T> &r) { result = r; };
    }
};

QString sourceDir() {
    return qEnvironmentVariable("RZ_SOURCE_DIR");
}

// Walks a dotted violation location ("response.body.assets.3.comments") through a JSON value. Object keys
// may themselves contain dots (services are keyed "10.0.0.1/80/tcp/"), so a key that is not found is
// retried joined with the following parts.
std::optional<QJsonValue> valueAt(QJsonValue value, const QStringList &parts, qsizetype from) {
    if (from >= parts.size())
        return value;
    if (value.isArray()) {
        bool ok = false;
        const int index = parts.at(from).toInt(&ok);
        if (!ok || index < 0 || index >= value.toArray().size())
            return std::nullopt;
        return valueAt(value.toArray().at(index), parts, from + 1);
    }
    if (value.isObject()) {
        const QJsonObject object = value.toObject();
        QString key;
        for (qsizetype end = from; end < parts.size(); ++end) {
            key += (end > from ? u"."_s : QString()) + parts.at(end);
            if (object.contains(key))
                return valueAt(object.value(key), parts, end + 1);
        }
    }
    return std::nullopt;
}

} // namespace

class TestContract final : public QObject {
    Q_OBJECT

private:
    QUrl apiUrl() const {
        QUrl url = m_prism->url();
        url.setPath(apiPrefix);
        return url;
    }

    std::unique_ptr<ApiClient> client(const QString &token) {
        auto made = std::make_unique<ApiClient>(apiUrl(), token);
        made->setTimeoutMs(answerMs);
        return made;
    }

    Result<QByteArray> get(ApiClient &api, const QString &path, const QUrlQuery &query = {}) {
        Capture<QByteArray> body;
        api.get(path, query, this, body.callback());
        if (!QTest::qWaitFor([&body] { return body.result.has_value(); }, answerMs))
            return {{}, ApiError::make(ApiError::Kind::Timeout, u"no answer in the test's time"_s)};
        return *body.result;
    }

    static QJsonDocument json(const Result<QByteArray> &result) {
        return QJsonDocument::fromJson(result.value);
    }

    // Loads every page of `query` and returns the row ids.
    QStringList loadAll(ApiClient &api, const AssetQuery &query, int *pages) {
        AssetLoad *load = api.loadAssets(query, this);
        QStringList ids;
        *pages = 0;
        connect(load, &AssetLoad::pageReady, this, [&ids, pages](const AssetPage &page) {
            ++*pages;
            for (const AssetRow &row : page.rows)
                ids.append(row.id);
        });
        QSignalSpy finished(load, &AssetLoad::finished);
        if (!finished.wait(answerMs) && finished.isEmpty())
            return {};
        const ApiError error = finished.first().first().value<ApiError>();
        if (!error.ok())
            qWarning("asset load failed: %s", qPrintable(error.userMessage()));
        load->deleteLater();
        return error.ok() ? ids : QStringList();
    }

    // The simulator's own answer at the violation's URL (never through Prism), to tell a null from a wrong
    // type. Cached per URL: the data set is deterministic.
    bool valueIsNullAtSimulator(const contract::Violation &violation) {
        QStringList parts = violation.location.split(u'.');
        if (violation.method != "get"_L1 || parts.size() < 3 || parts.at(0) != "response"_L1 ||
            parts.at(1) != "body"_L1)
            return false;
        const QUrl url = violation.upstreamUrl;
        const QString key = url.toString(QUrl::FullyEncoded);
        if (!m_direct.contains(key)) {
            const bool account =
                url.path().startsWith(apiPrefix + u"/account/"_s) || QUrlQuery(url).hasQueryItem(u"_oid"_s);
            QNetworkRequest request(url);
            request.setRawHeader("Authorization"_ba,
                                 "Bearer "_ba +
                                     (account ? m_tokens.accountToken : m_tokens.organizationToken).toUtf8());
            QNetworkReply *reply = m_network.get(request);
            if (!QTest::qWaitFor([reply] { return reply->isFinished(); }, answerMs))
                qWarning("no answer from the simulator for %s", qPrintable(key));
            m_direct.insert(key, QJsonDocument::fromJson(reply->readAll()));
            reply->deleteLater();
        }
        const QJsonDocument document = m_direct.value(key);
        const QJsonValue root =
            document.isArray() ? QJsonValue(document.array()) : QJsonValue(document.object());
        const std::optional<QJsonValue> value = valueAt(root, parts, 2);
        return value.has_value() && value->isNull();
    }

private Q_SLOTS:
    void initTestCase() {
        const QString node = qEnvironmentVariable("RZ_NODE");
        const QString prism = qEnvironmentVariable("RZ_PRISM");
        QVERIFY2(!sourceDir().isEmpty(), "RZ_SOURCE_DIR must name the project");
        RZ_NEED_REFERENCE_FILE(test::reference::spec);
        QVERIFY2(
            !node.isEmpty() && !prism.isEmpty(),
            "RZ_NODE and RZ_PRISM must name Node.js and Prism (run through ctest: the contract.prism_install "
            "fixture installs Prism)");

        QString error;
        m_allowlist =
            contract::ContractAllowlist::load(sourceDir() + u"/tests/contract/allowlist.json"_s, &error);
        QVERIFY2(m_allowlist.has_value(), qPrintable(error));

        sim::SimConfig config;
        config.seed = 20250311;
        config.organizations = 2;
        config.assetsPerOrganization = 120;
        config.sitesPerOrganization = 3;
        m_sim = std::make_unique<sim::SimServer>(config);
        QVERIFY2(m_sim->listen(), qPrintable(m_sim->errorString()));
        m_tokens = m_sim->tokens(0);

        QUrl upstream = m_sim->baseUrl();
        upstream.setPath(QString());
        m_prism = std::make_unique<contract::PrismProxy>();
        const QString spec = test::referencePath(test::reference::spec);
        QVERIFY2(m_prism->start(node, prism, spec, apiPrefix, upstream, prismStartupMs),
                 qPrintable(m_prism->errorString()));
    }

    // The suite's own machinery, on made-up input: the spec rewrite and how the allowlist decides.
    void allowlistAndSpecRewrite() {
        QCOMPARE(
            contract::PrismProxy::prefixedSpec("paths:\n  /org/assets/{asset_id}:\n    get:\n"
                                               "      summary: a /path: in text\n"_ba,
                                               "/api/v1.0"_ba),
            "paths:\n  /api/v1.0/org/assets/{asset_id}:\n    get:\n      summary: a /path: in text\n"_ba);
        const auto violation = [](qsizetype request, const QString &location, const QString &message) {
            contract::Violation v;
            v.request = request;
            v.method = u"get"_s;
            v.path = u"/api/v1.0/org/assets"_s;
            v.severity = u"error"_s;
            v.location = location;
            v.message = message;
            return v;
        };
        const QList<contract::Violation> found = {
            violation(1, u"response.body.0.comments"_s,
                      u"Response body property 0.comments must be string"_s),
            violation(1, u"response.body.1.comments"_s,
                      u"Response body property 1.comments must be string"_s),
            violation(1, u"response.body"_s, u"Response body must match exactly one schema in oneOf"_s),
            violation(2, u"response.body"_s, u"Response body must match exactly one schema in oneOf"_s),
            violation(3, u"response.body.0.newest_mac_age"_s,
                      u"Response body property 0.newest_mac_age must be <= 9007199254740991"_s),
            violation(3, u"request"_s, u"Invalid security scheme used"_s),
        };
        // Only the first comment is really null.
        const QList<const contract::AllowRule *> explained = m_allowlist->explain(
            found, [](const contract::Violation &v) { return v.location.endsWith(u".0.comments"_s); });
        QCOMPARE(explained.size(), found.size());
        QCOMPARE(explained[0] ? explained[0]->id : QString(), u"null-for-a-typed-field"_s);
        QVERIFY(!explained[1]); // a string field that is not null is a violation
        QCOMPARE(explained[2] ? explained[2]->id : QString(), u"oneof-echo-of-an-accepted-gap"_s);
        QVERIFY(!explained[3]); // an echo with nothing accepted below it
        QCOMPARE(explained[4] ? explained[4]->id : QString(), u"int64-above-2^53"_s);
        QVERIFY(!explained[5]); // only the token endpoint may skip security
    }

    void init() {
        m_requestsBefore = m_prism->requestsLogged();
        m_violationsBefore = m_prism->violations().size();
    }

    // Every error Prism logged during the test function must be a known spec gap.
    void cleanup() {
        // A request of our own marks the end: once Prism has logged it, it has logged everything before.
        QNetworkReply *sentinel =
            m_network.get(QNetworkRequest(QUrl(m_prism->url().toString() + apiPrefix + u"/health"_s)));
        const bool answered = QTest::qWaitFor([sentinel] { return sentinel->isFinished(); }, answerMs);
        sentinel->deleteLater();
        QVERIFY2(answered, "Prism did not answer the end-of-test request");
        QVERIFY2(m_prism->waitForRequestLogged(apiPrefix + u"/health"_s, m_requestsBefore, answerMs),
                 qPrintable(m_prism->logTail(20)));
        // Two requests at least: the sentinel, and the traffic of the test function itself.
        if (QLatin1StringView(QTest::currentTestFunction()) != "allowlistAndSpecRewrite"_L1)
            QVERIFY2(m_prism->requestsLogged() - m_requestsBefore >= 2,
                     "no request of the test went through Prism");

        QList<contract::Violation> errors;
        const QList<contract::Violation> &all = m_prism->violations();
        for (qsizetype i = m_violationsBefore; i < all.size(); ++i) {
            if (all.at(i).severity == "error"_L1)
                errors.append(all.at(i));
        }
        const QList<const contract::AllowRule *> explained =
            m_allowlist->explain(errors, [this](const contract::Violation &violation) {
                return valueIsNullAtSimulator(violation);
            });
        QStringList unexplained;
        for (qsizetype i = 0; i < errors.size(); ++i) {
            if (explained.at(i)) {
                m_accepted[explained.at(i)->id] += 1;
            } else {
                unexplained.append(errors.at(i).description());
                if (unexplained.size() <= 60)
                    qWarning("contract violation: %s", qPrintable(errors.at(i).description()));
            }
        }
        QVERIFY2(unexplained.isEmpty(),
                 qPrintable(u"%1 contract violation(s), listed above"_s.arg(unexplained.size())));
    }

    void cleanupTestCase() {
        for (auto it = m_accepted.cbegin(); it != m_accepted.cend(); ++it)
            qInfo("accepted as a known spec gap: %lld x %s", static_cast<long long>(it.value()),
                  qPrintable(it.key()));
        m_prism.reset();
        m_sim.reset();
    }

    // An export token: the sites export and the paged asset export with fields and search, as the assets
    // pane loads them.
    void exportTokenReadsTheExports() {
        auto api = client(m_tokens.exportToken);
        Capture<QList<Site>> sites;
        api->fetchSites(this, sites.callback());
        QTRY_VERIFY_WITH_TIMEOUT(sites.result.has_value(), answerMs);
        QVERIFY2(sites.result->ok(), qPrintable(sites.result->error.userMessage()));
        QCOMPARE(sites.result->value.size(), 3);

        AssetQuery query;
        query.columns = allAssetColumns();
        query.pageSize = 25;
        int pages = 0;
        const QStringList all = loadAll(*api, query, &pages);
        QCOMPARE(all.size(), 120);
        QVERIFY(pages >= 5);

        query.columns = defaultAssetColumns();
        query.search = u"alive:true"_s;
        const QStringList found = loadAll(*api, query, &pages);
        QVERIFY(!found.isEmpty());
        QVERIFY(found.size() < all.size());
    }

    // An export token: the whole-organization exports that File ▸ Export Organization from Server streams
    // to disk, each kind, one with a search. CSV only: the specification declares the JSON Lines exports
    // (*.jsonl) as application/json, and Prism parses every application/json body as one JSON document to
    // validate it, so it cannot pass a JSON Lines stream on (it answers 500). The .jsonl routes are covered
    // against the simulator directly (integration.tst_serverexport).
    void exportTokenStreamsOrganizationExports() {
        auto api = client(m_tokens.exportToken);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        using K = OrgExport::Kind;
        for (const K kind : {K::Assets, K::Services, K::Software, K::Vulnerabilities}) {
            OrgExport what;
            what.kind = kind;
            what.format = OrgExport::Format::Csv;
            if (kind == K::Services)
                what.search = u"alive:true"_s;
            const QString file = dir.filePath(u"export-%1.csv"_s.arg(int(kind)));
            OrgExportDownload *download = api->downloadExport(what, file, this);
            QSignalSpy finished(download, &OrgExportDownload::finished);
            QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty(), answerMs);
            const auto outcome = finished.first().first().value<OrgExportDownload::Outcome>();
            QVERIFY2(outcome.ok(), qPrintable(what.path() + u": "_s + outcome.userMessage()));
            QVERIFY2(outcome.records > 0, qPrintable(what.path()));
        }
    }

    // A search with spaces, limited to one site, as the search field and the site filter combine them.
    // Prism forwards the query form-encoded (a space as '+'), as proxies and browsers may; the real console
    // (Go's query parsing) reads '+' as a space.
    void exportTokenSearchesWithSpaces() {
        auto api = client(m_tokens.exportToken);
        AssetQuery query;
        query.columns = defaultAssetColumns();
        query.search = u"alive:true OR os:\"Windows\""_s;
        query.siteName = u"Primary"_s;
        int pages = 0;
        const QStringList found = loadAll(*api, query, &pages);
        QVERIFY(!found.isEmpty());
    }

    // An organization token: everything the console reads with it, including the unpaged asset list and one
    // asset's full record.
    void organizationTokenReadsTheConsole() {
        auto api = client(m_tokens.organizationToken);
        Capture<QList<Organization>> orgs;
        api->fetchOrganizations(this, orgs.callback());
        QTRY_VERIFY_WITH_TIMEOUT(orgs.result.has_value(), answerMs);
        QVERIFY2(orgs.result->ok(), qPrintable(orgs.result->error.userMessage()));
        QCOMPARE(orgs.result->value.size(), 1);

        for (const QString &path : {u"org/key"_s, u"org/sites"_s, u"org/assets"_s}) {
            const Result<QByteArray> answer = get(*api, path);
            QVERIFY2(answer.ok(), qPrintable(path + u": "_s + answer.error.userMessage()));
            QVERIFY2(!json(answer).isNull(), qPrintable(path));
        }
        ScanService scans(*api);
        Capture<QList<Explorer>> explorers;
        scans.fetchExplorers(this, explorers.callback());
        QTRY_VERIFY_WITH_TIMEOUT(explorers.result.has_value(), answerMs);
        QVERIFY2(explorers.result->ok(), qPrintable(explorers.result->error.userMessage()));
        QVERIFY(!explorers.result->value.isEmpty());
        Capture<QList<HostedZone>> zones;
        scans.fetchHostedZones(this, zones.callback());
        QTRY_VERIFY_WITH_TIMEOUT(zones.result.has_value(), answerMs);
        QVERIFY2(zones.result->ok(), qPrintable(zones.result->error.userMessage()));
        Capture<QList<Task>> tasks;
        scans.fetchTasks(TaskQuery{}, this, tasks.callback());
        QTRY_VERIFY_WITH_TIMEOUT(tasks.result.has_value(), answerMs);
        QVERIFY2(tasks.result->ok(), qPrintable(tasks.result->error.userMessage()));
        QVERIFY(!tasks.result->value.isEmpty());
        Capture<QList<Task>> filtered;
        scans.fetchTasks(TaskQuery{u"Scan"_s, u"processed"_s}, this, filtered.callback());
        QTRY_VERIFY_WITH_TIMEOUT(filtered.result.has_value(), answerMs);
        QVERIFY(filtered.result->ok());
        Capture<Task> task;
        scans.fetchTask(tasks.result->value.first().id, this, task.callback());
        QTRY_VERIFY_WITH_TIMEOUT(task.result.has_value(), answerMs);
        QVERIFY2(task.result->ok(), qPrintable(task.result->error.userMessage()));

        const QJsonArray assets = json(get(*api, u"org/assets"_s)).array();
        QVERIFY(!assets.isEmpty());
        AssetDetailService detail(api.get());
        QSignalSpy loaded(&detail, &AssetDetailService::loaded);
        QSignalSpy failed(&detail, &AssetDetailService::failed);
        detail.request(assets.at(3).toObject().value("id"_L1).toString());
        QTRY_VERIFY_WITH_TIMEOUT(loaded.size() + failed.size() == 1, answerMs);
        QCOMPARE(loaded.size(), 1);
    }

    // The export token's way to one asset's record: a search of the export by id.
    void exportTokenReadsOneAsset() {
        auto api = client(m_tokens.exportToken);
        AssetQuery query;
        query.pageSize = 10;
        int pages = 0;
        const QStringList ids = loadAll(*api, query, &pages);
        QVERIFY(ids.size() > 5);
        AssetDetailService detail(api.get());
        QSignalSpy loaded(&detail, &AssetDetailService::loaded);
        QSignalSpy failed(&detail, &AssetDetailService::failed);
        detail.request(ids.at(5));
        QTRY_VERIFY_WITH_TIMEOUT(loaded.size() + failed.size() == 1, answerMs);
        QCOMPARE(loaded.size(), 1);
    }

    // Scan launch: PUT /org/sites/{id}/scan with ScanOptions (every value a string), then the new task.
    void organizationTokenLaunchesAScan() {
        auto api = client(m_tokens.organizationToken);
        ScanService scans(*api);
        Capture<QList<Explorer>> explorers;
        scans.fetchExplorers(this, explorers.callback());
        QTRY_VERIFY_WITH_TIMEOUT(explorers.result.has_value(), answerMs);
        QVERIFY(explorers.result->ok());
        const QJsonArray sites = json(get(*api, u"org/sites"_s)).array();
        QVERIFY(!sites.isEmpty());

        ScanRequest request;
        request.siteId = sites.first().toObject().value("id"_L1).toString();
        request.targets = u"10.0.0.0/28 10.0.1.5"_s;
        request.name = u"Contract scan"_s;
        request.description = u"Sent by the contract suite"_s;
        request.scanner = ScanRequest::Scanner::Explorer;
        for (const Explorer &explorer : std::as_const(explorers.result->value)) {
            if (explorer.connected)
                request.explorerId = explorer.id;
        }
        QVERIFY(!request.explorerId.isEmpty());
        request.rate = u"1000"_s;
        request.maxHostRate = u"40"_s;
        request.tcpPorts = u"22,80,443,8000-8100"_s;
        Capture<Task> launched;
        scans.launchScan(request, this, launched.callback());
        QTRY_VERIFY_WITH_TIMEOUT(launched.result.has_value(), answerMs);
        QVERIFY2(launched.result->ok(), qPrintable(launched.result->error.userMessage()));
        QVERIFY(!launched.result->value.id.isEmpty());
        Capture<Task> task;
        scans.fetchTask(launched.result->value.id, this, task.callback());
        QTRY_VERIFY_WITH_TIMEOUT(task.result.has_value(), answerMs);
        QVERIFY2(task.result->ok(), qPrintable(task.result->error.userMessage()));
    }

    // An account token: the organization list, scan templates, and organization reads with _oid.
    void accountTokenReadsWithOrganizationId() {
        auto api = client(m_tokens.accountToken);
        Capture<QList<Organization>> orgs;
        api->fetchOrganizations(this, orgs.callback());
        QTRY_VERIFY_WITH_TIMEOUT(orgs.result.has_value(), answerMs);
        QVERIFY2(orgs.result->ok(), qPrintable(orgs.result->error.userMessage()));
        QCOMPARE(orgs.result->value.size(), 2);
        api->setOrganizationId(orgs.result->value.at(1).id);

        ScanService scans(*api);
        Capture<QList<ScanTemplate>> templates;
        scans.fetchScanTemplates(this, templates.callback());
        QTRY_VERIFY_WITH_TIMEOUT(templates.result.has_value(), answerMs);
        QVERIFY2(templates.result->ok(), qPrintable(templates.result->error.userMessage()));
        Capture<QList<Explorer>> explorers;
        scans.fetchExplorers(this, explorers.callback());
        QTRY_VERIFY_WITH_TIMEOUT(explorers.result.has_value(), answerMs);
        QVERIFY2(explorers.result->ok(), qPrintable(explorers.result->error.userMessage()));
        Capture<QList<Site>> sites;
        api->fetchSites(this, sites.callback());
        QTRY_VERIFY_WITH_TIMEOUT(sites.result.has_value(), answerMs);
        QVERIFY(sites.result->ok());
        AssetQuery query;
        query.columns = {AssetColumn::Names, AssetColumn::Addresses, AssetColumn::Tags,
                         AssetColumn::LastSeen};
        query.pageSize = 50;
        query.search = u"tag:owner"_s;
        int pages = 0;
        loadAll(*api, query, &pages);
        QVERIFY(pages >= 1);
    }

    // OAuth client credentials: the client asks account/api/token for an access token, then reads the
    // account and organization APIs with it (and _oid).
    void oauthClientCredentials() {
        ApiClient api(apiUrl(), OAuthClientCredentials{m_tokens.clientId, m_tokens.clientSecret});
        api.setTimeoutMs(answerMs);
        QCOMPARE(api.credentialKind(), CredentialKind::OAuthClient);
        Capture<QList<Organization>> orgs;
        api.fetchOrganizations(this, orgs.callback());
        QTRY_VERIFY_WITH_TIMEOUT(orgs.result.has_value(), answerMs);
        QVERIFY2(orgs.result->ok(), qPrintable(orgs.result->error.userMessage()));
        QCOMPARE(orgs.result->value.size(), 2);
        api.setOrganizationId(orgs.result->value.first().id);
        ScanService scans(api);
        Capture<QList<ScanTemplate>> templates;
        scans.fetchScanTemplates(this, templates.callback());
        QTRY_VERIFY_WITH_TIMEOUT(templates.result.has_value(), answerMs);
        QVERIFY2(templates.result->ok(), qPrintable(templates.result->error.userMessage()));
        Capture<QList<Site>> sites;
        api.fetchSites(this, sites.callback());
        QTRY_VERIFY_WITH_TIMEOUT(sites.result.has_value(), answerMs);
        QVERIFY2(sites.result->ok(), qPrintable(sites.result->error.userMessage()));
    }

    // Error answers are part of the contract too: an unknown token and a token of the wrong kind.
    void errorAnswers() {
        auto unknown = client(u"OT00000000000000000000000000000000"_s);
        Capture<QList<Site>> sites;
        unknown->fetchSites(this, sites.callback());
        QTRY_VERIFY_WITH_TIMEOUT(sites.result.has_value(), answerMs);
        QCOMPARE(sites.result->error.kind, ApiError::Kind::Unauthorized);

        auto download = client(m_tokens.downloadToken);
        Capture<QList<Site>> wrongKind;
        download->fetchSites(this, wrongKind.callback());
        QTRY_VERIFY_WITH_TIMEOUT(wrongKind.result.has_value(), answerMs);
        QVERIFY(!wrongKind.result->ok());

        auto organization = client(m_tokens.organizationToken);
        const Result<QByteArray> missing =
            get(*organization, u"org/tasks/00000000-0000-0000-0000-000000000000"_s);
        QCOMPARE(missing.error.kind, ApiError::Kind::NotFound);
    }

private:
    std::unique_ptr<sim::SimServer> m_sim;
    std::unique_ptr<contract::PrismProxy> m_prism;
    std::optional<contract::ContractAllowlist> m_allowlist;
    sim::SimTokens m_tokens;
    QNetworkAccessManager m_network; // the test's own: the sentinel, and direct reads at the simulator
    QHash<QString, QJsonDocument> m_direct;
    QMap<QString, qsizetype> m_accepted;
    qsizetype m_requestsBefore = 0;
    qsizetype m_violationsBefore = 0;
};

} // namespace rz

QTEST_GUILESS_MAIN(rz::TestContract)
#include "tst_contract.moc"
