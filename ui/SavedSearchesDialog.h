// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: rzconsole contributors
#pragma once

#include <QDialog>

class QLabel;
class QListWidget;
class QListWidgetItem;
class QPushButton;

namespace rz {

class SavedSearches;

// Manages the saved searches: rename one in place (double-click or F2), delete one, or run one.
class SavedSearchesDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SavedSearchesDialog)
public:
    explicit SavedSearchesDialog(SavedSearches *searches, QWidget *parent = nullptr);
    ~SavedSearchesDialog() override;

Q_SIGNALS:
    void runRequested(const QString &query);

private:
    void reload();
    void onItemChanged(QListWidgetItem *item);
    void removeCurrent();
    void runCurrent();
    void updateButtons();

    SavedSearches *m_searches;
    QListWidget *m_list;
    QLabel *m_problem;
    QPushButton *m_rename;
    QPushButton *m_remove;
    QPushButton *m_run;
    bool m_reloading = false;
};

} // namespace rz
