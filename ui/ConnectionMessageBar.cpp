// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: rzconsole contributors
#include "ui/ConnectionMessageBar.h"

#include "ui/AccessibleNames.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStyle>
#include <QToolButton>
#include <utility>

using namespace Qt::StringLiterals;

namespace rz {

ConnectionMessageBar::ConnectionMessageBar(QWidget *parent)
    : QFrame(parent)
    , m_iconLabel(new QLabel(this))
    , m_label(new QLabel(this))
    , m_actionButton(new QPushButton(this))
    , m_closeButton(new QToolButton(this)) {
    setObjectName(u"connectionMessageBar"_s);
    setFrameShape(QFrame::StyledPanel);
    setAccessibleName(tr("Message"));

    m_iconLabel->setAccessibleName(tr("Message type"));
    m_label->setObjectName(u"messageLabel"_s);
    m_label->setWordWrap(true);
    m_label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_label->setAccessibleName(tr("Message text"));

    m_actionButton->setObjectName(u"messageActionButton"_s);
    m_actionButton->setAccessibleName(tr("Message action"));

    m_closeButton->setObjectName(u"messageCloseButton"_s);
    m_closeButton->setIcon(style()->standardIcon(QStyle::SP_DialogCloseButton));
    m_closeButton->setText(tr("Dismiss"));
    m_closeButton->setToolTip(tr("Dismiss this message"));
    m_closeButton->setAccessibleName(tr("Dismiss message"));
    m_closeButton->setAutoRaise(true);

    auto *layout = new QHBoxLayout(this);
    layout->addWidget(m_iconLabel, 0, Qt::AlignTop);
    layout->addWidget(m_label, 1);
    layout->addWidget(m_actionButton);
    layout->addWidget(m_closeButton);

    connect(m_actionButton, &QPushButton::clicked, this, &ConnectionMessageBar::runAction);
    connect(m_closeButton, &QToolButton::clicked, this, &ConnectionMessageBar::dismiss);
    hide();
}

ConnectionMessageBar::~ConnectionMessageBar() = default;

void ConnectionMessageBar::showMessage(Kind kind, const QString &text, const QString &actionText,
                                       std::function<void()> action) {
    m_kind = kind;
    m_label->setText(text);
    m_action = std::move(action);
    m_actionButton->setText(actionText);
    m_actionButton->setAccessibleName(actionText.isEmpty() ? tr("Message action")
                                                           : AccessibleNames::withoutMnemonic(actionText));
    m_actionButton->setVisible(m_action && !actionText.isEmpty());
    const QStyle::StandardPixmap icon = kind == Kind::Error     ? QStyle::SP_MessageBoxCritical
                                        : kind == Kind::Warning ? QStyle::SP_MessageBoxWarning
                                                                : QStyle::SP_MessageBoxInformation;
    const int size = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
    m_iconLabel->setPixmap(style()->standardIcon(icon, nullptr, this).pixmap(size, size));
    show();
}

void ConnectionMessageBar::dismiss() {
    // Drop the action too: it may hold a secret the user chose not to use.
    m_action = {};
    m_label->clear();
    hide();
}

QString ConnectionMessageBar::text() const {
    return m_label->text();
}

ConnectionMessageBar::Kind ConnectionMessageBar::kind() const {
    return m_kind;
}

QPushButton *ConnectionMessageBar::actionButton() const {
    return m_actionButton;
}

void ConnectionMessageBar::runAction() {
    // Move out first: the action may show a new message, which replaces m_action.
    const std::function<void()> action = std::exchange(m_action, {});
    dismiss();
    if (action)
        action();
}

} // namespace rz
