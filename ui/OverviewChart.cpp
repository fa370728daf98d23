// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: rzconsole contributors
#include "ui/OverviewChart.h"

#include "models/AssetOverviewModel.h"
#include "models/AssetTableModel.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QCursor>
#include <QFontMetrics>
#include <QHBoxLayout>
#include <QHorizontalBarSeries>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QStackedWidget>
#include <QToolTip>
#include <QVBoxLayout>
#include <QValueAxis>

#include <algorithm>
#include <limits>

using namespace Qt::StringLiterals;

namespace rz {

namespace {

constexpr int chartPadding = 8; // px above and below the bars
// Qt Charts gives the axes on one side at most 40% of the chart's width and cuts longer labels at their end;
// cut in the middle beforehand, values such as "Microsoft Windows Server 2019" differ at their end.
constexpr double labelShare = 0.4;
constexpr int labelSlack = 16; // px of the axis' share that are not the label's

} // namespace

OverviewChart::OverviewChart(AssetColumn column, QWidget *parent)
    : QWidget(parent)
    , m_column(column)
    , m_heading(new QLabel(this))
    , m_stack(new QStackedWidget(this))
    , m_view(new QChartView(this))
    , m_chart(new QChart)
    , m_series(new QHorizontalBarSeries(m_chart))
    , m_set(new QBarSet(QString(), m_series))
    , m_categories(new QBarCategoryAxis(m_chart))
    , m_values(new QValueAxis(m_chart))
    , m_message(new QLabel(this))
    , m_addColumn(new QPushButton(this)) {
    const QString title = AssetTableModel::columnTitle(column);
    const QString field = QString(assetColumnInfo(column).field);
    setObjectName(u"overviewChart_"_s + field);
    QFont headingFont = m_heading->font();
    headingFont.setBold(true);
    m_heading->setFont(headingFont);
    m_heading->setText(title);

    m_chart->setTheme(QChart::ChartThemeLight);
    m_chart->legend()->hide();
    m_chart->setMargins(QMargins(0, 0, 0, 0));
    m_chart->setBackgroundRoundness(0);
    m_series->append(m_set);
    m_series->setLabelsVisible(true);
    m_series->setLabelsPosition(QAbstractBarSeries::LabelsOutsideEnd);
    m_series->setLabelsPrecision(15); // whole counts, never "1e+06"
    m_chart->addSeries(m_series);
    m_chart->addAxis(m_categories, Qt::AlignLeft);
    m_chart->addAxis(m_values, Qt::AlignBottom);
    m_series->attachAxis(m_categories);
    m_series->attachAxis(m_values);
    m_categories->setGridLineVisible(false);
    m_values->setVisible(false); // the bars carry their counts
    m_values->setLabelFormat(u"%d"_s);
    m_view->setChart(m_chart);
    m_view->setRenderHint(QPainter::Antialiasing);
    m_view->setFrameShape(QFrame::NoFrame);
    m_view->setObjectName(u"overviewChartView_"_s + field);
    m_view->setAccessibleName(tr("%1 chart").arg(title));
    m_view->setToolTip(tr("Click a bar to put its value in the filter"));
    m_view->setFocusPolicy(Qt::NoFocus); // its text is in the accessible description and the table view

    m_message->setWordWrap(true);
    m_message->setObjectName(u"overviewChartMessage_"_s + field);
    m_addColumn->setText(tr("Add Column"));
    m_addColumn->setObjectName(u"overviewAddColumn_"_s + field);
    m_addColumn->setAccessibleName(tr("Add the %1 column").arg(title));
    m_addColumn->setToolTip(
        tr("Show the %1 column in the table; the assets are loaded again with it").arg(title));
    auto *messagePage = new QWidget(this);
    auto *messageLayout = new QVBoxLayout(messagePage);
    messageLayout->setContentsMargins(0, 4, 0, 8);
    messageLayout->addWidget(m_message);
    auto *buttonRow = new QHBoxLayout;
    buttonRow->addWidget(m_addColumn);
    buttonRow->addStretch(1);
    messageLayout->addLayout(buttonRow);

    m_stack->addWidget(m_view);
    m_stack->addWidget(messagePage);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(m_heading);
    layout->addWidget(m_stack);
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);

