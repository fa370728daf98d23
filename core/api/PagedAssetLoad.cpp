// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: rzconsole contributors
#include "api/PagedAssetLoad.h"

#include "api/ApiLogging.h"
#include "api/ApiRequest.h"
#include "api/ApiTransport.h"
#include "api/AssetExportQuery.h"
#include "api/RateBudget.h"
#include "json/AssetPageParser.h"
#include "json/TrailingNextKey.h"

#include <QFutureWatcher>
#include <QPromise>
#include <QThread>
#include <QThreadPool>
#include <QTimer>
#include <QtConcurrentRun>

using namespace Qt::StringLiterals;

namespace rz {

namespace {

const QString assetExportPath = u"export/org/assets.json"_s;

// What a parse job reports: first the page's next_key (as soon as it is known), then the page itself.
struct ParseEvent {
    bool keyOnly = false;
    QString nextKey;
    std::shared_ptr<const Result<AssetPage>> page; // shared, so that QFuture's copies stay cheap
};

void parsePage(QPromise<ParseEvent> &promise, const QByteArray &body, const QList<AssetColumn> &columns,
               AssetPageForm form) {
    json::AssetPageParser parser(columns, form);
    Result<AssetPage> page = parser.parse(
        body,
        [&promise](const QString &key) {
            promise.addResult(ParseEvent{true, key, nullptr});
        },
        [&promise] {
            // Between slices of rows, a parse gives way to any thread waiting for this core: the network
            // thread that receives the next page and the GUI thread that asks for the one after it. Otherwise
            // the scheduler lets the parse finish its time slice first (about a page's worth), and every page
            // is held up by the parse of the one before it.
            QThread::yieldCurrentThread();
            return promise.isCanceled();
        });
    promise.addResult(ParseEvent{false, {}, std::make_shared<const Result<AssetPage>>(std::move(page))});
}

} // namespace

// A page that has been fetched (or failed to be): parsing, or waiting for the pages before it.
struct PagedAssetLoad::Step {
    QString startKey;
    QFutureWatcher<ParseEvent> *watcher = nullptr;
    std::shared_ptr<const Result<AssetPage>> outcome; // set once parsed, or at once for a failed fetch
    std::optional<QString> guess; // the next_key read from the body's last bytes, before parsing
    bool nextRequested = false;   // the next page went out on `guess`, before the parser confirmed it
    bool keySeen = false;
    bool keyRepeats = false; // the page names itself as the next one: following it would never end
    bool unreadable = false; // the body arrived but could not be parsed: worth fetching again

