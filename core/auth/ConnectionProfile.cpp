// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: rzconsole contributors
#include "auth/ConnectionProfile.h"

using namespace Qt::StringLiterals;

namespace rz {

QUrl ConnectionProfile::defaultBaseUrl() {
    return QUrl(u"https://console.runzero.com/api/v1.0"_s);
}

QUrl ConnectionProfile::parseBaseUrl(const QString &text) {
    QUrl url(text.trimmed(), QUrl::StrictMode);
    if (!url.isValid())
        return url;
    QString path = url.path();
    while (path.endsWith(u'/'))
        path.chop(1);
    url.setPath(path);
    return url;
}

QString ConnectionProfile::secretKey() const {
    if (id.isNull())
        return {};
    return u"connection/"_s + id.toString(QUuid::WithoutBraces);
}

} // namespace rz
