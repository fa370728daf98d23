// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: rzconsole contributors

// rzconsole-bench: how fast the asset pipeline is, end to end, on this machine. Prints one JSON object per
// line: {"name": ..., "value": ..., "unit": ..., "n": ...}. See README.md, "Benchmarks", for what each figure
// measures and the targets. Exits with 1 when a run gives a wrong result (row counts, an order, a failed
// export), so that bench.smoke notices a broken pipeline, never because a figure is slow.

#include "ExportPages.h"
#include "LoopbackConsole.h"
#include "ProcessMemory.h"
#include "StallMeter.h"

#include "api/ApiClient.h"
#include "api/AssetExportQuery.h"
#include "api/AssetLoad.h"
#include "export/CsvExportJob.h"
#include "export/CsvSelection.h"
#include "export/CsvTable.h"
#include "models/AssetOverviewModel.h"
#include "models/AssetPageBatcher.h"
#include "models/AssetTableModel.h"
#include "json/AssetPageParser.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QFuture>
#include <QHeaderView>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTableView>
#include <QTemporaryDir>
#include <QThread>
#include <QThreadPool>
#include <QTimer>
#include <QtConcurrentRun>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <numeric>

using namespace Qt::StringLiterals;

namespace rz::bench {

namespace {

constexpr quint64 seed = 7;
constexpr int pageSize = 2000; // what the console asks for (AssetQuery's default)
constexpr int waitLimitMs = 15 * 60 * 1000;

// The fields of a typical limited export (those of the fields-limited sample of a real console).
const QString typicalFields =
    u"id,created_at,updated_at,alive,last_seen,first_seen,detected_by,type,os_vendor,os_product,os_version,"
    u"os,"
    "hw_vendor,hw_product,hw_version,hw,addresses,addresses_extra,names,tags,tag_descriptions,domains,"
    "newest_mac,newest_mac_vendor,newest_mac_age,comments,service_ports_tcp,service_ports_udp,"
    "service_protocols,service_products,scanned,sources,org_name,site_name,agent_name"_s;

// The columns the console can show among those fields.
const QList<AssetColumn> typicalColumns{AssetColumn::Addresses, AssetColumn::Names,     AssetColumn::Type,
                                        AssetColumn::Os,        AssetColumn::OsVersion, AssetColumn::Hardware,
                                        AssetColumn::Alive,     AssetColumn::FirstSeen, AssetColumn::LastSeen,
                                        AssetColumn::SiteName,  AssetColumn::Tags,      AssetColumn::TcpPorts,
                                        AssetColumn::UdpPorts,  AssetColumn::Domains};

// Twelve columns, as an analyst would load them.
const QList<AssetColumn> twelveColumns{
    AssetColumn::Addresses, AssetColumn::Names,    AssetColumn::Type,     AssetColumn::Os,
    AssetColumn::OsVersion, AssetColumn::Hardware, AssetColumn::Macs,     AssetColumn::Alive,
    AssetColumn::FirstSeen, AssetColumn::LastSeen, AssetColumn::SiteName, AssetColumn::ServiceCount};

struct Sizes {
    qint64 ingest = 1000000;
    qint64 network = 100000;
    qint64 large = 1000000;
};

void note(const QString &text) {
    std::fprintf(stderr, "%s\n", qPrintable(text));
    std::fflush(stderr);
}

// Runs the event loop until `done` is true (checked whenever `object` emits `signal`) or the wait limit.
template<typename Object, typename Signal, typename Done>
bool waitFor(Object *object, Signal signal, Done done) {
    if (done())
        return true;
    QEventLoop loop;
    QObject::connect(object, signal, &loop, [&] {
        if (done())
            loop.quit();
    });
    QTimer::singleShot(waitLimitMs, &loop, &QEventLoop::quit);
    loop.exec();
    return done();
}

QString nextKeyOf(const QByteArray &body) {
    static const QByteArray marker = "\"next_key\":\""_ba;
    const qsizetype at = body.lastIndexOf(marker);
    if (at < 0)
        return {};
    const qsizetype from = at + marker.size();
    const qsizetype end = body.indexOf('"', from);
    return end < 0 ? QString() : QString::fromUtf8(body.mid(from, end - from));
}

class Bench final {
public:
    Bench(Sizes sizes, QStringList only, int rounds)
        : m_sizes(sizes)
        , m_only(std::move(only))
        , m_rounds(rounds) {}

