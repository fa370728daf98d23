// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: rzconsole contributors
#include "session/SearchHistory.h"

namespace rz {

SearchHistory::SearchHistory(QObject *parent)
    : QObject(parent) {}

SearchHistory::~SearchHistory() = default;

void SearchHistory::setSettings(const InventorySettings &settings) {
    m_settings = settings;
    m_entries.clear();
    // Whatever was stored, keep the invariants: trimmed, non-empty, unique, bounded.
    const QList<QString> stored = m_settings.searchHistory();
    for (const QString &entry : stored) {
        const QString query = entry.trimmed();
        if (!query.isEmpty() && !m_entries.contains(query) && m_entries.size() < MaxEntries)
            m_entries.append(query);
    }
    Q_EMIT changed();
}

QList<QString> SearchHistory::entries() const {
    return m_entries;
}

void SearchHistory::add(const QString &query) {
    const QString trimmed = query.trimmed();
    if (trimmed.isEmpty())
        return;
    if (!m_entries.isEmpty() && m_entries.constFirst() == trimmed)
        return;
    m_entries.removeAll(trimmed);
    m_entries.prepend(trimmed);
    while (m_entries.size() > MaxEntries)
        m_entries.removeLast();
    store();
    Q_EMIT changed();
}

void SearchHistory::clear() {
    if (m_entries.isEmpty())
        return;
    m_entries.clear();
    store();
    Q_EMIT changed();
}

void SearchHistory::store() {
    m_settings.setSearchHistory(m_entries);
}

} // namespace rz
