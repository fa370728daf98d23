// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: rzconsole contributors
#pragma once

#include <QByteArray>
#include <QString>

#include <vector>

namespace rz::bench {

// The pages of an asset export ({"assets":[...],"next_key":"..."}), made in memory by the simulated console's
// generator with a fixed seed: the same bytes its HTTP route sends, without the network.
struct ExportPages {
    std::vector<QByteArray> pages;
    qint64 assets = 0;
    qint64 bytes = 0;

    // `fields` as in fields= (comma-separated; empty for every field). Generated on all cores.
    static ExportPages generate(qint64 assets, int pageSize, const QString &fields, quint64 seed);
};

} // namespace rz::bench
