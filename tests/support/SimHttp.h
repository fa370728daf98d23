// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: rzconsole contributors
#pragma once

#include "support/TestConsole.h"

#include <QByteArray>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <utility>

namespace rz::test {

// Query items in order; each value is percent-encoded whole, so a '+' or '&' in it stays itself.
using SimQuery = QList<std::pair<QString, QString>>;

// base + path (base's path kept, e.g. /api/v1.0), with `query` when it is not empty.
QUrl apiUrl(const QUrl &base, const QString &path, const SimQuery &query = {});

// One finished exchange, as the tests that check a console's answers without ApiClient look at it.
struct SimReply {
    int status = 0; // 0: no HTTP answer, or one cut off by the safety timeout
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QByteArray body;
    QByteArray contentType;
    QHash<QByteArray, QByteArray> headers; // lower-case names

    QJsonObject object() const;
    QJsonArray array() const;
    bool parses() const;                   // the body is one well-formed JSON document
    qint64 header(const char *name) const; // a numeric header, by any case of its name; 0 when absent
};

// Blocking raw HTTP to a console, for tests that check its answers without ApiClient: each call runs an event
// loop until the answer is complete. A credential goes in "Authorization: Bearer", only when one is given.
// An answer still incomplete after the safety timeout is aborted (status 0), so a hung server fails the test
// instead of blocking it.
class SimHttp final {
public:
    explicit SimHttp(int timeoutMs = 30000);
    SimHttp(const SimHttp &) = delete;
    SimHttp &operator=(const SimHttp &) = delete;

    // QNetworkAccessManager::get().
    SimReply get(const QUrl &url, const QString &token = {});
    // Any method, through QNetworkAccessManager::sendCustomRequest(); `contentType` is sent with a body only.
    SimReply send(const QByteArray &method, const QUrl &url, const QString &token = {},
                  const QByteArray &body = {}, const QByteArray &contentType = "application/json");
    // A form body (application/x-www-form-urlencoded), without a credential: the OAuth token endpoint.
    SimReply postForm(const QUrl &url, const QByteArray &form);

    // send() in two halves, for a test that looks at the request while it is in flight.
    QNetworkReply *start(const QByteArray &method, const QUrl &url, const QString &token = {},
                         const QByteArray &body = {}, const QByteArray &contentType = "application/json");
    SimReply finish(QNetworkReply *reply) const;

    // The unpaged asset export (a bare array) read with the export token, limited by `search` and `fields`
    // when they are given; empty unless the console answers 200.
    QJsonArray exportedAssets(const ConsoleEndpoint &endpoint, const QString &search = {},
                              const QString &fields = {});

private:
    QNetworkRequest request(const QUrl &url, const QString &token) const;

    QNetworkAccessManager m_network;
    int m_timeoutMs;
};

// The OAuth client-credentials form: grant_type, client_id and client_secret, percent-encoded.
QByteArray oauthForm(const QString &clientId, const QString &clientSecret,
                     const QString &grant = QStringLiteral("client_credentials"));

// Reading the console's JSON: the "id" of each object of an array; a string array, or a string, by key.
QStringList idsOf(const QJsonArray &objects);
QStringList stringsOf(const QJsonObject &object, const char *key);
QString textOf(const QJsonObject &object, const char *key);

// The generated data set of the export, search and --data tests: one organization of 600 assets in 4 sites,
// seed 7, with a request window that page_size=1 walks (hundreds of requests) never reach.
rz::sim::SimConfig simExportConfig();

} // namespace rz::test
