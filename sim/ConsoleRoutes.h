// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: rzconsole contributors
#pragma once

#include "sim/SimRequest.h"
#include "sim/SimResponse.h"

namespace rz::sim {

struct SimState;
struct SimOrganization;

// The account, organization and task routes (everything but the asset exports), answering with the spec's
// shapes: Organization, OrganizationAPIKey, Site, Agent, HostedZone, ScanTemplate, Task, AccessToken.
class ConsoleRoutes final {
public:
    explicit ConsoleRoutes(SimState &state);

    SimResponse health(const RouteContext &context);
    SimResponse issueToken(const RouteContext &context);
    SimResponse accountOrganizations(const RouteContext &context);
    SimResponse scanTemplates(const RouteContext &context);
    SimResponse organization(const RouteContext &context);
    SimResponse organizationKey(const RouteContext &context);
    SimResponse sites(const RouteContext &context);
    SimResponse exportSites(const RouteContext &context);
    SimResponse explorers(const RouteContext &context);
    SimResponse hostedZones(const RouteContext &context);
    SimResponse createScan(const RouteContext &context);
    SimResponse tasks(const RouteContext &context);
    SimResponse task(const RouteContext &context);

private:
    QJsonObject organizationJson(const SimOrganization &org) const;
    QJsonArray siteArray(const SimOrganization &org, const QString &search) const;

    SimState &m_state;
};

} // namespace rz::sim
