// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: rzconsole contributors
#pragma once

#include "domain/ApiError.h"
#include "domain/Task.h"

#include <QByteArrayView>
#include <QList>

namespace rz::json {

// The body of GET /org/tasks: an array of Task objects. Entries without an id are skipped.
Result<QList<Task>> parseTasks(QByteArrayView body);
// The body of GET /org/tasks/{id} or of a scan launch: one Task object, which must have an id.
Result<Task> parseTask(QByteArrayView body);

} // namespace rz::json
