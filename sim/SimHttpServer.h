// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: rzconsole contributors
#pragma once

#include "sim/FaultInjector.h"
#include "sim/SimResponse.h"
#include "sim/SimRouter.h"

#include <QAbstractHttpServer>

class QTcpSocket;

namespace rz::sim {

struct SimState;

// The HTTP side: takes requests from Qt HttpServer's parser, asks the router for an answer and writes the
// response bytes itself. Writing raw keeps the socket in hand, which the faults need (latency, a connection
// closed mid-body, damaged bodies) and which lets large exports stream with chunked encoding.
class SimHttpServer final : public QAbstractHttpServer {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SimHttpServer)
public:
    explicit SimHttpServer(SimState &state, QObject *parent = nullptr);

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    void respond(QTcpSocket *socket, SimResponse response, Fault fault);

    SimState &m_state;
    SimRouter m_router;
};

} // namespace rz::sim
