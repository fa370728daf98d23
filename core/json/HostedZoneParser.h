// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: rzconsole contributors
#pragma once

#include "domain/ApiError.h"
#include "domain/HostedZone.h"

#include <QByteArrayView>
#include <QList>

namespace rz::json {

// The body of GET /org/hosted-zones: an array of HostedZone objects. Entries without an id are skipped.
Result<QList<HostedZone>> parseHostedZones(QByteArrayView body);

} // namespace rz::json
