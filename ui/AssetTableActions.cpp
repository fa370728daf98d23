// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: rzconsole contributors
#include "ui/AssetTableActions.h"

#include "export/CsvSelection.h"
#include "export/CsvTable.h"
#include "export/TabSeparatedText.h"
#include "models/AssetTableModel.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QFutureWatcher>
#include <QHeaderView>
#include <QIcon>
#include <QItemSelectionModel>
#include <QKeySequence>
#include <QTableView>
#include <QtConcurrentRun>

using namespace Qt::StringLiterals;

namespace rz {

AssetTableActions::AssetTableActions(AssetTableModel *model, QTableView *table, QObject *parent)
    : QObject(parent)
    , m_model(model)
    , m_table(table)
    , m_copy(new QAction(QIcon::fromTheme(u"edit-copy"_s), tr("&Copy"), table))
    , m_exportView(new QAction(QIcon::fromTheme(u"document-save-as"_s), tr("&Export View\u2026"), table)) {
    m_copy->setObjectName(u"copyRowsAction"_s);
    m_copy->setShortcut(QKeySequence::Copy);
    // Only while the table has the focus: Ctrl+C in the search or filter box copies their text as usual.
    m_copy->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_copy->setToolTip(tr("Copy the selected rows as tab-separated text, columns as the table shows them"));
    m_exportView->setObjectName(u"exportViewAction"_s);
    m_exportView->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    m_exportView->setToolTip(tr("Save the rows and columns the table shows to a CSV file (Ctrl+E)"));
    auto *separator = new QAction(table);
    separator->setSeparator(true);
    table->addAction(m_copy);
    table->addAction(m_exportView);
    table->addAction(separator);

    connect(m_copy, &QAction::triggered, this, &AssetTableActions::copySelection);
    connect(m_exportView, &QAction::triggered, this, &AssetTableActions::exportViewRequested);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &AssetTableActions::updateActions);
    connect(m_model, &QAbstractItemModel::modelReset, this, &AssetTableActions::updateActions);
    connect(m_model, &QAbstractItemModel::layoutChanged, this, &AssetTableActions::updateActions);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &AssetTableActions::updateActions);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &AssetTableActions::updateActions);
    updateActions();
}

AssetTableActions::~AssetTableActions() = default;

QAction *AssetTableActions::exportViewAction() const {
    return m_exportView;
}

QAction *AssetTableActions::copyAction() const {
    return m_copy;
}

void AssetTableActions::updateActions() {
    m_exportView->setEnabled(m_model->rowCount() > 0 && m_model->columnCount() > 0);
    m_copy->setEnabled(m_table->selectionModel()->hasSelection());
}

QList<int> AssetTableActions::visibleSections() const {
    const QHeaderView *header = m_table->horizontalHeader();
    QList<int> sections;
    sections.reserve(header->count());
    for (int visual = 0; visual < header->count(); ++visual) {
        const int logical = header->logicalIndex(visual);
        if (logical >= 0 && logical < m_model->columnCount() && !header->isSectionHidden(logical))
            sections.append(logical);
    }
    return sections;
}

std::shared_ptr<const CsvTable> AssetTableActions::viewSnapshot(bool selectedRowsOnly) const {
    if (!selectedRowsOnly)
        return m_model->exportSnapshot(visibleSections());
    return m_model->exportSnapshot(visibleSections(), m_table->selectionModel()->selectedRows());
}

int AssetTableActions::visibleRowCount() const {
    return m_model->rowCount();
}

int AssetTableActions::selectedRowCount() const {
    return int(m_table->selectionModel()->selectedRows().size());
}

bool AssetTableActions::copySelection() {
    const QModelIndexList selected = m_table->selectionModel()->selectedRows();
    if (selected.isEmpty())
        return false;
    const std::shared_ptr<const CsvTable> table = m_model->exportSnapshot(visibleSections(), selected);
    const quint64 ticket = ++m_copyTicket;
    const qsizetype rows = table->rowCount();
    const auto text = [table] { return TabSeparatedText::fromSelection(*table, CsvSelection::all(*table)); };
    if (rows <= directCopyRows) {
        QApplication::clipboard()->setText(text());
        Q_EMIT copyFinished(rows);
        return true;
    }
    // Hundreds of thousands of rows make a text of a hundred megabytes: not on the GUI thread.
    auto *watcher = new QFutureWatcher<QString>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, ticket, rows] {
        watcher->deleteLater();
        if (ticket != m_copyTicket)
            return;
        QApplication::clipboard()->setText(watcher->result());
        Q_EMIT copyFinished(rows);
    });
    watcher->setFuture(QtConcurrent::run(text));
    return true;
}

} // namespace rz