    connect(m_set, &QBarSet::hovered, this, &OverviewChart::onHovered);
    connect(m_set, &QBarSet::clicked, this, &OverviewChart::onClicked);
    connect(m_addColumn, &QPushButton::clicked, this, [this] { Q_EMIT columnRequested(m_column); });
    showMessage(tr("Nothing counted yet."), false);
}

OverviewChart::~OverviewChart() = default;

AssetColumn OverviewChart::column() const {
    return m_column;
}

void OverviewChart::setTally(const AssetTally &tally, qint64 visibleRows) {
    m_tally = tally;
    m_visibleRows = visibleRows;
    const QString title = AssetTableModel::columnTitle(m_column);
    const int distinct = int(std::min<qint64>(tally.distinct, std::numeric_limits<int>::max()));
    if (!tally.loaded || distinct == 0)
        m_heading->setText(title);
    else if (distinct == 1)
        m_heading->setText(tr("%1 (1 value)").arg(title));
    else
        m_heading->setText(tr("%1 (%Ln values)", nullptr, distinct).arg(title));
    if (!tally.loaded) {
        showMessage(
            tr("Add the %1 column to see this chart: the assets are loaded with the columns the table "
               "shows.")
                .arg(title),
            true);
        return;
    }
    if (tally.entries.isEmpty()) {
        showMessage(tr("No assets in view."), false);
        return;
    }

    // The series holds the bars bottom-up: the largest last, so that it is drawn on top.
    m_labels.clear();
    QList<qreal> values;
    QList<int> muted;
    QStringList summary;
    qint64 largest = 0;
    for (qsizetype i = tally.entries.size() - 1; i >= 0; --i) {
        const AssetTallyEntry &entry = tally.entries.at(i);
        m_labels.append(AssetOverviewModel::entryLabel(tally, entry));
        values.append(qreal(entry.count));
        if (entry.kind != AssetTallyEntry::Kind::Value)
            muted.append(int(m_labels.size() - 1));
        largest = std::max(largest, entry.count);
    }
    for (const AssetTallyEntry &entry : tally.entries)
        summary.append(
            tr("%1: %2").arg(AssetOverviewModel::entryLabel(tally, entry), QLocale().toString(entry.count)));

    m_set->deselectAllBars();
    m_set->remove(0, m_set->count());
    m_categories->setCategories(axisLabels());
    m_set->append(values);
    m_set->selectBars(muted);
    // Room right of the longest bar for its label.
    m_values->setRange(0, qreal(largest) * 1.2 + 1);
    m_view->setAccessibleDescription(summary.join(u"; "_s));
    // Qt Charts cuts a category label to "..." unless its slot (the height shared among two more slots than
    // there are bars) is higher than the label with its margins and padding.
    const int slot = fontMetrics().height() + 18;
    m_view->setFixedHeight(int(m_labels.size() + 2) * slot + 2 * chartPadding);
    // Bars as thick whatever their number: a category takes about (bars + 2) / bars slots.
    const auto bars = double(m_labels.size());
    m_series->setBarWidth(0.6 * bars / (bars + 2));
    m_stack->setCurrentWidget(m_view);
    m_stack->setFixedHeight(m_view->height());
    updateGeometry();
}

void OverviewChart::resizeEvent(QResizeEvent *event) {
    QWidget::resizeEvent(event);
    if (showsChart() && !m_labels.isEmpty())
        m_categories->setCategories(axisLabels());
}

QStringList OverviewChart::axisLabels() const {
    const QFontMetrics metrics(m_categories->labelsFont());
    const int width =
        std::max(int(labelShare * m_view->width()) - labelSlack, metrics.averageCharWidth() * 6);
    QStringList out;
    out.reserve(m_labels.size());
    for (const QString &label : m_labels) {
        QString shown = metrics.elidedText(label, Qt::ElideMiddle, width);
        // The axis needs distinct labels: a repeat gets an invisible difference.
        while (out.contains(shown))
            shown += u'\u200B';
        out.append(shown);
    }
    return out;
}

