// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: rzconsole contributors
#pragma once

#include "domain/AssetBlock.h"

#include <QLocale>
#include <QString>
#include <QVariant>

namespace rz {

// How an asset cell is shown: the display text, the tooltip and the raw value of a cell, by its column's
// ValueKind. The display text is one line (tabs and line breaks become spaces; list items are joined by ",
// "), a time is in the locale's short format with a four-digit year (0, "never", shows nothing), a count has
// the locale's digit grouping, and a flag is Yes or No.
//
// A value type: made on the GUI thread (it takes the default locale of that moment), then usable from any
// thread, so that a filter on a worker matches exactly the texts the view shows.
class AssetCellFormatter final {
public:
    AssetCellFormatter(QString yes, QString no);

    QString display(ValueKind kind, const AssetBlockColumn &cells, qsizetype row) const;
    QVariant toolTip(ValueKind kind, const AssetBlockColumn &cells, qsizetype row) const;
    // The cell's value in a type whose QVariant order is the column's order (see RawValueRole).
    QVariant raw(ValueKind kind, const AssetBlockColumn &cells, qsizetype row) const;

    // The display text of a canonical text.
    QString displayText(ValueKind kind, QStringView canonical) const;
    QString timeText(qint64 seconds) const;
    QString integerText(qint64 value) const;
    const QLocale &locale() const { return m_locale; }
    // The format of timeText(): the locale's short date-time format with a four-digit year.
    const QString &dateTimeFormat() const { return m_dateTimeFormat; }

private:
    QLocale m_locale;
    QString m_dateTimeFormat;
    QString m_yes;
    QString m_no;
};

} // namespace rz
