// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: rzconsole contributors
#pragma once

#include <QDockWidget>

class QThreadPool;

namespace rz {

class AssetTableModel;
class OverviewPane;

// The "Overview" dock: an OverviewPane of the asset table. Its toggle action (View menu, Ctrl+Shift+O) brings
// it to the front when it shares a tab group with another dock.
class OverviewDock final : public QDockWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OverviewDock)
public:
    // `assets` must outlive the dock's counting; `pool` runs the counts (the global pool when null).
    explicit OverviewDock(AssetTableModel *assets, QWidget *parent = nullptr, QThreadPool *pool = nullptr);
    ~OverviewDock() override;

    OverviewPane *pane() const;

private:
    OverviewPane *m_pane;
};

} // namespace rz
