// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: rzconsole contributors
#include "domain/WholeNumber.h"

#include <QLocale>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace rz {

WholeNumber WholeNumber::parse(QStringView text, qint64 minimum, qint64 maximum) {
    WholeNumber number;
    const QStringView trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return number;
    static const QRegularExpression plain(u"^[0-9]+$"_s);
    static const QRegularExpression grouped(u"^[0-9]{1,3}(?:([,_ \u00a0\u202f])[0-9]{3})(?:\\1[0-9]{3})*$"_s);
    static const QRegularExpression negative(u"^[-\u2212][0-9]"_s);
    const QLocale locale;
    if (negative.match(trimmed).hasMatch()) {
        number.problem = tr("must be at least %1").arg(locale.toString(minimum));
        return number;
    }
    if (!plain.match(trimmed).hasMatch() && !grouped.match(trimmed).hasMatch()) {
        number.problem = tr("must be a whole number, like %1").arg(locale.toString(minimum));
        return number;
    }
    QString digits;
    for (const QChar c : trimmed) {
        if (c.isDigit())
            digits.append(c);
    }
    bool ok = false;
    const qint64 value = digits.size() <= 18 ? digits.toLongLong(&ok) : 0;
    if (!ok || value > maximum) {
        number.problem = tr("must be at most %1").arg(locale.toString(maximum));
        return number;
    }
    if (value < minimum) {
        number.problem = tr("must be at least %1").arg(locale.toString(minimum));
        return number;
    }
    number.value = value;
    return number;
}

} // namespace rz
