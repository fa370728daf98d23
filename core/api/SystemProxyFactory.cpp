// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: rzconsole contributors
#include "api/SystemProxyFactory.h"

namespace rz {

QList<QNetworkProxy> SystemProxyFactory::queryProxy(const QNetworkProxyQuery &query) {
    QList<QNetworkProxy> proxies = systemProxyForQuery(query);
    if (proxies.isEmpty())
        proxies.append(QNetworkProxy(QNetworkProxy::NoProxy));
    return proxies;
}

} // namespace rz
