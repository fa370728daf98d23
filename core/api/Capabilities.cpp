// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: rzconsole contributors
#include "api/Capabilities.h"

namespace rz {

Capabilities Capabilities::forKind(CredentialKind kind) {
    Capabilities c;
    c.kind = kind;
    switch (kind) {
    case CredentialKind::Account:
    case CredentialKind::OAuthClient:
        c.listOrganizations = true;
        c.organizationApi = true;
        c.exportApi = true;
        c.scanTemplates = true;
        break;
    case CredentialKind::Organization:
        c.organizationApi = true;
        c.exportApi = true;
        break;
    case CredentialKind::Export:
        c.exportApi = true;
        break;
    case CredentialKind::Download:
    case CredentialKind::Unknown:
        break;
    }
    return c;
}

bool Capabilities::has(Capability capability) const {
    switch (capability) {
    case Capability::ListOrganizations:
        return listOrganizations;
    case Capability::OrganizationApi:
        return organizationApi;
    case Capability::ExportApi:
        return exportApi;
    case Capability::ScanTemplates:
        return scanTemplates;
    }
    return false;
}

QString Capabilities::whyNot(Capability capability) const {
    if (has(capability))
        return {};
    if (kind == CredentialKind::Download)
        return tr(
            "A download token only downloads explorers and scanners; it cannot use the API. Connect with "
            "an export token, an organization or account API token, or API client credentials.");
    if (kind == CredentialKind::Unknown)
        return tr("The kind of this credential is not known, so the console decides what it may do.");
    switch (capability) {
    case Capability::ListOrganizations:
        return kind == CredentialKind::Organization ? tr("An organization API token reaches only its own "
                                                         "organization. An account API token or "
                                                         "API client credentials list all organizations.")
                                                    : tr("An export token reaches only its own organization. "
                                                         "An account API token or API client "
                                                         "credentials list all organizations.");
    case Capability::OrganizationApi:
        return tr(
            "An export token can only read the inventory. Scans, explorers, tasks and asset details need "
            "an organization or account API token, or API client credentials.");
    case Capability::ExportApi:
        return tr("This credential cannot read the inventory.");
    case Capability::ScanTemplates:
        return kind == CredentialKind::Organization
                   ? tr("Scan templates belong to the account: they need an account API token or API client "
                        "credentials, not an organization API token.")
                   : tr("Scan templates belong to the account: they need an account API token or API client "
                        "credentials, not an export token.");
    }
    return {};
}

} // namespace rz
