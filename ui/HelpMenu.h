// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: rzconsole contributors
#pragma once

#include <QMenu>
#include <QPointer>

namespace rz {

class AboutDialog;
class KeyboardShortcutsDialog;
class SearchBar;

// The Help menu of the main window: the search syntax reference (F1; the search bar's own popup), the
// keyboard shortcuts (listed from the window's actions), About rzconsole and About Qt.
class HelpMenu final : public QMenu {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HelpMenu)
public:
    // `window` is the window whose shortcuts are listed and over which the dialogs open; `search` shows
    // the syntax reference. Both must outlive the menu (the window normally owns it).
    HelpMenu(QWidget *window, SearchBar *search);
    ~HelpMenu() override;

    QAction *searchSyntaxAction() const;
    QAction *keyboardShortcutsAction() const;
    QAction *aboutAction() const;
    QAction *aboutQtAction() const;

    // The dialogs while they are open (null otherwise).
    KeyboardShortcutsDialog *keyboardShortcutsDialog() const;
    AboutDialog *aboutDialog() const;

    void showKeyboardShortcuts();
    void showAbout();

private:
    QWidget *m_window;
    QAction *m_searchSyntax;
    QAction *m_shortcuts;
    QAction *m_about;
    QAction *m_aboutQt;
    QPointer<KeyboardShortcutsDialog> m_shortcutsDialog;
    QPointer<AboutDialog> m_aboutDialog;
};

} // namespace rz
