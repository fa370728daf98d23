// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: rzconsole contributors
#pragma once

#include "auth/CredentialKind.h"

#include <QCoreApplication>
#include <QString>

namespace rz {

// A part of the API that a feature needs.
enum class Capability {
    ListOrganizations, // /account/orgs: every organization of the account
    OrganizationApi,   // /org/...: scans, explorers, tasks, asset detail
    ExportApi,         // /export/...: sites and the asset inventory
    ScanTemplates,     // /account/tasks/templates
};

// What a credential can reach, derived from its kind, so that the UI can disable what would only fail and
// say why in a tooltip.
struct Capabilities {
    Q_DECLARE_TR_FUNCTIONS(rz::Capabilities)
public:
    CredentialKind kind = CredentialKind::Unknown;
    bool listOrganizations = false;
    bool organizationApi = false;
    bool exportApi = false;
    bool scanTemplates = false;

    static Capabilities forKind(CredentialKind kind);

    bool has(Capability capability) const;
    // A translated sentence saying why this credential cannot do it and which one could; empty when it can.
    QString whyNot(Capability capability) const;
};

} // namespace rz
