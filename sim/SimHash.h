// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: rzconsole contributors
#pragma once

#include <QByteArray>
#include <QtGlobal>

namespace rz::sim {

// splitmix64 finaliser: a cheap, well-mixed hash step. Everything the simulator generates is derived from it,
// so the same seed always yields the same data set.
constexpr quint64 mix64(quint64 x) {
    x += 0x9e3779b97f4a7c15ULL;
    x = (x ^ (x >> 30)) * 0xbf58476d1ce4e5b9ULL;
    x = (x ^ (x >> 27)) * 0x94d049bb133111ebULL;
    return x ^ (x >> 31);
}

constexpr quint64 hashOf(quint64 a, quint64 b = 0, quint64 c = 0, quint64 d = 0) {
    return mix64(mix64(mix64(mix64(a) ^ b) ^ c) ^ d);
}

// Salts that keep the hash streams of different kinds of entity apart.
enum class Salt : quint64 {
    Organization = 0x6f7267,
    Site = 0x73697465,
    Explorer = 0x6578706c,
    HostedZone = 0x687a,
    Template = 0x74706c,
    Task = 0x7461736b,
    Asset = 0x6173,
    AssetIdMask = 0x69646d,
    PageKey = 0x706b,
    Service = 0x737663,
    Client = 0x636c69,
    ApiKey = 0x6b6579,
};

constexpr quint64 saltOf(Salt salt) {
    return static_cast<quint64>(salt);
}

// A version-4-shaped UUID text built from two hash words.
QByteArray uuidFromHash(quint64 high, quint64 low);
// Convenience: the UUID of entity `index` of a kind under a seed.
QByteArray entityUuid(quint64 seed, Salt salt, quint64 owner, quint64 index);

} // namespace rz::sim
