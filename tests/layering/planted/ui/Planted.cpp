// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: rzconsole contributors
// A planted violation: the layering test must report it (tests/layering/CMakeLists.txt).
// The test expects these includes in this order.
// clang-format off
#include <QNetworkReply>
#include "json/AssetPageParser.h"
#include "../sim/SimServer.h"
