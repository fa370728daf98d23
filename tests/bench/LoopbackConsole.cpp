// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: rzconsole contributors
#include "LoopbackConsole.h"

namespace rz::bench {

LoopbackConsole::LoopbackConsole(sim::SimConfig config)
    : m_host(new QObject) {
    m_thread.setObjectName(QStringLiteral("simulated console"));
    m_host->moveToThread(&m_thread);
    m_thread.start();
    QMetaObject::invokeMethod(
        m_host,
        [this, &config] {
            m_server = std::make_unique<sim::SimServer>(std::move(config));
            m_listening = m_server->listen();
            m_error = m_server->errorString();
            m_baseUrl = m_server->baseUrl();
            m_tokens = m_server->tokens(0);
        },
        Qt::BlockingQueuedConnection);
}

LoopbackConsole::~LoopbackConsole() {
    QMetaObject::invokeMethod(
        m_host,
        [this] {
            m_server.reset();
            delete m_host;
        },
        Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
}

} // namespace rz::bench
