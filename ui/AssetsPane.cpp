// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: rzconsole contributors
#include "ui/AssetsPane.h"

#include "models/AssetTableModel.h"
#include "session/InventorySettings.h"
#include "ui/AssetTableActions.h"
#include "ui/ColumnChooser.h"
#include "ui/ErrorBanner.h"
#include "ui/SearchBar.h"

#include <QAction>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QKeySequence>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QScopedValueRollback>
#include <QStackedWidget>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace rz {

namespace {

// A starting width in average characters by the kind of value, so columns fit typical content without
// measuring a million rows.
int typicalChars(ValueKind kind) {
    switch (kind) {
    case ValueKind::Address:
        return 17;
    case ValueKind::List:
        return 24;
    case ValueKind::Text:
        return 16;
    case ValueKind::Time:
        return 18;
    case ValueKind::Bool:
        return 5;
    case ValueKind::Integer:
        return 7;
    }
    return 16;
}

} // namespace

AssetsPane::AssetsPane(AssetTableModel *model, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_banner(new ErrorBanner(this))
    , m_search(new SearchBar(this))
    , m_filter(new QLineEdit(this))
    , m_filterCount(new QLabel(this))
    , m_chooser(new ColumnChooser(this))
    , m_columnsButton(new QToolButton(this))
    , m_focusSearch(new QAction(tr("&Search the Console…"), this))
    , m_focusFilter(new QAction(tr("&Filter Loaded Rows…"), this))
    , m_chooseColumns(new QAction(tr("C&olumns"), this))
    , m_stack(new QStackedWidget(this))
    , m_placeholder(new QLabel(m_stack))
    , m_table(new QTableView(m_stack)) {
    m_placeholder->setObjectName(u"assetPlaceholder"_s);
    m_placeholder->setAlignment(Qt::AlignCenter);
    m_placeholder->setWordWrap(true);
    m_placeholder->setMargin(24);

    m_filter->setObjectName(u"localFilterEdit"_s);
    m_filter->setPlaceholderText(tr("Filter the loaded rows (Ctrl+Shift+F)"));
    m_filter->setToolTip(
        tr("Shows only loaded rows containing this text in any column; nothing is asked of the console"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setAccessibleName(tr("Filter loaded rows"));
    m_filterCount->setObjectName(u"filterCountLabel"_s);

    m_chooseColumns->setObjectName(u"chooseColumnsAction"_s);
    m_chooseColumns->setToolTip(tr("Choose the columns; changing them reloads the assets"));
    m_chooseColumns->setMenu(m_chooser);
    m_columnsButton->setObjectName(u"columnsButton"_s);
    m_columnsButton->setDefaultAction(m_chooseColumns);
    m_columnsButton->setPopupMode(QToolButton::InstantPopup);
    m_columnsButton->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_columnsButton->setAutoRaise(true);

    m_focusSearch->setObjectName(u"focusSearchAction"_s);
    m_focusSearch->setShortcut(QKeySequence::Find);
    m_focusFilter->setObjectName(u"focusFilterAction"_s);
    m_focusFilter->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F));
    // Window-wide, while the pane is on screen.
    addAction(m_focusSearch);
    addAction(m_focusFilter);

    m_table->setObjectName(u"assetView"_s);
    m_table->setAccessibleName(tr("Assets"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->setTextElideMode(Qt::ElideRight);
    m_table->setShowGrid(false);
    m_table->setHorizontalScrollMode(QAbstractItemView::ScrollPerPixel);
    // Uniform row heights: one fixed height, so the view never measures rows (it will hold a million).
    QHeaderView *rows = m_table->verticalHeader();
    rows->setSectionResizeMode(QHeaderView::Fixed);
    rows->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    rows->hide();
    QHeaderView *columns = m_table->horizontalHeader();
    columns->setSectionResizeMode(QHeaderView::Interactive);
    columns->setStretchLastSection(true);
    columns->setHighlightSections(false);
    columns->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    columns->setSectionsMovable(true);
    columns->setContextMenuPolicy(Qt::CustomContextMenu);
    columns->setToolTip(tr("Click to sort (the server's order again after a third click), drag to reorder, "
                           "right-click to choose columns"));
    // The model sorts (on a worker); unsorted at first, in the order the console sent.
    columns->setSortIndicatorClearable(true);
    columns->setSortIndicator(-1, Qt::AscendingOrder);
    m_table->setSortingEnabled(true);

    m_stack->addWidget(m_placeholder);
    m_stack->addWidget(m_table);

    auto *filterRow = new QHBoxLayout;
    filterRow->setContentsMargins(0, 0, 0, 0);
    filterRow->addWidget(m_filter, 2);
    filterRow->addWidget(m_filterCount);
    filterRow->addStretch(1);
    filterRow->addWidget(m_columnsButton);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    layout->addWidget(m_banner);
    layout->addWidget(m_search);
    layout->addLayout(filterRow);
    layout->addWidget(m_stack, 1);

    connect(m_banner, &ErrorBanner::retryRequested, this, &AssetsPane::retryRequested);

    // Scanning selected assets: their addresses become the targets.
    m_scanAssets = new QAction(tr("&Scan Selected Assets\u2026"), m_table);
    m_scanAssets->setObjectName(u"scanAssetsAction"_s);
    m_scanAssets->setEnabled(false);
    m_tableActions = new AssetTableActions(m_model, m_table, this); // Copy, Export View… (context menu)
    addAction(m_tableActions->exportViewAction());                  // Ctrl+E window-wide
    m_table->addAction(m_scanAssets);
    m_table->setContextMenuPolicy(Qt::ActionsContextMenu);
    const auto updateScanAssets = [this] {
        m_scanAssets->setEnabled(m_model->sectionOf(AssetColumn::Addresses) >= 0 &&
                                 m_table->selectionModel()->hasSelection());
    };
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, m_scanAssets,
            updateScanAssets);
    connect(m_model, &QAbstractItemModel::modelReset, m_scanAssets, updateScanAssets);
    connect(m_scanAssets, &QAction::triggered, this, [this] {
        const int addressSection = m_model->sectionOf(AssetColumn::Addresses);
        const int siteSection = m_model->sectionOf(AssetColumn::SiteName);
        if (addressSection < 0)
            return;
        QStringList addresses;
        QStringList siteNames;
        const QModelIndexList selected = m_table->selectionModel()->selectedRows();
        for (const QModelIndex &row : selected) {
            addresses.append(m_model->rawText(row.row(), addressSection).split(u'\n', Qt::SkipEmptyParts));
            if (siteSection >= 0)
                siteNames.append(m_model->rawText(row.row(), siteSection));
        }
        addresses.removeDuplicates();
        if (!addresses.isEmpty())
            Q_EMIT scanAssetsRequested(addresses, siteNames);
    });
    connect(m_search, &SearchBar::searchRequested, this, &AssetsPane::searchRequested);
    connect(m_focusSearch, &QAction::triggered, m_search, &SearchBar::focusSearch);
    connect(m_focusFilter, &QAction::triggered, this, [this] {
        m_filter->setFocus(Qt::ShortcutFocusReason);
        m_filter->selectAll();
    });
    connect(m_filter, &QLineEdit::textChanged, m_model, &AssetTableModel::setLocalFilter);
    connect(m_chooser, &ColumnChooser::columnsChosen, this, &AssetsPane::columnsChosen);
    connect(columns, &QHeaderView::customContextMenuRequested, this,
            [this, columns](const QPoint &position) { m_chooser->popup(columns->mapToGlobal(position)); });
    // A moved section changes only the order: remembered, but nothing is reloaded.
    connect(columns, &QHeaderView::sectionMoved, this, [this] {
        if (!m_restoringOrder)
            Q_EMIT columnsChosen(visibleColumnOrder());
    });
    // A width the user sets by hand is kept for the column.
    connect(columns, &QHeaderView::sectionResized, this, [this, columns](int logical, int, int width) {
        if (m_sizingColumns || logical < 0 || logical >= m_sizedColumns.size() ||
            (columns->stretchLastSection() && columns->visualIndex(logical) == columns->count() - 1))
            return;
        m_keptWidths.insert(m_sizedColumns.at(logical), width);
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &AssetsPane::updateCurrentAsset);
    connect(m_model, &QAbstractItemModel::modelAboutToBeReset, this, [this] { m_sizingColumns = true; });
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        syncSortIndicator();
        applyColumnWidths();
        m_sizingColumns = false;
        updatePage();
        updateCurrentAsset();
    });
    connect(m_model, &QAbstractItemModel::rowsInserted, this, [this] {
        fitColumnsToFirstRows();
        updatePage();
    });
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, [this] {
        updatePage();
        updateCurrentAsset();
    });
    connect(m_model, &QAbstractItemModel::layoutChanged, this, [this] {
        updatePage();
        updateCurrentAsset();
    });
    connect(m_model, &AssetTableModel::reorderingChanged, this, &AssetsPane::updateFilterCount);
    applyColumnWidths();
    updatePage();
}

