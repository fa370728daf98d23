// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: rzconsole contributors
#pragma once

#include <QDialog>
#include <QList>
#include <QPointer>

class QAction;
class QTreeWidget;

namespace rz {

// Help ▸ Keyboard Shortcuts: every shortcut of a window, read from the window's actions when the dialog is
// made (so the list cannot fall behind the code): the command, its keys as this platform writes them, and
// the menu it is in.
class KeyboardShortcutsDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(KeyboardShortcutsDialog)
public:
    struct Entry {
        QString command; // the action's text without mnemonics and ellipsis
        QString keys;    // e.g. "Ctrl+F", several separated by ", "
        QString menu;    // the menu holding the action, or empty
        QPointer<QAction> action;
    };

    // Lists the shortcuts of `window` (actions in its menus, toolbars, panes and docks; not of the dialogs
    // open over it).
    explicit KeyboardShortcutsDialog(const QWidget &window, QWidget *parent = nullptr);
    ~KeyboardShortcutsDialog() override;

    // The actions of `window` that have a shortcut, by menu and then by command.
    static QList<Entry> entries(const QWidget &window);
    QList<Entry> shownEntries() const;

private:
    QTreeWidget *m_list;
    QList<Entry> m_entries;
};

} // namespace rz
