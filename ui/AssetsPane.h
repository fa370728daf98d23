// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: rzconsole contributors
#pragma once

#include "domain/AssetColumn.h"

#include <QList>
#include <QMap>
#include <QWidget>

class QAction;
class QLabel;
class QLineEdit;
class QStackedWidget;
class QTableView;
class QToolButton;

namespace rz {

class AssetTableActions;
class AssetTableModel;
class ColumnChooser;
class ErrorBanner;
class InventorySettings;
class SearchBar;

// The right side of the main window: an error banner, the server-side search, an instant filter over the
// loaded rows with the column chooser, and the asset table (sorted by clicking a header, columns reordered by
// dragging one), or a short explanation in place of the table while nothing is loaded.
class AssetsPane final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AssetsPane)
public:
    explicit AssetsPane(AssetTableModel *model, QWidget *parent = nullptr);
    ~AssetsPane() override;

    // Shown instead of the table while the model has no rows.
    void setPlaceholderText(const QString &text);
    void showError(const QString &message);
    void hideError();

    QTableView *tableView() const;
    // "Scan Selected Assets…" in the table's context menu, enabled while rows are selected and the
    // addresses column is shown.
    QAction *scanAssetsAction() const;
    // "Copy" and "Export View…" of the table (also in its context menu).
    AssetTableActions *tableActions() const;
    SearchBar *searchBar() const;
    QLineEdit *filterEdit() const;
    ColumnChooser *columnChooser() const;
    // Loads the search history and saved searches of a connection.
    void setSettings(const InventorySettings &settings);
    // Shows the query that the rows answer (e.g. when the window opens).
    void setSearchText(const QString &query);

    // Window-wide shortcuts: Ctrl+F focuses the search, Ctrl+Shift+F the filter; "Columns" opens the chooser.
    QAction *focusSearchAction() const;
    QAction *focusFilterAction() const;
    QAction *chooseColumnsAction() const;

    // The columns in the order the header shows them (dragging a header section changes it).
    QList<AssetColumn> visibleColumnOrder() const;
    // Widths by column, kept between runs by the window: a column with a kept width is shown with it instead
    // of one fitted to its content. Only widths set by hand are kept (those restored, and sections the user
    // resized since, not the stretched last one); widths the pane chose itself are chosen again next time.
    QMap<AssetColumn, int> columnWidths() const;
    void setColumnWidths(const QMap<AssetColumn, int> &widths);

Q_SIGNALS:
    void retryRequested();
    // The user asked to scan the selected assets: all their addresses, and the site of each.
    void scanAssetsRequested(const QStringList &addresses, const QStringList &siteNames);
    // Enter in the search box (or a history or saved entry): run `query` on the console.
    void searchRequested(const QString &query);
    // The user chose other columns or another order, in display order.
    void columnsChosen(const QList<rz::AssetColumn> &columns);
    // The asset of the table's current row (empty when there is none).
    void currentAssetChanged(const QString &assetId);

private:
    void updatePage();
    void updateFilterCount();
    void updateCurrentAsset();
    void syncSortIndicator();
    void applyColumnWidths();
    void fitColumnsToFirstRows();
    void restoreLogicalOrder();

    AssetTableModel *m_model;
    ErrorBanner *m_banner;
    SearchBar *m_search;
    QLineEdit *m_filter;
    QLabel *m_filterCount;
    ColumnChooser *m_chooser;
    QToolButton *m_columnsButton;
    QAction *m_focusSearch;
    QAction *m_focusFilter;
    QAction *m_chooseColumns;
    QStackedWidget *m_stack;
    QLabel *m_placeholder;
    QTableView *m_table;
    QString m_currentAssetId;
    QList<AssetColumn> m_sizedColumns; // the columns the widths were last chosen for
    bool m_fitToContent = false;       // the first rows for m_sizedColumns are still to come
    bool m_restoringOrder = false;
    bool m_sizingColumns = false; // the pane (or a model reset), not the user, sets section widths
    QMap<AssetColumn, int> m_keptWidths;
    QAction *m_scanAssets = nullptr;
    AssetTableActions *m_tableActions = nullptr;
};

} // namespace rz
