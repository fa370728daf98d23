// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: rzconsole contributors
#pragma once

#include "api/Capabilities.h"
#include "domain/ApiError.h"
#include "domain/AssetColumn.h"
#include "session/InventorySettings.h"

#include <QHash>
#include <QObject>
#include <functional>

namespace rz {

class ApiClient;
class AssetDetailService;
class AssetLoad;
class AssetPageBatcher;
class AssetTableModel;
class OrganizationModel;
class SiteModel;
struct AssetPage;

// What the console shows and is loading: the organization and site chosen, their models, the asset load in
// progress and the last failure with a way to retry it. The widgets render this state and forward the user's
// choices; they never talk to the ApiClient themselves.
class ConsoleSession final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConsoleSession)
public:
    enum class Activity { Idle, Organizations, Sites, Assets };
    // How the last asset load ended (None while none has ended since the selection changed).
    enum class Outcome { None, Complete, Cancelled, Failed };

    // `client` may be null: no connection is configured, and nothing is loaded.
    explicit ConsoleSession(ApiClient *client, QObject *parent = nullptr);
    ~ConsoleSession() override;

    bool hasClient() const;
    // What the connection's credential can reach (all false without a client); features that need a part of
    // the API check it, or register with MainWindow::capabilityHints().
    Capabilities capabilities() const;
    OrganizationModel *organizationModel() const;
    SiteModel *siteModel() const;
    AssetTableModel *assetModel() const;

    Activity activity() const;
    Outcome outcome() const;
    bool hasFailure() const;
    bool organizationsLoaded() const;   // the list arrived (it may be empty)
    int currentOrganizationRow() const; // -1 when none
    int currentSiteRow() const;         // -1 when none
    qint64 assetsLoaded() const;
    qint64 expectedAssetCount() const; // of the current load, -1 when not known in advance

    // Where the organization and site chosen last and the columns are remembered (nothing is by default).
    // Call before start().
    void setSettings(const InventorySettings &settings);
    // The columns the assets are loaded with (fields=), in display order.
    QList<AssetColumn> columns() const;
    // The runZero query the assets are searched with on the console (empty for all).
    QString search() const;
    // Fetches the full record of one asset; null without a client.
    AssetDetailService *assetDetails() const;

    // The organization start() selects when the list has it (e.g. the one chosen last time), instead of the
    // first.
    void setPreferredOrganizationId(const QString &organizationId);
    // The id of the current organization; empty when none, or when the credential does not name it (export
    // token).
    QString currentOrganizationId() const;

public Q_SLOTS:
    // Loads the organizations (or, for an export token, the one it implies) and selects the first.
    void start();
    void selectOrganization(int row);
    void selectSite(int row);
    // Reloads the sites and the assets of the current selection (the organizations when there is none).
    void refresh();
    void cancel();
    // Repeats what failed last; an asset load resumes where it stopped, keeping the rows it has.
    void retry();
    // Searches the current selection on the console with `query` (runZero syntax). The rows shown stay until
    // the first page of the answer replaces them, and stay when the console refuses the query.
    void setSearch(const QString &query);
    // Remembers the columns (in display order). Another set reloads the assets with the new fields=; another
    // order alone does not (the header shows it already).
    void setColumns(const QList<AssetColumn> &columns);

Q_SIGNALS:
    void currentOrganizationChanged(int row);
    void currentSiteChanged(int row);
    void failed(const rz::ApiError &error);
    void failureCleared();
    // Activity, outcome or counts changed.
    void stateChanged();
    // An asset load starts that what is left of today's API budget may not cover (a warning, not a stop).
    void budgetWarning(const QString &text);

private:
    void loadSites(const QString &keepSiteId);
    void startAssetLoad(bool keepRowsUntilFirstPage = false);
    void stopAssetLoad();
    void onPages(const QList<AssetPage> &pages);
    void onLoadFinished(const ApiError &error);
    void fail(const ApiError &error, std::function<void()> retry);
    void clearFailure();
    void setActivity(Activity activity);

    ApiClient *m_client;
    OrganizationModel *m_organizations;
    SiteModel *m_sites;
    AssetTableModel *m_assets;
    AssetLoad *m_load = nullptr; // a child; replaced by the next load
    AssetPageBatcher *m_pages;   // between the load and the model: a batch of pages, one repaint

    Activity m_activity = Activity::Idle;
    Outcome m_outcome = Outcome::None;
    bool m_organizationsLoaded = false;
    bool m_changingSites = false;
    int m_organizationRow = -1;
    int m_siteRow = -1;
    quint64 m_generation = 0; // answers to an older selection are dropped
    qint64 m_expected = -1;
    bool m_countingSites = false;
    QHash<QString, qint64> m_siteCounts;
    std::function<void()> m_retry;
    InventorySettings m_settings;
    QList<AssetColumn> m_columns;
    QString m_search;
    bool m_replaceRowsOnFirstPage = false; // the rows on screen answer an earlier search
    AssetDetailService *m_details = nullptr;
    QString m_preferredOrganizationId;
};

} // namespace rz
