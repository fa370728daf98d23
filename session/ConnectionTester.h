// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: rzconsole contributors
#pragma once

#include "auth/ConnectionProfile.h"

#include <QString>
#include <functional>

class QObject;

namespace rz {

// What a connection test found, as one translated sentence for the user.
struct ConnectionTestResult {
    bool ok = false;
    QString message;
};

// Tries a profile with a secret and answers later through `done` (on the GUI thread). The dialog never
// builds URLs or touches the network itself: the composition root injects this. If `context` is destroyed
// first, `done` must not be called.
using ConnectionTester =
    std::function<void(const ConnectionProfile &profile, const QString &secret, QObject *context,
                       std::function<void(const ConnectionTestResult &)> done)>;

} // namespace rz
