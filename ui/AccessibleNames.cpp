// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: rzconsole contributors
#include "ui/AccessibleNames.h"

#include <QLabel>

using namespace Qt::StringLiterals;

namespace rz {

namespace {

// "Max &hosts:" -> "Max hosts"; "&&" stays a literal '&'.
QString nameFromLabel(const QString &text) {
    QString name;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text.at(i) == u'&' && i + 1 < text.size())
            ++i;
        name.append(text.at(i));
    }
    name = name.trimmed();
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

} // namespace rz
