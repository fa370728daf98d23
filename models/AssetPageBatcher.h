// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: rzconsole contributors
#pragma once

#include "domain/AssetRow.h"

#include <QList>
#include <QObject>
#include <QTimer>

#include <chrono>

namespace rz {

// Gathers the pages of an asset load so that they reach the model in batches: the first page at once, so that
// the first rows show without delay, then what arrived in the meantime at most once per `interval`. Each page
// still goes into the model with its own beginInsertRows; what batching saves is the view's work, since a
// view repaints once per batch instead of once per page. At a million assets a repaint per page (15–25 ms of
// text layout each) kept the GUI thread busy for most of the load and held up every next request.
class AssetPageBatcher final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AssetPageBatcher)
public:
    static constexpr std::chrono::milliseconds defaultInterval{100};

    explicit AssetPageBatcher(std::chrono::milliseconds interval = defaultInterval,
                              QObject *parent = nullptr);

    // Hands `page` on now when nothing was handed on within the interval, else with the next batch.
    void add(const rz::AssetPage &page);
    // Hands every waiting page on now: before a load's end is reported, so that the model holds all its rows.
    void flush();
    // Forgets the waiting pages: their load was replaced.
    void clear();

    qsizetype waitingPages() const;
    // Whether a page added now would wait for the next batch.
    bool isHolding() const;

Q_SIGNALS:
    // One or more pages, in the order they were added.
    void pagesReady(const QList<rz::AssetPage> &pages);

private:
    void onInterval();

    QTimer m_timer;
    QList<AssetPage> m_waiting;
};

} // namespace rz
