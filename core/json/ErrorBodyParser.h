// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: rzconsole contributors
#pragma once

#include "domain/ApiError.h"

#include <QByteArrayView>

namespace rz::json {

// Turns an HTTP error answer into an ApiError: the kind from the status (or WrongTokenKind when the body
// names the token kinds the endpoint accepts), the server's message from a Problem {title, status, detail},
// an {error, possible_token_types, provided_token_type} body, or a short plain-text body. Anything else
// (HTML, garbage, an empty body) leaves the message empty.
ApiError errorFromHttpResponse(int httpStatus, QByteArrayView body);

} // namespace rz::json
