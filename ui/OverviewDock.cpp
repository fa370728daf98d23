// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: rzconsole contributors
#include "ui/OverviewDock.h"

#include "ui/OverviewPane.h"

#include <QAction>
#include <QKeySequence>

using namespace Qt::StringLiterals;

namespace rz {

OverviewDock::OverviewDock(AssetTableModel *assets, QWidget *parent, QThreadPool *pool)
    : QDockWidget(tr("Overview"), parent)
    , m_pane(new OverviewPane(assets, this, pool)) {
    setObjectName(u"overviewDock"_s);
    setWidget(m_pane);
    QAction *toggle = toggleViewAction();
    toggle->setObjectName(u"toggleOverviewAction"_s);
    toggle->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));
    toggle->setToolTip(tr("Charts of the assets in view by type, OS and site (Ctrl+Shift+O)"));
    // In a tab group the dock would open behind the current tab.
    connect(toggle, &QAction::triggered, this, [this](bool shown) {
        if (shown)
            raise();
    });
}

OverviewDock::~OverviewDock() = default;

OverviewPane *OverviewDock::pane() const {
    return m_pane;
}

} // namespace rz
