// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: rzconsole contributors
#pragma once

#include "domain/AssetColumn.h"

#include <QList>
#include <QPointer>
#include <QWidget>

class QLabel;
class QStackedWidget;
class QThreadPool;
class QToolButton;
class QTreeView;

namespace rz {

class AssetOverviewModel;
class AssetTableModel;
class OverviewChart;

// What the asset table shows, at a glance: how many assets are in view and whether the local filter is on,
// how many of them are alive, and bar charts of their types, operating systems and sites. The same counts are
// also shown as a table (for a screen reader, or to copy). Counts only while the pane is visible; the charts
// follow the palette, light or dark.
class OverviewPane final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OverviewPane)
public:
    // `assets` must outlive the pane; `pool` runs the counts (the global pool when null).
    explicit OverviewPane(AssetTableModel *assets, QWidget *parent = nullptr, QThreadPool *pool = nullptr);
    ~OverviewPane() override;

    AssetOverviewModel *model() const;
    // The chart of `column` (type, OS or site), nullptr for another column.
    OverviewChart *chart(AssetColumn column) const;
    // "N assets in view", with the filter and the alive count.
    QString caption() const;
    // Switches between the charts and the table.
    QToolButton *tableButton() const;
    QTreeView *tableView() const;

Q_SIGNALS:
    // The user clicked a bar: filter the table by `text`.
    void filterRequested(const QString &text);
    // The user asked to load a column the charts need.
    void columnRequested(rz::AssetColumn column);

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    void updateOverview();
    void updateCaption();

    QPointer<AssetTableModel> m_assets; // the session may delete it before this pane
    AssetOverviewModel *m_model;
    QLabel *m_caption;
    QToolButton *m_tableButton;
    QStackedWidget *m_stack;
    QList<OverviewChart *> m_charts;
    QTreeView *m_table;
};

} // namespace rz
