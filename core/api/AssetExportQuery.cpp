// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: rzconsole contributors
#include "api/AssetExportQuery.h"

#include "api/ApiClient.h"
#include "api/ApiTransport.h"

#include <QStringList>

using namespace Qt::StringLiterals;

namespace rz {

QString assetSearchExpression(const QString &search, const QString &siteName) {
    QString userSearch = search.trimmed();
    if (siteName.isEmpty())
        return userSearch;
    QString escaped = siteName;
    escaped.replace(u'\\', "\\\\"_L1).replace(u'"', "\\\""_L1);
    QString siteTerm = u"site:\""_s + escaped + u'"';
    if (userSearch.isEmpty())
        return siteTerm;
    return u'(' + userSearch + u") AND "_s + siteTerm;
}

QString assetFieldList(const QList<AssetColumn> &columns) {
    QStringList fields{u"id"_s};
    for (const AssetColumn column : columns) {
        const QString field(assetColumnInfo(column).field);
        if (!fields.contains(field))
            fields.append(field);
    }
    return fields.join(u',');
}

QUrlQuery assetExportQuery(const AssetQuery &query, const QString &startKey) {
    QUrlQuery urlQuery;
    ApiTransport::addQueryValue(urlQuery, u"page_size"_s, QString::number(std::max(1, query.pageSize)));
    ApiTransport::addQueryValue(urlQuery, u"fields"_s, assetFieldList(query.columns));
    const QString search = assetSearchExpression(query.search, query.siteName);
    if (!search.isEmpty())
        ApiTransport::addQueryValue(urlQuery, u"search"_s, search);
    if (!startKey.isEmpty())
        ApiTransport::addQueryValue(urlQuery, u"start_key"_s, startKey);
    return urlQuery;
}

} // namespace rz
