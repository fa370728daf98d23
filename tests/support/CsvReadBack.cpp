// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: rzconsole contributors
#include "support/CsvReadBack.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace rz::test {

CsvReadBack CsvReadBack::read(const QString &fileName) {
    static const QString reader = u"import csv, json, sys\n"
                                  "with open(sys.argv[1], newline='', encoding='utf-8-sig') as f:\n"
                                  "    rows = list(csv.reader(f, strict=True))\n"
                                  "sys.stdout.write(json.dumps(rows))\n"_s;
    CsvReadBack result;
    const QString python = QStandardPaths::findExecutable(u"python3"_s);
    if (python.isEmpty()) {
        result.problem = u"python3 is not installed (packaging/install-deps.sh installs it)"_s;
        return result;
    }
    QProcess process;
    process.start(python, {u"-c"_s, reader, fileName});
    if (!process.waitForFinished(300000) || process.exitStatus() != QProcess::NormalExit ||
        process.exitCode() != 0) {
        result.problem = u"python3 failed: "_s + QString::fromUtf8(process.readAllStandardError());
        return result;
    }
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(process.readAllStandardOutput(), &error);
    if (error.error != QJsonParseError::NoError || !document.isArray()) {
        result.problem = u"python3 printed no JSON array: "_s + error.errorString();
        return result;
    }
    const QJsonArray rows = document.array();
    result.rows.reserve(rows.size());
    for (const QJsonValue &row : rows) {
        QStringList cells;
        for (const QJsonValue &cell : row.toArray())
            cells.append(cell.toString());
        result.rows.append(cells);
    }
    result.ok = true;
    return result;
}

} // namespace rz::test
