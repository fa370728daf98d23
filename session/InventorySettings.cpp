// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: rzconsole contributors
#include "session/InventorySettings.h"

#include <QSettings>
#include <QStringList>

using namespace Qt::StringLiterals;

namespace rz {

namespace {

// A settings key segment for an id: as it is when it is plain, else hex, so that '/', '\' or braces in an id
// can never address another key.
QString keySegment(const QString &id) {
    if (id.isEmpty())
        return u"_"_s;
    const bool plain = std::all_of(id.cbegin(), id.cend(), [](QChar c) {
        return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9') ||
               c == u'-' || c == u'_';
    });
    return plain ? id : u"x"_s + QString::fromLatin1(id.toUtf8().toHex());
}

} // namespace

InventorySettings::InventorySettings(QSettings *settings, QString connectionId)
    : m_settings(settings)
    , m_group(u"inventory/"_s + keySegment(connectionId)) {}

bool InventorySettings::isPersistent() const {
    return m_settings != nullptr;
}

QString InventorySettings::key(const QString &name) const {
    return m_group + u'/' + name;
}

QString InventorySettings::lastOrganizationId() const {
    return m_settings ? m_settings->value(key(u"organization"_s)).toString() : QString();
}

void InventorySettings::setLastOrganizationId(const QString &organizationId) {
    if (m_settings)
        m_settings->setValue(key(u"organization"_s), organizationId);
}

QString InventorySettings::lastSiteId(const QString &organizationId) const {
    return m_settings ? m_settings->value(key(u"sites/"_s + keySegment(organizationId))).toString()
                      : QString();
}

void InventorySettings::setLastSiteId(const QString &organizationId, const QString &siteId) {
    if (m_settings)
        m_settings->setValue(key(u"sites/"_s + keySegment(organizationId)), siteId);
}

std::optional<QList<AssetColumn>> InventorySettings::columns() const {
    if (!m_settings || !m_settings->contains(key(u"columns"_s)))
        return std::nullopt;
    // Stored by field name, so that a new column or a changed enum order never scrambles a saved choice.
    const QStringList fields = m_settings->value(key(u"columns"_s)).toStringList();
    QList<AssetColumn> columns;
    for (const QString &field : fields) {
        const QByteArray latin = field.toLatin1();
        const std::optional<AssetColumn> column = assetColumnFromField(QLatin1StringView(latin));
        if (column && !columns.contains(*column))
            columns.append(*column);
    }
    if (columns.isEmpty())
        return std::nullopt;
    return columns;
}

void InventorySettings::setColumns(const QList<AssetColumn> &columns) {
    if (!m_settings)
        return;
    QStringList fields;
    for (const AssetColumn column : columns)
        fields.append(QString(assetColumnInfo(column).field));
    m_settings->setValue(key(u"columns"_s), fields);
}

QList<QString> InventorySettings::searchHistory() const {
    if (!m_settings)
        return {};
    return m_settings->value(key(u"searchHistory"_s)).toStringList();
}

void InventorySettings::setSearchHistory(const QList<QString> &history) {
    if (m_settings)
        m_settings->setValue(key(u"searchHistory"_s), QStringList(history));
}

QList<SavedSearch> InventorySettings::savedSearches() const {
    QList<SavedSearch> searches;
    if (!m_settings)
        return searches;
    m_settings->beginGroup(m_group);
    const int count = m_settings->beginReadArray(u"savedSearches"_s);
    for (int i = 0; i < count; ++i) {
        m_settings->setArrayIndex(i);
        SavedSearch search{m_settings->value(u"name"_s).toString(), m_settings->value(u"query"_s).toString()};
        if (!search.name.isEmpty())
            searches.append(search);
    }
    m_settings->endArray();
    m_settings->endGroup();
    return searches;
}

void InventorySettings::setSavedSearches(const QList<SavedSearch> &searches) {
    if (!m_settings)
        return;
    m_settings->beginGroup(m_group);
    m_settings->remove(u"savedSearches"_s);
    m_settings->beginWriteArray(u"savedSearches"_s, int(searches.size()));
    for (int i = 0; i < searches.size(); ++i) {
        m_settings->setArrayIndex(i);
        m_settings->setValue(u"name"_s, searches.at(i).name);
        m_settings->setValue(u"query"_s, searches.at(i).query);
    }
    m_settings->endArray();
    m_settings->endGroup();
}

} // namespace rz
