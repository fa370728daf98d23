// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: rzconsole contributors
//
// The rest of the inventory screen, offscreen against the simulated console: the asset detail pane (both ways
// of fetching an asset, stale answers dropped, nothing fetched while hidden), the syntax help and its
// examples, the load rate, and the organization and site remembered per connection.
#include "api/ApiClient.h"
#include "api/AssetDetailService.h"
#include "api/Clock.h"
#include "gui/SimulatedWindow.h"
#include "models/AssetServiceModel.h"
#include "models/AssetTableModel.h"
#include "models/KeyValueModel.h"
#include "session/ConsoleSession.h"
#include "sim/SimServer.h"
#include "ui/AssetDetailPane.h"
#include "ui/LoadProgress.h"
#include "ui/MainWindow.h"
#include "ui/SearchSyntaxHelp.h"

#include "support/ManualClock.h"
#include "support/SettingsFile.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QDateTime>
#include <QDockWidget>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QNetworkAccessManager>
#include <QSettings>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QTextBrowser>
#include <QThreadPool>
#include <QToolButton>
#include <QTreeView>
#include <QUrlQuery>

using namespace Qt::StringLiterals;
using rz::sim::SimTokens;

namespace {

constexpr int Timeout = 60000;
constexpr qint64 AssetsPerOrganization = 900;

rz::sim::SimConfig testConfig() {
    return rz::test::simulatedData(/*seed*/ 5, /*organizations*/ 2, AssetsPerOrganization, /*sites*/ 4);
}

QString localTime(qint64 seconds) {
    const QLocale locale;
    QString format = locale.dateTimeFormat(QLocale::ShortFormat);
    if (!format.contains("yyyy"_L1))
        format.replace("yy"_L1, "yyyy"_L1);
    return locale.toString(QDateTime::fromSecsSinceEpoch(seconds), format);
}

struct Console final : rz::test::SimulatedWindow {
    Console(QString SimTokens::*token, QSettings *settings)
        : SimulatedWindow(testConfig(), token, settings) {}

    rz::AssetDetailPane *pane() const { return window->findChild<rz::AssetDetailPane *>(); }
    bool waitUntilLoaded() const {
        const auto *state = window->findChild<QLabel *>(u"statusStateLabel"_s);
        return QTest::qWaitFor(
            [state] {
                return state->text() == u"All assets loaded."_s ||
                       state->text() == u"All matching assets loaded."_s;
            },
            Timeout);
    }
    // Paths of the detail requests made so far.
    QList<QUrl> detailRequests() const {
        QList<QUrl> found;
        for (const QUrl &url : urls) {
            if (url.path().contains("/org/assets/"_L1) || QUrlQuery(url).hasQueryItem(u"search"_s))
                found.append(url);
        }
        return found;
    }
};

} // namespace

class tst_InventoryDetail final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void detailPaneShowsServices_data();
    void detailPaneShowsServices();
    void staleAnswerIsDropped();
    void hiddenPaneFetchesNothing();
    void syntaxHelpExamplesWork();
    void loadRate();
    void remembersOrganizationAndSite();
};

void tst_InventoryDetail::initTestCase() {
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}

void tst_InventoryDetail::detailPaneShowsServices_data() {
    QTest::addColumn<bool>("exportCredential");
    QTest::newRow("account token: /org/assets/{id}") << false;
    QTest::newRow("export token: export search id:") << true;
}

