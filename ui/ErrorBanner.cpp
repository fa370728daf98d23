// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: rzconsole contributors
#include "ui/ErrorBanner.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStyle>
#include <QToolButton>

using namespace Qt::StringLiterals;

namespace rz {

ErrorBanner::ErrorBanner(QWidget *parent)
    : QFrame(parent)
    , m_icon(new QLabel(this))
    , m_message(new QLabel(this))
    , m_retry(new QPushButton(tr("&Retry"), this)) {
    setObjectName(u"errorBanner"_s);
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    setAccessibleName(tr("Error"));

    const int iconSize = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
    m_icon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxWarning, nullptr, this).pixmap(iconSize));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->setTextFormat(Qt::PlainText);
    m_message->setObjectName(u"errorMessage"_s);
    m_retry->setObjectName(u"retryButton"_s);
    m_retry->setToolTip(tr("Try again; rows already loaded are kept"));

    auto *dismiss = new QToolButton(this);
    dismiss->setObjectName(u"dismissErrorButton"_s);
    dismiss->setAutoRaise(true);
    dismiss->setIcon(style()->standardIcon(QStyle::SP_TitleBarCloseButton, nullptr, this));
    dismiss->setToolTip(tr("Dismiss"));
    dismiss->setAccessibleName(tr("Dismiss"));

    auto *layout = new QHBoxLayout(this);
    layout->addWidget(m_icon, 0, Qt::AlignTop);
    layout->addWidget(m_message, 1);
    layout->addWidget(m_retry, 0, Qt::AlignVCenter);
    layout->addWidget(dismiss, 0, Qt::AlignVCenter);

    connect(m_retry, &QPushButton::clicked, this, &ErrorBanner::retryRequested);
    connect(dismiss, &QToolButton::clicked, this, &ErrorBanner::hide);
    applyColours();
    hide();
}

ErrorBanner::~ErrorBanner() = default;

void ErrorBanner::showMessage(const QString &message) {
    m_message->setText(message);
    show();
}

QString ErrorBanner::message() const {
    return m_message->text();
}

void ErrorBanner::changeEvent(QEvent *event) {
    QFrame::changeEvent(event);
    if (event->type() == QEvent::PaletteChange && !m_applyingColours)
        applyColours();
}

void ErrorBanner::applyColours() {
    // A warm tint of the window colour, so the banner reads as a warning in light and dark themes alike.
    m_applyingColours = true;
    QPalette palette = parentWidget() ? parentWidget()->palette() : this->palette();
    const QColor window = palette.color(QPalette::Window);
    const QColor accent(0xd9, 0x3f, 0x0b);
    const auto mix = [](int a, int b) { return (a * 4 + b) / 5; };
    palette.setColor(QPalette::Window,
                     QColor(mix(window.red(), accent.red()), mix(window.green(), accent.green()),
                            mix(window.blue(), accent.blue())));
    setPalette(palette);
    m_applyingColours = false;
}

} // namespace rz
