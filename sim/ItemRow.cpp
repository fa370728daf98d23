// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: rzconsole contributors
#include "sim/ItemRow.h"

#include "sim/AssetCsv.h"
#include "sim/FieldSelection.h"
#include "sim/JsonOut.h"

namespace rz::sim {

namespace {

void appendNumber(QByteArray &out, double value) {
    out.append(QByteArray::number(value, 'g', 12));
}

} // namespace

ItemRow::ItemRow() {
    m_arena.reserve(2048);
    m_values.reserve(40);
    m_spans.reserve(64);
}

void ItemRow::clear() {
    m_values.resize(0);
    m_spans.resize(0);
    m_arena.truncate(0);
}

void ItemRow::addSpan(QByteArrayView utf8) {
    m_spans.append({m_arena.size(), utf8.size()});
    m_arena.append(utf8);
}

QByteArrayView ItemRow::spanText(qsizetype index) const {
    const Span &span = m_spans.at(index);
    return {m_arena.constData() + span.offset, span.length};
}

void ItemRow::text(const char *name, QByteArrayView utf8) {
    Value value{name, Type::Text, m_spans.size(), 0, 1};
    addSpan(utf8);
    m_values.append(value);
}

void ItemRow::integer(const char *name, qint64 value) {
    m_values.append({name, Type::Integer, value, 0, 0});
}

void ItemRow::number(const char *name, double value) {
    m_values.append({name, Type::Number, 0, value, 0});
}

void ItemRow::boolean(const char *name, bool value) {
    m_values.append({name, Type::Boolean, value ? 1 : 0, 0, 0});
}

void ItemRow::beginList(const char *name) {
    m_values.append({name, Type::List, m_spans.size(), 0, 0});
}

void ItemRow::beginMap(const char *name) {
    m_values.append({name, Type::Map, m_spans.size(), 0, 0});
}

void ItemRow::item(QByteArrayView utf8) {
    Q_ASSERT(!m_values.isEmpty() && m_values.last().type == Type::List);
    addSpan(utf8);
    ++m_values.last().spans;
}

void ItemRow::entry(QByteArrayView key, QByteArrayView value) {
    Q_ASSERT(!m_values.isEmpty() && m_values.last().type == Type::Map);
    addSpan(key);
    addSpan(value);
    m_values.last().spans += 2;
}

void ItemRow::writeJsonValue(const Value &value, QByteArray &out) const {
    switch (value.type) {
    case Type::Text:
        appendJsonString(out, spanText(value.integer));
        return;
    case Type::Integer:
        appendInt(out, value.integer);
        return;
    case Type::Number:
        appendNumber(out, value.number);
        return;
    case Type::Boolean:
        appendBool(out, value.integer != 0);
        return;
    case Type::List:
        out.append('[');
        for (int i = 0; i < value.spans; ++i) {
            if (i > 0)
                out.append(',');
            appendJsonString(out, spanText(value.integer + i));
        }
        out.append(']');
        return;
    case Type::Map:
        out.append('{');
        for (int i = 0; i + 1 < value.spans; i += 2) {
            if (i > 0)
                out.append(',');
            appendJsonString(out, spanText(value.integer + i));
            out.append(':');
            appendJsonString(out, spanText(value.integer + i + 1));
        }
        out.append('}');
        return;
    }
}

void ItemRow::writeJson(const FieldSelection &fields, QByteArray &out) const {
    out.append('{');
    bool first = true;
    for (const Value &value : m_values) {
        if (!fields.contains(QByteArrayView(value.name)))
            continue;
        if (!first)
            out.append(',');
        first = false;
        out.append('"');
        out.append(value.name);
        out.append("\":", 2);
        writeJsonValue(value, out);
    }
    out.append('}');
}

void ItemRow::writeCsvValue(const Value &value, QByteArray &out) const {
    switch (value.type) {
    case Type::Text:
        AssetCsv::appendCell(out, spanText(value.integer));
        return;
    case Type::Integer:
        appendInt(out, value.integer);
        return;
    case Type::Number:
        appendNumber(out, value.number);
        return;
    case Type::Boolean:
        out.append(value.integer != 0 ? "true" : "false");
        return;
    case Type::List:
    case Type::Map: {
        QByteArray joined;
        const int step = value.type == Type::Map ? 2 : 1;
        for (int i = 0; i + step - 1 < value.spans; i += step) {
            if (i > 0)
                joined.append('\t');
            joined.append(spanText(value.integer + i));
            if (step == 2) {
                joined.append('=');
                joined.append(spanText(value.integer + i + 1));
            }
        }
        AssetCsv::appendCell(out, joined);
        return;
    }
    }
}

void ItemRow::writeCsv(QByteArray &out) const {
    for (qsizetype i = 0; i < m_values.size(); ++i) {
        if (i > 0)
            out.append(',');
        writeCsvValue(m_values.at(i), out);
    }
    out.append("\r\n", 2);
}

void ItemRow::writeCsvHeader(std::span<const char *const> names, QByteArray &out) {
    for (size_t i = 0; i < names.size(); ++i) {
        if (i > 0)
            out.append(',');
        out.append(names[i]);
    }
    out.append("\r\n", 2);
}

} // namespace rz::sim
