// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: rzconsole contributors
#include "TestConsole.h"

#include <QtGlobal>

using namespace Qt::StringLiterals;

namespace rz::test {

namespace {

QString environment(const char *name) {
    return qEnvironmentVariable(name);
}

} // namespace

TestConsole::TestConsole(rz::sim::SimConfig config) {
    const QString external = environment("RZ_TEST_BASE_URL");
    if (!external.isEmpty()) {
        m_endpoint.external = true;
        m_endpoint.baseUrl = QUrl(external);
        m_endpoint.tokens.exportToken = environment("RZ_TEST_EXPORT_TOKEN");
        m_endpoint.tokens.organizationToken = environment("RZ_TEST_ORG_TOKEN");
        m_endpoint.tokens.accountToken = environment("RZ_TEST_ACCOUNT_TOKEN");
        m_endpoint.tokens.clientId = environment("RZ_TEST_CLIENT_ID");
        m_endpoint.tokens.clientSecret = environment("RZ_TEST_CLIENT_SECRET");
        m_endpoint.tokens.organizationId = environment("RZ_TEST_ORG_ID");
        return;
    }
    m_server = std::make_unique<rz::sim::SimServer>(std::move(config));
    if (!m_server->listen()) {
        qWarning("TestConsole: the simulated console did not start: %s", qPrintable(m_server->errorString()));
        return;
    }
    m_endpoint.baseUrl = m_server->baseUrl();
    m_endpoint.tokens = m_server->tokens(0);
}

TestConsole::~TestConsole() = default;

const ConsoleEndpoint &TestConsole::endpoint() const {
    return m_endpoint;
}

rz::sim::SimServer *TestConsole::server() const {
    return m_server.get();
}

} // namespace rz::test
