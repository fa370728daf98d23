// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: rzconsole contributors
#include "export/CsvFormulaGuard.h"

namespace rz {

namespace {

bool isDigit(QChar c) {
    return c >= u'0' && c <= u'9';
}

} // namespace

bool CsvFormulaGuard::isTrigger(QChar c) {
    switch (c.unicode()) {
    case u'=':
    case u'+':
    case u'-':
    case u'@':
    case u'\t':
    case u'\r':
        return true;
    default:
        return false;
    }
}

bool CsvFormulaGuard::isPlainNumber(QStringView text) {
    qsizetype i = 0;
    const qsizetype n = text.size();
    if (i < n && text[i] == u'-')
        ++i;
    const qsizetype integerStart = i;
    while (i < n && isDigit(text[i]))
        ++i;
    if (i == integerStart)
        return false;
    if (i == n)
        return true;
    if (text[i] != u'.')
        return false;
    const qsizetype fractionStart = ++i;
    while (i < n && isDigit(text[i]))
        ++i;
    return i == n && i > fractionStart;
}

bool CsvFormulaGuard::applies(QChar firstChar, QStringView text, CsvColumnKind kind) {
    if (!isTrigger(firstChar))
        return false;
    return !(kind == CsvColumnKind::Number && isPlainNumber(text));
}

} // namespace rz
