// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: rzconsole contributors
#pragma once

#include "domain/AssetColumn.h"
#include "models/AssetOverview.h"

#include <QList>
#include <QStringList>
#include <QWidget>

#include <utility>

class QBarCategoryAxis;
class QBarSet;
class QChart;
class QChartView;
class QHorizontalBarSeries;
class QLabel;
class QPushButton;
class QStackedWidget;
class QValueAxis;

namespace rz {

// One tally of the overview as a horizontal bar chart: a heading, then a bar per value with its count, the
// largest on top, "Other" and "Unknown" in a muted colour. When the column is not loaded it says so and
// offers to add it; when nothing is in view, it says that.
class OverviewChart final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OverviewChart)
public:
    explicit OverviewChart(AssetColumn column, QWidget *parent = nullptr);
    ~OverviewChart() override;

    AssetColumn column() const;
    // Shows `tally`; shares are of `visibleRows`.
    void setTally(const AssetTally &tally, qint64 visibleRows);
    // Follows the palette: the chart theme (dark or light by the window colour) and its text colours.
    void applyPalette(const QPalette &palette);

    // The bars as drawn, top to bottom: what each stands for (the axis may shorten it) and its length. Empty
    // while no chart is shown.
    QList<std::pair<QString, qreal>> bars() const;
    // Whether the chart is shown (not a message in its place).
    bool showsChart() const;
    // The message shown in place of the chart (empty while the chart is shown).
    QString message() const;
    QChartView *chartView() const;
    QPushButton *addColumnButton() const;

Q_SIGNALS:
    // The user clicked the bar of `value` (never Other or Unknown).
    void filterRequested(const QString &value);
    // The user asked to load the missing column.
    void columnRequested(rz::AssetColumn column);

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    // The labels of m_labels shortened to the room the axis has.
    QStringList axisLabels() const;
    void showMessage(const QString &text, bool offerColumn);
    void onHovered(bool inside, int bar);
    void onClicked(int bar);
    // The entry a bar (counted from the bottom, as the series holds them) stands for.
    const AssetTallyEntry *entryOfBar(int bar) const;

    AssetColumn m_column;
    AssetTally m_tally;
    qint64 m_visibleRows = 0;
    QStringList m_labels; // of the bars, bottom-up
    QLabel *m_heading;
    QStackedWidget *m_stack;
    QChartView *m_view;
    QChart *m_chart;
    QHorizontalBarSeries *m_series;
    QBarSet *m_set;
    QBarCategoryAxis *m_categories;
    QValueAxis *m_values;
    QLabel *m_message;
    QPushButton *m_addColumn;
};

} // namespace rz