void tst_InventoryDetail::detailPaneShowsServices() {
    QFETCH(bool, exportCredential);
    Console console(exportCredential ? &SimTokens::exportToken : &SimTokens::accountToken, nullptr);
    QVERIFY2(console.listening, qPrintable(console.sim.errorString()));
    console.window->start();
    QVERIFY(console.waitUntilLoaded());
    rz::AssetDetailPane *pane = console.pane();
    QVERIFY(pane && pane->isVisible());
    QAbstractItemModelTester services(pane->serviceModel(),
                                      QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester fields(pane->serviceFieldModel(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);

    // An asset with several services, as the console itself says.
    int row = -1;
    QJsonObject expected;
    for (int candidate = 0; candidate < console.model()->rowCount() && row < 0; ++candidate) {
        const QString id = console.model()->assetId(candidate);
        const auto [status, json] = rz::test::rawAssetExport(console.sim, u"id:"_s + id);
        QCOMPARE(status, 200);
        const QJsonObject asset = json.array().at(0).toObject();
        if (asset.value("services"_L1).toObject().size() >= 3) {
            row = candidate;
            expected = asset;
        }
    }
    QVERIFY(row >= 0);
    const QString id = expected.value("id"_L1).toString();

    console.table()->setCurrentIndex(console.model()->index(row, 0));
    QTRY_COMPARE_WITH_TIMEOUT(pane->asset().id, id, Timeout);
    const QJsonObject expectedServices = expected.value("services"_L1).toObject();
    QCOMPARE(pane->serviceModel()->rowCount(), int(expectedServices.size()));
    for (const rz::AssetService &service : pane->serviceModel()->services()) {
        const QString key = u"%1/%2/%3/%4"_s.arg(service.address, QString::number(service.port),
                                                 service.transport, service.vhost);
        QVERIFY2(expectedServices.contains(key), qPrintable(key));
        const QJsonObject fieldsOf = expectedServices.value(key).toObject();
        QCOMPARE(service.fields.size(), fieldsOf.size());
        if (fieldsOf.contains("protocol"_L1))
            QCOMPARE(service.protocol, fieldsOf.value("protocol"_L1).toString());
    }
    auto *tabs = pane->findChild<QTabWidget *>(u"assetDetailTabs"_s);
    QCOMPARE(tabs->tabText(1), u"Services (%1)"_s.arg(expectedServices.size()));
    // The first service is chosen and its fields shown.
    QCOMPARE(pane->serviceFieldModel()->rowCount(), int(pane->serviceModel()->service(0).fields.size()));

    // Overview: addresses, MACs with vendors, last seen in local time.
    const auto text = [pane](const QString &name) {
        return pane->findChild<QLabel *>(u"detail_"_s + name)->text();
    };
    QCOMPARE(text(u"addresses"_s).split(u'\n').constFirst(),
             expected.value("addresses"_L1).toArray().at(0).toString());
    const QJsonArray macs = expected.value("macs"_L1).toArray();
    if (!macs.isEmpty())
        QVERIFY(text(u"macs"_s).contains(macs.at(0).toString()));
    QCOMPARE(text(u"lastSeen"_s), localTime(expected.value("last_seen"_L1).toInteger()));

    // The request went where the credential may go.
    const QUrl request = console.detailRequests().constLast();
    if (exportCredential) {
        QVERIFY2(request.path().endsWith("/export/org/assets.json"_L1), qPrintable(request.toString()));
        QCOMPARE(QUrlQuery(request).queryItemValue(u"search"_s, QUrl::FullyDecoded), u"id:"_s + id);
    } else {
        QVERIFY2(request.path().endsWith(u"/org/assets/"_s + id), qPrintable(request.toString()));
    }
}

void tst_InventoryDetail::staleAnswerIsDropped() {
    rz::sim::SimServer sim(testConfig());
    QVERIFY2(sim.listen(), qPrintable(sim.errorString()));
    rz::ApiClient client(sim.baseUrl(), sim.tokens(0).organizationToken);
    int finished = 0;
    connect(client.networkAccessManager(), &QNetworkAccessManager::finished, this,
            [&finished] { ++finished; });
    const QJsonArray assets = rz::test::rawAssetExport(sim, u"alive:true"_s).json.array();
    QVERIFY(assets.size() >= 2);
    const QString first = assets.at(0).toObject().value("id"_L1).toString();
    const QString second = assets.at(1).toObject().value("id"_L1).toString();

    rz::AssetDetailService service(&client);
    QSignalSpy loaded(&service, &rz::AssetDetailService::loaded);
    QSignalSpy failed(&service, &rz::AssetDetailService::failed);
    service.request(first);
    service.request(second); // the user moved on before the first answer came
    QVERIFY(service.isLoading());
    QTRY_COMPARE_WITH_TIMEOUT(finished, 2, Timeout); // both answers arrived
    QTRY_COMPARE_WITH_TIMEOUT(loaded.size(), 1, Timeout);
    // Whatever was parsing has finished and been delivered: still only the second asset.
    QThreadPool::globalInstance()->waitForDone();
    QCoreApplication::processEvents();
    QCOMPARE(loaded.size(), 1);
    QCOMPARE(loaded.at(0).at(0).value<rz::AssetDetail>().id, second);
    QCOMPARE(failed.size(), 0);
    QVERIFY(!service.isLoading());

    // An asset the console does not have: NotFound, for that id.
    service.request(u"00000000-0000-4000-8000-000000000000"_s);
    QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 1, Timeout);
    QCOMPARE(failed.at(0).at(1).value<rz::ApiError>().kind, rz::ApiError::Kind::NotFound);
    // Something that is not an id is refused before sending.
    const int before = finished;
    service.request(u"../org"_s);
    QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 2, Timeout);
    QCOMPARE(failed.at(1).at(1).value<rz::ApiError>().kind, rz::ApiError::Kind::Unsupported);
    QCOMPARE(finished, before);
}

