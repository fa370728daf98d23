// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: rzconsole contributors
#pragma once

#include "sim/FaultInjector.h"
#include "sim/SimClock.h"
#include "sim/SimDataSet.h"
#include "sim/SimServer.h"
#include "sim/TaskBook.h"
#include "sim/TokenRegistry.h"
#include "sim/UsageMeter.h"

namespace rz::sim {

// Everything the simulated console knows and remembers, owned by SimServer and shared by the routes.
struct SimState final {
    explicit SimState(SimConfig simConfig);
    SimState(const SimState &) = delete;
    SimState &operator=(const SimState &) = delete;

    SimConfig config;
    SimClock clock;
    SimDataSet data;
    TokenRegistry tokens;
    UsageMeter usage;
    TaskBook tasks;
    FaultInjector faults;
    qint64 requestCount = 0;
    qint64 createdTasks = 0;
};

} // namespace rz::sim
