// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: rzconsole contributors
#include "sim/SimState.h"

namespace rz::sim {

SimState::SimState(SimConfig simConfig)
    : config(std::move(simConfig))
    , data(config)
    , tokens(static_cast<int>(data.organizations().size()))
    , usage(config.dailyLimit, config.windowRequests, config.windowSeconds)
    , tasks(data, clock.nowSeconds()) {}

} // namespace rz::sim