    int run() {
        reportLoad(u"machine_load_start"_s);
        if (wantsAny({u"ingest_1m_s"_s}))
            ingest();
        if (wantsAny({u"load_100k_s"_s, u"download_100k_s"_s}))
            network();
        if (wantsAny({u"first_rows_ms"_s, u"gui_max_stall_ms"_s, u"bytes_per_row"_s, u"filter_1m_ms"_s,
                      u"sort_1m_ms"_s, u"csv_1m_s"_s, u"overview_1m_ms"_s}))
            large();
        reportLoad(u"machine_load_end"_s);
        return m_failed ? 1 : 0;
    }

private:
    bool wants(const QString &name) const { return m_only.isEmpty() || m_only.contains(name); }
    bool wantsAny(const QStringList &names) const {
        return std::any_of(names.cbegin(), names.cend(), [this](const QString &name) { return wants(name); });
    }

    // A figure; one with a `parent` (a further detail of it) comes whenever the parent is asked for.
    void report(const QString &name, double value, const QString &unit, qint64 n,
                const QString &parent = {}) {
        if (!wants(name) && (parent.isEmpty() || !wants(parent)))
            return;
        const QJsonObject line{
            {u"name"_s, name}, {u"value"_s, std::round(value * 1000) / 1000}, {u"unit"_s, unit}, {u"n"_s, n}};
        std::printf("%s\n", QJsonDocument(line).toJson(QJsonDocument::Compact).constData());
        std::fflush(stdout);
    }

    // The 1-minute load average against the cores: other work on the machine slows every figure down.
    void reportLoad(const QString &name) {
        QFile file(u"/proc/loadavg"_s);
        if (!file.open(QIODevice::ReadOnly))
            return;
        const double load = file.readAll().split(' ').value(0).toDouble();
        const QJsonObject line{{u"name"_s, name},
                               {u"value"_s, load},
                               {u"unit"_s, u"runnable"_s},
                               {u"n"_s, QThread::idealThreadCount()}};
        std::printf("%s\n", QJsonDocument(line).toJson(QJsonDocument::Compact).constData());
        std::fflush(stdout);
    }

    void check(bool ok, const QString &what) {
        if (ok)
            return;
        note(u"WRONG: "_s + what);
        m_failed = true;
    }

    // Parsing pages held in memory into the model: the parse on the worker pool, the appends on this thread.
    void ingest() {
        note(u"ingest: generating %1 assets with %2 fields..."_s.arg(m_sizes.ingest).arg(35));
        const ExportPages pages = ExportPages::generate(m_sizes.ingest, pageSize, typicalFields, seed);
        note(u"ingest: %1 MB in %2 pages"_s.arg(pages.bytes >> 20).arg(pages.pages.size()));
        QThreadPool pool;
        AssetTableModel model;
        model.setColumns(typicalColumns);
        QElapsedTimer clock;
        clock.start();
        std::vector<QFuture<AssetPage>> parsed;
        parsed.reserve(pages.pages.size());
        for (const QByteArray &body : pages.pages) {
            parsed.push_back(QtConcurrent::run(&pool, [&body] {
                return json::AssetPageParser(typicalColumns, AssetPageForm::Block).parse(body).value;
            }));
        }
        for (QFuture<AssetPage> &page : parsed) {
            model.appendPage(page.result());
            page = {};
        }
        const double seconds = double(clock.nsecsElapsed()) / 1e9;
        check(model.loadedRowCount() == m_sizes.ingest,
              u"ingest loaded %1 rows"_s.arg(model.loadedRowCount()));
        report(u"ingest_1m_s"_s, seconds, u"s"_s, model.loadedRowCount());
        report(u"ingest_mb_per_s"_s, double(pages.bytes) / 1e6 / seconds, u"MB/s"_s, pages.bytes,
               u"ingest_1m_s"_s);
    }

