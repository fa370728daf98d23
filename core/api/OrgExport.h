// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: rzconsole contributors
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace rz {

// One of the organization-wide exports that the console streams as a whole file:
// /export/org/<kind>.csv or /export/org/<kind>.jsonl.
struct OrgExport {
    Q_DECLARE_TR_FUNCTIONS(rz::OrgExport)
public:
    enum class Kind { Assets, Services, Software, Vulnerabilities };
    enum class Format { Csv, JsonLines };

    Kind kind = Kind::Assets;
    Format format = Format::Csv;
    QString search; // runZero query syntax, sent as search=; empty for everything

    // Relative to the API's base URL, e.g. "export/org/services.csv".
    QString path() const;
    // The file name extension, without the dot: "csv" or "jsonl".
    QString fileSuffix() const;
    // The export's name in the API and in suggested file names: "assets", "services", ...
    QString kindName() const;
    // For menus and messages: "Services", "CSV", "JSON Lines" (translated).
    QString kindTitle() const;
    QString formatTitle() const;

    static QList<Kind> kinds();
    static QList<Format> formats();
};

} // namespace rz
