// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: rzconsole contributors
#pragma once

#include "domain/AssetColumn.h"

#include <QList>
#include <QMenu>

namespace rz {

// A menu of every asset column, each checkable, plus "Restore Default Columns". Checking a column appends it,
// unchecking removes it (the last one stays); the order otherwise stays as the user arranged the header.
// Changing the set reloads the assets with the new fields, which the menu says.
class ColumnChooser final : public QMenu {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ColumnChooser)
public:
    explicit ColumnChooser(QWidget *parent = nullptr);
    ~ColumnChooser() override;

    // The columns shown now, in display order.
    void setColumns(const QList<AssetColumn> &columns);
    QList<AssetColumn> columns() const;

    // What toggling `column` makes of `columns` (unchanged when it would leave none).
    static QList<AssetColumn> toggled(const QList<AssetColumn> &columns, AssetColumn column);

Q_SIGNALS:
    void columnsChosen(const QList<rz::AssetColumn> &columns);

private:
    void build();
    void updateStates();

    QList<AssetColumn> m_columns;
    QList<QAction *> m_actions; // one per column, in catalogue order
    QAction *m_defaults = nullptr;
};

} // namespace rz
