// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: rzconsole contributors
#include "sim/SearchQuery.h"

#include "sim/AssetRecord.h"
#include "sim/SearchLexer.h"

#include <array>
#include <utility>

using namespace Qt::StringLiterals;

namespace rz::sim {

namespace {

char foldAscii(char c) {
    return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c;
}

bool isAscii(QByteArrayView text) {
    for (const char c : text) {
        if (static_cast<unsigned char>(c) >= 0x80)
            return false;
    }
    return true;
}

bool equalsFolded(QByteArrayView hay, QByteArrayView needle) {
    if (hay.size() != needle.size())
        return false;
    for (qsizetype i = 0; i < hay.size(); ++i) {
        if (foldAscii(hay[i]) != needle[i])
            return false;
    }
    return true;
}

bool containsFolded(QByteArrayView hay, QByteArrayView needle) {
    const qsizetype n = needle.size();
    if (n == 0)
        return true;
    const char first = needle[0];
    for (qsizetype i = 0; i + n <= hay.size(); ++i) {
        if (foldAscii(hay[i]) != first)
            continue;
        qsizetype j = 1;
        while (j < n && foldAscii(hay[i + j]) == needle[j])
            ++j;
        if (j == n)
            return true;
    }
    return false;
}

bool textMatches(QByteArrayView hay, QByteArrayView needle, bool exact, bool asciiNeedle) {
    if (asciiNeedle)
        return exact ? equalsFolded(hay, needle) : containsFolded(hay, needle);
    const QByteArray folded = QString::fromUtf8(hay).toCaseFolded().toUtf8();
    return exact ? folded == needle : folded.contains(needle);
}

bool parseIpv4(QByteArrayView text, quint32 *out) {
    quint32 value = 0;
    int parts = 0;
    qsizetype i = 0;
    while (parts < 4) {
        if (i >= text.size() || text[i] < '0' || text[i] > '9')
            return false;
        quint32 part = 0;
        int digits = 0;
        while (i < text.size() && text[i] >= '0' && text[i] <= '9' && digits < 4) {
            part = part * 10 + static_cast<quint32>(text[i] - '0');
            ++i;
            ++digits;
        }
        if (part > 255)
            return false;
        value = (value << 8) | part;
        ++parts;
        if (parts < 4) {
            if (i >= text.size() || text[i] != '.')
                return false;
            ++i;
        }
    }
    if (i != text.size())
        return false;
    *out = value;
    return true;
}

struct FieldName {
    const char *name;
    int field;
};

} // namespace

class SearchQuery::Parser final {
public:
    Parser(SearchQuery &query, QList<SearchToken> tokens)
        : m_query(query)
        , m_tokens(std::move(tokens)) {}

    bool parse(QString *error) {
        m_error = error;
        if (peek().kind == SearchToken::Kind::End)
            return true;
        m_query.m_root = parseOr();
        if (m_query.m_root < 0)
            return false;
        const SearchToken &rest = peek();
        if (rest.kind == SearchToken::Kind::RightParen)
            return fail(u"unexpected ')' at character %1 without a matching '('"_s.arg(rest.position));
        if (rest.kind != SearchToken::Kind::End)
            return fail(u"unexpected text at character %1"_s.arg(rest.position));
        return true;
    }

private:
    const SearchToken &peek() const { return m_tokens.at(m_pos); }
    const SearchToken &take() { return m_tokens.at(m_pos++); }

    bool fail(const QString &message) {
        if (m_error->isEmpty())
            *m_error = message;
        return false;
    }

    static bool startsOperand(SearchToken::Kind kind) {
        return kind == SearchToken::Kind::Term || kind == SearchToken::Kind::LeftParen ||
               kind == SearchToken::Kind::Not;
    }

    bool expectOperand(const SearchToken &op, const char *name) {
        if (startsOperand(peek().kind))
            return true;
        const SearchToken &next = peek();
        if (next.kind == SearchToken::Kind::End)
            return fail(
                u"'%1' at character %2 is not followed by a search term"_s.arg(QLatin1StringView(name))
                    .arg(op.position));
        return fail(
            u"'%1' at character %2 must be followed by a search term, not by what is at character %3"_s
                .arg(QLatin1StringView(name))
                .arg(op.position)
                .arg(next.position));
    }

    int addNode(Node::Op op, int left, int right = -1) {
        Node node;
        node.op = op;
        node.left = left;
        node.right = right;
        m_query.m_nodes.append(node);
        return static_cast<int>(m_query.m_nodes.size() - 1);
    }

    int parseOr() {
        int left = parseAnd();
        while (left >= 0 && peek().kind == SearchToken::Kind::Or) {
            const SearchToken &op = take();
            if (!expectOperand(op, "OR"))
                return -1;
            const int right = parseAnd();
            if (right < 0)
                return -1;
            left = addNode(Node::Op::Or, left, right);
        }
        return left;
    }

    int parseAnd() {
        int left = parseUnary();
        while (left >= 0) {
            if (peek().kind == SearchToken::Kind::And) {
                const SearchToken &op = take();
                if (!expectOperand(op, "AND"))
                    return -1;
            } else if (!startsOperand(peek().kind)) {
                break;
            }
            const int right = parseUnary();
            if (right < 0)
                return -1;
            left = addNode(Node::Op::And, left, right);
        }
        return left;
    }

