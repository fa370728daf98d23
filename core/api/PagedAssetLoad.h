// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: rzconsole contributors
#pragma once

#include "api/ApiClient.h"
#include "api/AssetLoad.h"

#include <QPointer>
#include <deque>
#include <memory>
#include <optional>

class QThreadPool;

namespace rz {

class ApiRequest;
class ApiTransport;

// AssetLoad over /export/org/assets.json with page_size and start_key, pipelined: while page N is parsed on a
// worker thread, the request for page N+1 is already in flight. Its start_key is guessed from page N's last
// bytes the moment it arrives (json::trailingNextKey), so the console never waits for the parser; the
// parser's reading confirms it, and a wrong guess makes the load start again from the first page not handed
// over, without guessing. The parse yields its core every few dozen rows, so it never delays the threads that
// receive the next page. At most two pages wait to be handed over, so a fast network cannot pile up bodies
// in memory. Pages are emitted in order on the thread that owns the load. The transport retries 429s and
// transient faults of each request; a page whose body arrives but cannot be parsed is fetched again here from
// its start_key, after a back-off, up to the retry policy's limit. Only then does the load stop with the
// error, and resume() carries on from the same page.
class PagedAssetLoad final : public AssetLoad {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PagedAssetLoad)
public:
    // Starts from the event loop, so that the caller can connect first. `pool` runs the parsing (the global
    // pool when null).
    PagedAssetLoad(ApiTransport *transport, AssetQuery query, QObject *parent, QThreadPool *pool = nullptr);
    ~PagedAssetLoad() override;

    qint64 rowsLoaded() const override;
    bool isRunning() const override;
    QString resumeKey() const override;

    void cancel() override;
    void resume() override;

private:
    struct Step;

    void startRun();
    void fetch(const QString &startKey);
    void onFetched(const QString &startKey, const Result<QByteArray> &result);
    void onParseEvent(Step *step, int index);
    void drain();
    void fetchNextIfDue();
    void retryPage();
    void restartWithoutGuesses();
    void stopWork();
    void finish(const ApiError &error);

    QPointer<ApiTransport> m_transport;
    AssetQuery m_query;
    QThreadPool *m_pool;
    std::deque<std::unique_ptr<Step>> m_steps; // fetched pages, in order, not yet handed over
    QPointer<ApiRequest> m_fetch;
    std::optional<QString> m_nextFetchKey; // known start_key of a page not yet requested
    QString m_resumeKey;                   // start_key of the first page not yet handed over
    qint64 m_rowsLoaded = 0;
    int m_pageFaults = 0; // unreadable answers for the first page not handed over
    quint64 m_run = 0;    // counts runs, so that stale callbacks of an earlier run are ignored
    bool m_running = false;
    bool m_lastPageSeen = false;
    bool m_completed = false;
    bool m_guessKeys = true; // until a guess turns out wrong
};

} // namespace rz
