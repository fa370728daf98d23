// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: rzconsole contributors
#include "sim/SimHash.h"

#include "sim/JsonOut.h"

namespace rz::sim {

QByteArray uuidFromHash(quint64 high, quint64 low) {
    QByteArray out;
    out.reserve(36);
    appendHex(out, high >> 32, 8);
    out.append('-');
    appendHex(out, (high >> 16) & 0xffffU, 4);
    out.append('-');
    appendHex(out, 0x4000U | (high & 0x0fffU), 4);
    out.append('-');
    appendHex(out, 0x8000U | ((low >> 48) & 0x3fffU), 4);
    out.append('-');
    appendHex(out, low & 0xffffffffffffULL, 12);
    return out;
}

QByteArray entityUuid(quint64 seed, Salt salt, quint64 owner, quint64 index) {
    const quint64 h = hashOf(seed, saltOf(salt), owner, index);
    return uuidFromHash(h, mix64(h));
}

} // namespace rz::sim
