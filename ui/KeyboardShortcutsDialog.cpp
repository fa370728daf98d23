// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: rzconsole contributors
#include "ui/KeyboardShortcutsDialog.h"

#include "ui/AccessibleNames.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QKeySequence>
#include <QMenu>
#include <QSet>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace rz {

namespace {

// "&Refresh" -> "Refresh", "Launch Scan…" -> "Launch Scan", "&&" -> "&".
QString plainCommand(const QString &command) {
    QString text = AccessibleNames::withoutMnemonic(command).trimmed();
    if (text.endsWith(u'…'))
        text.chop(1);
    else if (text.endsWith("..."_L1))
        text.chop(3);
    return text.trimmed();
}

// The menu the action is in, if any.
QString menuOf(const QAction &action) {
    const QList<QObject *> owners = action.associatedObjects();
    for (const QObject *owner : owners) {
        if (const auto *menu = qobject_cast<const QMenu *>(owner); menu && !menu->title().isEmpty())
            return plainCommand(menu->title());
    }
    return {};
}

// An action that belongs to a dialog open over the window is not one of the window's.
bool inDialog(const QAction &action) {
    for (const QObject *owner = action.parent(); owner; owner = owner->parent()) {
        if (const auto *widget = qobject_cast<const QWidget *>(owner))
            return qobject_cast<const QDialog *>(widget->window()) != nullptr;
    }
    return false;
}

} // namespace

KeyboardShortcutsDialog::KeyboardShortcutsDialog(const QWidget &window, QWidget *parent)
    : QDialog(parent)
    , m_list(new QTreeWidget(this))
    , m_entries(entries(window)) {
    setObjectName(u"keyboardShortcutsDialog"_s);
    setWindowTitle(tr("Keyboard Shortcuts"));

    m_list->setObjectName(u"shortcutList"_s);
    m_list->setAccessibleName(tr("Keyboard shortcuts"));
    m_list->setRootIsDecorated(false);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setHeaderLabels({tr("Command"), tr("Shortcut"), tr("Menu")});
    for (const Entry &entry : std::as_const(m_entries)) {
        auto *item = new QTreeWidgetItem(m_list, {entry.command, entry.keys, entry.menu});
        if (entry.action && !entry.action->toolTip().isEmpty())
            item->setToolTip(0, entry.action->toolTip());
    }
    m_list->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    if (m_list->topLevelItemCount() > 0)
        m_list->setCurrentItem(m_list->topLevelItem(0));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_list, 1);
    layout->addWidget(buttons);
    const QFontMetrics metrics = fontMetrics();
    resize(70 * metrics.averageCharWidth(), 26 * metrics.lineSpacing());
}

KeyboardShortcutsDialog::~KeyboardShortcutsDialog() = default;

QList<KeyboardShortcutsDialog::Entry> KeyboardShortcutsDialog::entries(const QWidget &window) {
    QList<Entry> found;
    QSet<const QAction *> seen;
    const QList<QAction *> actions = window.findChildren<QAction *>();
    for (QAction *action : actions) {
        if (action->isSeparator() || action->shortcuts().isEmpty() || seen.contains(action) ||
            inDialog(*action))
            continue;
        seen.insert(action);
        QStringList keys;
        const QList<QKeySequence> shortcuts = action->shortcuts();
        for (const QKeySequence &shortcut : shortcuts)
            keys.append(shortcut.toString(QKeySequence::NativeText));
        found.append({plainCommand(action->text()), keys.join(", "_L1), menuOf(*action), action});
    }
    std::stable_sort(found.begin(), found.end(), [](const Entry &a, const Entry &b) {
        if (a.menu != b.menu)
            return a.menu.localeAwareCompare(b.menu) < 0;
        return a.command.localeAwareCompare(b.command) < 0;
    });
    return found;
}

QList<KeyboardShortcutsDialog::Entry> KeyboardShortcutsDialog::shownEntries() const {
    return m_entries;
}

} // namespace rz
