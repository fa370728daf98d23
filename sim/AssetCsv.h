// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: rzconsole contributors
#pragma once

#include <QByteArray>
#include <QByteArrayView>

namespace rz::sim {

class AssetRecord;

// The asset CSV export: RFC 4180 (CRLF rows, fields quoted when they hold a comma, quote, tab or line break),
// UTF-8, values exactly as stored (no spreadsheet-formula guard: that is the client's job). List cells join
// their items with a tab; tags are written as key=value items; times are Unix seconds.
class AssetCsv final {
public:
    static void appendHeader(QByteArray &out);
    // One field, quoted as above when it needs to be (the other CSV exports write their cells with it too).
    static void appendCell(QByteArray &out, QByteArrayView value);
    static void appendRow(const AssetRecord &record, QByteArray &out);
};

} // namespace rz::sim
