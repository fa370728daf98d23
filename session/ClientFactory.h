// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: rzconsole contributors
#pragma once

#include "auth/ConnectionProfile.h"
#include "domain/ApiError.h"
#include "session/ConnectionTester.h"

#include <QCoreApplication>
#include <memory>

class QObject;

namespace rz {

class ApiClient;
struct ConnectionReport;

// Builds the ApiClient for a saved connection and its secret: a bearer token as it is, or the OAuth client
// id of the profile with the secret as client secret; plus the profile's CA bundle. Also makes the tester
// that the connection dialog's "Test Connection" runs, which uses such a client once and discards it.
class ClientFactory final {
    Q_DECLARE_TR_FUNCTIONS(rz::ClientFactory)
public:
    ClientFactory() = delete;

    struct Built {
        std::unique_ptr<ApiClient> client; // null when it cannot be built
        ApiError error;                    // why not (an unusable CA bundle)
    };
    static Built create(const ConnectionProfile &profile, const QString &secret, QObject *parent = nullptr);
    // `configure` (optional) prepares each test's client as connections are (the preferences).
    static ConnectionTester tester(std::function<void(ApiClient &)> configure = {});
    // What a successful test found, as one translated sentence.
    static QString describe(const ConnectionReport &report);
};

} // namespace rz
