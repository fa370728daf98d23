// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: rzconsole contributors
#include "ui/AccessibleNames.h"

#include <QLabel>

using namespace Qt::StringLiterals;

namespace rz {

namespace {

// "Max &hosts:" -> "Max hosts".
QString nameFromLabel(const QString &text) {
    QString name = AccessibleNames::withoutMnemonic(text).trimmed();
    if (name.endsWith(u':'))
        name.chop(1);
    return name.trimmed();
}

QWidget *focusTarget(QWidget *buddy) {
    if (buddy->focusPolicy() & Qt::TabFocus)
        return buddy;
    const QList<QWidget *> inside = buddy->findChildren<QWidget *>();
    for (QWidget *widget : inside) {
        if (widget->focusPolicy() & Qt::TabFocus)
            return widget;
    }
    return buddy;
}

} // namespace

void AccessibleNames::fromLabels(QWidget *root) {
    const QList<QLabel *> labels = root->findChildren<QLabel *>();
    for (QLabel *label : labels) {
        QWidget *buddy = label->buddy();
        if (!buddy)
            continue;
        QWidget *target = focusTarget(buddy);
        if (target != buddy)
            label->setBuddy(target);
        const bool qtFindsTheLabel = target->parentWidget() == label->parentWidget();
        const QString name = nameFromLabel(label->text());
        if (!qtFindsTheLabel && target->accessibleName().isEmpty() && !name.isEmpty())
            target->setAccessibleName(name);
    }
}

QString AccessibleNames::withoutMnemonic(const QString &text) {
    QString plain;
    plain.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text.at(i) == u'&' && i + 1 < text.size())
            ++i; // the letter after it, or the second '&' of "&&"
        plain.append(text.at(i));
    }
    return plain;
}

} // namespace rz
