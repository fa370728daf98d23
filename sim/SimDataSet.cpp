// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: rzconsole contributors
#include "sim/SimDataSet.h"

#include "sim/AssetCatalog.h"
#include "sim/FileAssets.h"
#include "sim/GeneratedAssets.h"
#include "sim/SimHash.h"

using namespace Qt::StringLiterals;

namespace rz::sim {

namespace {

constexpr int kMaxOrganizations = 64;
constexpr int kMaxSites = 16;
constexpr qint64 kMaxAssets = 10000000;

QString fromUtf8(const char *text) {
    return QString::fromUtf8(text);
}

} // namespace

SimDataSet::SimDataSet(const SimConfig &config)
    : m_seed(config.seed)
    , m_accountId(entityUuid(config.seed, Salt::Client, 0, 0)) {
    const int organizations = qBound(1, config.organizations, kMaxOrganizations);
    m_organizations.reserve(static_cast<size_t>(organizations));
    for (int i = 0; i < organizations; ++i)
        buildOrganization(config, i);

    m_hostedZones.append({entityUuid(m_seed, Salt::HostedZone, 0, 0),
                          entityUuid(m_seed, Salt::HostedZone, 0, 1), u"us-east-1"_s});
    m_hostedZones.append({entityUuid(m_seed, Salt::HostedZone, 0, 2),
                          entityUuid(m_seed, Salt::HostedZone, 0, 3), u"eu-central-1"_s});

    const QByteArray firstOrg = m_organizations.front().id;
    const auto addTemplate = [this](QByteArray orgId, int n, QString name, QString description, bool global,
                                    QJsonObject params) {
        SimScanTemplate t;
        t.id = entityUuid(m_seed, Salt::Template, 0, static_cast<quint64>(n));
        t.organizationId = std::move(orgId);
        t.name = std::move(name);
        t.description = std::move(description);
        t.global = global;
        t.params = std::move(params);
        t.createdAt = 1700000000 + static_cast<qint64>(hashOf(m_seed, saltOf(Salt::Template), n) % 1000000);
        m_templates.append(t);
    };
    addTemplate(
        firstOrg, 0, u"Default discovery"_s, u"runZero's standard discovery scan"_s, true,
        QJsonObject{{u"rate"_s, u"1000"_s}, {u"tcp-ports"_s, u"defaults"_s}, {u"screenshots"_s, u"true"_s}});
    addTemplate(
        firstOrg, 1, u"Full TCP sweep"_s, u"All 65,535 TCP ports, slow and thorough"_s, true,
        QJsonObject{{u"rate"_s, u"500"_s}, {u"tcp-ports"_s, u"1-65535"_s}, {u"max-host-rate"_s, u"40"_s}});
    for (const SimOrganization &org : m_organizations) {
        addTemplate(org.id, 2 + org.index, u"Weekly discovery – %1"_s.arg(org.name),
                    u"Weekly scan of every site of %1"_s.arg(org.name), false,
                    QJsonObject{{u"rate"_s, u"3000"_s}, {u"scan-frequency"_s, u"weekly"_s}});
    }
}

void SimDataSet::buildOrganization(const SimConfig &config, int index) {
    const auto orgHash = hashOf(m_seed, saltOf(Salt::Organization), static_cast<quint64>(index));
    SimOrganization org;
    org.index = index;
    org.id = entityUuid(m_seed, Salt::Organization, 0, static_cast<quint64>(index));
    const auto names = organizationNames();
    org.name = fromUtf8(names[static_cast<size_t>(index) % names.size()]);
    if (static_cast<size_t>(index) >= names.size())
        org.name += u" "_s + QString::number(static_cast<size_t>(index) / names.size() + 1);
    org.description = u"Simulated organization %1"_s.arg(index + 1);
    org.createdAt = 1690000000 + static_cast<qint64>(orgHash % 5000000);
    org.firstTaskId = entityUuid(m_seed, Salt::Task, static_cast<quint64>(index), 0);
    org.lastTaskId = entityUuid(m_seed, Salt::Task, static_cast<quint64>(index), 1);

    GeneratedOrgContext context;
    context.seed = m_seed;
    context.orgIndex = index;
    context.count = qBound<qint64>(0, config.assetsPerOrganization, kMaxAssets);
    context.orgId = org.id;
    context.orgName = org.name.toUtf8();
    context.firstTaskId = org.firstTaskId;
    context.lastTaskId = org.lastTaskId;

    const int sites = qBound(1, config.sitesPerOrganization, kMaxSites);
    for (int s = 0; s < sites; ++s) {
        SimSite site;
        site.id = entityUuid(m_seed, Salt::Site, static_cast<quint64>(index), static_cast<quint64>(s));
        site.name = fromUtf8(siteNames()[static_cast<size_t>(s)]);
        site.description = u"%1 of %2"_s.arg(site.name, org.name);
        const QString network = u"10.%1.0"_s.arg(s * 16);
        site.scope = u"%1.0/12 fd7a:115c:%2:%3::/64"_s.arg(network, QString::number(index + 1, 16),
                                                           QString::number(s + 1, 16));
        site.excludes = network + u".1"_s;
        site.subnet = network + u".0/24"_s;
        const QByteArray code = siteCodes()[static_cast<size_t>(s)];
        site.location = QString::fromLatin1(code.mid(2));
        site.createdAt = org.createdAt + 3600LL * (s + 1);
        org.sites.append(site);
        context.sites.append({site.id, site.name.toUtf8(), code, site.location.toUtf8(),
                              (10U << 24) | (static_cast<quint32>(s * 16) << 16)});
    }

    const int explorers = qMin(sites + 1, 4);
    for (int e = 0; e < explorers; ++e) {
        const SimSite &site = org.sites.at(e % sites);
        SimExplorer explorer;
        explorer.id =
            entityUuid(m_seed, Salt::Explorer, static_cast<quint64>(index), static_cast<quint64>(e));
        explorer.siteId = site.id;
        explorer.hostId =
            entityUuid(m_seed, Salt::Explorer, static_cast<quint64>(index), 100 + static_cast<quint64>(e))
                .replace('-', QByteArray());
        explorer.name = u"explorer-%1-%2"_s.arg(site.location.toLower()).arg(e + 1, 2, 10, QChar(u'0'));
        explorer.os = e % 2 == 0 ? u"Linux"_s : u"Windows"_s;
        explorer.arch = u"amd64"_s;
        explorer.version = u"4.0.250311.0 (build 20250311182347) [5d1c0ab2]"_s;
        explorer.externalIp = u"203.0.113.%1"_s.arg(10 + index * 4 + e);
        explorer.internalIp = u"10.%1.0.%2"_s.arg((e % sites) * 16).arg(2 + e);
        explorer.connected = explorers < 2 || e != explorers - 1; // the last one is offline
        explorer.createdAt = site.createdAt + 600;
        org.explorers.append(explorer);
        context.explorerIds.append(explorer.id);
    }

    if (index == 0 && !config.dataFile.isEmpty()) {
        QString error;
        org.assets = FileAssets::load(config.dataFile, &error);
        if (!org.assets)
            m_error = error;
    }
    if (!org.assets)
        org.assets = std::make_unique<GeneratedAssets>(std::move(context));
    m_organizations.push_back(std::move(org));
}

const SimOrganization *SimDataSet::organization(QByteArrayView id) const {
    for (const SimOrganization &org : m_organizations) {
        if (org.id.compare(id, Qt::CaseInsensitive) == 0)
            return &org;
    }
    return nullptr;
}

const SimSite *SimDataSet::site(const SimOrganization &org, const QString &idOrName) const {
    for (const SimSite &candidate : org.sites) {
        if (QString::fromLatin1(candidate.id).compare(idOrName, Qt::CaseInsensitive) == 0 ||
            candidate.name.compare(idOrName, Qt::CaseInsensitive) == 0)
            return &candidate;
    }
    return nullptr;
}

const SimExplorer *SimDataSet::explorer(const SimOrganization &org, QByteArrayView id) const {
    for (const SimExplorer &candidate : org.explorers) {
        if (candidate.id.compare(id, Qt::CaseInsensitive) == 0)
            return &candidate;
    }
    return nullptr;
}

} // namespace rz::sim
