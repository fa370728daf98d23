// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: rzconsole contributors
#pragma once

#include "domain/AssetColumn.h"

#include <QList>
#include <QString>

namespace rz {

// One bar of a tally: a value of the column and how many visible assets have it, or the sum of the values
// beyond the top ones ("Other"), or the assets without a value ("Unknown").
struct AssetTallyEntry {
    enum class Kind : quint8 { Value, Other, Unknown };

    Kind kind = Kind::Value;
    QString value;     // the canonical text (see AssetRow); empty for Other and Unknown
    qint64 count = 0;  // assets
    qint64 values = 1; // distinct values summed up in this entry (Other: how many; Unknown: 1)

    bool operator==(const AssetTallyEntry &) const = default;
};

// How the visible assets spread over the values of one column: the most frequent values first (ties by
// value), then "Other", then "Unknown", each only when it counts any asset.
struct AssetTally {
    AssetColumn column = AssetColumn::Type;
    bool loaded = false; // the column is among the loaded ones; when not, nothing was counted
    qint64 distinct = 0; // distinct non-empty values
    qint64 total = 0;    // the assets counted, the sum of every entry
    QList<AssetTallyEntry> entries;

    // The count of `value` when it has an entry of its own, else 0.
    qint64 countOf(const QString &value) const;
    // The count of the entry of kind `kind` (Other or Unknown), 0 when there is none.
    qint64 countOf(AssetTallyEntry::Kind kind) const;
    bool operator==(const AssetTally &) const = default;
};

// The overview of what the asset view shows: per requested column, a tally of the visible rows.
struct AssetOverview {
    qint64 visibleRows = 0;
    qint64 loadedRows = 0;
    QString filter; // the local filter the visible rows answer (empty: none)
    QList<AssetTally> tallies;

    // The tally of `column`, nullptr when it was not asked for.
    const AssetTally *tally(AssetColumn column) const;
    bool operator==(const AssetOverview &) const = default;
};

} // namespace rz
