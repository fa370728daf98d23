// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: rzconsole contributors
#include "ui/SearchBar.h"

#include "session/InventorySettings.h"
#include "session/SavedSearches.h"
#include "session/SearchHistory.h"
#include "ui/SavedSearchesDialog.h"
#include "ui/SearchSyntaxHelp.h"

#include <QAction>
#include <QCompleter>
#include <QHBoxLayout>
#include <QIcon>
#include <QInputDialog>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QStringListModel>
#include <QStyle>
#include <QToolButton>

using namespace Qt::StringLiterals;

namespace rz {

namespace {

// Menu texts show '&' literally and stay short; the whole query is in the tooltip.
QString menuText(const QString &text) {
    QString shown = text.simplified();
    if (shown.size() > 60)
        shown = shown.left(59) + u'…';
    return shown.replace(u'&', "&&"_L1);
}

QToolButton *menuButton(const QString &text, const QString &objectName, QMenu *menu, QWidget *parent) {
    auto *button = new QToolButton(parent);
    button->setObjectName(objectName);
    button->setText(text);
    button->setMenu(menu);
    button->setPopupMode(QToolButton::InstantPopup);
    button->setToolButtonStyle(Qt::ToolButtonTextOnly);
    button->setAutoRaise(true);
    return button;
}

} // namespace

SearchBar::SearchBar(QWidget *parent)
    : QWidget(parent)
    , m_history(new SearchHistory(this))
    , m_saved(new SavedSearches(this))
    , m_edit(new QLineEdit(this))
    , m_runButton(new QToolButton(this))
    , m_historyMenu(new QMenu(this))
    , m_savedMenu(new QMenu(this))
    , m_completions(new QStringListModel(this))
    , m_completer(new QCompleter(m_completions, this)) {
    setObjectName(u"searchBar"_s);
    m_edit->setObjectName(u"searchEdit"_s);
    m_edit->setPlaceholderText(tr("Search the console (Ctrl+F), e.g. os:linux alive:true"));
    m_edit->setClearButtonEnabled(true);
    m_edit->setAccessibleName(tr("Search query"));
    m_edit->setToolTip(tr("A runZero query, run on the console over every asset of the selection. "
                          "Empty shows all assets. Click ? for the syntax."));
    m_edit->addAction(
        QIcon::fromTheme(u"edit-find"_s, style()->standardIcon(QStyle::SP_FileDialogContentsView)),
        QLineEdit::LeadingPosition);

    // Earlier queries complete what is typed, wherever the typed text occurs in them.
    m_completer->setCaseSensitivity(Qt::CaseInsensitive);
    m_completer->setFilterMode(Qt::MatchContains);
    m_completer->setCompletionMode(QCompleter::PopupCompletion);
    m_edit->setCompleter(m_completer);

    m_runButton->setObjectName(u"runSearchButton"_s);
    m_runButton->setText(tr("Search"));
    m_runButton->setToolTip(tr("Run the query on the console (Enter)"));
    m_runButton->setAutoRaise(true);

    m_historyMenu->setObjectName(u"searchHistoryMenu"_s);
    m_historyMenu->setToolTipsVisible(true);
    m_savedMenu->setObjectName(u"savedSearchesMenu"_s);
    m_savedMenu->setToolTipsVisible(true);
    m_historyButton = menuButton(tr("History"), u"searchHistoryButton"_s, m_historyMenu, this);
    m_historyButton->setToolTip(tr("Searches run before, most recent first"));
    m_savedButton = menuButton(tr("Saved"), u"savedSearchesButton"_s, m_savedMenu, this);
    m_savedButton->setToolTip(tr("Run, save or manage named searches"));
    m_helpButton = new QToolButton(this);
    m_helpButton->setObjectName(u"searchHelpButton"_s);
    m_helpButton->setText(tr("?"));
    m_helpButton->setToolTip(tr("Search syntax and examples"));
    m_helpButton->setAccessibleName(tr("Search syntax"));
    m_helpButton->setAutoRaise(true);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(m_edit, 1);
    layout->addWidget(m_runButton);
    layout->addWidget(m_historyButton);
    layout->addWidget(m_savedButton);
    layout->addWidget(m_helpButton);

    connect(m_edit, &QLineEdit::returnPressed, this, &SearchBar::run);
    connect(m_runButton, &QToolButton::clicked, this, &SearchBar::run);
    connect(m_helpButton, &QToolButton::clicked, this, &SearchBar::showSyntaxHelp);
    connect(m_historyMenu, &QMenu::aboutToShow, this, &SearchBar::fillHistoryMenu);
    connect(m_savedMenu, &QMenu::aboutToShow, this, &SearchBar::fillSavedMenu);
    connect(m_history, &SearchHistory::changed, this, [this] {
        m_completions->setStringList(m_history->entries());
        m_historyButton->setEnabled(!m_history->entries().isEmpty());
    });
    m_historyButton->setEnabled(false);
    fillHistoryMenu();
    fillSavedMenu();
}

SearchBar::~SearchBar() = default;

void SearchBar::setSettings(const InventorySettings &settings) {
    m_history->setSettings(settings);
    m_saved->setSettings(settings);
}

SearchHistory *SearchBar::history() const {
    return m_history;
}

SavedSearches *SearchBar::savedSearches() const {
    return m_saved;
}

QLineEdit *SearchBar::lineEdit() const {
    return m_edit;
}

QString SearchBar::text() const {
    return m_edit->text();
}

void SearchBar::setText(const QString &query) {
    m_edit->setText(query);
}

void SearchBar::focusSearch() {
    m_edit->setFocus(Qt::ShortcutFocusReason);
    m_edit->selectAll();
}

void SearchBar::run() {
    runQuery(m_edit->text());
}

void SearchBar::runQuery(const QString &query) {
    const QString trimmed = query.trimmed();
    if (m_edit->text() != query)
        m_edit->setText(query);
    m_history->add(trimmed);
    Q_EMIT searchRequested(trimmed);
}

void SearchBar::showSyntaxHelp() {
    if (!m_help) {
        m_help = new SearchSyntaxHelp(this);
        connect(m_help, &SearchSyntaxHelp::exampleChosen, this, [this](const QString &query) {
            m_edit->setText(query);
            m_edit->setFocus(Qt::OtherFocusReason);
        });
    }
    m_help->popUpBelow(m_helpButton);
}

void SearchBar::saveCurrentSearch() {
    const QString query = m_edit->text().trimmed();
    if (query.isEmpty()) {
        QMessageBox::information(this, tr("Save Search"),
                                 SavedSearches::problemText(SavedSearches::Problem::EmptyQuery));
        return;
    }
    bool ok = false;
    const QString name = QInputDialog::getText(this, tr("Save Search"), tr("Name for “%1”:").arg(query),
                                               QLineEdit::Normal, QString(), &ok)
                             .trimmed();
    if (!ok)
        return;
    if (m_saved->contains(name) &&
        QMessageBox::question(this, tr("Save Search"),
                              tr("A saved search named “%1” exists. Replace its query?").arg(name)) !=
            QMessageBox::Yes)
        return;
    const SavedSearches::Problem problem = m_saved->save(name, query);
    if (problem != SavedSearches::Problem::None)
        QMessageBox::warning(this, tr("Save Search"), SavedSearches::problemText(problem));
}

void SearchBar::manageSavedSearches() {
    auto *dialog = new SavedSearchesDialog(m_saved, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &SavedSearchesDialog::runRequested, this, &SearchBar::runQuery);
    dialog->open();
}

void SearchBar::fillHistoryMenu() {
    m_historyMenu->clear();
    const QList<QString> entries = m_history->entries();
    for (const QString &query : entries) {
        QAction *action = m_historyMenu->addAction(menuText(query));
        action->setToolTip(query);
        connect(action, &QAction::triggered, this, [this, query] { runQuery(query); });
    }
    if (entries.isEmpty())
        m_historyMenu->addAction(tr("No searches yet"))->setEnabled(false);
    m_historyMenu->addSeparator();
    QAction *clear = m_historyMenu->addAction(tr("Clear History"));
    clear->setObjectName(u"clearSearchHistoryAction"_s);
    clear->setEnabled(!entries.isEmpty());
    connect(clear, &QAction::triggered, m_history, &SearchHistory::clear);
}

void SearchBar::fillSavedMenu() {
    m_savedMenu->clear();
    const QList<SavedSearch> searches = m_saved->searches();
    for (const SavedSearch &search : searches) {
        QAction *action = m_savedMenu->addAction(menuText(search.name));
        action->setToolTip(search.query);
        const QString query = search.query;
        connect(action, &QAction::triggered, this, [this, query] { runQuery(query); });
    }
    if (searches.isEmpty())
        m_savedMenu->addAction(tr("No saved searches"))->setEnabled(false);
    m_savedMenu->addSeparator();
    QAction *save = m_savedMenu->addAction(tr("Save Current Search…"));
    save->setObjectName(u"saveSearchAction"_s);
    connect(save, &QAction::triggered, this, &SearchBar::saveCurrentSearch);
    QAction *manage = m_savedMenu->addAction(tr("Manage Saved Searches…"));
    manage->setObjectName(u"manageSavedSearchesAction"_s);
    manage->setEnabled(!searches.isEmpty());
    connect(manage, &QAction::triggered, this, &SearchBar::manageSavedSearches);
}

} // namespace rz
