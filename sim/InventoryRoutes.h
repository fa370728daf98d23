// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: rzconsole contributors
#pragma once

#include "sim/InventoryItems.h"
#include "sim/SimRequest.h"
#include "sim/SimResponse.h"

namespace rz::sim {

struct SimState;

// The inventories that hang off the assets: /export/org/{services,software,vulnerabilities}.{json,jsonl,csv}.
// `search` selects the assets (the asset query syntax, as on the asset routes) whose records are exported;
// `fields` limits the keys of JSON records. .json without page_size streams a bare array; with page_size it
// answers {"<kind>": [...], "next_key": "..."} and leaves next_key out on the last page.
class InventoryRoutes final {
public:
    explicit InventoryRoutes(SimState &state);

    SimResponse exportJson(InventoryItems::Kind kind, const RouteContext &context);
    SimResponse exportJsonLines(InventoryItems::Kind kind, const RouteContext &context);
    SimResponse exportCsv(InventoryItems::Kind kind, const RouteContext &context);

private:
    SimResponse page(InventoryItems::Kind kind, const RouteContext &context);
    SimResponse stream(InventoryItems::Kind kind, const RouteContext &context, int format);

    SimState &m_state;
};

} // namespace rz::sim
