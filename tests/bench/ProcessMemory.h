// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: rzconsole contributors
#pragma once

#include <QtGlobal>

namespace rz::bench {

// This process's resident memory (Linux).
class ProcessMemory final {
public:
    ProcessMemory() = delete;

    // Resident bytes, from /proc/self/statm; -1 when unknown.
    static qint64 residentBytes();
    // Hands freed heap memory back to the system first, so that what is resident is what is in use.
    static qint64 residentBytesInUse();
};

} // namespace rz::bench
