// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: rzconsole contributors
#include "ui/FieldProblemLabel.h"

#include <QEvent>
#include <QVBoxLayout>

namespace rz {

FieldProblemLabel::FieldProblemLabel(QWidget *parent)
    : QLabel(parent) {
    setWordWrap(true);
    setTextFormat(Qt::PlainText);
    setTextInteractionFlags(Qt::TextSelectableByMouse);
    hide();
}

FieldProblemLabel::~FieldProblemLabel() = default;

void FieldProblemLabel::setProblem(const QString &problem, const QString &note) {
    const bool isProblem = !problem.isEmpty();
    const QString text = isProblem ? problem : note;
    if (m_problem != isProblem) {
        m_problem = isProblem;
        applyColour();
    }
    setText(text);
    setAccessibleDescription(text);
    setVisible(!text.isEmpty());
}

bool FieldProblemLabel::hasProblem() const {
    return m_problem;
}

QWidget *FieldProblemLabel::stack(QWidget *editor, FieldProblemLabel *problem, QWidget *parent) {
    auto *box = new QWidget(parent);
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(editor);
    layout->addWidget(problem);
    return box;
}

void FieldProblemLabel::changeEvent(QEvent *event) {
    QLabel::changeEvent(event);
    if (event->type() == QEvent::PaletteChange && !m_applying)
        applyColour();
}

void FieldProblemLabel::applyColour() {
    // A red that reads on light and dark windows alike; notes keep the inherited text colour.
    m_applying = true;
    QPalette palette = parentWidget() ? parentWidget()->palette() : this->palette();
    if (m_problem) {
        const bool dark = palette.color(QPalette::Window).lightness() < 128;
        palette.setColor(QPalette::WindowText, dark ? QColor(0xff, 0x8a, 0x80) : QColor(0xb0, 0x1c, 0x1c));
    }
    setPalette(palette);
    m_applying = false;
}

} // namespace rz
