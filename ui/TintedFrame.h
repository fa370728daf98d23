// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: rzconsole contributors
#pragma once

#include <QColor>
#include <QFrame>

namespace rz {

// A panel whose background is the window colour tinted towards an accent (a warning's amber, say), worked
// out again whenever the palette changes, so its text (the palette's own) stays readable in light and dark
// themes alike.
class TintedFrame final : public QFrame {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TintedFrame)
public:
    // `share` of 1/share of the accent goes into the window colour (6: a sixth).
    TintedFrame(QColor accent, int share, QWidget *parent = nullptr);
    ~TintedFrame() override;

    // The tint of `window`.
    static QColor tint(const QColor &window, const QColor &accent, int share);

protected:
    void changeEvent(QEvent *event) override;

private:
    void applyTint();

    QColor m_accent;
    int m_share;
    bool m_applying = false;
};

} // namespace rz
