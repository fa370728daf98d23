// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: rzconsole contributors
#pragma once

#include <QByteArray>

namespace rz::test {

// Three assets written by the project in the shape of a real runZero asset export (a compact JSON array), so
// that a clone without runZero's reference samples still tests every parser path those samples test:
//   [0] an edge firewall with every common field: list fields as arrays, tags with key=value and plain tags,
//       services keyed "address/port/transport/vhost" whose values are flat maps of dotted keys to strings,
//       multi-values tab-separated ("http\ttls"), nulls where the spec promises strings or objects, and
//       integers above 2^53 (newest_mac_age in nanoseconds, rtts);
//   [1] an asset as a fields-limited export sends it: nulls where the spec promises arrays, an empty tags
//       object, no macs or service counts at all;
//   [2] one asset of several hundred KB (bigAssetServices services with banners, attributes and foreign
//       attributes), as real exports carry single assets of up to about 1 MB.
// The bytes are the same on every call.
QByteArray exportShapedAssets();

inline constexpr int bigAssetServices = 1200;
// Bytes of the third asset, for tests that check it is "several hundred KB".
qsizetype exportShapedBigAssetBytes();

} // namespace rz::test
