// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: rzconsole contributors
#include "sim/FileAssets.h"

#include "sim/FieldSelection.h"
#include "sim/JsonOut.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace rz::sim {

namespace {

bool isSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

qsizetype skipSpace(QByteArrayView text, qsizetype pos) {
    while (pos < text.size() && isSpace(text[pos]))
        ++pos;
    return pos;
}

// End (exclusive) of the JSON string starting at `pos` (which is a quote).
qsizetype skipString(QByteArrayView text, qsizetype pos) {
    for (++pos; pos < text.size(); ++pos) {
        if (text[pos] == '\\')
            ++pos;
        else if (text[pos] == '"')
            return pos + 1;
    }
    return text.size();
}

// End (exclusive) of the JSON value starting at `pos`. The text was validated by QJsonDocument beforehand.
qsizetype skipValue(QByteArrayView text, qsizetype pos) {
    if (pos >= text.size())
        return pos;
    const char first = text[pos];
    if (first == '"')
        return skipString(text, pos);
    if (first == '{' || first == '[') {
        int depth = 0;
        while (pos < text.size()) {
            const char c = text[pos];
            if (c == '"') {
                pos = skipString(text, pos);
                continue;
            }
            if (c == '{' || c == '[')
                ++depth;
            else if ((c == '}' || c == ']') && --depth == 0)
                return pos + 1;
            ++pos;
        }
        return pos;
    }
    while (pos < text.size() && text[pos] != ',' && text[pos] != '}' && text[pos] != ']' &&
           !isSpace(text[pos]))
        ++pos;
    return pos;
}

QString valueText(const QJsonValue &value) {
    switch (value.type()) {
    case QJsonValue::String:
        return value.toString();
    case QJsonValue::Bool:
        return value.toBool() ? u"true"_s : u"false"_s;
    case QJsonValue::Double:
        return QString::number(value.toInteger(static_cast<qint64>(value.toDouble())));
    default:
        return {};
    }
}

void addList(AssetRecord &record, QVarLengthArray<TextSpan, 4> &list, const QJsonValue &value) {
    const QJsonArray array = value.toArray();
    for (const auto &item : array)
        list.append(record.add(valueText(item).toUtf8()));
}

} // namespace

std::unique_ptr<FileAssets> FileAssets::load(const QString &path, QString *error) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = u"cannot read the data file %1: %2"_s.arg(path, file.errorString());
        return nullptr;
    }
    std::unique_ptr<FileAssets> assets(new FileAssets);
    assets->m_content = file.readAll();
    const QByteArrayView text(assets->m_content);
    const qsizetype start = skipSpace(text, 0);
    if (start < text.size() && text[start] == '[') {
        QJsonParseError parseError{};
        const QJsonDocument document = QJsonDocument::fromJson(assets->m_content, &parseError);
        if (parseError.error != QJsonParseError::NoError || !document.isArray()) {
            *error = u"the data file %1 is not a JSON array of assets (at byte %2: %3)"_s.arg(
                path, QString::number(parseError.offset), parseError.errorString());
            return nullptr;
        }
        const QJsonArray array = document.array();
        qsizetype pos = start + 1;
        for (qsizetype i = 0; i < array.size(); ++i) {
            pos = skipSpace(text, pos);
            if (!array.at(i).isObject()) {
                *error = u"element %1 of the data file is not an object"_s.arg(i);
                return nullptr;
            }
            if (!assets->addObject(pos, array.at(i).toObject(), error))
                return nullptr;
            pos = skipSpace(text, skipValue(text, pos));
            if (pos < text.size() && text[pos] == ',')
                ++pos;
        }
    } else {
        qsizetype lineStart = 0;
        int lineNumber = 0;
        while (lineStart < text.size()) {
            qsizetype lineEnd = text.indexOf('\n', lineStart);
            if (lineEnd < 0)
                lineEnd = text.size();
            ++lineNumber;
            const qsizetype objectStart = skipSpace(text.first(lineEnd), lineStart);
            if (objectStart < lineEnd) {
                QJsonParseError parseError{};
                const QJsonDocument document = QJsonDocument::fromJson(
                    assets->m_content.sliced(objectStart, lineEnd - objectStart), &parseError);
                if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
                    *error = u"line %1 of the data file %2 is not a JSON object (%3)"_s.arg(
                        QString::number(lineNumber), path, parseError.errorString());
                    return nullptr;
                }
                if (!assets->addObject(objectStart, document.object(), error))
                    return nullptr;
            }
            lineStart = lineEnd + 1;
        }
    }
    return assets;
}

