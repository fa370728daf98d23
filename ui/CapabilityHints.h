// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: rzconsole contributors
#pragma once

#include "api/Capabilities.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <optional>

class QAction;
class QWidget;

namespace rz {

// Keeps the actions and widgets that need a part of the API in step with what the credential can reach.
// A registered target whose capability is missing is disabled, stays disabled when other code enables it
// again, and its tooltip (and status tip) says why; with the capability it is left alone. Register with
// require(); the hints of the window's ConsoleSession are at MainWindow::capabilityHints().
class CapabilityHints final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CapabilityHints)
public:
    // No capabilities: no connection is open, and nothing that needs one is available.
    explicit CapabilityHints(std::optional<Capabilities> capabilities, QObject *parent = nullptr);
    ~CapabilityHints() override;

    // Those of the open connection; all false when none is open.
    Capabilities capabilities() const;
    bool allows(Capability capability) const;
    // Why the credential cannot do it (a sentence), empty when it can.
    QString reason(Capability capability) const;
    // Everything the credential cannot do, one sentence a line; or a sentence saying that it can do all.
    QString summary() const;

    void require(QAction *action, Capability capability);
    void require(QWidget *widget, Capability capability);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    struct Target {
        QPointer<QObject> object;
        Capability capability;
    };
    const Target *targetFor(const QObject *object) const;
    void apply(QAction *action, Capability capability);
    void apply(QWidget *widget, Capability capability);

    std::optional<Capabilities> m_capabilities;
    QList<Target> m_targets;
};

} // namespace rz
