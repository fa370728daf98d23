// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: rzconsole contributors
#pragma once

#include "domain/ApiError.h"
#include "domain/ScanTemplate.h"

#include <QByteArrayView>
#include <QList>

namespace rz::json {

// The body of GET /account/tasks/templates: an array of ScanTemplate objects. Entries without an id are
// skipped; params that are not strings are kept in their text form.
Result<QList<ScanTemplate>> parseScanTemplates(QByteArrayView body);

} // namespace rz::json
