// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: rzconsole contributors
#include "sim/SearchLexer.h"

using namespace Qt::StringLiterals;

namespace rz::sim {

namespace {

bool isFieldChar(QChar c) {
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9') || c == u'_' ||
           c == u'.';
}

bool endsBareWord(QChar c) {
    return c.isSpace() || c == u'(' || c == u')';
}

} // namespace

SearchLexer::SearchLexer(QString query)
    : m_query(std::move(query)) {}

QList<SearchToken> SearchLexer::tokenize(QString *error) {
    QList<SearchToken> tokens;
    const int size = static_cast<int>(m_query.size());
    int pos = 0;
    while (pos < size) {
        const QChar c = m_query.at(pos);
        if (c.isSpace()) {
            ++pos;
            continue;
        }
        SearchToken token;
        token.position = pos + 1;
        if (c == u'(') {
            token.kind = SearchToken::Kind::LeftParen;
            ++pos;
        } else if (c == u')') {
            token.kind = SearchToken::Kind::RightParen;
            ++pos;
        } else if (c == u'-') {
            if (pos + 1 >= size || m_query.at(pos + 1).isSpace() || m_query.at(pos + 1) == u')') {
                *error =
                    u"'-' at character %1 must be directly followed by the term it excludes"_s.arg(pos + 1);
                return {};
            }
            token.kind = SearchToken::Kind::Not; // -term
            ++pos;
        } else if (c == u'"') {
            token.kind = SearchToken::Kind::Term;
            token.quoted = true;
            if (!readQuoted(pos, token.value, error))
                return {};
        } else {
            token.kind = SearchToken::Kind::Term;
            if (!readTerm(pos, token, error))
                return {};
            if (token.field.isEmpty()) {
                const QString upper = token.value.toUpper();
                if (upper == "AND"_L1)
                    token.kind = SearchToken::Kind::And;
                else if (upper == "OR"_L1)
                    token.kind = SearchToken::Kind::Or;
                else if (upper == "NOT"_L1)
                    token.kind = SearchToken::Kind::Not;
            }
        }
        tokens.append(token);
    }
    SearchToken end;
    end.kind = SearchToken::Kind::End;
    end.position = size + 1;
    tokens.append(end);
    return tokens;
}

bool SearchLexer::readQuoted(int &pos, QString &out, QString *error) const {
    const int start = pos;
    const int size = static_cast<int>(m_query.size());
    for (++pos; pos < size; ++pos) {
        const QChar c = m_query.at(pos);
        if (c == u'\\' && pos + 1 < size) {
            out.append(m_query.at(++pos));
        } else if (c == u'"') {
            ++pos;
            return true;
        } else {
            out.append(c);
        }
    }
    *error = u"unterminated quote: the '\"' at character %1 has no closing '\"'"_s.arg(start + 1);
    return false;
}

bool SearchLexer::readTerm(int &pos, SearchToken &token, QString *error) const {
    const int start = pos;
    const int size = static_cast<int>(m_query.size());
    while (pos < size && isFieldChar(m_query.at(pos)))
        ++pos;
    if (pos < size && m_query.at(pos) == u':') {
        token.field = m_query.mid(start, pos - start).toLower();
        if (token.field.isEmpty()) {
            *error = u"missing field name before ':' at character %1"_s.arg(start + 1);
            return false;
        }
        ++pos; // ':'
        if (pos < size && m_query.at(pos) == u'=') {
            token.exact = true;
            ++pos;
        }
        if (pos < size && m_query.at(pos) == u'"') {
            token.quoted = true;
            return readQuoted(pos, token.value, error);
        }
        // A bare value may contain quoted parts, as in tag:owner="IT Operations".
        const int valueStart = pos;
        while (pos < size && !endsBareWord(m_query.at(pos))) {
            if (m_query.at(pos) == u'"') {
                token.quoted = true;
                if (!readQuoted(pos, token.value, error))
                    return false;
                continue;
            }
            token.value.append(m_query.at(pos++));
        }
        if (token.value.isEmpty() && !token.quoted) {
            *error = u"missing value after '%1:' at character %2"_s.arg(token.field).arg(valueStart + 1);
            return false;
        }
        return true;
    }
    while (pos < size && !endsBareWord(m_query.at(pos))) {
        if (m_query.at(pos) == u'"') {
            *error = u"unexpected '\"' inside a word at character %1; quote the whole phrase instead"_s.arg(
                pos + 1);
            return false;
        }
        ++pos;
    }
    token.value = m_query.mid(start, pos - start);
    return true;
}

} // namespace rz::sim
