// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: rzconsole contributors
#include "api/AssetDetailService.h"

#include "api/ApiClient.h"
#include "api/ApiTransport.h"
#include "json/AssetDetailParser.h"

#include <QFutureWatcher>
#include <QRegularExpression>
#include <QtConcurrent/QtConcurrentRun>

using namespace Qt::StringLiterals;

namespace rz {

namespace {

// Asset ids are UUIDs; anything else is refused rather than spliced into a path or a search.
bool isPlainId(const QString &id) {
    static const QRegularExpression plain(u"^[A-Za-z0-9._-]{1,128}$"_s);
    return plain.match(id).hasMatch();
}

} // namespace

AssetDetailService::AssetDetailService(ApiClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client) {}

AssetDetailService::~AssetDetailService() = default;

QString AssetDetailService::currentId() const {
    return m_currentId;
}

bool AssetDetailService::isLoading() const {
    return m_loading;
}

std::pair<QString, QUrlQuery> AssetDetailService::requestFor(const QString &assetId) const {
    if (m_client->credentialKind() == CredentialKind::Export) {
        // Without page_size the export answers with a plain array of whole assets.
        QUrlQuery query;
        ApiTransport::addQueryValue(query, u"search"_s, u"id:"_s + assetId);
        return {u"export/org/assets.json"_s, query};
    }
    return {u"org/assets/"_s + assetId, QUrlQuery()};
}

void AssetDetailService::request(const QString &assetId) {
    const quint64 generation = ++m_generation;
    m_currentId = assetId;
    m_loading = !assetId.isEmpty();
    if (assetId.isEmpty())
        return;
    if (!isPlainId(assetId)) {
        const ApiError refused =
            ApiError::make(ApiError::Kind::Unsupported, tr("“%1” is not an asset id").arg(assetId));
        QMetaObject::invokeMethod(
            this,
            [this, generation, assetId, refused] {
                finish(generation, assetId, {{}, refused});
            },
            Qt::QueuedConnection);
        return;
    }
    const auto [path, query] = requestFor(assetId);
    m_client->get(path, query, this, [this, generation, assetId](const Result<QByteArray> &body) {
        onBody(generation, assetId, body);
    });
}

void AssetDetailService::cancel() {
    ++m_generation;
    m_loading = false;
}

void AssetDetailService::onBody(quint64 generation, const QString &assetId, const Result<QByteArray> &body) {
    if (generation != m_generation)
        return; // the user has moved on; do not even parse it
    if (!body.ok()) {
        finish(generation, assetId, {{}, body.error});
        return;
    }
    // The watcher is a child: if the service goes first, the parse finishes unobserved and its result is
    // dropped with the future.
    auto *watcher = new QFutureWatcher<Result<AssetDetail>>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, generation, assetId] {
        const Result<AssetDetail> result = watcher->result();
        watcher->deleteLater();
        finish(generation, assetId, result);
    });
    const QByteArray bytes = body.value;
    watcher->setFuture(
        QtConcurrent::run([bytes, assetId] { return json::parseAssetDetail(bytes, assetId); }));
}

void AssetDetailService::finish(quint64 generation, const QString &assetId,
                                const Result<AssetDetail> &result) {
    if (generation != m_generation)
        return;
    m_loading = false;
    if (result.ok())
        Q_EMIT loaded(result.value);
    else
        Q_EMIT failed(assetId, result.error);
}

} // namespace rz
