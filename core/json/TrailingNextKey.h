// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: rzconsole contributors
#pragma once

#include <QByteArrayView>
#include <QString>
#include <optional>

namespace rz::json {

// A guess at an export page's next_key read from its last bytes alone, without parsing the page: the value of
// a `"next_key": "..."` member that closes the body (`... "next_key":"k"}` and nothing but white space
// after). It lets the next page be requested the moment a page arrives, so the console never waits for the
// parser. Only a hint: a body crafted to end that way inside something else can mislead it, so the parser's
// own reading decides. Empty string: the body says it is the last page. nullopt: no guess (a key with
// escapes, a bare array, a body that ends otherwise).
std::optional<QString> trailingNextKey(QByteArrayView body);

} // namespace rz::json
