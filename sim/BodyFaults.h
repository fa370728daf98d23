// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: rzconsole contributors
#pragma once

#include <QByteArray>

namespace rz::sim {

// How injected faults damage a body.
class BodyFaults final {
public:
    // Keeps the first half: the HTTP framing stays valid, the JSON does not.
    static void truncate(QByteArray &body);
    // Inserts junk right after the first byte, where it can never sit inside a JSON string, so the document
    // no longer parses (for CSV, an unbalanced quote at the start).
    static void malform(QByteArray &body, bool csv);
};

} // namespace rz::sim
