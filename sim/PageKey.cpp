// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: rzconsole contributors
#include "sim/PageKey.h"

#include "sim/SimHash.h"

#include <QList>

namespace rz::sim {

namespace {

constexpr auto kEncoding = QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals;

quint64 checkValue(quint64 seed, int organization, qint64 index) {
    return hashOf(seed, saltOf(Salt::PageKey), static_cast<quint64>(organization),
                  static_cast<quint64>(index)) &
           0xffffffffULL;
}

} // namespace

QString PageKey::encode(quint64 seed, int organization, qint64 index) {
    const QByteArray plain =
        QByteArray::number(index) + '.' + QByteArray::number(checkValue(seed, organization, index), 16);
    return QString::fromLatin1(plain.toBase64(kEncoding));
}

std::optional<qint64> PageKey::decode(quint64 seed, int organization, const QString &key) {
    const auto decoded =
        QByteArray::fromBase64Encoding(key.toLatin1(), kEncoding | QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded)
        return std::nullopt;
    const QList<QByteArray> parts = decoded.decoded.split('.');
    if (parts.size() != 2)
        return std::nullopt;
    bool indexOk = false;
    bool checkOk = false;
    const qint64 index = parts.at(0).toLongLong(&indexOk);
    const quint64 check = parts.at(1).toULongLong(&checkOk, 16);
    if (!indexOk || !checkOk || index < 0 || check != checkValue(seed, organization, index))
        return std::nullopt;
    return index;
}

} // namespace rz::sim
