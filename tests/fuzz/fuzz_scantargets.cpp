// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: rzconsole contributors
//
// libFuzzer target: scan target lists as typed. Whatever is typed, the result must be consistent: every
// problem names its item, and a list that parsed cleanly parses again, from its normalised text, into the
// same items.
#include "domain/ScanTargets.h"

#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size) {
    if (size == 0)
        return 0;
    const bool allowDefaults = (data[0] & 1) != 0;
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data + 1), qsizetype(size - 1));
    const rz::ScanTargets targets = rz::ScanTargets::parse(text, allowDefaults);
    for (const rz::TargetProblem &problem : targets.problems()) {
        if (problem.reason.isEmpty())
            std::abort();
    }
    if (!targets.ok())
        return 0;
    if (targets.usesDefaults() && !allowDefaults)
        std::abort();
    const rz::ScanTargets again = rz::ScanTargets::parse(targets.normalizedText(), allowDefaults);
    if (!again.ok() || again.items().size() != targets.items().size() ||
        again.normalizedText() != targets.normalizedText())
        std::abort();
    for (qsizetype i = 0; i < targets.items().size(); ++i) {
        if (again.items().at(i).kind != targets.items().at(i).kind)
            std::abort();
    }
    return 0;
}
