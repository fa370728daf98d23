// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: rzconsole contributors
#include "ProcessMemory.h"

#include <QFile>
#include <QList>

#include <malloc.h>
#include <unistd.h>

namespace rz::bench {

qint64 ProcessMemory::residentBytes() {
    QFile statm(QStringLiteral("/proc/self/statm"));
    if (!statm.open(QIODevice::ReadOnly))
        return -1;
    const QList<QByteArray> fields = statm.readAll().split(' ');
    bool ok = false;
    const qint64 pages = fields.value(1).toLongLong(&ok);
    return ok ? pages * sysconf(_SC_PAGESIZE) : -1;
}

qint64 ProcessMemory::residentBytesInUse() {
    malloc_trim(0);
    return residentBytes();
}

} // namespace rz::bench