    static std::unique_ptr<LoopbackConsole> startConsole(qint64 assets) {
        sim::SimConfig config;
        config.seed = seed;
        config.organizations = 1;
        config.assetsPerOrganization = assets;
        config.dailyLimit = 100000000;
        config.windowRequests = 1000000;
        auto console = std::make_unique<LoopbackConsole>(config);
        if (!console->isListening())
            note(u"the simulated console did not start: "_s + console->errorString());
        return console;
    }

    static std::unique_ptr<ApiClient> clientFor(const LoopbackConsole &console) {
        auto client = std::make_unique<ApiClient>(console.baseUrl(), console.tokens().exportToken);
        client->setRequestWindow(1000000, std::chrono::minutes(5));
        return client;
    }

    static AssetQuery twelveColumnQuery() {
        AssetQuery query;
        query.columns = twelveColumns;
        query.pageSize = pageSize;
        query.form = AssetPageForm::Block;
        return query;
    }

    // Every page of the export, one request after the other, kept as bytes and not parsed.
    qint64 download(ApiClient &client) {
        const AssetQuery query = twelveColumnQuery();
        QString key;
        qint64 bytes = 0;
        QObject context;
        do {
            bool done = false;
            QByteArray body;
            client.get(u"export/org/assets.json"_s, assetExportQuery(query, key), &context,
                       [&](const Result<QByteArray> &result) {
                           check(result.ok(), u"download failed: "_s + result.error.userMessage());
                           body = result.value;
                           done = true;
                       });
            QEventLoop loop;
            while (!done)
                loop.processEvents(QEventLoop::WaitForMoreEvents);
            bytes += body.size();
            key = body.isEmpty() ? QString() : nextKeyOf(body);
        } while (!key.isEmpty());
        return bytes;
    }

    // A paged load into the model, as the console does it. Returns the seconds it took.
    double load(ApiClient &client, AssetTableModel &model, qint64 expected, double *firstRowsMs = nullptr) {
        QElapsedTimer clock;
        QObject context;
        bool first = true;
        QObject::connect(&model, &QAbstractItemModel::rowsInserted, &context, [&] {
            if (first && firstRowsMs)
                *firstRowsMs = double(clock.nsecsElapsed()) / 1e6;
            first = false;
        });
        clock.start();
        AssetLoad *assets = client.loadAssets(twelveColumnQuery(), &context);
        // Pages reach the model in batches, as ConsoleSession hands them over.
        AssetPageBatcher batcher;
        QObject::connect(assets, &AssetLoad::pageReady, &batcher, &AssetPageBatcher::add);
        QObject::connect(&batcher, &AssetPageBatcher::pagesReady, &model,
                         [&model](const QList<AssetPage> &pages) {
                             for (const AssetPage &page : pages)
                                 model.appendPage(page);
                         });
        bool finished = false;
        QObject::connect(assets, &AssetLoad::finished, &context, [&](const ApiError &error) {
            batcher.flush();
            check(error.ok(), u"load failed: "_s + error.userMessage());
            finished = true;
        });
        waitFor(assets, &AssetLoad::finished, [&finished] { return finished; });
        const double seconds = double(clock.nsecsElapsed()) / 1e9;
        check(model.loadedRowCount() == expected,
              u"loaded %1 of %2 rows"_s.arg(model.loadedRowCount()).arg(expected));
        return seconds;
    }

    static double median(std::vector<double> values) {
        std::sort(values.begin(), values.end());
        return values[values.size() / 2];
    }

