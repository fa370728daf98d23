// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: rzconsole contributors
#pragma once

#include "domain/ApiError.h"
#include "domain/Explorer.h"

#include <QByteArrayView>
#include <QList>

namespace rz::json {

// The body of GET /org/explorers: an array of Agent objects. Entries without an id are skipped.
Result<QList<Explorer>> parseExplorers(QByteArrayView body);

} // namespace rz::json
