// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: rzconsole contributors
#pragma once

#include "sim/SimServer.h"

#include <QThread>

#include <memory>

namespace rz::bench {

// The simulated console on 127.0.0.1, serving from a thread of its own, so that its work does not count as
// the client's GUI thread stalling.
class LoopbackConsole final {
public:
    explicit LoopbackConsole(sim::SimConfig config);
    ~LoopbackConsole();
    LoopbackConsole(const LoopbackConsole &) = delete;
    LoopbackConsole &operator=(const LoopbackConsole &) = delete;

    bool isListening() const { return m_listening; }
    QString errorString() const { return m_error; }
    QUrl baseUrl() const { return m_baseUrl; }
    sim::SimTokens tokens() const { return m_tokens; }

private:
    QThread m_thread;
    QObject *m_host = nullptr; // lives in m_thread
    std::unique_ptr<sim::SimServer> m_server;
    bool m_listening = false;
    QString m_error;
    QUrl m_baseUrl;
    sim::SimTokens m_tokens;
};

} // namespace rz::bench