AssetsPane::~AssetsPane() = default;

void AssetsPane::setPlaceholderText(const QString &text) {
    m_placeholder->setText(text);
}

void AssetsPane::showError(const QString &message) {
    m_banner->showMessage(message);
}

void AssetsPane::hideError() {
    m_banner->hide();
}

QTableView *AssetsPane::tableView() const {
    return m_table;
}

QAction *AssetsPane::scanAssetsAction() const {
    return m_scanAssets;
}

AssetTableActions *AssetsPane::tableActions() const {
    return m_tableActions;
}

SearchBar *AssetsPane::searchBar() const {
    return m_search;
}

QLineEdit *AssetsPane::filterEdit() const {
    return m_filter;
}

ColumnChooser *AssetsPane::columnChooser() const {
    return m_chooser;
}

void AssetsPane::setSettings(const InventorySettings &settings) {
    m_search->setSettings(settings);
}

void AssetsPane::setSearchText(const QString &query) {
    m_search->setText(query);
}

QAction *AssetsPane::focusSearchAction() const {
    return m_focusSearch;
}

QAction *AssetsPane::focusFilterAction() const {
    return m_focusFilter;
}

QAction *AssetsPane::chooseColumnsAction() const {
    return m_chooseColumns;
}

QList<AssetColumn> AssetsPane::visibleColumnOrder() const {
    const QList<AssetColumn> columns = m_model->columns();
    const QHeaderView *header = m_table->horizontalHeader();
    QList<AssetColumn> order;
    order.reserve(columns.size());
    for (int visual = 0; visual < header->count(); ++visual) {
        const int logical = header->logicalIndex(visual);
        if (logical >= 0 && logical < columns.size())
            order.append(columns.at(logical));
    }
    return order.size() == columns.size() ? order : columns;
}

