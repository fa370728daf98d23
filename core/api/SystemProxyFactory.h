// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: rzconsole contributors
#pragma once

#include <QNetworkProxyFactory>

namespace rz {

// Asks the system for the proxy of each request (the http_proxy, https_proxy and no_proxy environment
// variables, or the desktop's settings where Qt reads them), for one client's QNetworkAccessManager rather
// than for the whole application.
class SystemProxyFactory final : public QNetworkProxyFactory {
public:
    SystemProxyFactory() = default;
    ~SystemProxyFactory() override = default;
    Q_DISABLE_COPY_MOVE(SystemProxyFactory)

    QList<QNetworkProxy> queryProxy(const QNetworkProxyQuery &query) override;
};

} // namespace rz
