// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: rzconsole contributors
#pragma once

#include "domain/ApiError.h"
#include "domain/AssetDetail.h"

#include <QByteArrayView>
#include <QString>

namespace rz::json {

// One full asset from either answer that can carry it: the object of GET /org/assets/{id}, or the array (or
// {"assets": [...]} page) of an export searched with id:<assetId>. From a list, the entry whose id is
// `assetId` is taken (ignoring letter case); a list without it is Kind::NotFound. Lenient like the other
// parsers: null, a wrong type or an unknown field never fails the asset, it only leaves a value empty.
// Parses with QJsonDocument; an asset of about 1 MB takes milliseconds, so call it off the GUI thread.
Result<AssetDetail> parseAssetDetail(QByteArrayView body, const QString &assetId);

// A readable product from runZero's service "product" value: tab-separated "Vendor:Product:Version" entries
// become "Product Version", duplicates dropped ("NGINX:nginx:1.20.2\tnginx:nginx:1.20.2" -> "nginx 1.20.2").
QString readableProduct(const QString &product);

} // namespace rz::json