void tst_InventoryDetail::hiddenPaneFetchesNothing() {
    Console console(&SimTokens::accountToken, nullptr);
    QVERIFY2(console.listening, qPrintable(console.sim.errorString()));
    console.window->start();
    QVERIFY(console.waitUntilLoaded());
    auto *dock = console.window->findChild<QDockWidget *>(u"assetDetailDock"_s);
    QVERIFY(dock);
    dock->close();
    const qsizetype before = console.detailRequests().size();
    console.table()->setCurrentIndex(console.model()->index(3, 0));
    const QString id = console.model()->assetId(3);
    QCOMPARE(console.pane()->assetId(), id);
    // Nothing is fetched, or about to be, while the pane is hidden; showing it fetches the current asset.
    QVERIFY(!console.pane()->isFetchPending());
    QCOMPARE(console.detailRequests().size(), before);
    dock->show();
    QVERIFY(console.pane()->isFetchPending());
    QTRY_COMPARE_WITH_TIMEOUT(console.pane()->asset().id, id, Timeout);
    QCOMPARE(console.detailRequests().size(), before + 1);

    // A new search empties the table: the pane says so instead of showing a row no longer there.
    console.window->session()->setSearch(u"name:=no-such-asset"_s);
    QVERIFY(console.waitUntilLoaded());
    QCOMPARE(console.model()->rowCount(), 0);
    QCOMPARE(console.pane()->assetId(), QString());
    QVERIFY(console.pane()->findChild<QLabel *>(u"assetDetailMessage"_s)->isVisible());
}

void tst_InventoryDetail::syntaxHelpExamplesWork() {
    Console console(&SimTokens::accountToken, nullptr);
    QVERIFY2(console.listening, qPrintable(console.sim.errorString()));
    auto *help = console.window->findChild<QToolButton *>(u"searchHelpButton"_s);
    QVERIFY(help);
    QTest::mouseClick(help, Qt::LeftButton);
    auto *popup = console.window->findChild<rz::SearchSyntaxHelp *>();
    QVERIFY(popup);
    QTRY_VERIFY(popup->isVisible());
    const QString text = popup->plainText();
    for (const QString &needle : {u"field:value"_s, u"AND"_s, u"OR"_s, u"NOT"_s, u"-a"_s, u"10.0.0.0/8"_s,
                                  u"tag:key=value"_s, u"alive:true"_s})
        QVERIFY2(text.contains(needle), qPrintable(needle));

    // Every example is a query the console accepts.
    const QList<QString> examples = rz::SearchSyntaxHelp::examples();
    QVERIFY(examples.size() >= 6);
    for (const QString &example : examples) {
        QVERIFY2(text.contains(example), qPrintable(example));
        const auto [status, json] = rz::test::rawAssetExport(console.sim, example);
        QVERIFY2(status == 200, qPrintable(example + u": "_s + QString::fromUtf8(json.toJson())));
    }

    // Clicking an example puts it in the search box, to be edited or run.
    auto *browser = popup->findChild<QTextBrowser *>(u"searchSyntaxText"_s);
    Q_EMIT browser->anchorClicked(QUrl(u"example:#3"_s));
    QCOMPARE(console.window->findChild<QLineEdit *>(u"searchEdit"_s)->text(), examples.at(3));
    QVERIFY(!popup->isVisible());
}

