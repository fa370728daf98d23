// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: rzconsole contributors
#pragma once

#include "sim/SimRequest.h"
#include "sim/SimResponse.h"

namespace rz::sim {

struct SimState;

// The asset routes: /export/org/assets.{json,jsonl,csv}, /org/assets and /org/assets/{id}.
//
// assets.json without page_size streams a bare array; with page_size (1..kMaxPageSize) it answers
// {"assets": [...], "next_key": "..."} and leaves next_key out on the last page. A search scans forward from
// start_key until the page is full, so every matching asset appears exactly once across the pages.
class AssetRoutes final {
public:
    static constexpr qint64 kMaxPageSize = 100000;

    explicit AssetRoutes(SimState &state);

    SimResponse exportJson(const RouteContext &context);
    SimResponse exportJsonLines(const RouteContext &context);
    SimResponse exportCsv(const RouteContext &context);
    SimResponse organizationAssets(const RouteContext &context);
    SimResponse organizationAsset(const RouteContext &context);

private:
    SimResponse page(const RouteContext &context);
    SimResponse stream(const RouteContext &context, int format, bool withFields);

    SimState &m_state;
};

} // namespace rz::sim
