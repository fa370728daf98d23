// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: rzconsole contributors
//
// libFuzzer target: the error-body parser. The first byte picks the HTTP status (100-599), the rest is the
// body. Checks that the error is never "None", keeps the status, and that the user message can be built.
#include "json/ErrorBodyParser.h"

#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size) {
    if (size == 0)
        return 0;
    const int status = 100 + (data[0] * 2 + (size > 1 ? data[1] % 2 : 0)) % 500;
    const QByteArrayView body(reinterpret_cast<const char *>(data + 1), qsizetype(size - 1));
    const rz::ApiError error = rz::json::errorFromHttpResponse(status, body);
    if (error.ok() || error.httpStatus != status)
        std::abort();
    if (error.kind == rz::ApiError::Kind::WrongTokenKind && error.possibleTokenTypes.isEmpty())
        std::abort();
    if (error.userMessage().isEmpty())
        std::abort();
    return 0;
}