    Step() = default;
    Q_DISABLE_COPY_MOVE(Step)
    ~Step() {
        if (watcher) {
            // The job may still run; it owns its input and is told to stop. Its results go nowhere.
            watcher->disconnect();
            watcher->future().cancel();
            watcher->deleteLater();
        }
    }
};

PagedAssetLoad::PagedAssetLoad(ApiTransport *transport, AssetQuery query, QObject *parent, QThreadPool *pool)
    : AssetLoad(parent)
    , m_transport(transport)
    , m_query(std::move(query))
    , m_pool(pool ? pool : QThreadPool::globalInstance())
    , m_run(1)
    , m_running(true) {
    QTimer::singleShot(0, this, [this, run = m_run] {
        if (run == m_run && m_running)
            startRun();
    });
}

PagedAssetLoad::~PagedAssetLoad() {
    stopWork();
}

qint64 PagedAssetLoad::rowsLoaded() const {
    return m_rowsLoaded;
}

bool PagedAssetLoad::isRunning() const {
    return m_running;
}

QString PagedAssetLoad::resumeKey() const {
    return m_resumeKey;
}

void PagedAssetLoad::cancel() {
    if (!m_running)
        return;
    finish(ApiError::make(ApiError::Kind::Cancelled));
}

void PagedAssetLoad::resume() {
    if (m_running || m_completed)
        return;
    ++m_run;
    m_running = true;
    m_pageFaults = 0;
    qCDebug(lcApi) << "resuming an asset export after" << m_rowsLoaded << "rows";
    startRun();
}

void PagedAssetLoad::startRun() {
    m_lastPageSeen = false;
    m_nextFetchKey.reset();
    fetch(m_resumeKey);
}

void PagedAssetLoad::fetch(const QString &startKey) {
    if (!m_transport) {
        auto step = std::make_unique<Step>();
        step->startKey = startKey;
        step->outcome = std::make_shared<const Result<AssetPage>>(Result<AssetPage>{
            {}, ApiError::make(ApiError::Kind::Cancelled, tr("the connection was closed"))});
        m_steps.push_back(std::move(step));
        // From the event loop: fetch() may be called from inside drain(), which must not run twice at once.
        QTimer::singleShot(0, this, [this, run = m_run] {
            if (run == m_run)
                drain();
        });
        return;
    }
    ApiRequest *request = m_transport->get(assetExportPath, assetExportQuery(m_query, startKey), this);
    m_fetch = request;
    connect(request, &ApiRequest::finished, this,
            [this, startKey, run = m_run](const Result<QByteArray> &result) {
                if (run != m_run)
                    return;
                m_fetch = nullptr;
                onFetched(startKey, result);
            });
}

void PagedAssetLoad::onFetched(const QString &startKey, const Result<QByteArray> &result) {
    auto step = std::make_unique<Step>();
    step->startKey = startKey;
    if (!result.ok()) {
        // Handed over in order: the pages before this one are still delivered first.
        step->outcome = std::make_shared<const Result<AssetPage>>(Result<AssetPage>{{}, result.error});
        m_steps.push_back(std::move(step));
        drain();
        return;
    }
    Step *raw = step.get();
    if (m_guessKeys)
        raw->guess = json::trailingNextKey(result.value);
    raw->watcher = new QFutureWatcher<ParseEvent>(this);
    connect(raw->watcher, &QFutureWatcherBase::resultReadyAt, this,
            [this, raw](int index) { onParseEvent(raw, index); });
    m_steps.push_back(std::move(step));
    raw->watcher->setFuture(
        QtConcurrent::run(m_pool, parsePage, result.value, m_query.columns, m_query.form));
    fetchNextIfDue(); // on the guess: the console need not wait for the parser
}

void PagedAssetLoad::onParseEvent(Step *step, int index) {
    const ParseEvent event = step->watcher->resultAt(index);
    const bool newest = step == m_steps.back().get();
    // Returns false when the load had to start again (`step` is gone then).
    const auto takeKey = [this, step, newest](const QString &key) {
        if (step->keySeen)
            return true;
        if (step->nextRequested) {
            step->keySeen = true;
            if (key == *step->guess)
                return true;
            restartWithoutGuesses();
            return false;
        }
        // Only the newest page can name the next one: no later page has been requested before its key is
        // known.
        if (!newest)
            return true;
        step->keySeen = true;
        if (!key.isEmpty() && key == step->startKey)
            step->keyRepeats = true;
        else if (key.isEmpty())
            m_lastPageSeen = true;
        else
            m_nextFetchKey = key;
        return true;
    };
    if (event.keyOnly) {
        if (takeKey(event.nextKey))
            fetchNextIfDue();
        return;
    }
    if (event.page->ok() && !takeKey(event.page->value.nextKey))
        return;
    step->outcome = event.page;
    step->unreadable = !event.page->ok() && event.page->error.kind == ApiError::Kind::Malformed;
    if (step->keyRepeats && event.page->ok()) {
        step->outcome = std::make_shared<const Result<AssetPage>>(
            Result<AssetPage>{{},
                              ApiError::make(ApiError::Kind::Malformed,
                                             tr("the console named the same page as the next one"))});
    }
    drain(); // may delete `step`
}

void PagedAssetLoad::drain() {
    const quint64 run = m_run;
    while (m_running && !m_steps.empty() && m_steps.front()->outcome) {
        const std::unique_ptr<Step> step = std::move(m_steps.front());
        m_steps.pop_front();
        Q_ASSERT(step->startKey == m_resumeKey);
        const std::shared_ptr<const Result<AssetPage>> outcome = step->outcome;
        if (!outcome->ok()) {
            const ApiTransport *transport = m_transport.data();
            if (step->unreadable && transport != nullptr &&
                m_pageFaults + 1 < transport->retryPolicy().maxAttempts) {
                retryPage();
                return;
            }
            finish(outcome->error);
            return;
        }
        const AssetPage &page = outcome->value;
        m_pageFaults = 0;
        m_resumeKey = page.nextKey;
        m_rowsLoaded += qint64(page.rowCount());
        // A place in the queue is free: the next request goes out before this page is handed over (and before
        // the page after it, when both were parsed by now).
        fetchNextIfDue();
        if (page.rowCount() > 0) {
            Q_EMIT pageReady(page);
            if (run != m_run)
                return; // cancelled, or finished and resumed, from a slot
        }
    }
    if (!m_running)
        return;
    if (m_steps.empty() && !m_fetch && m_lastPageSeen && !m_nextFetchKey) {
        finish(ApiError{});
        return;
    }
    fetchNextIfDue();
}

void PagedAssetLoad::retryPage() {
    // From the first page not handed over: the pages after it were requested with its key and are dropped,
    // so nothing is delivered twice and nothing is skipped.
    ApiTransport *transport = m_transport.data();
    if (transport == nullptr) {
        finish(ApiError::make(ApiError::Kind::Cancelled, tr("the connection was closed")));
        return;
    }
    ++m_pageFaults;
    ++m_run;
    stopWork();
    const qint64 delay = transport->retryPolicy().backoffMs(m_pageFaults, transport->rateBudget()->jitter());
    qCInfo(lcApi) << "an asset page could not be read; fetching it again in" << delay << "ms";
    transport->clock()->runAfter(delay, this, [this, run = m_run] {
        if (run == m_run && m_running)
            startRun();
    });
}

void PagedAssetLoad::fetchNextIfDue() {
    // One request in flight, and at most one page besides the newest waiting to be handed over.
    if (!m_running || m_fetch || m_steps.size() > 1)
        return;
    if (m_nextFetchKey) {
        const QString key = *m_nextFetchKey;
        m_nextFetchKey.reset();
        fetch(key);
        return;
    }
    // The newest page's parser has not named the next page yet: go on the guess from its last bytes.
    if (m_steps.empty() || !m_guessKeys)
        return;
    Step *newest = m_steps.back().get();
    if (newest->keySeen || newest->nextRequested || !newest->guess || newest->guess->isEmpty() ||
        *newest->guess == newest->startKey)
        return;
    newest->nextRequested = true;
    fetch(*newest->guess);
}

void PagedAssetLoad::restartWithoutGuesses() {
    // A body ended like a page with a next_key that the page did not hold (a crafted body, or a value that
    // only looked like one). The pages requested on that guess are dropped and the load goes on from the
    // first page not handed over, waiting for the parser from now on: nothing twice, nothing skipped.
    qCWarning(lcApi) << "an asset page's next_key was not what its last bytes suggested; loading on without "
                        "guessing";
    m_guessKeys = false;
    ++m_run;
    stopWork();
    startRun();
}

void PagedAssetLoad::stopWork() {
    if (m_fetch) {
        m_fetch->abort();
        m_fetch = nullptr;
    }
    m_steps.clear();
    m_nextFetchKey.reset();
}

void PagedAssetLoad::finish(const ApiError &error) {
    ++m_run; // whatever is still under way belongs to a finished run
    stopWork();
    m_running = false;
    m_completed = error.ok();
    if (error.ok())
        qCDebug(lcApi) << "asset export complete:" << m_rowsLoaded << "rows";
    else
        qCInfo(lcApi) << "asset export stopped, kind" << int(error.kind) << "after" << m_rowsLoaded << "rows";
    Q_EMIT finished(error);
}

} // namespace rz
