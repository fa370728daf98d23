// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: rzconsole contributors
#pragma once

#include <QWidget>

class QAction;
class QLabel;
class QProgressBar;

namespace rz {

// The status bar's content: what the console is doing, how many assets are loaded, a progress bar while
// pages arrive and a Cancel button.
class LoadStatusWidget final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LoadStatusWidget)
public:
    explicit LoadStatusWidget(QAction *cancelAction, QWidget *parent = nullptr);
    ~LoadStatusWidget() override;

    void setStateText(const QString &text);
    // A negative count hides the count.
    void setAssetCount(qint64 count);
    // While `running`, shows progress towards `expected`, or a busy bar when it is not known (<= 0).
    void setProgress(bool running, qint64 loaded, qint64 expected);

private:
    QLabel *m_state;
    QLabel *m_count;
    QProgressBar *m_progress;
};

} // namespace rz
