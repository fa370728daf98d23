// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: rzconsole contributors
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace rz::test {

// A CSV file as an independent reader sees it: Python's csv module (strict, excel dialect, UTF-8 with an
// optional byte-order mark), run as a separate process.
struct CsvReadBack {
    bool ok = false;
    QString problem; // why it could not be read (python3 missing, a malformed file, ...)
    QList<QStringList> rows;

    static CsvReadBack read(const QString &fileName);
};

} // namespace rz::test
