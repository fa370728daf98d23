// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: rzconsole contributors
#include "session/SavedSearches.h"

#include <algorithm>

namespace rz {

SavedSearches::SavedSearches(QObject *parent)
    : QObject(parent) {}

SavedSearches::~SavedSearches() = default;

void SavedSearches::setSettings(const InventorySettings &settings) {
    m_settings = settings;
    m_searches.clear();
    const QList<SavedSearch> stored = m_settings.savedSearches();
    for (const SavedSearch &search : stored) {
        const SavedSearch cleaned{search.name.trimmed(), search.query.trimmed()};
        if (!cleaned.name.isEmpty() && !cleaned.query.isEmpty() && indexOf(cleaned.name) < 0)
            m_searches.append(cleaned);
    }
    std::sort(m_searches.begin(), m_searches.end(), [](const SavedSearch &a, const SavedSearch &b) {
        return a.name.localeAwareCompare(b.name) < 0;
    });
    Q_EMIT changed();
}

QList<SavedSearch> SavedSearches::searches() const {
    return m_searches;
}

QString SavedSearches::query(const QString &name) const {
    const qsizetype index = indexOf(name);
    return index >= 0 ? m_searches.at(index).query : QString();
}

bool SavedSearches::contains(const QString &name) const {
    return indexOf(name) >= 0;
}

SavedSearches::Problem SavedSearches::save(const QString &name, const QString &query) {
    const QString cleanName = name.trimmed();
    const QString cleanQuery = query.trimmed();
    if (cleanName.isEmpty())
        return Problem::EmptyName;
    if (cleanQuery.isEmpty())
        return Problem::EmptyQuery;
    const qsizetype index = indexOf(cleanName);
    if (index >= 0)
        m_searches[index] = SavedSearch{cleanName, cleanQuery};
    else
        m_searches.append(SavedSearch{cleanName, cleanQuery});
    sortAndStore();
    return Problem::None;
}

SavedSearches::Problem SavedSearches::rename(const QString &name, const QString &newName) {
    const qsizetype index = indexOf(name);
    if (index < 0)
        return Problem::NotFound;
    const QString cleanName = newName.trimmed();
    if (cleanName.isEmpty())
        return Problem::EmptyName;
    const qsizetype clash = indexOf(cleanName);
    if (clash >= 0 && clash != index)
        return Problem::NameTaken;
    if (m_searches.at(index).name == cleanName)
        return Problem::None;
    m_searches[index].name = cleanName;
    sortAndStore();
    return Problem::None;
}

SavedSearches::Problem SavedSearches::remove(const QString &name) {
    const qsizetype index = indexOf(name);
    if (index < 0)
        return Problem::NotFound;
    m_searches.removeAt(index);
    sortAndStore();
    return Problem::None;
}

QString SavedSearches::problemText(Problem problem) {
    switch (problem) {
    case Problem::None:
        return {};
    case Problem::EmptyName:
        return tr("A saved search needs a name.");
    case Problem::EmptyQuery:
        return tr("There is no search to save. Type a query first.");
    case Problem::NameTaken:
        return tr("Another saved search already has this name.");
    case Problem::NotFound:
        return tr("There is no saved search with this name.");
    }
    return {};
}

qsizetype SavedSearches::indexOf(const QString &name) const {
    const QString wanted = name.trimmed();
    for (qsizetype i = 0; i < m_searches.size(); ++i) {
        if (m_searches.at(i).name.compare(wanted, Qt::CaseInsensitive) == 0)
            return i;
    }
    return -1;
}

void SavedSearches::sortAndStore() {
    std::sort(m_searches.begin(), m_searches.end(), [](const SavedSearch &a, const SavedSearch &b) {
        return a.name.localeAwareCompare(b.name) < 0;
    });
    m_settings.setSavedSearches(m_searches);
    Q_EMIT changed();
}

} // namespace rz
