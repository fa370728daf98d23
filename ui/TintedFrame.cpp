// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: rzconsole contributors
#include "ui/TintedFrame.h"

#include <QEvent>
#include <algorithm>

namespace rz {

TintedFrame::TintedFrame(QColor accent, int share, QWidget *parent)
    : QFrame(parent)
    , m_accent(accent)
    , m_share(std::max(1, share)) {
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    applyTint();
}

TintedFrame::~TintedFrame() = default;

QColor TintedFrame::tint(const QColor &window, const QColor &accent, int share) {
    const int parts = std::max(1, share);
    const auto mix = [parts](int base, int towards) { return (base * (parts - 1) + towards) / parts; };
    return QColor(mix(window.red(), accent.red()), mix(window.green(), accent.green()),
                  mix(window.blue(), accent.blue()));
}

void TintedFrame::changeEvent(QEvent *event) {
    QFrame::changeEvent(event);
    if (event->type() == QEvent::PaletteChange && !m_applying)
        applyTint();
}

void TintedFrame::applyTint() {
    m_applying = true;
    QPalette palette = parentWidget() ? parentWidget()->palette() : this->palette();
    palette.setColor(QPalette::Window, tint(palette.color(QPalette::Window), m_accent, m_share));
    setPalette(palette);
    m_applying = false;
}

} // namespace rz
