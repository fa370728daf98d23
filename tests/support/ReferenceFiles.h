// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: rzconsole contributors
#pragma once

#include <QByteArray>
#include <QString>

namespace rz::test {

// runZero's reference material, which the repository does not carry: the official OpenAPI specification and
// real export samples. They are found through one setting, RZ_REFERENCE_DIR (the CMake cache entry of that
// name, passed to every test in its environment; by default ../shared/runzero beside the project). A test
// that needs one calls RZ_NEED_REFERENCE_FILE first: where the file is absent, the test is skipped with a
// reason that names the file and where it comes from, or fails when RZ_REQUIRE_REFERENCE=1 (CI, which has
// them).
namespace reference {
inline constexpr char spec[] = "runzero-api.yml";
inline constexpr char labExport[] = "samples/lab-assets-export.json";
inline constexpr char fieldsLimitedAsset[] = "samples/fields-limited-asset.json";
} // namespace reference

QString referenceDir();
QString referencePath(const char *name);
// Empty when the file can be read; else why the test cannot run, naming the file and where it comes from.
QString missingReference(const char *name);
bool referenceRequired();
// The file's bytes; empty when it cannot be read.
QByteArray readReference(const char *name);

} // namespace rz::test

#define RZ_NEED_REFERENCE_FILE(name)                                                                         \
    do {                                                                                                     \
        const QString rzMissingReference = ::rz::test::missingReference(name);                               \
        if (!rzMissingReference.isEmpty()) {                                                                 \
            if (::rz::test::referenceRequired())                                                             \
                QFAIL(qPrintable(rzMissingReference +                                                        \
                                 QStringLiteral(" (RZ_REQUIRE_REFERENCE=1: no skipping)")));                 \
            QSKIP(qPrintable(rzMissingReference));                                                           \
        }                                                                                                    \
    } while (false)
