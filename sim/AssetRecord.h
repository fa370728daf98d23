// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: rzconsole contributors
#pragma once

#include <QByteArrayView>
#include <QVarLengthArray>
#include <QtGlobal>

#include <QByteArray>

#include <utility>

namespace rz::sim {

// A piece of text inside an AssetRecord's arena.
struct TextSpan {
    qsizetype offset = 0;
    qsizetype length = 0;
};

// The analyst-facing fields of one asset, as search and CSV need them. All text (UTF-8) lives in one arena
// that is reused from asset to asset, so scanning a million assets allocates almost nothing.
class AssetRecord final {
public:
    AssetRecord();

    void clear();
    TextSpan add(QByteArrayView utf8);
    // For formatting in place: remember begin(), append to buffer(), then take spanFrom(begin).
    qsizetype begin() const { return m_arena.size(); }
    QByteArray &buffer() { return m_arena; }
    TextSpan spanFrom(qsizetype start) const { return {start, m_arena.size() - start}; }
    QByteArrayView text(TextSpan span) const { return {m_arena.constData() + span.offset, span.length}; }

    qint64 index = 0;
    TextSpan id, type, os, osVersion, hw, siteId, siteName, risk;
    QVarLengthArray<TextSpan, 4> addresses, names, macs, macVendors, tcpPorts, udpPorts;
    QVarLengthArray<std::pair<TextSpan, TextSpan>, 6> tags;
    bool alive = false;
    bool hasServiceCount = false;
    qint64 firstSeen = 0;
    qint64 lastSeen = 0;
    qint64 serviceCount = 0;

private:
    QByteArray m_arena;
};

} // namespace rz::sim