    int parseUnary() {
        const SearchToken &token = peek();
        switch (token.kind) {
        case SearchToken::Kind::Not: {
            take();
            if (!expectOperand(token, "NOT"))
                return -1;
            const int operand = parseUnary();
            return operand < 0 ? -1 : addNode(Node::Op::Not, operand);
        }
        case SearchToken::Kind::LeftParen: {
            take();
            if (peek().kind == SearchToken::Kind::RightParen) {
                fail(u"empty parentheses at character %1"_s.arg(token.position));
                return -1;
            }
            const int inner = parseOr();
            if (inner < 0)
                return -1;
            if (peek().kind != SearchToken::Kind::RightParen) {
                fail(u"missing ')' to close the '(' at character %1"_s.arg(token.position));
                return -1;
            }
            take();
            return inner;
        }
        case SearchToken::Kind::Term:
            take();
            return parseLeaf(token);
        case SearchToken::Kind::And:
        case SearchToken::Kind::Or:
            fail(u"'%1' at character %2 needs a search term before it"_s.arg(token.value.toUpper())
                     .arg(token.position));
            return -1;
        case SearchToken::Kind::RightParen:
            fail(u"unexpected ')' at character %1 without a matching '('"_s.arg(token.position));
            return -1;
        case SearchToken::Kind::End:
            fail(u"the query ends where a search term was expected (character %1)"_s.arg(token.position));
            return -1;
        }
        return -1;
    }

    int parseLeaf(const SearchToken &token) {
        static constexpr std::array<FieldName, 14> kFields{{
            {"name", static_cast<int>(Field::Name)},
            {"os", static_cast<int>(Field::Os)},
            {"os_version", static_cast<int>(Field::OsVersion)},
            {"hw", static_cast<int>(Field::Hw)},
            {"type", static_cast<int>(Field::Type)},
            {"mac", static_cast<int>(Field::Mac)},
            {"mac_vendor", static_cast<int>(Field::MacVendor)},
            {"risk", static_cast<int>(Field::Risk)},
            {"site", static_cast<int>(Field::Site)},
            {"address", static_cast<int>(Field::Address)},
            {"tag", static_cast<int>(Field::Tag)},
            {"alive", static_cast<int>(Field::Alive)},
            {"id", static_cast<int>(Field::Id)},
            {"", static_cast<int>(Field::FreeText)},
        }};
        Leaf leaf;
        bool known = false;
        for (const FieldName &candidate : kFields) {
            if (token.field == QLatin1StringView(candidate.name)) {
                leaf.field = static_cast<Field>(candidate.field);
                known = true;
                break;
            }
        }
        if (!known) {
            fail(u"unknown field '%1' at character %2 (known fields: name, os, os_version, hw, type, mac, "
                 u"mac_vendor, risk, site, address, tag, alive, id; quote free text that contains ':')"_s
                     .arg(token.field)
                     .arg(token.position));
            return -1;
        }
        leaf.exact = token.exact;
        const QString folded = token.value.toCaseFolded();
        leaf.needle = folded.toUtf8();
        leaf.asciiNeedle = isAscii(leaf.needle);

        if (leaf.field == Field::Alive) {
            static constexpr std::array<const char *, 4> yes{"true", "yes", "t", "1"};
            static constexpr std::array<const char *, 4> no{"false", "no", "f", "0"};
            const auto isOneOf = [&folded](const std::array<const char *, 4> &words) {
                for (const char *word : words) {
                    if (folded == QLatin1StringView(word))
                        return true;
                }
                return false;
            };
            leaf.boolValue = isOneOf(yes);
            if (!leaf.boolValue && !isOneOf(no)) {
                fail(u"alive expects true or false, not '%1' (character %2)"_s.arg(token.value)
                         .arg(token.position));
                return -1;
            }
        } else if (leaf.field == Field::Tag) {
            const qsizetype eq = leaf.needle.indexOf('=');
            leaf.tagHasValue = eq >= 0;
            leaf.tagKey = eq >= 0 ? leaf.needle.left(eq) : leaf.needle;
            leaf.tagValue = eq >= 0 ? leaf.needle.mid(eq + 1) : QByteArray();
            if (leaf.tagKey.isEmpty()) {
                fail(u"tag needs a key, as in tag:owner or tag:owner=alice (character %1)"_s.arg(
                    token.position));
                return -1;
            }
        } else if (leaf.field == Field::Address) {
            if (token.value.contains(u'/')) {
                const auto subnet = QHostAddress::parseSubnet(token.value);
                // Qt accepts some garbled text (with NUL characters) as an IPv4 address with a prefix
                // longer than 32 bits.
                const int maxPrefix = subnet.first.protocol() == QAbstractSocket::IPv4Protocol ? 32 : 128;
                if (subnet.first.isNull() || subnet.second < 0 || subnet.second > maxPrefix) {
                    fail(
                        u"'%1' at character %2 is not a valid CIDR block (like 10.0.0.0/8)"_s.arg(token.value)
                            .arg(token.position));
                    return -1;
                }
                leaf.addressMode = AddressMode::Subnet;
                leaf.address = subnet.first;
                leaf.prefixLength = subnet.second;
                if (subnet.first.protocol() == QAbstractSocket::IPv4Protocol) {
                    leaf.ipv4Subnet = true;
                    leaf.ipv4Mask = subnet.second == 0 ? 0U : ~0U << (32 - subnet.second);
                    leaf.ipv4Network = subnet.first.toIPv4Address() & leaf.ipv4Mask;
                }
            } else if (QHostAddress address(token.value); !address.isNull()) {
                leaf.addressMode = AddressMode::Exact;
                leaf.address = address;
            }
        }
        m_query.m_leaves.append(leaf);
        Node node;
        node.leaf = static_cast<int>(m_query.m_leaves.size() - 1);
        m_query.m_nodes.append(node);
        return static_cast<int>(m_query.m_nodes.size() - 1);
    }