    void network() {
        note(u"network: %1 assets from the simulated console over loopback..."_s.arg(m_sizes.network));
        const std::unique_ptr<LoopbackConsole> console = startConsole(m_sizes.network);
        const std::unique_ptr<ApiClient> client = clientFor(*console);
        std::vector<double> downloads, loads;
        qint64 bytes = 0;
        for (int round = 0; round < m_rounds; ++round) {
            QElapsedTimer clock;
            clock.start();
            bytes = download(*client);
            downloads.push_back(double(clock.nsecsElapsed()) / 1e9);
            AssetTableModel model;
            model.setColumns(twelveColumns);
            loads.push_back(load(*client, model, m_sizes.network));
        }
        report(u"download_100k_s"_s, median(downloads), u"s"_s, m_sizes.network);
        report(u"load_100k_s"_s, median(loads), u"s"_s, m_sizes.network);
        report(u"load_over_download"_s, median(loads) / median(downloads), u"ratio"_s, m_sizes.network,
               u"load_100k_s"_s);
        report(u"download_100k_mb"_s, double(bytes) / 1e6, u"MB"_s, m_sizes.network, u"download_100k_s"_s);
    }

    bool waitReordered(AssetTableModel &model) {
        const bool settled =
            waitFor(&model, &AssetTableModel::reorderingChanged, [&model] { return !model.isReordering(); });
        check(settled, u"a filter or sort did not finish"_s);
        return settled;
    }

    // A load of a large export into the model under a table view, then the local operations on it.
    void large() {
        note(u"large: %1 assets from the simulated console over loopback..."_s.arg(m_sizes.large));
        const std::unique_ptr<LoopbackConsole> console = startConsole(m_sizes.large);
        const std::unique_ptr<ApiClient> client = clientFor(*console);
        AssetTableModel model;
        model.setColumns(twelveColumns);
        // A table configured as the assets pane configures its own (one fixed row height, no row header).
        QTableView view;
        view.setModel(&model);
        view.setSelectionBehavior(QAbstractItemView::SelectRows);
        view.setAlternatingRowColors(true);
        view.setWordWrap(false);
        view.setShowGrid(false);
        view.verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
        view.verticalHeader()->setDefaultSectionSize(view.fontMetrics().height() + 8);
        view.verticalHeader()->hide();
        view.horizontalHeader()->setStretchLastSection(true);
        view.horizontalHeader()->setSortIndicatorClearable(true);
        view.horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
        view.setSortingEnabled(true);
        view.resize(1280, 800);
        view.show();
        {
            // Opens the connection first, as a console that has listed the sites would have.
            QObject context;
            AssetQuery query = twelveColumnQuery();
            query.pageSize = 10;
            bool done = false;
            client->get(u"export/org/assets.json"_s, assetExportQuery(query, {}), &context,
                        [&done](const Result<QByteArray> &) { done = true; });
            QEventLoop loop;
            while (!done)
                loop.processEvents(QEventLoop::WaitForMoreEvents);
        }
        const qint64 before = ProcessMemory::residentBytesInUse();
        StallMeter stalls;
        double firstRowsMs = -1;
        stalls.start();
        const double seconds = load(*client, model, m_sizes.large, &firstRowsMs);
        stalls.stop();
        const qint64 rows = model.loadedRowCount();
        QApplication::processEvents();
        const qint64 after = ProcessMemory::residentBytesInUse();
        report(u"load_1m_s"_s, seconds, u"s"_s, rows, u"first_rows_ms"_s);
        report(u"first_rows_ms"_s, firstRowsMs, u"ms"_s, rows);
        report(u"gui_max_stall_ms"_s, stalls.longestGapMs(), u"ms"_s, rows);
        report(u"bytes_per_row"_s, double(after - before) / double(std::max<qint64>(rows, 1)), u"B"_s, rows);
        report(u"model_bytes_per_row"_s, double(model.storageBytes()) / double(std::max<qint64>(rows, 1)),
               u"B"_s, rows, u"bytes_per_row"_s);

        if (wants(u"filter_1m_ms"_s)) {
            filter(model, u"linux"_s, u"filter_1m_ms"_s);
            // Digits: the times must be formatted to be searched.
            filter(model, u"2024"_s, u"filter_1m_digits_ms"_s, u"filter_1m_ms"_s);
            model.setLocalFilter(QString());
            check(model.rowCount() == rows, u"clearing the filter"_s);
        }
        if (wants(u"sort_1m_ms"_s)) {
            sortBy(model, model.sectionOf(AssetColumn::Names), u"sort_1m_ms"_s);
            sortBy(model, model.sectionOf(AssetColumn::Addresses), u"sort_1m_addresses_ms"_s,
                   u"sort_1m_ms"_s);
            model.sort(-1, Qt::AscendingOrder);
            waitReordered(model);
        }
        if (wants(u"csv_1m_s"_s))
            csv(model);
        if (wants(u"overview_1m_ms"_s))
            overview(model);
    }

