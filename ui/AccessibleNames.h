// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: rzconsole contributors
#pragma once

#include <QString>

class QWidget;

namespace rz {

// Qt's accessibility names a control after a label only when the label is its sibling; a control stacked
// in a box with its problem text (FieldProblemLabel::stack) is not, and a screen reader would find it
// nameless. fromLabels() walks the labels under `root` that have a buddy: a buddy that takes no focus (a box)
// is replaced by the first control in it that does, so that the label's shortcut reaches it, and a control
// that Qt would not find the label for is named after it (without '&' and a final ':'). Controls named
// already keep their names. Call it once the form is built.
class AccessibleNames final {
public:
    AccessibleNames() = delete;

    static void fromLabels(QWidget *root);
    // A label or command as read out, without its accelerator mark: "Max &hosts" -> "Max hosts", "&&" -> "&".
    static QString withoutMnemonic(const QString &text);
};

} // namespace rz
