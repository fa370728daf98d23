// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: rzconsole contributors
#include "sim/BodyFaults.h"

namespace rz::sim {

void BodyFaults::truncate(QByteArray &body) {
    body.truncate(body.size() / 2);
}

void BodyFaults::malform(QByteArray &body, bool csv) {
    if (csv)
        body.prepend("\"unbalanced quote,");
    else
        body.insert(qMin<qsizetype>(1, body.size()), "<!-- malformed -->");
}

} // namespace rz::sim