    void filter(AssetTableModel &model, const QString &needle, const QString &name,
                const QString &parent = {}) {
        StallMeter stalls;
        stalls.start();
        QElapsedTimer clock;
        clock.start();
        model.setLocalFilter(needle);
        waitReordered(model);
        const double ms = double(clock.nsecsElapsed()) / 1e6;
        stalls.stop();
        check(model.rowCount() > 0 && model.rowCount() < model.loadedRowCount(),
              u"filter %1 kept %2 rows"_s.arg(needle).arg(model.rowCount()));
        const int probe = model.rowCount() / 2;
        bool shown = false;
        for (int column = 0; column < model.columnCount(); ++column)
            shown =
                shown || model.index(probe, column).data().toString().contains(needle, Qt::CaseInsensitive);
        check(shown, u"a row kept by filter %1 does not show it"_s.arg(needle));
        report(name, ms, u"ms"_s, model.loadedRowCount(), parent);
        report(name + u"_gui_stall_ms"_s, stalls.longestGapMs(), u"ms"_s, model.rowCount(),
               parent.isEmpty() ? name : parent);
    }

    void sortBy(AssetTableModel &model, int section, const QString &name, const QString &parent = {}) {
        QElapsedTimer clock;
        clock.start();
        model.sort(section, Qt::AscendingOrder);
        waitReordered(model);
        const double ms = double(clock.nsecsElapsed()) / 1e6;
        // Spot check: neighbours in order by the first item, ignoring case (addresses: IPv4 first).
        if (model.columnAt(section) == AssetColumn::Names) {
            for (int row = 1; row < std::min(model.rowCount(), 5000); ++row) {
                const QString a = model.rawText(row - 1, section);
                const QString b = model.rawText(row, section);
                check(a.compare(b, Qt::CaseInsensitive) <= 0,
                      u"sorted names out of order: %1, %2"_s.arg(a, b));
            }
        }
        report(name, ms, u"ms"_s, model.loadedRowCount(), parent);
    }

    void csv(AssetTableModel &model) {
        QTemporaryDir dir;
        const QString file = dir.filePath(u"assets.csv"_s);
        QList<int> sections(model.columnCount());
        std::iota(sections.begin(), sections.end(), 0);
        QElapsedTimer clock;
        clock.start();
        const std::shared_ptr<const CsvTable> table = model.exportSnapshot(sections);
        CsvExportJob job(table, CsvSelection::all(*table), file, CsvOptions{});
        bool finished = false;
        QObject::connect(&job, &CsvExportJob::finished, &job, [&](const CsvExportError &error) {
            check(error.ok(), u"CSV export failed"_s);
            finished = true;
        });
        job.start();
        waitFor(&job, &CsvExportJob::finished, [&finished] { return finished; });
        const double seconds = double(clock.nsecsElapsed()) / 1e9;
        check(table->rowCount() == model.loadedRowCount(),
              u"the snapshot has %1 rows"_s.arg(table->rowCount()));
        report(u"csv_1m_s"_s, seconds, u"s"_s, table->rowCount());
        report(u"csv_1m_mb"_s, double(QFileInfo(file).size()) / 1e6, u"MB"_s, table->rowCount(),
               u"csv_1m_s"_s);
    }

