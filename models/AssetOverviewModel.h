// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: rzconsole contributors
#pragma once

#include "models/AssetOverview.h"

#include <QAbstractItemModel>
#include <QElapsedTimer>
#include <QFutureWatcher>
#include <QPointer>

#include <atomic>
#include <memory>

class QThreadPool;
class QTimer;

namespace rz {

class AssetTableModel;

// How the rows an AssetTableModel shows (after its local filter) spread over the values of a few columns —
// by default type, OS, site and alive — kept up to date as rows arrive and the filter changes.
//
// Counting runs on a worker over a snapshot of the view (AssetOverviewCounter). It starts when the view's
// rows change (reset, layout change, inserted or removed rows, other columns), at most once per throttle
// interval while a load keeps adding rows; a newer count supersedes an older one, whose result is dropped
// even if it arrives later. While inactive (nobody looks) nothing is counted; activating counts what is due.
//
// As an item model: a top-level row per column (its title, the assets counted), with a child row per tally
// entry (the value, the assets, their share of the visible rows). It is reset whenever a count is applied.
class AssetOverviewModel final : public QAbstractItemModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AssetOverviewModel)
public:
    enum Column { Value, Assets, Share, ColumnCount };
    static constexpr int defaultTop = 8;
    static constexpr int defaultThrottleMs = 300;

    // `source` must outlive the counting it asks for, not this model; `pool` runs the counts (the global pool
    // when null) and must outlive the model.
    explicit AssetOverviewModel(AssetTableModel *source, QObject *parent = nullptr,
                                QThreadPool *pool = nullptr);
    ~AssetOverviewModel() override;

    // The columns tallied, in order (default: type, OS, site, alive).
    void setTalliedColumns(QList<AssetColumn> columns);
    QList<AssetColumn> talliedColumns() const;
    // How many values a tally shows before it sums up the rest as "Other" (at least 1).
    void setTopCount(int top);
    int topCount() const;
    // The least time between the starts of two counts; 0 counts on the next turn of the event loop.
    void setThrottleInterval(int ms);
    int throttleInterval() const;
    void setActive(bool active);
    bool isActive() const;
    // A count is due or running: the overview is about to change.
    bool isCounting() const;

    // The overview last applied (empty before the first count).
    const AssetOverview &overview() const;
    // The text shown for an entry of `tally`: the value, "Other (N values)", "Unknown", or Yes/No for a
    // yes-or-no column.
    static QString entryLabel(const AssetTally &tally, const AssetTallyEntry &entry);
    // The tally at top-level row `row`, nullptr when there is none.
    const AssetTally *tallyAt(int row) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

public Q_SLOTS:
    // Counts again (throttled); the source's signals call it.
    void requestCount();

Q_SIGNALS:
    // A new overview was applied.
    void overviewChanged();
    void countingChanged(bool counting);

private:
    using Result = std::shared_ptr<const AssetOverview>;

    void startCount();
    void onCountFinished(QFutureWatcher<Result> *watcher, quint64 generation);
    void updateCounting();
    QVariant tallyData(const AssetTally &tally, int column, int role) const;
    QVariant entryData(const AssetTally &tally, const AssetTallyEntry &entry, int column, int role) const;

    QPointer<AssetTableModel> m_source;
    QThreadPool *m_pool;
    QTimer *m_timer;
    QElapsedTimer m_lastStart;
    QList<AssetColumn> m_columns;
    int m_top = defaultTop;
    int m_throttleMs = defaultThrottleMs;
    bool m_active = true;
    bool m_due = false;       // the view changed since the last count started
    quint64 m_generation = 0; // of the latest count started; only its result is applied
    QFutureWatcher<Result> *m_watcher = nullptr;
    std::shared_ptr<std::atomic<bool>> m_cancel;
    bool m_counting = false;
    AssetOverview m_overview;
};

} // namespace rz
