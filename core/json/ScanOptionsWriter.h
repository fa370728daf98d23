// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: rzconsole contributors
#pragma once

#include "domain/ScanRequest.h"

#include <QByteArray>

namespace rz::json {

// The body of PUT /org/sites/{site_id}/scan: the request's ScanOptions as a JSON object whose values are all
// strings, indented for reading. The same bytes are previewed and sent.
QByteArray scanOptionsBody(const ScanRequest &request);

} // namespace rz::json
