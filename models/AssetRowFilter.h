// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: rzconsole contributors
#pragma once

#include "models/AssetCellFormatter.h"
#include "models/AssetStore.h"

#include <QHash>
#include <QString>

#include <memory>
#include <vector>

namespace rz {

// The local filter: which rows have a cell, in any of the store's columns, whose display text (exactly what
// AssetCellFormatter::display() gives) contains the needle, ignoring letter case as QString::contains() does.
//
// Built for a million rows on a worker thread: a pooled column is tested once per distinct value, a text
// column on its stored characters whenever the needle cannot tell them from the display text (it has no
// space, comma or control character), and a time or count column only when the needle could occur in such a
// text at all, then through cached pieces of the formatted text. Not thread-safe (it keeps caches); use one
// per thread.
class AssetRowFilter final {
public:
    AssetRowFilter(QString needle, AssetCellFormatter formatter);
    ~AssetRowFilter();
    AssetRowFilter(const AssetRowFilter &) = delete;
    AssetRowFilter &operator=(const AssetRowFilter &) = delete;

    const QString &needle() const { return m_needle; }
    // Appends to `rows` the store rows of segment `segment` that match, in order.
    void filterSegment(const AssetStore &store, int segment, std::vector<quint32> &rows);
    bool matches(const AssetStore &store, qint64 row);
    // Whether `display` contains the needle, ignoring case.
    bool contains(QStringView display) const;

private:
    class TimeTexts;

    void markColumn(const AssetStore &store, int segment, int section, std::vector<quint8> &hits);
    bool numberMatches(ValueKind kind, qint64 value);

    QString m_needle;
    std::vector<char16_t> m_folded; // the needle folded unit by unit (when m_simple)
    bool m_simple = false;          // no surrogates in the needle: fold and compare unit by unit
    bool m_rawEquivalent = false;   // the stored text of Text/List/Address cells may be searched directly
    bool m_timesMayMatch = false;
    bool m_countsMayMatch = false;
    AssetCellFormatter m_formatter;
    std::unique_ptr<TimeTexts> m_times;
    QHash<qint64, bool> m_countHits;
    QString m_scratch;
};

} // namespace rz
