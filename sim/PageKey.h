// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: rzconsole contributors
#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

namespace rz::sim {

// The opaque `start_key`/`next_key` of paged exports: the index where the next scan starts, with a check
// value bound to the seed and organization so that a tampered or foreign key is rejected.
class PageKey final {
public:
    static QString encode(quint64 seed, int organization, qint64 index);
    static std::optional<qint64> decode(quint64 seed, int organization, const QString &key);
};

} // namespace rz::sim
