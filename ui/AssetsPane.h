// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: rzconsole contributors
#pragma once

#include "domain/AssetColumn.h"

#include <QList>
#include <QWidget>

class QLabel;
class QStackedWidget;
class QTableView;

namespace rz {

class AssetTableModel;
class ErrorBanner;

// The right side of the main window: an error banner over the asset table, or a short explanation in place
// of the table while it has no rows.
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

Q_SIGNALS:
    void retryRequested();

private:
    void updatePage();
    void applyColumnWidths();
    void fitColumnsToFirstRows();

    AssetTableModel *m_model;
    ErrorBanner *m_banner;
    QStackedWidget *m_stack;
    QLabel *m_placeholder;
    QTableView *m_table;
    QList<AssetColumn> m_sizedColumns; // the columns the widths were last chosen for
    bool m_fitToContent = false;       // the first rows for m_sizedColumns are still to come
};

} // namespace rz
