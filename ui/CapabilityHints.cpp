// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: rzconsole contributors
#include "ui/CapabilityHints.h"

#include <QAction>
#include <QEvent>
#include <QStringList>
#include <QWidget>

namespace rz {

CapabilityHints::CapabilityHints(std::optional<Capabilities> capabilities, QObject *parent)
    : QObject(parent)
    , m_capabilities(std::move(capabilities)) {}

CapabilityHints::~CapabilityHints() = default;

Capabilities CapabilityHints::capabilities() const {
    return m_capabilities.value_or(Capabilities{});
}

bool CapabilityHints::allows(Capability capability) const {
    return m_capabilities && m_capabilities->has(capability);
}

QString CapabilityHints::reason(Capability capability) const {
    if (!m_capabilities)
        return tr("No connection is open.");
    return m_capabilities->whyNot(capability);
}

QString CapabilityHints::summary() const {
    if (!m_capabilities)
        return tr("No connection is open.");
    QStringList lacking;
    for (const Capability capability : {Capability::ListOrganizations, Capability::OrganizationApi,
                                        Capability::ExportApi, Capability::ScanTemplates}) {
        const QString why = reason(capability);
        if (!why.isEmpty() && !lacking.contains(why))
            lacking.append(why);
    }
    if (lacking.isEmpty())
        return tr("This credential reaches every part of the API that the console uses: all organizations, "
                  "scans and scan templates.");
    return lacking.join(u'\n');
}

void CapabilityHints::require(QAction *action, Capability capability) {
    if (!action)
        return;
    m_targets.append({action, capability});
    apply(action, capability);
    if (allows(capability))
        return;
    // Other code may enable it, or set its own tooltip, as the selection changes: the credential still
    // cannot do it, and that is the reason to show. (Applying again emits changed() once more, with nothing
    // left to change.)
    connect(action, &QAction::changed, this, [this, action, capability] { apply(action, capability); });
}

void CapabilityHints::require(QWidget *widget, Capability capability) {
    if (!widget)
        return;
    m_targets.append({widget, capability});
    apply(widget, capability);
    if (!allows(capability))
        widget->installEventFilter(this);
}

bool CapabilityHints::eventFilter(QObject *watched, QEvent *event) {
    if (event->type() == QEvent::EnabledChange || event->type() == QEvent::ToolTipChange) {
        auto *widget = qobject_cast<QWidget *>(watched);
        if (const Target *target = targetFor(watched); widget && target)
            apply(widget, target->capability);
    }
    return QObject::eventFilter(watched, event);
}

const CapabilityHints::Target *CapabilityHints::targetFor(const QObject *object) const {
    for (const Target &target : m_targets) {
        if (target.object == object)
            return &target;
    }
    return nullptr;
}

void CapabilityHints::apply(QAction *action, Capability capability) {
    if (allows(capability))
        return;
    const QString why = reason(capability);
    if (action->isEnabled())
        action->setEnabled(false);
    if (action->toolTip() != why)
        action->setToolTip(why);
    if (action->statusTip() != why)
        action->setStatusTip(why);
}

void CapabilityHints::apply(QWidget *widget, Capability capability) {
    if (allows(capability))
        return;
    const QString why = reason(capability);
    if (!widget->testAttribute(Qt::WA_ForceDisabled)) // disabled itself, not only through a parent
        widget->setEnabled(false);
    if (widget->toolTip() != why)
        widget->setToolTip(why);
    if (widget->statusTip() != why)
        widget->setStatusTip(why);
}

} // namespace rz
