// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: rzconsole contributors
#include "ui/OverviewPane.h"

#include "models/AssetOverviewModel.h"
#include "models/AssetTableModel.h"
#include "ui/OverviewChart.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QScrollArea>
#include <QStackedWidget>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>

#include <algorithm>
#include <limits>

using namespace Qt::StringLiterals;

namespace rz {

namespace {

int clampedInt(qint64 value) {
    return int(std::min<qint64>(value, std::numeric_limits<int>::max()));
}

} // namespace

OverviewPane::OverviewPane(AssetTableModel *assets, QWidget *parent, QThreadPool *pool)
    : QWidget(parent)
    , m_assets(assets)
    , m_model(new AssetOverviewModel(assets, this, pool))
    , m_caption(new QLabel(this))
    , m_tableButton(new QToolButton(this))
    , m_stack(new QStackedWidget(this))
    , m_table(new QTreeView(this)) {
    setObjectName(u"overviewPane"_s);
    // Nothing is counted until the pane is shown.
    m_model->setActive(false);

    m_caption->setObjectName(u"overviewCaption"_s);
    m_caption->setWordWrap(true);
    m_caption->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_tableButton->setObjectName(u"overviewTableButton"_s);
    m_tableButton->setText(tr("Table"));
    m_tableButton->setCheckable(true);
    m_tableButton->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_tableButton->setAccessibleName(tr("Show the counts as a table"));
    m_tableButton->setToolTip(tr("Show the counts as a table instead of charts"));

    auto *charts = new QWidget;
    auto *chartsLayout = new QVBoxLayout(charts);
    chartsLayout->setContentsMargins(0, 0, 4, 0);
    chartsLayout->setSpacing(12);
    for (const AssetColumn column : {AssetColumn::Type, AssetColumn::Os, AssetColumn::SiteName}) {
        auto *chart = new OverviewChart(column, charts);
        chart->applyPalette(palette());
        chartsLayout->addWidget(chart);
        connect(chart, &OverviewChart::filterRequested, this, &OverviewPane::filterRequested);
        connect(chart, &OverviewChart::columnRequested, this, &OverviewPane::columnRequested);
        m_charts.append(chart);
    }
    chartsLayout->addStretch(1);
    auto *scroll = new QScrollArea(this);
    scroll->setObjectName(u"overviewCharts"_s);
    scroll->setWidget(charts);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll->setAccessibleName(tr("Overview charts"));

    m_table->setObjectName(u"overviewTable"_s);
    m_table->setModel(m_model);
    m_table->setAccessibleName(tr("Overview counts"));
    m_table->setUniformRowHeights(true);
    m_table->setAlternatingRowColors(true);
    m_table->header()->setStretchLastSection(false);
    m_table->header()->setSectionResizeMode(AssetOverviewModel::Value, QHeaderView::Stretch);
    m_table->header()->setSectionResizeMode(AssetOverviewModel::Assets, QHeaderView::ResizeToContents);
    m_table->header()->setSectionResizeMode(AssetOverviewModel::Share, QHeaderView::ResizeToContents);

    m_stack->addWidget(scroll);
    m_stack->addWidget(m_table);

    auto *top = new QHBoxLayout;
    top->addWidget(m_caption, 1);
    top->addWidget(m_tableButton, 0, Qt::AlignTop);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 6, 6, 6);
    layout->addLayout(top);
    layout->addWidget(m_stack, 1);

    connect(m_tableButton, &QToolButton::toggled, this,
            [this](bool table) { m_stack->setCurrentIndex(table ? 1 : 0); });
    connect(m_model, &AssetOverviewModel::overviewChanged, this, &OverviewPane::updateOverview);
    connect(m_model, &QAbstractItemModel::modelReset, m_table, &QTreeView::expandAll);
    connect(m_assets, &AssetTableModel::reorderingChanged, this, &OverviewPane::updateCaption);
    updateOverview();
}

OverviewPane::~OverviewPane() = default;

AssetOverviewModel *OverviewPane::model() const {
    return m_model;
}

OverviewChart *OverviewPane::chart(AssetColumn column) const {
    const auto at = std::find_if(m_charts.cbegin(), m_charts.cend(),
                                 [column](const OverviewChart *chart) { return chart->column() == column; });
    return at == m_charts.cend() ? nullptr : *at;
}

QString OverviewPane::caption() const {
    return m_caption->text();
}

QToolButton *OverviewPane::tableButton() const {
    return m_tableButton;
}

QTreeView *OverviewPane::tableView() const {
    return m_table;
}

void OverviewPane::changeEvent(QEvent *event) {
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange) {
        for (OverviewChart *chart : std::as_const(m_charts))
            chart->applyPalette(palette());
    }
}

void OverviewPane::showEvent(QShowEvent *event) {
    QWidget::showEvent(event);
    m_model->setActive(true);
}

void OverviewPane::hideEvent(QHideEvent *event) {
    QWidget::hideEvent(event);
    m_model->setActive(false);
}

void OverviewPane::updateOverview() {
    const AssetOverview &overview = m_model->overview();
    for (OverviewChart *chart : std::as_const(m_charts)) {
        if (const AssetTally *tally = overview.tally(chart->column()))
            chart->setTally(*tally, overview.visibleRows);
    }
    updateCaption();
}

void OverviewPane::updateCaption() {
    const AssetOverview &overview = m_model->overview();
    QString text;
    if (overview.loadedRows == 0) {
        text = tr("No assets loaded.");
    } else if (overview.filter.isEmpty()) {
        const int visible = clampedInt(overview.visibleRows);
        text = visible == 1 ? tr("1 asset in view, no filter.")
                            : tr("%Ln assets in view, no filter.", nullptr, visible);
    } else {
        const int loaded = clampedInt(overview.loadedRows);
        text = (loaded == 1
                    ? tr("%1 of 1 loaded asset in view, filtered by \u201c%2\u201d.")
                    : tr("%1 of %Ln loaded assets in view, filtered by \u201c%2\u201d.", nullptr, loaded))
                   .arg(QLocale().toString(overview.visibleRows), overview.filter);
    }
    const AssetTally *alive = overview.tally(AssetColumn::Alive);
    if (alive && alive->loaded && overview.visibleRows > 0) {
        const qint64 count = alive->countOf(u"true"_s);
        text += u'\n' +
                tr("%1 alive (%2%).")
                    .arg(QLocale().toString(count),
                         QLocale().toString(100.0 * double(count) / double(overview.visibleRows), 'f', 1));
    }
    if (m_assets && m_assets->isReordering())
        text += u'\n' + tr("Updating\u2026");
    m_caption->setText(text);
    m_caption->setAccessibleName(text);
}

} // namespace rz