void tst_InventoryDetail::loadRate() {
    rz::ManualClock clock;
    rz::LoadProgress progress(&clock);
    progress.setProgress(false, 0, -1);
    QVERIFY(progress.text().isEmpty());
    progress.setProgress(true, 0, 10000);
    QCOMPARE(progress.text(), u"0 of 10,000 assets"_s);
    clock.advance(std::chrono::milliseconds(2000));
    progress.setProgress(true, 4000, 10000);
    QCOMPARE(progress.rowsPerSecond(), 2000.0);
    QCOMPARE(progress.text(), u"4,000 of 10,000 assets · 2,000 per second"_s);
    clock.advance(std::chrono::milliseconds(3000));
    progress.setProgress(true, 10000, 10000);
    progress.setProgress(false, 10000, 10000);
    QCOMPARE(progress.text(), u"Loaded in 5.0 s (2,000 per second)"_s);
    // Later state updates while idle keep the summary.
    clock.advance(std::chrono::milliseconds(60000));
    progress.setProgress(false, 10000, -1);
    QCOMPARE(progress.text(), u"Loaded in 5.0 s (2,000 per second)"_s);
    // A search: the total is unknown; kept rows replaced by the first page count from zero.
    progress.setProgress(true, 10000, -1);
    clock.advance(std::chrono::milliseconds(500));
    progress.setProgress(true, 300, -1);
    QCOMPARE(progress.text(), u"300 assets · 600 per second"_s);
    // Under a second, in milliseconds.
    progress.setProgress(true, 2000, -1);
    progress.setProgress(false, 2000, -1);
    QCOMPARE(progress.text(), u"Loaded in 500 ms (4,000 per second)"_s);
}

void tst_InventoryDetail::remembersOrganizationAndSite() {
    rz::test::SettingsFile settings;
    QVERIFY(settings.create());
    Console console(&SimTokens::accountToken, settings.get());
    QVERIFY2(console.listening, qPrintable(console.sim.errorString()));
    console.window->start();
    QVERIFY(console.waitUntilLoaded());
    auto *organizations = console.window->findChild<QTreeView *>(u"organizationView"_s);
    auto *sites = console.window->findChild<QTreeView *>(u"siteView"_s);
    organizations->setCurrentIndex(organizations->model()->index(1, 0));
    QTRY_COMPARE_WITH_TIMEOUT(sites->model()->rowCount(), 5, Timeout);
    QVERIFY(console.waitUntilLoaded());
    sites->setCurrentIndex(sites->model()->index(2, 0));
    QVERIFY(console.waitUntilLoaded());
    const QString siteName = sites->model()->index(2, 0).data().toString();

    // A new window on the same settings opens where the analyst left.
    console.openWindow(settings.get());
    console.window->start();
    QVERIFY(console.waitUntilLoaded());
    organizations = console.window->findChild<QTreeView *>(u"organizationView"_s);
    sites = console.window->findChild<QTreeView *>(u"siteView"_s);
    QCOMPARE(organizations->currentIndex().row(), 1);
    QCOMPARE(console.client->organizationId(), console.sim.organizationIds().at(1));
    QCOMPARE(sites->currentIndex().row(), 2);
    QCOMPARE(sites->currentIndex().data().toString(), siteName);

    // Without settings (the demo), nothing is remembered: the first organization and all sites.
    console.openWindow(nullptr);
    console.window->start();
    QVERIFY(console.waitUntilLoaded());
    QCOMPARE(console.window->findChild<QTreeView *>(u"organizationView"_s)->currentIndex().row(), 0);
    QCOMPARE(console.window->findChild<QTreeView *>(u"siteView"_s)->currentIndex().row(), 0);
}

QTEST_MAIN(tst_InventoryDetail)
#include "tst_inventory_detail.moc"
