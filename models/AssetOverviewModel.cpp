// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: rzconsole contributors
#include "models/AssetOverviewModel.h"

#include "models/AssetOverviewCounter.h"
#include "models/AssetTableModel.h"
#include "models/Roles.h"

#include <QLocale>
#include <QThreadPool>
#include <QTimer>
#include <QtConcurrentRun>

#include <algorithm>
#include <limits>

using namespace Qt::StringLiterals;

namespace rz {

namespace {

// internalId of a top-level index; a child's is its parent's row + 1.
constexpr quintptr topLevelId = 0;

} // namespace

AssetOverviewModel::AssetOverviewModel(AssetTableModel *source, QObject *parent, QThreadPool *pool)
    : QAbstractItemModel(parent)
    , m_source(source)
    , m_pool(pool ? pool : QThreadPool::globalInstance())
    , m_timer(new QTimer(this))
    , m_columns{AssetColumn::Type, AssetColumn::Os, AssetColumn::SiteName, AssetColumn::Alive} {
    m_timer->setSingleShot(true);
    connect(m_timer, &QTimer::timeout, this, &AssetOverviewModel::startCount);
    if (source) {
        // The order of the rows does not change the counts, but a layout change may come with other rows.
        connect(source, &QAbstractItemModel::modelReset, this, &AssetOverviewModel::requestCount);
        connect(source, &QAbstractItemModel::layoutChanged, this, &AssetOverviewModel::requestCount);
        connect(source, &QAbstractItemModel::rowsInserted, this, &AssetOverviewModel::requestCount);
        connect(source, &QAbstractItemModel::rowsRemoved, this, &AssetOverviewModel::requestCount);
        connect(source, &QAbstractItemModel::columnsInserted, this, &AssetOverviewModel::requestCount);
        connect(source, &QAbstractItemModel::columnsRemoved, this, &AssetOverviewModel::requestCount);
    }
    requestCount();
}

AssetOverviewModel::~AssetOverviewModel() {
    // A running count owns its snapshot; it stops at its next check and its result goes nowhere.
    if (m_cancel)
        m_cancel->store(true);
}

void AssetOverviewModel::setTalliedColumns(QList<AssetColumn> columns) {
    if (columns == m_columns)
        return;
    m_columns = std::move(columns);
    requestCount();
}

QList<AssetColumn> AssetOverviewModel::talliedColumns() const {
    return m_columns;
}

void AssetOverviewModel::setTopCount(int top) {
    top = std::max(top, 1);
    if (top == m_top)
        return;
    m_top = top;
    requestCount();
}

int AssetOverviewModel::topCount() const {
    return m_top;
}

void AssetOverviewModel::setThrottleInterval(int ms) {
    m_throttleMs = std::max(ms, 0);
}

int AssetOverviewModel::throttleInterval() const {
    return m_throttleMs;
}

void AssetOverviewModel::setActive(bool active) {
    if (active == m_active)
        return;
    m_active = active;
    if (!active)
        m_timer->stop(); // m_due stays: activating counts what was missed
    if (active && m_due)
        requestCount();
    else
        updateCounting();
}

bool AssetOverviewModel::isActive() const {
    return m_active;
}

bool AssetOverviewModel::isCounting() const {
    return m_counting;
}

const AssetOverview &AssetOverviewModel::overview() const {
    return m_overview;
}

void AssetOverviewModel::requestCount() {
    m_due = true;
    if (m_active && m_source && !m_timer->isActive()) {
        const qint64 since = m_lastStart.isValid() ? m_lastStart.elapsed() : qint64(m_throttleMs);
        m_timer->start(int(std::clamp<qint64>(m_throttleMs - since, 0, m_throttleMs)));
    }
    updateCounting();
}

void AssetOverviewModel::startCount() {
    if (!m_source)
        return;
    m_due = false;
    if (m_cancel)
        m_cancel->store(true); // superseded: whatever it finds is dropped
    const quint64 generation = ++m_generation;
    auto cancel = std::make_shared<std::atomic<bool>>(false);
    m_cancel = cancel;
    auto *watcher = new QFutureWatcher<Result>(this);
    m_watcher = watcher;
    connect(watcher, &QFutureWatcherBase::finished, this,
            [this, watcher, generation] { onCountFinished(watcher, generation); });
    m_lastStart.start();
    watcher->setFuture(QtConcurrent::run(
        m_pool, [snapshot = m_source->viewSnapshot(), columns = m_columns, top = m_top, cancel]() -> Result {
            std::optional<AssetOverview> overview =
                AssetOverviewCounter::count(snapshot, columns, top, *cancel);
            return overview ? std::make_shared<const AssetOverview>(std::move(*overview)) : Result();
        }));
    updateCounting();
}

void AssetOverviewModel::onCountFinished(QFutureWatcher<Result> *watcher, quint64 generation) {
    watcher->deleteLater();
    if (generation != m_generation)
        return; // a newer count started after this one: only the latest is applied
    m_watcher = nullptr;
    m_cancel.reset();
    const Result result = watcher->future().resultCount() > 0 ? watcher->result() : Result();
    if (result) {
        beginResetModel();
        m_overview = *result;
        endResetModel();
        Q_EMIT overviewChanged();
    }
    updateCounting();
}

void AssetOverviewModel::updateCounting() {
    const bool counting = m_active && (m_timer->isActive() || m_watcher != nullptr);
    if (counting == m_counting)
        return;
    m_counting = counting;
    Q_EMIT countingChanged(counting);
}

QString AssetOverviewModel::entryLabel(const AssetTally &tally, const AssetTallyEntry &entry) {
    switch (entry.kind) {
    case AssetTallyEntry::Kind::Other:
        return tr("Other (%Ln values)", nullptr,
                  int(std::min<qint64>(entry.values, std::numeric_limits<int>::max())));
    case AssetTallyEntry::Kind::Unknown:
        return tr("Unknown");
    case AssetTallyEntry::Kind::Value:
        break;
    }
    if (assetColumnInfo(tally.column).kind == ValueKind::Bool) {
        if (entry.value == "true"_L1)
            return tr("Yes");
        if (entry.value == "false"_L1)
            return tr("No");
    }
    return entry.value;
}

const AssetTally *AssetOverviewModel::tallyAt(int row) const {
    return row >= 0 && row < m_overview.tallies.size() ? &m_overview.tallies.at(row) : nullptr;
}

QModelIndex AssetOverviewModel::index(int row, int column, const QModelIndex &parent) const {
    if (!hasIndex(row, column, parent))
        return {};
    return createIndex(row, column, parent.isValid() ? quintptr(parent.row()) + 1 : topLevelId);
}

QModelIndex AssetOverviewModel::parent(const QModelIndex &child) const {
    if (!child.isValid() || child.internalId() == topLevelId)
        return {};
    return createIndex(int(child.internalId() - 1), 0, topLevelId);
}

int AssetOverviewModel::rowCount(const QModelIndex &parent) const {
    if (!parent.isValid())
        return int(m_overview.tallies.size());
    if (parent.internalId() != topLevelId || parent.column() != 0)
        return 0;
    const AssetTally *tally = tallyAt(parent.row());
    return tally ? int(tally->entries.size()) : 0;
}

int AssetOverviewModel::columnCount(const QModelIndex &) const {
    return ColumnCount;
}

QVariant AssetOverviewModel::data(const QModelIndex &index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    if (index.internalId() == topLevelId)
        return tallyData(m_overview.tallies.at(index.row()), index.column(), role);
    const AssetTally &tally = m_overview.tallies.at(qsizetype(index.internalId() - 1));
    return entryData(tally, tally.entries.at(index.row()), index.column(), role);
}

QVariant AssetOverviewModel::tallyData(const AssetTally &tally, int column, int role) const {
    const QString title = AssetTableModel::columnTitle(tally.column);
    if (role == Qt::ToolTipRole) {
        return tally.loaded ? tr("The assets in view by %1").arg(title)
                            : tr("Add the %1 column to the table to count by it.").arg(title);
    }
    switch (column) {
    case Value:
        return role == Qt::DisplayRole ? QVariant(title) : QVariant();
    case Assets:
        if (role == Qt::TextAlignmentRole)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        if (role == RawValueRole)
            return tally.loaded ? QVariant(tally.total) : QVariant();
        if (role == Qt::DisplayRole)
            return tally.loaded ? QLocale().toString(tally.total) : tr("not loaded");
        return {};
    default:
        return {};
    }
}

QVariant AssetOverviewModel::entryData(const AssetTally &tally, const AssetTallyEntry &entry, int column,
                                       int role) const {
    const double share =
        m_overview.visibleRows > 0 ? double(entry.count) / double(m_overview.visibleRows) : 0.0;
    if (role == Qt::TextAlignmentRole && column != Value)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    switch (column) {
    case Value:
        if (role == Qt::DisplayRole || role == Qt::ToolTipRole)
            return entryLabel(tally, entry);
        if (role == RawValueRole)
            return entry.value;
        return {};
    case Assets:
        if (role == Qt::DisplayRole)
            return QLocale().toString(entry.count);
        if (role == RawValueRole)
            return entry.count;
        return {};
    case Share:
        if (role == Qt::DisplayRole)
            return tr("%1%").arg(QLocale().toString(share * 100.0, 'f', 1));
        if (role == RawValueRole)
            return share;
        return {};
    default:
        return {};
    }
}

QVariant AssetOverviewModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Value:
        return tr("Value");
    case Assets:
        return tr("Assets");
    case Share:
        return tr("Share");
    default:
        return {};
    }
}

} // namespace rz