bool FileAssets::addObject(qsizetype offset, const QJsonObject &object, QString *error) {
    Entry entry;
    const QByteArrayView text(m_content);
    qsizetype pos = skipSpace(text, offset + 1); // after '{'
    while (pos < text.size() && text[pos] == '"') {
        const qsizetype keyEnd = skipString(text, pos);
        QByteArray key = m_content.sliced(pos + 1, keyEnd - pos - 2);
        if (key.contains('\\')) {
            const QJsonDocument decoded =
                QJsonDocument::fromJson("{" + m_content.sliced(pos, keyEnd - pos) + ":0}");
            key = decoded.object().keys().value(0).toUtf8();
        }
        key = m_keys.value(key, key);
        m_keys.insert(key, key);
        const qsizetype valueStart = skipSpace(text, skipSpace(text, keyEnd) + 1); // after ':'
        const qsizetype valueEnd = skipValue(text, valueStart);
        entry.members.push_back({key, valueStart, valueEnd - valueStart});
        pos = skipSpace(text, valueEnd);
        if (pos < text.size() && text[pos] == ',')
            pos = skipSpace(text, pos + 1);
    }

    AssetRecord &r = entry.record;
    r.index = static_cast<qint64>(m_entries.size());
    const QByteArray id = object.value("id"_L1).toString().toUtf8();
    if (id.isEmpty()) {
        *error = u"asset %1 of the data file has no id"_s.arg(r.index);
        return false;
    }
    r.id = r.add(id);
    r.type = r.add(valueText(object.value("type"_L1)).toUtf8());
    r.os = r.add(valueText(object.value("os"_L1)).toUtf8());
    r.osVersion = r.add(valueText(object.value("os_version"_L1)).toUtf8());
    r.hw = r.add(valueText(object.value("hw"_L1)).toUtf8());
    r.siteId = r.add(valueText(object.value("site_id"_L1)).toUtf8());
    r.siteName = r.add(valueText(object.value("site_name"_L1)).toUtf8());
    r.risk = r.add(valueText(object.value("risk"_L1)).toUtf8());
    addList(r, r.addresses, object.value("addresses"_L1));
    addList(r, r.names, object.value("names"_L1));
    addList(r, r.macs, object.value("macs"_L1));
    addList(r, r.macVendors, object.value("mac_vendors"_L1));
    addList(r, r.tcpPorts, object.value("service_ports_tcp"_L1));
    addList(r, r.udpPorts, object.value("service_ports_udp"_L1));
    const QJsonObject tags = object.value("tags"_L1).toObject();
    for (auto it = tags.constBegin(); it != tags.constEnd(); ++it)
        r.tags.append({r.add(it.key().toUtf8()), r.add(valueText(it.value()).toUtf8())});
    r.alive = object.value("alive"_L1).toBool();
    r.firstSeen = object.value("first_seen"_L1).toInteger();
    r.lastSeen = object.value("last_seen"_L1).toInteger();
    r.hasServiceCount = object.value("service_count"_L1).isDouble();
    r.serviceCount = object.value("service_count"_L1).toInteger();

    r.buffer().squeeze(); // records are kept for the server's lifetime: no spare capacity per asset
    m_indexById.insert(id.toLower(), r.index);
    m_entries.push_back(std::move(entry));
    return true;
}

qint64 FileAssets::count() const {
    return static_cast<qint64>(m_entries.size());
}

void FileAssets::load(qint64 index, AssetRecord &record) const {
    record = m_entries.at(static_cast<size_t>(index)).record;
}

void FileAssets::writeJson(const AssetRecord &record, const FieldSelection &fields, QByteArray &out) const {
    const Entry &entry = m_entries.at(static_cast<size_t>(record.index));
    out.append('{');
    bool first = true;
    for (const Member &member : entry.members) {
        if (!fields.contains(member.key))
            continue;
        if (!first)
            out.append(',');
        first = false;
        appendJsonString(out, member.key);
        out.append(':');
        out.append(QByteArrayView(m_content).sliced(member.valueOffset, member.valueLength));
    }
    out.append('}');
}

std::optional<qint64> FileAssets::indexOfId(QByteArrayView id) const {
    const auto it = m_indexById.constFind(id.toByteArray().toLower());
    if (it == m_indexById.constEnd())
        return std::nullopt;
    return it.value();
}

} // namespace rz::sim
