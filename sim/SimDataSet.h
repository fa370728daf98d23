// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: rzconsole contributors
#pragma once

#include "sim/AssetSource.h"
#include "sim/SimServer.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <memory>
#include <vector>

namespace rz::sim {

struct SimSite {
    QByteArray id;
    QString name;
    QString description;
    QString scope;
    QString excludes;
    QString location;
    QString subnet; // the first /24 of the scope, with tags in `subnets`
    qint64 createdAt = 0;
};

struct SimExplorer {
    QByteArray id;
    QByteArray siteId;
    QByteArray hostId;
    QString name;
    QString os;
    QString arch;
    QString version;
    QString externalIp;
    QString internalIp;
    bool connected = false;
    qint64 createdAt = 0;
};

struct SimOrganization {
    int index = 0;
    QByteArray id;
    QString name;
    QString description;
    qint64 createdAt = 0;
    QList<SimSite> sites;
    QList<SimExplorer> explorers;
    QByteArray firstTaskId;
    QByteArray lastTaskId;
    std::unique_ptr<AssetSource> assets;
};

struct SimHostedZone {
    QByteArray id;
    QByteArray processorId;
    QString name;
};

struct SimScanTemplate {
    QByteArray id;
    QByteArray organizationId; // owner; global templates are shared by all organizations
    QString name;
    QString description;
    bool global = false;
    QJsonObject params;
    qint64 createdAt = 0;
};

// The simulated account: organizations with sites, explorers and assets, the hosted zones and scan templates.
// Everything is derived from the seed; only the asset data may come from a file.
class SimDataSet final {
public:
    explicit SimDataSet(const SimConfig &config);
    SimDataSet(const SimDataSet &) = delete;
    SimDataSet &operator=(const SimDataSet &) = delete;

    QString errorString() const { return m_error; } // empty when the data set is usable
    quint64 seed() const { return m_seed; }
    QByteArray accountId() const { return m_accountId; }
    const std::vector<SimOrganization> &organizations() const { return m_organizations; }
    const SimOrganization *organization(QByteArrayView id) const;
    const SimSite *site(const SimOrganization &org, const QString &idOrName) const;
    const SimExplorer *explorer(const SimOrganization &org, QByteArrayView id) const;
    const QList<SimHostedZone> &hostedZones() const { return m_hostedZones; }
    const QList<SimScanTemplate> &scanTemplates() const { return m_templates; }

private:
    void buildOrganization(const SimConfig &config, int index);

    quint64 m_seed = 1;
    QByteArray m_accountId;
    std::vector<SimOrganization> m_organizations;
    QList<SimHostedZone> m_hostedZones;
    QList<SimScanTemplate> m_templates;
    QString m_error;
};

} // namespace rz::sim
