// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: rzconsole contributors
#pragma once

#include <QWidget>

class QCompleter;
class QLineEdit;
class QMenu;
class QStringListModel;
class QToolButton;

namespace rz {

class InventorySettings;
class SavedSearches;
class SearchHistory;
class SearchSyntaxHelp;

// The server-side search: a box for a runZero query (Enter runs it on the console), the history of queries
// run (most recent first), the saved searches, and a popup explaining the query syntax.
class SearchBar final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SearchBar)
public:
    explicit SearchBar(QWidget *parent = nullptr);
    ~SearchBar() override;

    // Loads the history and saved searches of a connection and keeps them there.
    void setSettings(const InventorySettings &settings);

    SearchHistory *history() const;
    SavedSearches *savedSearches() const;
    QLineEdit *lineEdit() const;

    QString text() const;
    void setText(const QString &query);
    // Puts the cursor in the box with its text selected, ready to type over.
    void focusSearch();
    // Runs the text in the box, as Enter does.
    void run();
    void showSyntaxHelp();
    // Asks for a name and saves the query in the box under it.
    void saveCurrentSearch();
    void manageSavedSearches();

Q_SIGNALS:
    // The query (trimmed; empty for all assets) should run on the console.
    void searchRequested(const QString &query);

private:
    void runQuery(const QString &query);
    void fillHistoryMenu();
    void fillSavedMenu();

    SearchHistory *m_history;
    SavedSearches *m_saved;
    QLineEdit *m_edit;
    QToolButton *m_runButton;
    QToolButton *m_historyButton;
    QToolButton *m_savedButton;
    QToolButton *m_helpButton;
    QMenu *m_historyMenu;
    QMenu *m_savedMenu;
    QStringListModel *m_completions;
    QCompleter *m_completer;
    SearchSyntaxHelp *m_help = nullptr; // made when first shown
};

} // namespace rz
