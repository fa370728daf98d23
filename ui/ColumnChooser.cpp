// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: rzconsole contributors
#include "ui/ColumnChooser.h"

#include "models/AssetTableModel.h"

#include <QAction>

using namespace Qt::StringLiterals;

namespace rz {

ColumnChooser::ColumnChooser(QWidget *parent)
    : QMenu(parent) {
    setObjectName(u"columnChooser"_s);
    setTitle(tr("&Columns"));
    setToolTipsVisible(true);
    build();
    updateStates();
}

ColumnChooser::~ColumnChooser() = default;

void ColumnChooser::setColumns(const QList<AssetColumn> &columns) {
    m_columns = columns;
    updateStates();
}

QList<AssetColumn> ColumnChooser::columns() const {
    return m_columns;
}

QList<AssetColumn> ColumnChooser::toggled(const QList<AssetColumn> &columns, AssetColumn column) {
    QList<AssetColumn> result = columns;
    if (result.contains(column)) {
        if (result.size() > 1)
            result.removeAll(column);
    } else {
        result.append(column);
    }
    return result;
}

void ColumnChooser::build() {
    // Built once: setColumns() may be called while one of these actions is being triggered.
    QAction *note = addAction(tr("Changing columns reloads the assets"));
    note->setEnabled(false);
    addSeparator();
    for (const AssetColumn column : allAssetColumns()) {
        QAction *action = addAction(AssetTableModel::columnTitle(column));
        action->setObjectName(u"column_"_s + QString(assetColumnInfo(column).field));
        action->setCheckable(true);
        action->setToolTip(tr("Field “%1”").arg(QString(assetColumnInfo(column).field)));
        connect(action, &QAction::triggered, this, [this, column] {
            const QList<AssetColumn> chosen = toggled(m_columns, column);
            if (chosen == m_columns) {
                updateStates();
                return;
            }
            m_columns = chosen;
            updateStates();
            Q_EMIT columnsChosen(chosen);
        });
        m_actions.append(action);
    }
    addSeparator();
    m_defaults = addAction(tr("Restore Default Columns"));
    m_defaults->setObjectName(u"restoreDefaultColumnsAction"_s);
    connect(m_defaults, &QAction::triggered, this, [this] {
        if (m_columns == defaultAssetColumns())
            return;
        m_columns = defaultAssetColumns();
        updateStates();
        Q_EMIT columnsChosen(m_columns);
    });
}

void ColumnChooser::updateStates() {
    const QList<AssetColumn> all = allAssetColumns();
    for (qsizetype i = 0; i < m_actions.size() && i < all.size(); ++i) {
        const AssetColumn column = all.at(i);
        m_actions.at(i)->setChecked(m_columns.contains(column));
        // The last column cannot go: a table without columns shows nothing to choose from.
        m_actions.at(i)->setEnabled(!(m_columns.size() == 1 && m_columns.contains(column)));
    }
    m_defaults->setEnabled(m_columns != defaultAssetColumns());
}

} // namespace rz