    SearchQuery &m_query;
    QList<SearchToken> m_tokens;
    qsizetype m_pos = 0;
    QString *m_error = nullptr;
};

std::optional<SearchQuery> SearchQuery::parse(const QString &query, QString *error) {
    QString message;
    SearchLexer lexer(query);
    QList<SearchToken> tokens = lexer.tokenize(&message);
    if (tokens.isEmpty()) {
        *error = message;
        return std::nullopt;
    }
    SearchQuery result;
    Parser parser(result, std::move(tokens));
    if (!parser.parse(&message)) {
        *error = message;
        return std::nullopt;
    }
    return result;
}

bool SearchQuery::matches(const AssetRecord &record) const {
    return m_root < 0 || evaluate(m_root, record);
}

bool SearchQuery::evaluate(int index, const AssetRecord &record) const {
    const Node &node = m_nodes.at(index);
    switch (node.op) {
    case Node::Op::Leaf:
        return matchLeaf(m_leaves.at(node.leaf), record);
    case Node::Op::And:
        return evaluate(node.left, record) && evaluate(node.right, record);
    case Node::Op::Or:
        return evaluate(node.left, record) || evaluate(node.right, record);
    case Node::Op::Not:
        return !evaluate(node.left, record);
    }
    return false;
}

bool SearchQuery::matchLeaf(const Leaf &leaf, const AssetRecord &record) const {
    const auto text = [&](TextSpan span) {
        return textMatches(record.text(span), leaf.needle, leaf.exact, leaf.asciiNeedle);
    };
    const auto any = [&](const QVarLengthArray<TextSpan, 4> &list) {
        for (const TextSpan span : list) {
            if (text(span))
                return true;
        }
        return false;
    };
    switch (leaf.field) {
    case Field::FreeText:
        return any(record.names) || any(record.addresses) || text(record.os) || text(record.hw) ||
               text(record.type);
    case Field::Name:
        return any(record.names);
    case Field::Os:
        return text(record.os);
    case Field::OsVersion:
        return text(record.osVersion);
    case Field::Hw:
        return text(record.hw);
    case Field::Type:
        return text(record.type);
    case Field::Mac:
        return any(record.macs);
    case Field::MacVendor:
        return any(record.macVendors);
    case Field::Risk:
        return text(record.risk);
    case Field::Id:
        return equalsFolded(record.text(record.id), leaf.needle);
    case Field::Alive:
        return record.alive == leaf.boolValue;
    case Field::Site:
        // A site is named exactly (in any letter case) or by its id, as a site filter needs.
        return equalsFolded(record.text(record.siteId), leaf.needle) ||
               textMatches(record.text(record.siteName), leaf.needle, true, leaf.asciiNeedle);
    case Field::Tag:
        for (const auto &[key, value] : record.tags) {
            if (!textMatches(record.text(key), leaf.tagKey, true, isAscii(leaf.tagKey)))
                continue;
            if (!leaf.tagHasValue ||
                textMatches(record.text(value), leaf.tagValue, true, isAscii(leaf.tagValue)))
                return true;
        }
        return false;
    case Field::Address:
        for (const TextSpan span : record.addresses) {
            const QByteArrayView address = record.text(span);
            if (leaf.addressMode == AddressMode::Text) {
                if (text(span))
                    return true;
                continue;
            }
            quint32 v4 = 0;
            if (parseIpv4(address, &v4)) {
                if (leaf.addressMode == AddressMode::Subnet
                        ? leaf.ipv4Subnet && (v4 & leaf.ipv4Mask) == leaf.ipv4Network
                        : leaf.address == QHostAddress(v4))
                    return true;
                continue;
            }
            if (leaf.ipv4Subnet)
                continue; // an IPv6 address is never inside an IPv4 block
            const QHostAddress parsed(QString::fromLatin1(address));
            if (leaf.addressMode == AddressMode::Subnet ? parsed.isInSubnet(leaf.address, leaf.prefixLength)
                                                        : parsed == leaf.address)
                return true;
        }
        return false;
    }
    return false;
}

} // namespace rz::sim
