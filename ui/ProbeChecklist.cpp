// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: rzconsole contributors
#include "ui/ProbeChecklist.h"

#include <QCheckBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace rz {

ProbeChecklist::ProbeChecklist(const QStringList &names, int columns, QWidget *parent)
    : QWidget(parent)
    , m_columns(std::max(1, columns))
    , m_grid(new QGridLayout) {
    m_grid->setContentsMargins(0, 0, 0, 0);
    m_grid->setHorizontalSpacing(12);
    m_grid->setVerticalSpacing(2);
    for (const QString &name : names)
        addBox(name);

    auto *all = new QPushButton(tr("All"), this);
    auto *none = new QPushButton(tr("None"), this);
    all->setObjectName(u"allProbesButton"_s);
    none->setObjectName(u"noProbesButton"_s);
    all->setAutoDefault(false);
    none->setAutoDefault(false);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(all);
    buttons->addWidget(none);
    buttons->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(m_grid);
    layout->addLayout(buttons);

    connect(all, &QPushButton::clicked, this, [this] { setAll(true); });
    connect(none, &QPushButton::clicked, this, [this] { setAll(false); });
}

ProbeChecklist::~ProbeChecklist() = default;

QCheckBox *ProbeChecklist::addBox(const QString &name) {
    auto *box = new QCheckBox(name, this);
    box->setObjectName(u"probe_"_s + name);
    box->setChecked(true);
    const int index = int(m_boxes.size());
    m_grid->addWidget(box, index / m_columns, index % m_columns);
    m_boxes.append(box);
    connect(box, &QCheckBox::toggled, this, [this] {
        if (!m_quiet)
            Q_EMIT changed();
    });
    return box;
}

std::optional<QStringList> ProbeChecklist::selection() const {
    QStringList checked;
    for (const QCheckBox *box : m_boxes) {
        if (box->isChecked())
            checked.append(box->text());
    }
    if (checked.size() == m_boxes.size())
        return std::nullopt;
    return checked;
}

void ProbeChecklist::setSelection(const std::optional<QStringList> &names) {
    m_quiet = true;
    if (names) {
        for (const QString &name : *names) {
            const bool known = std::any_of(m_boxes.cbegin(), m_boxes.cend(),
                                           [&name](const QCheckBox *box) { return box->text() == name; });
            if (!known)
                addBox(name);
        }
    }
    for (QCheckBox *box : std::as_const(m_boxes))
        box->setChecked(!names || names->contains(box->text()));
    m_quiet = false;
    Q_EMIT changed();
}

void ProbeChecklist::setChecked(const QString &name, bool checked) {
    for (QCheckBox *box : std::as_const(m_boxes)) {
        if (box->text() == name)
            box->setChecked(checked);
    }
}

void ProbeChecklist::setAll(bool checked) {
    m_quiet = true;
    for (QCheckBox *box : std::as_const(m_boxes))
        box->setChecked(checked);
    m_quiet = false;
    Q_EMIT changed();
}

} // namespace rz
