// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: rzconsole contributors
#pragma once

#include "domain/AssetColumn.h"

#include <QList>
#include <QString>
#include <optional>

class QSettings;

namespace rz {

// A named search the analyst keeps.
struct SavedSearch {
    QString name;
    QString query;
    friend bool operator==(const SavedSearch &, const SavedSearch &) = default;
};

// What the inventory screen remembers for one connection, in the QSettings it is given (under
// "inventory/<connection id>"): the organization and site chosen last, the columns, the search history and
// the saved searches. Without settings (the demo) it remembers nothing and every getter returns its default.
// A cheap value: it holds the QSettings pointer, which must outlive it.
class InventorySettings final {
public:
    InventorySettings() = default;
    InventorySettings(QSettings *settings, QString connectionId);

    bool isPersistent() const;

    QString lastOrganizationId() const;
    void setLastOrganizationId(const QString &organizationId);
    // Empty for "All sites" or when none was chosen in that organization.
    QString lastSiteId(const QString &organizationId) const;
    void setLastSiteId(const QString &organizationId, const QString &siteId);

    // nullopt when none were chosen (use defaultAssetColumns()).
    std::optional<QList<AssetColumn>> columns() const;
    void setColumns(const QList<AssetColumn> &columns);

    QList<QString> searchHistory() const;
    void setSearchHistory(const QList<QString> &history);

    QList<SavedSearch> savedSearches() const;
    void setSavedSearches(const QList<SavedSearch> &searches);

private:
    QString key(const QString &name) const;

    QSettings *m_settings = nullptr;
    QString m_group;
};

} // namespace rz
