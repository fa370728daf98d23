// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: rzconsole contributors
#pragma once

#include <QString>

class QMainWindow;
class QSettings;

namespace rz {

class AssetsPane;

// How the main window looked when it was last closed, kept in the application's QSettings under "window/":
// its geometry, the state of its docks and toolbar, the splitter between the navigator and the assets
// (the QSplitter named "mainSplitter"), and the asset table's column widths by column. Which columns are
// shown, and in which order, is the connection's (InventorySettings), not this. Without settings it keeps
// nothing. A cheap value: it holds the QSettings pointer, which must outlive it.
class WindowLayout final {
public:
    explicit WindowLayout(QSettings *settings);

    // Restores what was saved (a window never saved keeps its defaults); `assets` may be null.
    void restore(QMainWindow &window, AssetsPane *assets) const;
    void save(const QMainWindow &window, const AssetsPane *assets) const;

    static constexpr int StateVersion = 1; // saveState()'s version: raise it when the docks change meaning
    static QString groupName();

private:
    QSettings *m_settings;
};

} // namespace rz
