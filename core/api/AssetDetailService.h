// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: rzconsole contributors
#pragma once

#include "domain/ApiError.h"
#include "domain/AssetDetail.h"

#include <QObject>
#include <QUrlQuery>

namespace rz {

class ApiClient;

// Fetches the full record of one asset for a detail view, one at a time: the latest request wins and the
// answer to any earlier one is dropped, so a slow answer for a row the user has left never replaces the
// current one. With an organization-level credential (organization, account, OAuth) it reads
// GET /org/assets/{id}; an export token may only read exports, so it searches the export with id:<id>.
// The body (about 1 MB for a busy asset) is parsed on a worker thread.
class AssetDetailService final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AssetDetailService)
public:
    // `client` must outlive the service.
    explicit AssetDetailService(ApiClient *client, QObject *parent = nullptr);
    ~AssetDetailService() override;

    // Asks for the asset; loaded() or failed() follows, later, from the event loop. An empty id is the same
    // as cancel().
    void request(const QString &assetId);
    // Drops the pending request, if any; nothing is emitted for it.
    void cancel();

    QString currentId() const; // of the pending or last answered request
    bool isLoading() const;

    // The request the service makes for `assetId` with the client's credential (path relative to the base
    // URL, and its query).
    std::pair<QString, QUrlQuery> requestFor(const QString &assetId) const;

Q_SIGNALS:
    void loaded(const rz::AssetDetail &asset);
    void failed(const QString &assetId, const rz::ApiError &error);

private:
    void onBody(quint64 generation, const QString &assetId, const Result<QByteArray> &body);
    void finish(quint64 generation, const QString &assetId, const Result<AssetDetail> &result);

    ApiClient *m_client;
    QString m_currentId;
    quint64 m_generation = 0;
    bool m_loading = false;
};

} // namespace rz