QMap<AssetColumn, int> AssetsPane::columnWidths() const {
    return m_keptWidths;
}

void AssetsPane::setColumnWidths(const QMap<AssetColumn, int> &widths) {
    m_keptWidths = widths;
    const QScopedValueRollback sizing(m_sizingColumns, true);
    for (int section = 0; section < m_sizedColumns.size(); ++section) {
        if (const int width = m_keptWidths.value(m_sizedColumns.at(section)); width > 0)
            m_table->setColumnWidth(section, width);
    }
}

void AssetsPane::updatePage() {
    // The table stays while the filter hides every row: "0 of N" must be visible, not "no assets".
    const bool anyRows = m_model->rowCount() > 0 || m_model->loadedRowCount() > 0;
    m_stack->setCurrentWidget(anyRows ? static_cast<QWidget *>(m_table) : m_placeholder);
    updateFilterCount();
}

void AssetsPane::updateFilterCount() {
    const QLocale locale;
    QString text;
    if (m_model->isReordering())
        text = tr("Sorting and filtering…");
    else if (!m_filter->text().isEmpty())
        text = m_model->loadedRowCount() == 1 ? tr("%1 of 1 row").arg(locale.toString(m_model->rowCount()))
                                              : tr("%1 of %2 rows")
                                                    .arg(locale.toString(m_model->rowCount()),
                                                         locale.toString(m_model->loadedRowCount()));
    m_filterCount->setText(text);
    m_filterCount->setVisible(!text.isEmpty());
}

