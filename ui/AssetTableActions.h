// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: rzconsole contributors
#pragma once

#include <QList>
#include <QObject>
#include <memory>

class QAction;
class QTableView;

namespace rz {

class AssetTableModel;
class CsvTable;

// What the asset table offers to take its contents elsewhere: "Copy" (Ctrl+C while the table has the focus)
// puts the selected rows on the clipboard as tab-separated text, and "Export View…" (Ctrl+E) asks for the
// CSV export of what the table shows. Both are in the table's context menu; the window also puts "Export
// View…" in its File menu. Both work on the view as the user sees it: the columns in header order (as
// dragged), the rows in the model's visible order (local filter and sort applied).
class AssetTableActions final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AssetTableActions)
public:
    // Adds its actions to `table`'s context menu (which must show the widget's actions). `table` shows
    // `model`.
    AssetTableActions(AssetTableModel *model, QTableView *table, QObject *parent = nullptr);
    ~AssetTableActions() override;

    // Enabled while the table shows rows.
    QAction *exportViewAction() const;
    // Enabled while rows are selected.
    QAction *copyAction() const;

    // The model's sections in the order the header shows them, hidden ones left out.
    QList<int> visibleSections() const;
    // What the table shows, frozen for an export on a worker thread: the visible columns in header order and
    // the visible rows in view order, or only the selected rows (still in view order).
    std::shared_ptr<const CsvTable> viewSnapshot(bool selectedRowsOnly) const;
    int visibleRowCount() const;
    int selectedRowCount() const;

    // Larger selections are copied on a worker thread (see copySelection()).
    static constexpr qsizetype directCopyRows = 20'000;

public Q_SLOTS:
    // Puts the selected rows' cells, in view order, on the clipboard as TabSeparatedText (formula guard on).
    // Returns false when nothing is selected. Up to directCopyRows rows the clipboard holds them when this
    // returns; a larger selection is written out on a worker thread and reaches the clipboard when
    // copyFinished() is emitted (a newer copy supersedes one still under way).
    bool copySelection();

Q_SIGNALS:
    // A copy reached the clipboard: `rows` rows.
    void copyFinished(qsizetype rows);
    // The user asked to export the view to a CSV file.
    void exportViewRequested();

private:
    void updateActions();

    AssetTableModel *m_model;
    QTableView *m_table;
    QAction *m_copy;
    QAction *m_exportView;
    quint64 m_copyTicket = 0; // only the newest copy reaches the clipboard
};

} // namespace rz