    // The overview's counts by type, OS, site and alive, from asking until applied: of every row, then of the
    // rows the filter "linux" keeps.
    void overview(AssetTableModel &model) {
        QElapsedTimer clock;
        clock.start();
        AssetOverviewModel overview(&model);
        overview.setThrottleInterval(0);
        const auto counted = [&overview] { return !overview.isCounting(); };
        check(waitFor(&overview, &AssetOverviewModel::countingChanged, counted),
              u"the overview did not count"_s);
        const double allMs = double(clock.nsecsElapsed()) / 1e6;
        checkOverview(overview.overview(), model);
        report(u"overview_1m_ms"_s, allMs, u"ms"_s, overview.overview().visibleRows);

        model.setLocalFilter(u"linux"_s);
        waitReordered(model);
        check(waitFor(&overview, &AssetOverviewModel::countingChanged, counted),
              u"the overview did not count"_s);
        clock.start();
        overview.requestCount();
        check(waitFor(&overview, &AssetOverviewModel::countingChanged, counted),
              u"the overview did not count"_s);
        const double filteredMs = double(clock.nsecsElapsed()) / 1e6;
        checkOverview(overview.overview(), model);
        check(overview.overview().filter == u"linux"_s, u"the overview missed the filter"_s);
        report(u"overview_1m_filtered_ms"_s, filteredMs, u"ms"_s, overview.overview().visibleRows,
               u"overview_1m_ms"_s);
        // What the GUI thread pays for each count: the snapshot of the view (with the filter, a copy of the
        // visible rows).
        clock.start();
        const AssetViewSnapshot snapshot = model.viewSnapshot();
        report(u"overview_1m_snapshot_ms"_s, double(clock.nsecsElapsed()) / 1e6, u"ms"_s,
               snapshot.visibleRowCount(), u"overview_1m_ms"_s);
        model.setLocalFilter(QString());
        waitReordered(model);
    }

    // Every tally accounts for each visible row once.
    void checkOverview(const AssetOverview &overview, const AssetTableModel &model) {
        check(overview.visibleRows == model.rowCount(),
              u"the overview counted %1 of %2 rows"_s.arg(overview.visibleRows).arg(model.rowCount()));
        for (const AssetTally &tally : overview.tallies) {
            check(
                tally.loaded && tally.total == overview.visibleRows && !tally.entries.isEmpty(),
                u"the %1 tally counted %2 rows"_s.arg(assetColumnInfo(tally.column).field).arg(tally.total));
        }
    }

    Sizes m_sizes;
    QStringList m_only;
    int m_rounds;
    bool m_failed = false;
};

} // namespace

} // namespace rz::bench

int main(int argc, char *argv[]) {
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen"); // the view is measured, not looked at
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(u"Throughput figures of rzconsole's asset pipeline, as JSON lines."_s);
    parser.addHelpOption();
    const QCommandLineOption quick(u"quick"_s, u"Small sizes, to check that everything runs."_s);
    const QCommandLineOption only(u"only"_s, u"Only the figure NAME (repeatable)."_s, u"NAME"_s);
    const QCommandLineOption rounds(u"rounds"_s, u"Runs of the 100k load and download; the median counts."_s,
                                    u"N"_s, u"15"_s);
    parser.addOptions({quick, only, rounds});
    parser.process(app);

    rz::bench::Sizes sizes;
    if (parser.isSet(quick))
        sizes = {20000, 5000, 20000};
    rz::bench::Bench bench(sizes, parser.values(only), std::max(1, parser.value(rounds).toInt()));
    return bench.run();
}
