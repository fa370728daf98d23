// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: rzconsole contributors
#pragma once

#include "domain/ApiError.h"
#include "domain/Organization.h"

#include <QByteArrayView>
#include <QList>

namespace rz::json {

// The body of GET /account/orgs: an array of Organization objects. Entries without an id are skipped.
Result<QList<Organization>> parseOrganizations(QByteArrayView body);
// The body of GET /org: one Organization object.
Result<Organization> parseOrganization(QByteArrayView body);

} // namespace rz::json
