// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: rzconsole contributors
#include "models/AssetTableModel.h"

#include "models/AssetRowFilter.h"
#include "models/AssetSnapshotTable.h"
#include "models/Roles.h"

#include <QThreadPool>
#include <QTimer>
#include <QtConcurrentRun>

#include <algorithm>
#include <limits>
#include <set>

namespace rz {

namespace {

// While rows stream in under a sort, a re-sort waits about twice as long as the last one took, so that
// sorting takes at most a third of a core from the load.
constexpr qint64 minResortDelayMs = 50;
constexpr qint64 maxResortDelayMs = 2000;

} // namespace

AssetTableModel::AssetTableModel(QObject *parent, QThreadPool *pool)
    : QAbstractTableModel(parent)
    , m_formatter(tr("Yes"), tr("No"))
    , m_pool(pool ? pool : QThreadPool::globalInstance())
    , m_resortTimer(new QTimer(this)) {
    m_resortTimer->setSingleShot(true);
    connect(m_resortTimer, &QTimer::timeout, this, [this] {
        if (m_unsorted)
            startJob();
        else
            setBusy(m_watcher != nullptr);
    });
}

AssetTableModel::~AssetTableModel() {
    cancelJob();
}

void AssetTableModel::setColumns(QList<AssetColumn> columns) {
    beginResetModel();
    resetRows(std::move(columns));
    endResetModel();
}

void AssetTableModel::resetRows(QList<AssetColumn> columns) {
    // The sort follows its column to wherever the new columns have it.
    const auto follow = [this, &columns](int section) {
        if (section < 0 || section >= m_columns.size())
            return -1;
        return int(columns.indexOf(m_columns.at(section)));
    };
    m_wanted.sortSection = follow(m_wanted.sortSection);
    cancelJob();
    m_resortTimer->stop();
    m_columns = std::move(columns);
    m_store = AssetStore(m_columns);
    m_visible.clear();
    m_applied = m_wanted; // nothing to filter or sort yet
    m_unsorted = false;
    setBusy(false);
}

QList<AssetColumn> AssetTableModel::columns() const {
    return m_columns;
}

AssetColumn AssetTableModel::columnAt(int section) const {
    Q_ASSERT(section >= 0 && section < m_columns.size());
    return m_columns.at(section);
}

int AssetTableModel::sectionOf(AssetColumn column) const {
    return int(m_columns.indexOf(column));
}

void AssetTableModel::appendPage(const AssetPage &page) {
    if (m_columns.isEmpty() && !page.columns.isEmpty())
        setColumns(page.columns);
    std::shared_ptr<const AssetBlock> block = page.block;
    if (!block && !page.rows.empty())
        block = AssetBlock::fromRows(page.columns, page.rows);
    if (!block || block->rows == 0)
        return;
    const qint64 first = m_store.rowCount();
    if (block->rows > std::numeric_limits<int>::max() - first) {
        qWarning("AssetTableModel: more rows than a model can show; page dropped");
        return;
    }
    if (m_applied.isIdentity()) {
        beginInsertRows({}, int(first), int(first + block->rows - 1));
        m_store.append(std::move(block));
        endInsertRows();
        return;
    }
    // The new rows go at the end of the visible ones, filtered now; a sort takes them in later.
    m_store.append(std::move(block));
    const std::vector<quint32> added =
        AssetRowOrder::filterFrom(m_store, first, pageFilter(m_applied.needle));
    if (!added.empty()) {
        const auto at = int(m_visible.size());
        beginInsertRows({}, at, at + int(added.size()) - 1);
        m_visible.insert(m_visible.end(), added.cbegin(), added.cend());
        endInsertRows();
    }
    if (m_applied.sortSection >= 0 && !added.empty()) {
        m_unsorted = true;
        scheduleResort();
    }
}

void AssetTableModel::clear() {
    if (m_store.rowCount() == 0)
        return;
    beginResetModel();
    resetRows(m_columns);
    endResetModel();
}

qint64 AssetTableModel::loadedRowCount() const {
    return m_store.rowCount();
}

int AssetTableModel::sourceRow(int visibleRow) const {
    if (visibleRow < 0 || visibleRow >= rowCount())
        return -1;
    return int(storeRow(visibleRow));
}

qint64 AssetTableModel::storeRow(int row) const {
    return m_applied.isIdentity() ? qint64(row) : qint64(m_visible[std::size_t(row)]);
}

QString AssetTableModel::assetId(int row) const {
    if (row < 0 || row >= rowCount())
        return {};
    return m_store.id(storeRow(row));
}

QString AssetTableModel::rawText(int row, int section) const {
    if (row < 0 || row >= rowCount() || section < 0 || section >= m_columns.size())
        return {};
    return m_store.text(storeRow(row), section);
}

void AssetTableModel::setLocalFilter(const QString &text) {
    if (text == m_wanted.needle)
        return;
    m_wanted.needle = text;
    startJob();
}

QString AssetTableModel::localFilter() const {
    return m_wanted.needle;
}

void AssetTableModel::sort(int column, Qt::SortOrder order) {
    const int section = column >= 0 && column < m_columns.size() ? column : -1;
    if (section == m_wanted.sortSection && (section < 0 || order == m_wanted.order))
        return;
    m_wanted.sortSection = section;
    m_wanted.order = order;
    startJob();
}

int AssetTableModel::sortColumn() const {
    return m_wanted.sortSection;
}

Qt::SortOrder AssetTableModel::sortOrder() const {
    return m_wanted.order;
}

bool AssetTableModel::isReordering() const {
    return m_busy;
}

void AssetTableModel::startJob() {
    cancelJob();
    m_resortTimer->stop();
    if (m_wanted.isIdentity()) {
        applyIdentity();
        setBusy(false);
        return;
    }
    if (m_store.rowCount() == 0) {
        m_applied = m_wanted; // nothing to reorder
        setBusy(false);
        return;
    }
    auto cancel = std::make_shared<std::atomic<bool>>(false);
    m_cancel = cancel;
    auto *watcher = new QFutureWatcher<Job>(this);
    m_watcher = watcher;
    connect(watcher, &QFutureWatcherBase::finished, this,
            [this, watcher, spec = m_wanted] { onJobFinished(watcher, spec); });
    m_jobClock.start();
    watcher->setFuture(QtConcurrent::run(
        m_pool, [store = m_store, spec = m_wanted, formatter = m_formatter, cancel]() -> Job {
            return std::make_shared<const AssetRowOrderResult>(
                AssetRowOrder::compute(store, spec, formatter, *cancel));
        }));
    setBusy(true);
}

void AssetTableModel::cancelJob() {
    if (!m_watcher)
        return;
    // The job owns its snapshot and stops at its next check; its result goes nowhere.
    m_cancel->store(true);
    m_watcher->disconnect(this);
    m_watcher->deleteLater();
    m_watcher = nullptr;
    m_cancel.reset();
}

void AssetTableModel::onJobFinished(QFutureWatcher<Job> *watcher, const AssetRowOrderSpec &spec) {
    if (watcher != m_watcher)
        return;
    const Job result = watcher->future().resultCount() > 0 ? watcher->result() : Job();
    m_watcher = nullptr;
    m_cancel.reset();
    watcher->deleteLater();
    m_lastJobMs = m_jobClock.elapsed();
    if (!result || result->cancelled) {
        setBusy(false);
        return;
    }
    std::vector<quint32> rows = result->rows;
    // Rows appended while the job ran: filtered now, in load order at the end, sorted in by the next job.
    const bool tail = result->coveredRows < m_store.rowCount();
    if (tail) {
        const std::vector<quint32> more =
            AssetRowOrder::filterFrom(m_store, result->coveredRows, pageFilter(spec.needle));
        rows.insert(rows.end(), more.cbegin(), more.cend());
    }
    apply(std::move(rows), spec);
    m_unsorted = tail && spec.sortSection >= 0;
    if (m_unsorted)
        scheduleResort();
    else
        setBusy(false);
}

void AssetTableModel::apply(std::vector<quint32> rows, const AssetRowOrderSpec &spec) {
    if (spec.needle == m_applied.needle) {
        relayout(std::move(rows), spec); // the same rows in another order
        return;
    }
    beginResetModel();
    m_visible = std::move(rows);
    m_applied = spec;
    endResetModel();
}

void AssetTableModel::applyIdentity() {
    if (m_applied.isIdentity())
        return;
    if (m_applied.needle.isEmpty()) {
        relayout({}, {});
        return;
    }
    beginResetModel();
    m_visible = {};
    m_applied = {};
    endResetModel();
}

// Puts the same visible rows in a new order (`spec` the identity: load order), moving persistent indexes
// along.
void AssetTableModel::relayout(std::vector<quint32> rows, const AssetRowOrderSpec &spec) {
    Q_EMIT layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    const QModelIndexList from = persistentIndexList();
    if (!from.isEmpty()) {
        std::vector<quint32> position;
        if (!spec.isIdentity()) {
            position.assign(std::size_t(m_store.rowCount()), 0);
            for (std::size_t i = 0; i < rows.size(); ++i)
                position[rows[i]] = quint32(i);
        }
        QModelIndexList to;
        to.reserve(from.size());
        for (const QModelIndex &index : from) {
            const qint64 row = storeRow(index.row());
            const auto moved = int(spec.isIdentity() ? row : qint64(position[std::size_t(row)]));
            to.append(createIndex(moved, index.column()));
        }
        changePersistentIndexList(from, to);
    }
    m_visible = std::move(rows);
    m_applied = spec;
    Q_EMIT layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

void AssetTableModel::scheduleResort() {
    setBusy(true);
    if (m_watcher || m_resortTimer->isActive())
        return; // the running job's end schedules the next
    m_resortTimer->start(int(std::clamp(2 * m_lastJobMs, minResortDelayMs, maxResortDelayMs)));
}

AssetRowFilter *AssetTableModel::pageFilter(const QString &needle) {
    if (needle.isEmpty())
        return nullptr;
    if (!m_pageFilter || m_pageFilter->needle() != needle)
        m_pageFilter = std::make_unique<AssetRowFilter>(needle, m_formatter);
    return m_pageFilter.get();
}

void AssetTableModel::setBusy(bool busy) {
    if (busy == m_busy)
        return;
    m_busy = busy;
    Q_EMIT reorderingChanged(busy);
}

std::shared_ptr<const CsvTable> AssetTableModel::exportSnapshot(QList<int> sections,
                                                                const QModelIndexList &selection) const {
    QList<AssetSnapshotTable::Column> columns;
    for (const int section : std::as_const(sections)) {
        if (section < 0 || section >= m_columns.size())
            continue;
        const AssetColumn column = m_columns.at(section);
        columns.append({section, columnTitle(column), csvColumnKind(assetColumnInfo(column).kind)});
    }
    if (selection.isEmpty()) {
        if (m_applied.isIdentity())
            return std::make_shared<const AssetSnapshotTable>(m_store, std::move(columns));
        return std::make_shared<const AssetSnapshotTable>(m_store, std::move(columns), m_visible);
    }
    std::set<int> visibleRows; // in view order, each once
    for (const QModelIndex &index : selection) {
        if (index.isValid() && index.model() == this && index.row() < rowCount())
            visibleRows.insert(index.row());
    }
    std::vector<quint32> rows;
    rows.reserve(visibleRows.size());
    for (const int row : visibleRows)
        rows.push_back(quint32(storeRow(row)));
    return std::make_shared<const AssetSnapshotTable>(m_store, std::move(columns), std::move(rows));
}

AssetViewSnapshot AssetTableModel::viewSnapshot() const {
    AssetViewSnapshot snapshot;
    snapshot.store = m_store;
    snapshot.filter = m_applied.needle;
    // Without a filter every row is visible, whatever the order.
    snapshot.allRows = m_applied.needle.isEmpty();
    if (!snapshot.allRows)
        snapshot.rows = m_visible;
    return snapshot;
}

qsizetype AssetTableModel::storageBytes() const {
    return m_store.byteSize() + qsizetype(m_visible.capacity() * sizeof(quint32));
}

int AssetTableModel::rowCount(const QModelIndex &parent) const {
    if (parent.isValid())
        return 0;
    return m_applied.isIdentity() ? int(m_store.rowCount()) : int(m_visible.size());
}

int AssetTableModel::columnCount(const QModelIndex &parent) const {
    return parent.isValid() ? 0 : int(m_columns.size());
}

QVariant AssetTableModel::data(const QModelIndex &index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ValueKind kind = assetColumnInfo(m_columns.at(index.column())).kind;
    if (role == Qt::TextAlignmentRole)
        return kind == ValueKind::Integer ? QVariant(int(Qt::AlignRight | Qt::AlignVCenter)) : QVariant();
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole && role != RawValueRole && role != IdRole)
        return {};
    const AssetStore::Location at = m_store.locate(storeRow(index.row()));
    if (role == IdRole)
        return m_store.block(at.segment).id(at.row);
    const AssetBlockColumn *cells = m_store.column(at.segment, index.column());
    if (!cells)
        return role == Qt::DisplayRole ? QVariant(QString()) : QVariant();
    switch (role) {
    case Qt::DisplayRole:
        return m_formatter.display(kind, *cells, at.row);
    case Qt::ToolTipRole:
        return m_formatter.toolTip(kind, *cells, at.row);
    default:
        return m_formatter.raw(kind, *cells, at.row);
    }
}

QVariant AssetTableModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || section < 0 || section >= m_columns.size())
        return {};
    const AssetColumn column = m_columns.at(section);
    switch (role) {
    case Qt::DisplayRole:
        return columnTitle(column);
    case Qt::ToolTipRole:
        return tr("API field: %1").arg(assetColumnInfo(column).field);
    case Qt::TextAlignmentRole:
        if (assetColumnInfo(column).kind == ValueKind::Integer)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    default:
        return {};
    }
}

