// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: rzconsole contributors
#pragma once

#include "sim/SimServer.h"

#include <QUrl>

#include <memory>

namespace rz::test {

// The data of a simulated console, generated from `seed` (the same on every run).
inline rz::sim::SimConfig simulatedData(quint64 seed, int organizations, qint64 assetsPerOrganization,
                                        int sitesPerOrganization) {
    rz::sim::SimConfig config;
    config.seed = seed;
    config.organizations = organizations;
    config.assetsPerOrganization = assetsPerOrganization;
    config.sitesPerOrganization = sitesPerOrganization;
    return config;
}

// Where an integration test talks to a runZero console, and with which credentials.
struct ConsoleEndpoint {
    QUrl baseUrl;
    rz::sim::SimTokens tokens;
    bool external = false;
};

// Starts an in-process simulated console on 127.0.0.1, unless RZ_TEST_BASE_URL names another console; then
// that one is used with RZ_TEST_EXPORT_TOKEN, RZ_TEST_ORG_TOKEN, RZ_TEST_ACCOUNT_TOKEN, RZ_TEST_CLIENT_ID,
// RZ_TEST_CLIENT_SECRET and RZ_TEST_ORG_ID. If the simulator cannot listen, endpoint().baseUrl stays empty
// and the reason is logged, so a test that checks the URL fails with it.
class TestConsole final {
public:
    explicit TestConsole(rz::sim::SimConfig config = {});
    ~TestConsole();
    TestConsole(const TestConsole &) = delete;
    TestConsole &operator=(const TestConsole &) = delete;

    const ConsoleEndpoint &endpoint() const;
    rz::sim::SimServer *server() const; // nullptr when external

private:
    std::unique_ptr<rz::sim::SimServer> m_server;
    ConsoleEndpoint m_endpoint;
};

} // namespace rz::test
