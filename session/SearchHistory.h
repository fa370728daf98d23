// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: rzconsole contributors
#pragma once

#include "session/InventorySettings.h"

#include <QList>
#include <QObject>
#include <QString>

namespace rz {

// The searches the analyst ran, most recent first, each once, at most MaxEntries; kept in the
// InventorySettings it is given (in memory only without persistent settings).
class SearchHistory final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SearchHistory)
public:
    static constexpr int MaxEntries = 30;

    explicit SearchHistory(QObject *parent = nullptr);
    ~SearchHistory() override;

    // Replaces the entries with those stored in `settings`, and stores later changes there.
    void setSettings(const InventorySettings &settings);

    QList<QString> entries() const;
    // Puts `query` (trimmed) first, removing an earlier identical entry; an empty query is ignored.
    void add(const QString &query);
    void clear();

Q_SIGNALS:
    void changed();

private:
    void store();

    InventorySettings m_settings;
    QList<QString> m_entries;
};

} // namespace rz
