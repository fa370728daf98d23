// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: rzconsole contributors
#include "session/ConsoleSession.h"

#include "api/ApiClient.h"
#include "api/AssetDetailService.h"
#include "api/AssetLoad.h"
#include "api/RateBudget.h"
#include "auth/CredentialKind.h"
#include "models/AssetPageBatcher.h"
#include "models/AssetTableModel.h"
#include "models/OrganizationModel.h"
#include "models/SiteModel.h"

#include <QLocale>
#include <algorithm>
#include <utility>

namespace rz {

ConsoleSession::ConsoleSession(ApiClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_organizations(new OrganizationModel(this))
    , m_sites(new SiteModel(this))
    , m_assets(new AssetTableModel(this))
    , m_pages(new AssetPageBatcher(AssetPageBatcher::defaultInterval, this)) {
    connect(m_pages, &AssetPageBatcher::pagesReady, this, &ConsoleSession::onPages);
    m_columns = defaultAssetColumns();
    m_assets->setColumns(m_columns);
    if (m_client)
        m_details = new AssetDetailService(m_client, this);
}

ConsoleSession::~ConsoleSession() {
    stopAssetLoad();
}

bool ConsoleSession::hasClient() const {
    return m_client != nullptr;
}

Capabilities ConsoleSession::capabilities() const {
    return m_client ? m_client->capabilities() : Capabilities{};
}

OrganizationModel *ConsoleSession::organizationModel() const {
    return m_organizations;
}

SiteModel *ConsoleSession::siteModel() const {
    return m_sites;
}

AssetTableModel *ConsoleSession::assetModel() const {
    return m_assets;
}

ConsoleSession::Activity ConsoleSession::activity() const {
    return m_activity;
}

ConsoleSession::Outcome ConsoleSession::outcome() const {
    return m_outcome;
}

bool ConsoleSession::hasFailure() const {
    return bool(m_retry);
}

bool ConsoleSession::organizationsLoaded() const {
    return m_organizationsLoaded;
}

int ConsoleSession::currentOrganizationRow() const {
    return m_organizationRow;
}

int ConsoleSession::currentSiteRow() const {
    return m_siteRow;
}

qint64 ConsoleSession::assetsLoaded() const {
    return m_assets->loadedRowCount(); // not only those the local filter shows
}

qint64 ConsoleSession::expectedAssetCount() const {
    return m_activity == Activity::Assets ? m_expected : -1;
}

void ConsoleSession::setSettings(const InventorySettings &settings) {
    m_settings = settings;
    const std::optional<QList<AssetColumn>> columns = m_settings.columns();
    if (columns && *columns != m_columns) {
        m_columns = *columns;
        m_assets->setColumns(m_columns);
    }
}

QList<AssetColumn> ConsoleSession::columns() const {
    return m_columns;
}

QString ConsoleSession::search() const {
    return m_search;
}

AssetDetailService *ConsoleSession::assetDetails() const {
    return m_details;
}

void ConsoleSession::setSearch(const QString &query) {
    m_search = query.trimmed();
    // While the organizations or sites load, the asset load that follows uses the new search.
    if (m_client && m_organizationRow >= 0 && m_siteRow >= 0 && m_activity != Activity::Organizations &&
        m_activity != Activity::Sites)
        startAssetLoad(true);
}

void ConsoleSession::setColumns(const QList<AssetColumn> &columns) {
    if (columns.isEmpty() || columns == m_columns)
        return;
    QList<AssetColumn> before = m_columns;
    QList<AssetColumn> after = columns;
    std::sort(before.begin(), before.end());
    std::sort(after.begin(), after.end());
    m_columns = columns;
    m_settings.setColumns(m_columns);
    if (before == after)
        return;
    if (m_client && m_organizationRow >= 0 && m_siteRow >= 0 && m_activity != Activity::Organizations &&
        m_activity != Activity::Sites)
        startAssetLoad();
    else
        m_assets->setColumns(m_columns);
}

void ConsoleSession::setPreferredOrganizationId(const QString &organizationId) {
    m_preferredOrganizationId = organizationId;
}

QString ConsoleSession::currentOrganizationId() const {
    if (m_organizationRow < 0 || m_organizationRow >= m_organizations->rowCount())
        return {};
    return m_organizations->organization(m_organizationRow).id;
}

void ConsoleSession::start() {
    if (!m_client)
        return;
    ++m_generation;
    stopAssetLoad();
    clearFailure();

    if (m_client->credentialKind() == CredentialKind::Export) {
        // An export token cannot list organizations; it reaches exactly the one it was made for.
        Organization implied;
        implied.name = tr("This organization (export token)");
        m_organizationRow = -1;
        m_organizations->setOrganizations({implied});
        m_organizationsLoaded = true;
        selectOrganization(0);
        return;
    }

    setActivity(Activity::Organizations);
    const quint64 generation = m_generation;
    m_client->fetchOrganizations(this, [this, generation](const Result<QList<Organization>> &result) {
        if (generation != m_generation)
            return;
        if (!result.ok()) {
            setActivity(Activity::Idle);
            fail(result.error, [this] { start(); });
            return;
        }
        const QString previousId =
            m_organizationRow >= 0 ? m_organizations->organization(m_organizationRow).id : QString();
        m_organizationRow = -1;
        m_organizations->setOrganizations(result.value);
        m_organizationsLoaded = true;
        setActivity(Activity::Idle);
        if (m_organizations->rowCount() == 0)
            return;
        int row = m_organizations->rowOfId(previousId);
        if (row < 0 && !m_settings.lastOrganizationId().isEmpty())
            row = m_organizations->rowOfId(m_settings.lastOrganizationId());
        if (row < 0 && !m_preferredOrganizationId.isEmpty())
            row = m_organizations->rowOfId(m_preferredOrganizationId);
        selectOrganization(row >= 0 ? row : 0);
    });
}

void ConsoleSession::selectOrganization(int row) {
    if (!m_client || row < 0 || row >= m_organizations->rowCount() || row == m_organizationRow)
        return;
    ++m_generation;
    stopAssetLoad();
    clearFailure();
    m_organizationRow = row;
    const Organization &organization = m_organizations->organization(row);
    m_client->setOrganizationId(organization.id);
    m_settings.setLastOrganizationId(organization.id);
    Q_EMIT currentOrganizationChanged(row);

    m_outcome = Outcome::None;
    m_assets->clear();
    m_siteRow = -1;
    m_changingSites = true;
    m_sites->clear();
    m_changingSites = false;
    m_sites->setTotalAssetCount(organization.assetCount);
    loadSites(m_settings.lastSiteId(organization.id));
}

void ConsoleSession::loadSites(const QString &keepSiteId) {
    clearFailure();
    setActivity(Activity::Sites);
    const quint64 generation = m_generation;
    m_client->fetchSites(this, [this, generation, keepSiteId](const Result<QList<Site>> &result) {
        if (generation != m_generation)
            return;
        setActivity(Activity::Idle);
        if (!result.ok()) {
            fail(result.error, [this, keepSiteId] { loadSites(keepSiteId); });
            return;
        }
        // Replacing the rows moves a view's current row; that is not the user choosing a site.
        m_changingSites = true;
        m_sites->setSites(result.value);
        m_changingSites = false;
        const int row = m_sites->rowOfId(keepSiteId);
        m_siteRow = -1;
        selectSite(row >= 0 ? row : int(SiteModel::AllSitesRow));
    });
}

void ConsoleSession::selectSite(int row) {
    if (!m_client || m_changingSites || m_organizationRow < 0 || row < 0 || row >= m_sites->rowCount() ||
        row == m_siteRow)
        return;
    // While the list loads, its "All sites" row is the only one: a view that makes it current on focus must
    // not start a load that drops the list. The list, once here, selects the site to show.
    if (m_activity == Activity::Sites)
        return;
    m_siteRow = row;
    m_settings.setLastSiteId(currentOrganizationId(),
                             row > SiteModel::AllSitesRow ? m_sites->site(row).id : QString());
    Q_EMIT currentSiteChanged(row);
    startAssetLoad();
}

void ConsoleSession::refresh() {
    if (!m_client)
        return;
    if (m_organizationRow < 0) {
        start();
        return;
    }
    ++m_generation;
    stopAssetLoad();
    const bool oneSite = m_siteRow > SiteModel::AllSitesRow && m_siteRow < m_sites->rowCount();
    loadSites(oneSite ? m_sites->site(m_siteRow).id : QString());
}

void ConsoleSession::cancel() {
    switch (m_activity) {
    case Activity::Idle:
        return;
    case Activity::Assets:
        if (AssetLoad *load = m_load)
            load->cancel(); // finished(Cancelled) follows
        return;
    case Activity::Organizations:
    case Activity::Sites:
        ++m_generation; // the answer, when it comes, is dropped
        m_outcome = Outcome::Cancelled;
        setActivity(Activity::Idle);
        return;
    }
}

void ConsoleSession::retry() {
    if (!m_retry)
        return;
    const std::function<void()> again = m_retry;
    clearFailure();
    again();
}

void ConsoleSession::startAssetLoad(bool keepRowsUntilFirstPage) {
    ++m_generation;
    stopAssetLoad();
    clearFailure();

    const bool allSites = m_siteRow == SiteModel::AllSitesRow;
    AssetQuery query;
    query.columns = m_columns;
    query.search = m_search;
    query.siteName = m_sites->siteNameFilter(m_siteRow);
    query.form = AssetPageForm::Block; // the model keeps pages in this compact form
    // The user's preference (Edit ▸ Preferences…).
    query.pageSize = m_client->assetPageSize();
    // A new search keeps the rows on screen until its first page replaces them.
    m_replaceRowsOnFirstPage = keepRowsUntilFirstPage;
    if (!keepRowsUntilFirstPage)
        m_assets->setColumns(query.columns);
    // A search finds an unknown part of the site, so neither its size nor its sites' counts are known.
    m_expected = !m_search.isEmpty() ? -1
                 : allSites          ? m_sites->totalAssetCount()
                                     : m_sites->site(m_siteRow).assetCount;
    m_countingSites = allSites && m_search.isEmpty() && query.columns.contains(AssetColumn::SiteName);
    m_siteCounts.clear();
    m_outcome = Outcome::None;
    if (m_expected > 0) {
        const qint64 calls = ApiClient::estimateRequests(m_expected, query.pageSize);
        const RateBudget &budget = m_client->rateBudget();
        if (!budget.estimateFits(calls)) {
            // Fewer calls are left than needed: with one call needed, none is left.
            const qint64 left = budget.remainingToday().value_or(0);
            QString warning;
            if (calls == 1)
                warning = tr("Loading needs 1 API call; none is left today.");
            else if (left == 1)
                warning = tr("Loading ~%1 pages needs %1 API calls; only 1 is left today.")
                              .arg(QLocale().toString(calls));
            else
                warning = tr("Loading ~%1 pages needs %1 API calls; only %2 are left today.")
                              .arg(QLocale().toString(calls), QLocale().toString(left));
            Q_EMIT budgetWarning(warning);
        }
    }

    m_load = m_client->loadAssets(query, this);
    connect(m_load, &AssetLoad::pageReady, m_pages, &AssetPageBatcher::add);
    connect(m_load, &AssetLoad::finished, this, &ConsoleSession::onLoadFinished);
    setActivity(Activity::Assets);
}

void ConsoleSession::stopAssetLoad() {
    AssetLoad *load = std::exchange(m_load, nullptr);
    if (!load)
        return;
    m_pages->clear(); // what the replaced load fetched last is not shown
    disconnect(load, nullptr, this, nullptr);
    disconnect(load, nullptr, m_pages, nullptr);
    load->cancel();
    load->deleteLater();
    if (m_activity == Activity::Assets)
        setActivity(Activity::Idle);
}

void ConsoleSession::onPages(const QList<AssetPage> &pages) {
    if (std::exchange(m_replaceRowsOnFirstPage, false))
        m_assets->setColumns(m_columns);
    for (const AssetPage &page : pages) {
        m_assets->appendPage(page);
        if (m_countingSites)
            page.countValues(AssetColumn::SiteName, m_siteCounts);
    }
    Q_EMIT stateChanged();
}

void ConsoleSession::onLoadFinished(const ApiError &error) {
    m_pages->flush(); // every page the load delivered is in the model before its end is shown
    if (error.ok()) {
        m_outcome = Outcome::Complete;
        if (std::exchange(m_replaceRowsOnFirstPage, false))
            m_assets->setColumns(m_columns); // the search found nothing
        const qint64 loaded = m_assets->loadedRowCount();
        if (!m_search.isEmpty()) {
            // What a search found says nothing about how many assets the site has.
        } else if (m_siteRow == SiteModel::AllSitesRow) {
            m_sites->setTotalAssetCount(loaded);
            m_organizations->setAssetCount(m_organizationRow, loaded);
            if (m_countingSites)
                m_sites->setAssetCounts(m_siteCounts, true);
        } else {
            m_sites->setAssetCount(m_siteRow, loaded);
        }
    } else if (error.kind == ApiError::Kind::Cancelled) {
        m_outcome = Outcome::Cancelled;
    } else {
        m_outcome = Outcome::Failed;
        AssetLoad *failedLoad = m_load;
        fail(error, [this, failedLoad] {
            AssetLoad *load = m_load;
            if (!load || load != failedLoad)
                return; // replaced since; the new load needs no retry
            m_outcome = Outcome::None;
            setActivity(Activity::Assets);
            load->resume();
        });
    }
    if (m_outcome != Outcome::Failed)
        m_siteCounts.clear(); // a resumed load goes on counting
    setActivity(Activity::Idle);
}

void ConsoleSession::fail(const ApiError &error, std::function<void()> retry) {
    m_retry = std::move(retry);
    Q_EMIT failed(error);
    Q_EMIT stateChanged();
}

void ConsoleSession::clearFailure() {
    if (!m_retry)
        return;
    m_retry = nullptr;
    Q_EMIT failureCleared();
}

void ConsoleSession::setActivity(Activity activity) {
    m_activity = activity;
    Q_EMIT stateChanged();
}

} // namespace rz
