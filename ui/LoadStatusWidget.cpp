// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: rzconsole contributors
#include "ui/LoadStatusWidget.h"

#include <QAction>
#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QToolButton>

using namespace Qt::StringLiterals;

namespace rz {

LoadStatusWidget::LoadStatusWidget(QAction *cancelAction, QWidget *parent)
    : QWidget(parent)
    , m_state(new QLabel(this))
    , m_count(new QLabel(this))
    , m_progress(new QProgressBar(this)) {
    m_state->setObjectName(u"statusStateLabel"_s);
    m_count->setObjectName(u"assetCountLabel"_s);
    m_progress->setObjectName(u"loadProgress"_s);
    m_progress->setMaximumWidth(160);
    m_progress->setTextVisible(false);
    m_progress->hide();

    auto *cancel = new QToolButton(this);
    cancel->setObjectName(u"cancelLoadButton"_s);
    cancel->setDefaultAction(cancelAction);
    cancel->setToolButtonStyle(Qt::ToolButtonTextOnly);
    cancel->setAutoRaise(true);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_state, 1);
    layout->addWidget(m_count);
    layout->addWidget(m_progress);
    layout->addWidget(cancel);

    // The status bar offers Cancel only while there is something to cancel (the toolbar always has it).
    cancel->setVisible(cancelAction->isEnabled());
    connect(cancelAction, &QAction::enabledChanged, cancel, &QToolButton::setVisible);
}

LoadStatusWidget::~LoadStatusWidget() = default;

void LoadStatusWidget::setStateText(const QString &text) {
    m_state->setText(text);
}

void LoadStatusWidget::setAssetCount(qint64 count) {
    m_count->setVisible(count >= 0);
    if (count < 0)
        return;
    const int n = int(std::min<qint64>(count, std::numeric_limits<int>::max()));
    m_count->setText(n == 1 ? tr("1 asset loaded") : tr("%Ln assets loaded", nullptr, n));
}

void LoadStatusWidget::setProgress(bool running, qint64 loaded, qint64 expected) {
    m_progress->setVisible(running);
    if (!running)
        return;
    if (expected <= 0) {
        m_progress->setRange(0, 0); // busy: the total is not known in advance
        return;
    }
    // Per mille, so counts beyond int range still fit; a stale expectation must not overflow the bar.
    m_progress->setRange(0, 1000);
    m_progress->setValue(int(std::min<qint64>(1000, loaded * 1000 / expected)));
}

} // namespace rz
