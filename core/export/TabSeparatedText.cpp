// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: rzconsole contributors
#include "export/TabSeparatedText.h"

#include "export/CsvFormulaGuard.h"
#include "export/CsvSelection.h"
#include "export/CsvTable.h"

namespace rz {

namespace {

bool isBreak(QChar c) {
    return c == u'\t' || c == u'\r' || c == u'\n';
}

void appendCell(QString &out, QStringView text, CsvColumnKind kind, TabSeparatedText::FormulaGuard guard) {
    if (text.isEmpty())
        return;
    const QChar first = isBreak(text.front()) ? QChar(u' ') : text.front();
    if (guard == TabSeparatedText::FormulaGuard::On && CsvFormulaGuard::applies(first, text, kind))
        out.append(QChar(u'\''));
    qsizetype plainFrom = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (!isBreak(text[i]))
            continue;
        out.append(text.sliced(plainFrom, i - plainFrom));
        out.append(QChar(u' '));
        if (text[i] == u'\r' && i + 1 < text.size() && text[i + 1] == u'\n')
            ++i;
        plainFrom = i + 1;
    }
    out.append(text.sliced(plainFrom));
}

} // namespace

QString TabSeparatedText::fromSelection(const CsvTable &table, const CsvSelection &selection, Header header,
                                        FormulaGuard guard) {
    QString out;
    bool firstLine = true;
    const auto startLine = [&] {
        if (!firstLine)
            out.append(QChar(u'\n'));
        firstLine = false;
    };
    if (header == Header::Include) {
        startLine();
        for (qsizetype i = 0; i < selection.columns.size(); ++i) {
            if (i > 0)
                out.append(QChar(u'\t'));
            appendCell(out, table.columnTitle(selection.columns.at(i)), CsvColumnKind::Text, guard);
        }
    }
    for (const qsizetype row : selection.rows) {
        startLine();
        for (qsizetype i = 0; i < selection.columns.size(); ++i) {
            if (i > 0)
                out.append(QChar(u'\t'));
            const int column = selection.columns.at(i);
            appendCell(out, table.cell(row, column), table.columnKind(column), guard);
        }
    }
    return out;
}

} // namespace rz
