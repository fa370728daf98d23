// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: rzconsole contributors
#pragma once

// The subset of runZero's query syntax that the simulator understands (the `search=` parameter).
//
//   query    := or
//   or       := and { "OR" and }
//   and      := unary { ["AND"] unary }          juxtaposition is an implicit AND
//   unary    := ("NOT" | "-") unary | "(" or ")" | term
//   term     := field ":" ["="] value | value
//   value    := bare-word | "quoted text"        \" and \\ escape inside quotes; a bare word may contain
//                                                quoted parts (tag:owner="IT Operations")
//   "-term" needs the term right after the '-'; write "\"-rf\"" to search for text that starts with '-'.
//
// AND, OR and NOT are keywords in any letter case; binding is NOT, then AND, then OR. All comparisons ignore
// letter case (full Unicode folding for non-ASCII values).
//
// Free text (a term without a field) matches when it is a substring of any name, address, os, hw or type.
// Fields (names are case-insensitive):
//   name, os, os_version, hw, type, mac, mac_vendor, risk   substring of the field (any element of a list);
//                                                           with "=" (name:=web-1) the whole value must equal
//   site        the whole site name (site:"Lab Zürich", any letter case) or the site id; "=" changes nothing
//   address     an IP address matches that address exactly; a CIDR (address:10.0.0.0/8, address:fd00::/8)
//               matches every address inside it; any other text is a substring match
//   tag         tag:key matches assets that have the tag key; tag:key=value needs that value too (exact)
//   alive       true or false (also yes/no, t/f, 1/0)
//   id          the exact asset id
// Text containing a ':' (an IPv6 address, a MAC) must be quoted when searched as free text: "fe80::1".
//
// Malformed queries (unbalanced parentheses or quotes, an operator without an operand, an unknown field, an
// invalid value) are rejected with a message that names the problem and its 1-based character position.
// Not supported: wildcards, numeric comparisons (<, >), ranges and the rest of runZero's field list.

#include <QByteArray>
#include <QHostAddress>
#include <QList>
#include <QString>

#include <optional>

namespace rz::sim {

class AssetRecord;
struct SearchToken;

class SearchQuery final {
public:
    // An empty (or all-blank) query matches everything. On error returns nullopt and sets `error`.
    static std::optional<SearchQuery> parse(const QString &query, QString *error);

    bool matchesAll() const { return m_nodes.isEmpty(); }
    bool matches(const AssetRecord &record) const;

private:
    enum class Field {
        FreeText,
        Name,
        Os,
        OsVersion,
        Hw,
        Type,
        Mac,
        MacVendor,
        Risk,
        Site,
        Address,
        Tag,
        Alive,
        Id
    };
    enum class AddressMode { Text, Exact, Subnet };

    struct Leaf {
        Field field = Field::FreeText;
        bool exact = false;
        QByteArray needle;       // folded UTF-8
        bool asciiNeedle = true; // fast case-insensitive comparison is enough
        bool boolValue = false;
        QByteArray tagKey, tagValue;
        bool tagHasValue = false;
        AddressMode addressMode = AddressMode::Text;
        QHostAddress address;
        int prefixLength = 0;
        bool ipv4Subnet = false;
        quint32 ipv4Network = 0;
        quint32 ipv4Mask = 0;
    };
    struct Node {
        enum class Op { Leaf, And, Or, Not };
        Op op = Op::Leaf;
        int left = -1;
        int right = -1;
        int leaf = -1;
    };

    class Parser;

    bool evaluate(int node, const AssetRecord &record) const;
    bool matchLeaf(const Leaf &leaf, const AssetRecord &record) const;

    QList<Node> m_nodes;
    QList<Leaf> m_leaves;
    int m_root = -1;
};

} // namespace rz::sim
