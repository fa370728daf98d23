// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: rzconsole contributors
#pragma once

#include "domain/AssetColumn.h"
#include "domain/AssetRow.h"
#include "models/AssetCellFormatter.h"
#include "models/AssetRowOrder.h"
#include "models/AssetStore.h"
#include "models/AssetViewSnapshot.h"

#include <QAbstractTableModel>
#include <QElapsedTimer>
#include <QFutureWatcher>
#include <QList>
#include <QString>

#include <atomic>
#include <memory>
#include <vector>

class QThreadPool;
class QTimer;

namespace rz {

class AssetRowFilter;
class CsvTable;

// The assets of one load, with the columns chosen when the load started, filtered and sorted locally.
//
// Built to hold a million rows: each appended page is kept as the compact AssetBlock it arrived as (cells in
// per-column vectors, repeated values pooled, no QString or QVariant per cell), and display strings are made
// in data() on demand. A page arrives with at most one beginInsertRows/endInsertRows; nothing emits
// dataChanged over the model.
//
// Loaded rows are all rows appended so far; visible rows are those the local filter keeps, in the sort order.
// rowCount(), index() and every `row` argument below mean visible rows unless said otherwise. Filtering and
// sorting run on a worker thread over a snapshot of the rows; the result is applied on the GUI thread at
// once: a new filter with one model reset, a new order with one layout change that moves persistent indexes
// along. Rows appended meanwhile are filtered as they come and put at the end, then sorted in by a further
// job.
class AssetTableModel final : public QAbstractTableModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AssetTableModel)
public:
    using Column = AssetColumn; // AssetColumn ends in the sentinel AssetColumn::Count

    // `pool` runs the filter and sort jobs (the global pool when null).
    explicit AssetTableModel(QObject *parent = nullptr, QThreadPool *pool = nullptr);
    ~AssetTableModel() override;

    // Chooses the columns (in display order) and removes every row. The local filter stays; so does the sort,
    // when its column is still there.
    void setColumns(QList<AssetColumn> columns);
    QList<AssetColumn> columns() const;
    AssetColumn columnAt(int section) const;
    int sectionOf(AssetColumn column) const; // -1 when not shown

    // Appends the rows of `page` (either form). Values are matched to this model's columns by page.columns (a
    // column the page lacks is empty); if no columns were chosen yet, the page's columns are adopted.
    void appendPage(const AssetPage &page);
    void clear();

    qint64 loadedRowCount() const;
    // The loaded row (0 .. loadedRowCount()-1, in load order) shown at `visibleRow`; -1 when there is none.
    int sourceRow(int visibleRow) const;

    QString assetId(int row) const;
    // The canonical value of a cell as AssetRow describes it (e.g. Unix seconds for times).
    QString rawText(int row, int section) const;

    // Keeps the rows with a cell whose display text, in any column, contains `text` (ignoring letter case);
    // an empty text keeps every row.
    void setLocalFilter(const QString &text);
    QString localFilter() const;
    // Orders the rows by the raw value of `column` (addresses as addresses, times as times, counts as
    // numbers, text case-insensitively); stable, with empty values last either way. A column of -1 restores
    // load order.
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;
    int sortColumn() const; // -1 when in load order
    Qt::SortOrder sortOrder() const;
    // Whether a filter or sort job is under way (the visible rows are about to change).
    bool isReordering() const;

    // An immutable copy of what the view shows, for CSV export on a worker thread: the columns at `sections`
    // in that order, and the visible rows in view order — or only the rows of `selection` (visible rows),
    // still in view order. Export it whole, with CsvSelection::all(). Cheap: it shares the loaded blocks.
    std::shared_ptr<const CsvTable> exportSnapshot(QList<int> sections,
                                                   const QModelIndexList &selection = {}) const;

    // Which rows the view shows, for counting on a worker thread (AssetOverviewModel). Cheap: it shares the
    // loaded blocks and copies the visible row list only while a filter is applied.
    AssetViewSnapshot viewSnapshot() const;

    // Bytes held for the loaded rows, for diagnostics.
    qsizetype storageBytes() const;

    static QString columnTitle(AssetColumn column);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    void reorderingChanged(bool busy);

private:
    using Job = std::shared_ptr<const AssetRowOrderResult>;

    qint64 storeRow(int row) const;
    void startJob();
    void cancelJob();
    void onJobFinished(QFutureWatcher<Job> *watcher, const AssetRowOrderSpec &spec);
    void apply(std::vector<quint32> rows, const AssetRowOrderSpec &spec);
    void applyIdentity();
    void relayout(std::vector<quint32> rows, const AssetRowOrderSpec &spec);
    void scheduleResort();
    void setBusy(bool busy);
    void resetRows(QList<AssetColumn> columns);
    // The filter for pages that arrive (null for an empty needle), kept from page to page.
    AssetRowFilter *pageFilter(const QString &needle);

    QList<AssetColumn> m_columns;
    AssetStore m_store;
    AssetCellFormatter m_formatter;
    QThreadPool *m_pool;
    AssetRowOrderSpec m_applied;    // what the visible rows show
    AssetRowOrderSpec m_wanted;     // what was asked for
    std::vector<quint32> m_visible; // store rows, when m_applied is not the identity
    bool m_unsorted = false;        // rows at the end of m_visible wait to be sorted in
    QFutureWatcher<Job> *m_watcher = nullptr;
    std::shared_ptr<std::atomic<bool>> m_cancel;
    std::unique_ptr<AssetRowFilter> m_pageFilter;
    QTimer *m_resortTimer;
    QElapsedTimer m_jobClock;
    qint64 m_lastJobMs = 0; // paces re-sorting while a load appends rows
    bool m_busy = false;
};

} // namespace rz
