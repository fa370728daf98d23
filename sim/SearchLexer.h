// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: rzconsole contributors
#pragma once

#include <QList>
#include <QString>

namespace rz::sim {

// One token of a search query (see SearchQuery.h for the syntax).
struct SearchToken {
    enum class Kind { Term, And, Or, Not, LeftParen, RightParen, End };
    Kind kind = Kind::End;
    int position = 0; // 1-based character position in the query, for error messages
    QString field;    // empty for free text
    QString value;
    bool exact = false; // field:=value
    bool quoted = false;
};

// Splits a query into tokens; on a lexical error (an unterminated quote, a field without a value) returns an
// empty list and sets `error`.
class SearchLexer final {
public:
    explicit SearchLexer(QString query);
    QList<SearchToken> tokenize(QString *error);

private:
    bool readQuoted(int &pos, QString &out, QString *error) const;
    bool readTerm(int &pos, SearchToken &token, QString *error) const;

    QString m_query;
};

} // namespace rz::sim