QString AssetTableModel::columnTitle(AssetColumn column) {
    switch (column) {
    case AssetColumn::Addresses:
        return tr("Addresses");
    case AssetColumn::Names:
        return tr("Names");
    case AssetColumn::Type:
        return tr("Type");
    case AssetColumn::Os:
        return tr("Operating system");
    case AssetColumn::OsVersion:
        return tr("OS version");
    case AssetColumn::Hardware:
        return tr("Hardware");
    case AssetColumn::Macs:
        return tr("MAC addresses");
    case AssetColumn::MacVendors:
        return tr("MAC vendors");
    case AssetColumn::Alive:
        return tr("Alive");
    case AssetColumn::FirstSeen:
        return tr("First seen");
    case AssetColumn::LastSeen:
        return tr("Last seen");
    case AssetColumn::SiteName:
        return tr("Site");
    case AssetColumn::Tags:
        return tr("Tags");
    case AssetColumn::ServiceCount:
        return tr("Services");
    case AssetColumn::TcpPorts:
        return tr("TCP ports");
    case AssetColumn::UdpPorts:
        return tr("UDP ports");
    case AssetColumn::Domains:
        return tr("Domains");
    case AssetColumn::Risk:
        return tr("Risk");
    case AssetColumn::Count:
        break;
    }
    return {};
}

} // namespace rz
