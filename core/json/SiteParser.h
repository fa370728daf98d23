// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: rzconsole contributors
#pragma once

#include "domain/ApiError.h"
#include "domain/Site.h"

#include <QByteArrayView>
#include <QList>

namespace rz::json {

// The body of GET /export/org/sites.json (or /org/sites): an array of Site objects. Entries without an id are
// skipped.
Result<QList<Site>> parseSites(QByteArrayView body);

} // namespace rz::json
