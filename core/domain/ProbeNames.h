// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: rzconsole contributors
#pragma once

#include <QStringList>

namespace rz {

// The probe names the spec's ScanOptions lists: `probes` (all of them are used when the option is not sent)
// and the probes of subnet and host ping.
QStringList knownScanProbes();
QStringList knownPingProbes();

} // namespace rz