void AssetsPane::updateCurrentAsset() {
    const QModelIndex current = m_table->currentIndex();
    const QString id = current.isValid() ? m_model->assetId(current.row()) : QString();
    if (id == m_currentAssetId)
        return;
    m_currentAssetId = id;
    Q_EMIT currentAssetChanged(id);
}

void AssetsPane::syncSortIndicator() {
    // The model keeps its sort across new columns when it can; the arrow must say what it did (and setting
    // it must not ask the model to sort again).
    QHeaderView *header = m_table->horizontalHeader();
    if (header->sortIndicatorSection() == m_model->sortColumn() &&
        (m_model->sortColumn() < 0 || header->sortIndicatorOrder() == m_model->sortOrder()))
        return;
    const QSignalBlocker blocker(header);
    header->setSortIndicator(m_model->sortColumn(), m_model->sortOrder());
    header->viewport()->update();
}

void AssetsPane::restoreLogicalOrder() {
    // The model now has the columns in the order the user arranged; the header must not permute them again.
    QHeaderView *header = m_table->horizontalHeader();
    m_restoringOrder = true;
    for (int logical = 0; logical < header->count(); ++logical) {
        const int visual = header->visualIndex(logical);
        if (visual != logical)
            header->moveSection(visual, logical);
    }
    m_restoringOrder = false;
}

void AssetsPane::applyColumnWidths() {
    // Only for a new set of columns: a reload keeps the widths the user chose.
    const QList<AssetColumn> columns = m_model->columns();
    m_chooser->setColumns(columns);
    if (columns == m_sizedColumns)
        return;
    m_sizedColumns = columns;
    restoreLogicalOrder();
    m_fitToContent = true;
    const QScopedValueRollback sizing(m_sizingColumns, true);
    const QFontMetrics metrics = m_table->fontMetrics();
    const int padding = 3 * metrics.averageCharWidth();
    for (qsizetype section = 0; section < columns.size(); ++section) {
        const AssetColumn column = columns.at(section);
        const int title = metrics.horizontalAdvance(AssetTableModel::columnTitle(column)) + padding;
        const int content = typicalChars(assetColumnInfo(column).kind) * metrics.averageCharWidth() + padding;
        const int kept = m_keptWidths.value(column);
        m_table->setColumnWidth(int(section), kept > 0 ? kept : std::max(title, content));
    }
}

void AssetsPane::fitColumnsToFirstRows() {
    // Once per set of columns, when the first rows are in: wide enough for what a sample of them shows (no
    // more than a bounded width, so one long list does not push the rest away), never narrower than the
    // title.
    if (!m_fitToContent || m_model->rowCount() == 0)
        return;
    m_fitToContent = false;
    const QScopedValueRollback sizing(m_sizingColumns, true);
    const QFontMetrics metrics = m_table->fontMetrics();
    const int padding = 3 * metrics.averageCharWidth();
    const int widest = 26 * metrics.averageCharWidth();
    const int sample = std::min(m_model->rowCount(), 100);
    for (int section = 0; section < m_model->columnCount(); ++section) {
        if (section < m_sizedColumns.size() && m_keptWidths.value(m_sizedColumns.at(section)) > 0)
            continue; // the user's width from an earlier run
        int width = metrics.horizontalAdvance(m_model->headerData(section, Qt::Horizontal).toString());
        for (int row = 0; row < sample; ++row)
            width =
                std::max(width, metrics.horizontalAdvance(m_model->index(row, section).data().toString()));
        m_table->setColumnWidth(section, std::min(width, widest) + padding);
    }
}

} // namespace rz
