// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: rzconsole contributors
#pragma once

#include "domain/AssetColumn.h"

#include <QString>
#include <QUrlQuery>

namespace rz {

struct AssetQuery;

// The search= expression for a user search restricted to one site: `(<search>) AND site:"<site>"`, so that an
// OR in the user's search stays grouped. Either part may be empty.
QString assetSearchExpression(const QString &search, const QString &siteName);
// The fields= list: "id" first, then each column's field once, in column order.
QString assetFieldList(const QList<AssetColumn> &columns);
// The query of one request of a paged asset export; `startKey` is empty for the first page.
QUrlQuery assetExportQuery(const AssetQuery &query, const QString &startKey);

} // namespace rz
