// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: rzconsole contributors
#include "ui/HelpMenu.h"

#include "ui/AboutDialog.h"
#include "ui/KeyboardShortcutsDialog.h"
#include "ui/SearchBar.h"

#include <QAction>
#include <QApplication>
#include <QIcon>
#include <QKeySequence>

using namespace Qt::StringLiterals;

namespace rz {

namespace {

template<class Dialog> void bringToFront(Dialog *dialog) {
    dialog->raise();
    dialog->activateWindow();
}

} // namespace

HelpMenu::HelpMenu(QWidget *window, SearchBar *search)
    : QMenu(tr("&Help"), window)
    , m_window(window)
    , m_searchSyntax(new QAction(QIcon::fromTheme(u"help-contents"_s), tr("&Search Syntax"), this))
    , m_shortcuts(new QAction(tr("&Keyboard Shortcuts"), this))
    , m_about(new QAction(QIcon::fromTheme(u"help-about"_s), tr("&About rzconsole"), this))
    , m_aboutQt(new QAction(tr("About &Qt"), this)) {
    setObjectName(u"helpMenu"_s);

    m_searchSyntax->setObjectName(u"searchSyntaxAction"_s);
    m_searchSyntax->setShortcut(QKeySequence::HelpContents);
    m_searchSyntax->setToolTip(tr("The query syntax of the search box, with examples (F1)"));
    connect(m_searchSyntax, &QAction::triggered, search, &SearchBar::showSyntaxHelp);

    m_shortcuts->setObjectName(u"keyboardShortcutsAction"_s);
    m_shortcuts->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Slash));
    connect(m_shortcuts, &QAction::triggered, this, &HelpMenu::showKeyboardShortcuts);

    m_about->setObjectName(u"aboutAction"_s);
    m_about->setMenuRole(QAction::AboutRole);
    connect(m_about, &QAction::triggered, this, &HelpMenu::showAbout);

    m_aboutQt->setObjectName(u"aboutQtAction"_s);
    m_aboutQt->setMenuRole(QAction::AboutQtRole);
    connect(m_aboutQt, &QAction::triggered, this, [] { QApplication::aboutQt(); });

    addAction(m_searchSyntax);
    addAction(m_shortcuts);
    addSeparator();
    addAction(m_about);
    addAction(m_aboutQt);
    // Window-wide, also while the menu bar is hidden.
    window->addAction(m_searchSyntax);
    window->addAction(m_shortcuts);
}

HelpMenu::~HelpMenu() = default;

QAction *HelpMenu::searchSyntaxAction() const {
    return m_searchSyntax;
}

QAction *HelpMenu::keyboardShortcutsAction() const {
    return m_shortcuts;
}

QAction *HelpMenu::aboutAction() const {
    return m_about;
}

QAction *HelpMenu::aboutQtAction() const {
    return m_aboutQt;
}

KeyboardShortcutsDialog *HelpMenu::keyboardShortcutsDialog() const {
    return m_shortcutsDialog.data();
}

AboutDialog *HelpMenu::aboutDialog() const {
    return m_aboutDialog.data();
}

void HelpMenu::showKeyboardShortcuts() {
    if (m_shortcutsDialog) {
        bringToFront(m_shortcutsDialog.data());
        return;
    }
    // Made afresh each time, so it lists the actions as they are now.
    auto *dialog = new KeyboardShortcutsDialog(*m_window, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_shortcutsDialog = dialog;
    dialog->show();
}

void HelpMenu::showAbout() {
    if (m_aboutDialog) {
        bringToFront(m_aboutDialog.data());
        return;
    }
    auto *dialog = new AboutDialog(m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_aboutDialog = dialog;
    dialog->open();
}

} // namespace rz
