// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: rzconsole contributors
#pragma once

#include "session/InventorySettings.h"

#include <QList>
#include <QObject>
#include <QString>

namespace rz {

// The analyst's named searches for one connection, ordered by name; names are unique ignoring letter case.
// Kept in the InventorySettings it is given (in memory only without persistent settings).
class SavedSearches final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SavedSearches)
public:
    enum class Problem { None, EmptyName, EmptyQuery, NameTaken, NotFound };

    explicit SavedSearches(QObject *parent = nullptr);
    ~SavedSearches() override;

    // Replaces the searches with those stored in `settings`, and stores later changes there.
    void setSettings(const InventorySettings &settings);

    QList<SavedSearch> searches() const;
    // The query saved under `name` (any letter case), or an empty string.
    QString query(const QString &name) const;
    bool contains(const QString &name) const;

    // Saves `query` under `name`, replacing the query of a search with that name.
    Problem save(const QString &name, const QString &query);
    Problem rename(const QString &name, const QString &newName);
    Problem remove(const QString &name);

    // A translated sentence for a problem (empty for None).
    static QString problemText(Problem problem);

Q_SIGNALS:
    void changed();

private:
    qsizetype indexOf(const QString &name) const;
    void sortAndStore();

    InventorySettings m_settings;
    QList<SavedSearch> m_searches;
};

} // namespace rz
