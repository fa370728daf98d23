// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: rzconsole contributors
#pragma once

#include "domain/Uint128.h"

#include <QString>
#include <QStringView>
#include <optional>

namespace rz {

enum class IpFamily : quint8 { V4, V6 };

// An IPv4 or IPv6 address as a number (IPv4 in the low 32 bits). Parsing is strict, as a scan target must be:
// dotted-quad IPv4 with decimal octets (no leading zeros, which some tools read as octal), and IPv6 in the
// RFC 4291 text forms, including "::" and a trailing dotted quad; no zone index.
struct IpAddress {
    IpFamily family = IpFamily::V4;
    Uint128 value;

    static std::optional<IpAddress> parse(QStringView text);
    static std::optional<IpAddress> parseV4(QStringView text);
    static std::optional<IpAddress> parseV6(QStringView text);
    static int bitsOf(IpFamily family) { return family == IpFamily::V4 ? 32 : 128; }

    // Dotted quad, or RFC 5952 IPv6 text (lower case, the longest run of zero groups as "::").
    QString toString() const;

    friend bool operator==(const IpAddress &, const IpAddress &) = default;
};

} // namespace rz
