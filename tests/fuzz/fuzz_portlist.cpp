// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: rzconsole contributors
//
// libFuzzer target: TCP/UDP port lists as typed. A list that parsed has only ports 1-65535 in ranges that go
// upwards, counts at most 65535 ports, and parses again from its normalised text into the same ranges.
#include "domain/PortList.h"

#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size) {
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    const rz::PortList ports = rz::PortList::parse(text);
    if (!ports.ok()) {
        if (ports.problem().isEmpty())
            std::abort();
        return 0;
    }
    for (const rz::PortList::Range &range : ports.ranges()) {
        if (range.first < 1 || range.last > 65535 || range.first > range.last)
            std::abort();
    }
    if (ports.portCount() < 0 || ports.portCount() > 65535)
        std::abort();
    const rz::PortList again = rz::PortList::parse(ports.normalizedText());
    if (!again.ok() || again.ranges() != ports.ranges())
        std::abort();
    return 0;
}
