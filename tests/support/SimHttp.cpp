// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: rzconsole contributors
#include "support/SimHttp.h"

#include <QEventLoop>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QJsonValue>
#include <QLatin1StringView>
#include <QTimer>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace rz::test {

QUrl apiUrl(const QUrl &base, const QString &path, const SimQuery &query) {
    QUrl url = base;
    url.setPath(base.path() + path);
    QUrlQuery items;
    for (const auto &[key, value] : query)
        items.addQueryItem(key, QString::fromLatin1(QUrl::toPercentEncoding(value)));
    if (!query.isEmpty())
        url.setQuery(items);
    return url;
}

QJsonObject SimReply::object() const {
    return QJsonDocument::fromJson(body).object();
}

QJsonArray SimReply::array() const {
    return QJsonDocument::fromJson(body).array();
}

bool SimReply::parses() const {
    QJsonParseError parseError{};
    QJsonDocument::fromJson(body, &parseError);
    return parseError.error == QJsonParseError::NoError;
}

qint64 SimReply::header(const char *name) const {
    return headers.value(QByteArray(name).toLower()).toLongLong();
}

SimHttp::SimHttp(int timeoutMs)
    : m_timeoutMs(timeoutMs) {}

QNetworkRequest SimHttp::request(const QUrl &url, const QString &token) const {
    QNetworkRequest request(url);
    if (!token.isEmpty())
        request.setRawHeader("Authorization"_ba, "Bearer "_ba + token.toLatin1());
    return request;
}

SimReply SimHttp::get(const QUrl &url, const QString &token) {
    return finish(m_network.get(request(url, token)));
}

SimReply SimHttp::send(const QByteArray &method, const QUrl &url, const QString &token,
                       const QByteArray &body, const QByteArray &contentType) {
    return finish(start(method, url, token, body, contentType));
}

SimReply SimHttp::postForm(const QUrl &url, const QByteArray &form) {
    return send("POST"_ba, url, {}, form, "application/x-www-form-urlencoded"_ba);
}

QNetworkReply *SimHttp::start(const QByteArray &method, const QUrl &url, const QString &token,
                              const QByteArray &body, const QByteArray &contentType) {
    QNetworkRequest request = this->request(url, token);
    if (!body.isEmpty())
        request.setHeader(QNetworkRequest::ContentTypeHeader, contentType);
    return m_network.sendCustomRequest(request, method, body);
}

SimReply SimHttp::finish(QNetworkReply *reply) const {
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    bool timedOut = false;
    QTimer safety;
    safety.setSingleShot(true);
    QObject::connect(&safety, &QTimer::timeout, reply, [reply, &timedOut] {
        timedOut = true;
        reply->abort();
    });
    if (!reply->isFinished()) {
        safety.start(m_timeoutMs);
        loop.exec();
    }
    SimReply result;
    result.status = timedOut ? 0 : reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    result.error = reply->error();
    result.body = reply->readAll();
    result.contentType = reply->rawHeader("Content-Type"_ba);
    for (const auto &[name, value] : reply->rawHeaderPairs())
        result.headers.insert(name.toLower(), value);
    reply->deleteLater();
    return result;
}

QJsonArray SimHttp::exportedAssets(const ConsoleEndpoint &endpoint, const QString &search,
                                   const QString &fields) {
    SimQuery query;
    if (!fields.isEmpty())
        query.append({u"fields"_s, fields});
    if (!search.isEmpty())
        query.append({u"search"_s, search});
    const SimReply reply =
        get(apiUrl(endpoint.baseUrl, u"/export/org/assets.json"_s, query), endpoint.tokens.exportToken);
    return reply.status == 200 ? reply.array() : QJsonArray();
}

QByteArray oauthForm(const QString &clientId, const QString &clientSecret, const QString &grant) {
    return "grant_type="_ba + QUrl::toPercentEncoding(grant) + "&client_id="_ba +
           QUrl::toPercentEncoding(clientId) + "&client_secret="_ba + QUrl::toPercentEncoding(clientSecret);
}

QStringList idsOf(const QJsonArray &objects) {
    QStringList ids;
    for (const auto &object : objects)
        ids.append(object.toObject().value("id"_L1).toString());
    return ids;
}

QStringList stringsOf(const QJsonObject &object, const char *key) {
    QStringList strings;
    for (const auto &value : object.value(QLatin1StringView(key)).toArray())
        strings.append(value.toString());
    return strings;
}

QString textOf(const QJsonObject &object, const char *key) {
    return object.value(QLatin1StringView(key)).toString();
}

rz::sim::SimConfig simExportConfig() {
    rz::sim::SimConfig config = rz::test::simulatedData(7, 1, 600, 4);
    config.windowRequests = 1000000; // page_size=1 walks take hundreds of requests
    return config;
}

} // namespace rz::test
