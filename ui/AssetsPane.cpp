// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: rzconsole contributors
#include "ui/AssetsPane.h"

#include "models/AssetTableModel.h"
#include "ui/ErrorBanner.h"

#include <QHeaderView>
#include <QLabel>
#include <QStackedWidget>
#include <QTableView>
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
    , m_stack(new QStackedWidget(this))
    , m_placeholder(new QLabel(m_stack))
    , m_table(new QTableView(m_stack)) {
    m_placeholder->setObjectName(u"assetPlaceholder"_s);
    m_placeholder->setAlignment(Qt::AlignCenter);
    m_placeholder->setWordWrap(true);
    m_placeholder->setMargin(24);

    m_table->setObjectName(u"assetView"_s);
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

    m_stack->addWidget(m_placeholder);
    m_stack->addWidget(m_table);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_banner);
    layout->addWidget(m_stack, 1);

    connect(m_banner, &ErrorBanner::retryRequested, this, &AssetsPane::retryRequested);
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        applyColumnWidths();
        updatePage();
    });
    connect(m_model, &QAbstractItemModel::rowsInserted, this, [this] {
        fitColumnsToFirstRows();
        updatePage();
    });
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &AssetsPane::updatePage);
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

void AssetsPane::updatePage() {
    m_stack->setCurrentWidget(m_model->rowCount() > 0 ? static_cast<QWidget *>(m_table) : m_placeholder);
}

void AssetsPane::applyColumnWidths() {
    // Only for a new set of columns: a reload keeps the widths the user chose.
    const QList<AssetColumn> columns = m_model->columns();
    if (columns == m_sizedColumns)
        return;
    m_sizedColumns = columns;
    m_fitToContent = true;
    const QFontMetrics metrics = m_table->fontMetrics();
    const int padding = 3 * metrics.averageCharWidth();
    for (qsizetype section = 0; section < columns.size(); ++section) {
        const AssetColumn column = columns.at(section);
        const int title = metrics.horizontalAdvance(AssetTableModel::columnTitle(column)) + padding;
        const int content = typicalChars(assetColumnInfo(column).kind) * metrics.averageCharWidth() + padding;
        m_table->setColumnWidth(int(section), std::max(title, content));
    }
}

void AssetsPane::fitColumnsToFirstRows() {
    // Once per set of columns, when the first rows are in: wide enough for what a sample of them shows (no
    // more than a bounded width, so one long list does not push the rest away), never narrower than the
    // title.
    if (!m_fitToContent || m_model->rowCount() == 0)
        return;
    m_fitToContent = false;
    const QFontMetrics metrics = m_table->fontMetrics();
    const int padding = 3 * metrics.averageCharWidth();
    const int widest = 26 * metrics.averageCharWidth();
    const int sample = std::min(m_model->rowCount(), 100);
    for (int section = 0; section < m_model->columnCount(); ++section) {
        int width = metrics.horizontalAdvance(m_model->headerData(section, Qt::Horizontal).toString());
        for (int row = 0; row < sample; ++row)
            width =
                std::max(width, metrics.horizontalAdvance(m_model->index(row, section).data().toString()));
        m_table->setColumnWidth(section, std::min(width, widest) + padding);
    }
}

} // namespace rz
