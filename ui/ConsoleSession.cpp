// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: rzconsole contributors
#include "ui/ConsoleSession.h"

#include "api/ApiClient.h"
#include "api/AssetLoad.h"
#include "auth/CredentialKind.h"
#include "models/AssetTableModel.h"
#include "models/OrganizationModel.h"
#include "models/SiteModel.h"

#include <utility>

namespace rz {

ConsoleSession::ConsoleSession(ApiClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_organizations(new OrganizationModel(this))
    , m_sites(new SiteModel(this))
    , m_assets(new AssetTableModel(this)) {
    m_assets->setColumns(defaultAssetColumns());
}

ConsoleSession::~ConsoleSession() {
    stopAssetLoad();
}

bool ConsoleSession::hasClient() const {
    return m_client != nullptr;
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
    return m_assets->rowCount();
}

qint64 ConsoleSession::expectedAssetCount() const {
    return m_activity == Activity::Assets ? m_expected : -1;
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
        const int row = m_organizations->rowOfId(previousId);
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
    Q_EMIT currentOrganizationChanged(row);

    m_outcome = Outcome::None;
    m_assets->clear();
    m_siteRow = -1;
    m_changingSites = true;
    m_sites->clear();
    m_changingSites = false;
    m_sites->setTotalAssetCount(organization.assetCount);
    loadSites({});
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
    m_siteRow = row;
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

void ConsoleSession::startAssetLoad() {
    ++m_generation;
    stopAssetLoad();
    clearFailure();

    const bool allSites = m_siteRow == SiteModel::AllSitesRow;
    AssetQuery query;
    query.columns = defaultAssetColumns();
    query.siteName = m_sites->siteNameFilter(m_siteRow);
    m_assets->setColumns(query.columns);
    m_expected = allSites ? m_sites->totalAssetCount() : m_sites->site(m_siteRow).assetCount;
    m_countingSites = allSites && query.columns.contains(AssetColumn::SiteName);
    m_siteCounts.clear();
    m_outcome = Outcome::None;

    m_load = m_client->loadAssets(query, this);
    connect(m_load, &AssetLoad::pageReady, this, &ConsoleSession::onPage);
    connect(m_load, &AssetLoad::finished, this, &ConsoleSession::onLoadFinished);
    setActivity(Activity::Assets);
}

void ConsoleSession::stopAssetLoad() {
    AssetLoad *load = std::exchange(m_load, nullptr);
    if (!load)
        return;
    disconnect(load, nullptr, this, nullptr);
    load->cancel();
    load->deleteLater();
    if (m_activity == Activity::Assets)
        setActivity(Activity::Idle);
}

void ConsoleSession::onPage(const AssetPage &page) {
    m_assets->appendPage(page);
    if (m_countingSites) {
        const qsizetype siteColumn = page.columns.indexOf(AssetColumn::SiteName);
        for (const AssetRow &row : page.rows) {
            if (siteColumn >= 0 && siteColumn < row.values.size())
                ++m_siteCounts[row.values.at(siteColumn)];
        }
    }
    Q_EMIT stateChanged();
}

void ConsoleSession::onLoadFinished(const ApiError &error) {
    if (error.ok()) {
        m_outcome = Outcome::Complete;
        const qint64 loaded = m_assets->rowCount();
        if (m_siteRow == SiteModel::AllSitesRow) {
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