void OverviewChart::applyPalette(const QPalette &palette) {
    const QColor window = palette.color(QPalette::Window);
    const bool dark = window.lightness() < 128;
    // setTheme() restyles everything it knows; the palette's colours go on top so that the chart sits in the
    // window like any other widget.
    m_chart->setTheme(dark ? QChart::ChartThemeDark : QChart::ChartThemeLight);
    m_chart->setBackgroundBrush(window);
    m_chart->setBackgroundPen(Qt::NoPen);
    m_chart->setBackgroundRoundness(0);
    const QColor text = palette.color(QPalette::WindowText);
    m_categories->setLabelsColor(text);
    // Other and Unknown: between the window and the text, visible on either, louder on neither.
    const auto blend = [&window, &text](double share) {
        return QColor::fromRgbF(float(window.redF() + (text.redF() - window.redF()) * share),
                                float(window.greenF() + (text.greenF() - window.greenF()) * share),
                                float(window.blueF() + (text.blueF() - window.blueF()) * share));
    };
    m_categories->setLinePen(QPen(blend(0.5)));
    m_set->setLabelColor(text);
    m_set->setSelectedColor(blend(0.35));
    m_set->setBorderColor(Qt::transparent);
    QFont labels = font();
    m_categories->setLabelsFont(labels);
    m_set->setLabelFont(labels);
}

QList<std::pair<QString, qreal>> OverviewChart::bars() const {
    QList<std::pair<QString, qreal>> out;
    if (!showsChart())
        return out;
    for (int bar = m_set->count() - 1; bar >= 0; --bar) {
        const AssetTallyEntry *entry = entryOfBar(bar);
        out.append({entry ? AssetOverviewModel::entryLabel(m_tally, *entry) : QString(), m_set->at(bar)});
    }
    return out;
}

bool OverviewChart::showsChart() const {
    return m_stack->currentWidget() == m_view;
}

QString OverviewChart::message() const {
    return showsChart() ? QString() : m_message->text();
}

QChartView *OverviewChart::chartView() const {
    return m_view;
}

QPushButton *OverviewChart::addColumnButton() const {
    return m_addColumn;
}

void OverviewChart::showMessage(const QString &text, bool offerColumn) {
    m_message->setText(text);
    m_addColumn->setVisible(offerColumn);
    m_stack->setCurrentIndex(1);
    m_stack->setFixedHeight(m_stack->currentWidget()->sizeHint().height());
    updateGeometry();
}

const AssetTallyEntry *OverviewChart::entryOfBar(int bar) const {
    const qsizetype entry = m_tally.entries.size() - 1 - bar;
    return entry >= 0 && entry < m_tally.entries.size() ? &m_tally.entries.at(entry) : nullptr;
}

void OverviewChart::onHovered(bool inside, int bar) {
    const AssetTallyEntry *entry = entryOfBar(bar);
    if (!inside || !entry) {
        QToolTip::hideText();
        return;
    }
    const double share = m_visibleRows > 0 ? 100.0 * double(entry->count) / double(m_visibleRows) : 0.0;
    const QString label = AssetOverviewModel::entryLabel(m_tally, *entry);
    const QString percent = QLocale().toString(share, 'f', 1);
    QString text = entry->count == 1
                       ? tr("%1: 1 asset (%2%)").arg(label, percent)
                       : tr("%1: %2 assets (%3%)").arg(label, QLocale().toString(entry->count), percent);
    if (entry->kind == AssetTallyEntry::Kind::Value && assetColumnInfo(m_column).kind != ValueKind::Bool)
        text += u'\n' + tr("Click to put it in the filter");
    QToolTip::showText(QCursor::pos(), text, m_view);
}

void OverviewChart::onClicked(int bar) {
    const AssetTallyEntry *entry = entryOfBar(bar);
    // A yes-or-no value, Other or Unknown is no text to filter by.
    if (entry && entry->kind == AssetTallyEntry::Kind::Value &&
        assetColumnInfo(m_column).kind != ValueKind::Bool)
        Q_EMIT filterRequested(entry->value);
}

} // namespace rz
