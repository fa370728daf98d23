// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: rzconsole contributors
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QtGlobal>

namespace rz::sim {

// Writers that append JSON text straight into a QByteArray; the asset pages are built with these because a
// DOM per asset would be far too slow for million-asset exports.
void appendInt(QByteArray &out, qint64 value);
void appendHex(QByteArray &out, quint64 value, int digits);
// Lower-case hex without leading zeros ("0" for zero).
void appendHexCompact(QByteArray &out, quint64 value);
// A JSON string literal: quotes, escapes for '"', '\\' and control characters; UTF-8 passes through.
void appendJsonString(QByteArray &out, QByteArrayView utf8);
void appendBool(QByteArray &out, bool value);

// Builds one JSON object member by member, writing the separating commas.
class JsonObjectWriter final {
public:
    explicit JsonObjectWriter(QByteArray &out);
    void end();

    // `name` must be a plain key that needs no escaping.
    void key(QByteArrayView name);
    void string(QByteArrayView name, QByteArrayView utf8);
    void integer(QByteArrayView name, qint64 value);
    void boolean(QByteArrayView name, bool value);
    void null(QByteArrayView name);
    void raw(QByteArrayView name, QByteArrayView json);

private:
    QByteArray &m_out;
    bool m_first = true;
};

} // namespace rz::sim
