// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: rzconsole contributors
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>

#include <span>

namespace rz::sim {

class FieldSelection;

// One exported record of the service, software or vulnerability inventory: named, typed values in a fixed
// column order, written as one JSON object (limited to `fields=`) or as one CSV record. Text lives in one
// arena that is reused from record to record, so a large export allocates almost nothing per row.
class ItemRow final {
public:
    ItemRow();

    void clear();
    void text(const char *name, QByteArrayView utf8);
    void integer(const char *name, qint64 value);
    void number(const char *name, double value);
    void boolean(const char *name, bool value);
    // A list of strings: start it, then add its items.
    void beginList(const char *name);
    // A string map (JSON object of strings): start it, then add key/value pairs.
    void beginMap(const char *name);
    void item(QByteArrayView utf8);
    void entry(QByteArrayView key, QByteArrayView value);

    // Writes the values whose names `fields` selects (all of them without fields=) as one JSON object.
    void writeJson(const FieldSelection &fields, QByteArray &out) const;
    // Writes every value as one CSV record (RFC 4180, CRLF): list items joined by a tab, map entries as
    // key=value items, numbers as digits, booleans as true/false. No spreadsheet-formula guard: that is the
    // client's job, as in the asset CSV.
    void writeCsv(QByteArray &out) const;
    static void writeCsvHeader(std::span<const char *const> names, QByteArray &out);

private:
    enum class Type : quint8 { Text, Integer, Number, Boolean, List, Map };
    struct Value {
        const char *name = nullptr;
        Type type = Type::Text;
        qint64 integer = 0; // Integer, Boolean; for Text, List and Map: the first of its spans
        double number = 0;
        int spans = 0; // Text: 1; List: items; Map: 2 per entry
    };
    struct Span {
        qsizetype offset = 0;
        qsizetype length = 0;
    };

    QByteArrayView spanText(qsizetype index) const;
    void addSpan(QByteArrayView utf8);
    void writeJsonValue(const Value &value, QByteArray &out) const;
    void writeCsvValue(const Value &value, QByteArray &out) const;

    QList<Value> m_values;
    QList<Span> m_spans;
    QByteArray m_arena;
};

} // namespace rz::sim
