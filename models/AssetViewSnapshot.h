// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: rzconsole contributors
#pragma once

#include "models/AssetStore.h"

#include <QString>

#include <vector>

namespace rz {

// Which loaded rows the asset view shows, as a copy that a worker thread may read while the model goes on:
// the store (sharing its immutable blocks) and, unless every loaded row is shown (in whatever order), the
// visible store rows in view order.
struct AssetViewSnapshot {
    AssetStore store;
    bool allRows = true;       // every row of `store` is visible, and `rows` is empty
    std::vector<quint32> rows; // the visible store rows, when not allRows
    QString filter;            // the local filter the visible rows answer (empty: none)

    qint64 visibleRowCount() const { return allRows ? store.rowCount() : qint64(rows.size()); }
};

} // namespace rz
