// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: rzconsole contributors
#include "sim/SimHttpServer.h"

#include "sim/BodyFaults.h"
#include "sim/ChunkPump.h"
#include "sim/SimState.h"

#include <QHttpServerRequest>
#include <QTcpSocket>

#include <QTimer>
#include <sys/socket.h>

using namespace Qt::StringLiterals;

namespace rz::sim {

namespace {

constexpr auto kApiPrefix = "/api/v1.0"_L1;

QByteArray methodName(QHttpServerRequest::Method method) {
    switch (method) {
    case QHttpServerRequest::Method::Get:
        return "GET";
    case QHttpServerRequest::Method::Put:
        return "PUT";
    case QHttpServerRequest::Method::Delete:
        return "DELETE";
    case QHttpServerRequest::Method::Post:
        return "POST";
    case QHttpServerRequest::Method::Head:
        return "HEAD";
    case QHttpServerRequest::Method::Options:
        return "OPTIONS";
    case QHttpServerRequest::Method::Patch:
        return "PATCH";
    default:
        return "OTHER";
    }
}

// Keeps the X-API-Usage-* headers of an authenticated answer when a fault replaces it.
SimResponse replaced(SimResponse replacement, const SimResponse &original) {
    for (const auto &header : original.headers) {
        if (header.first.startsWith("X-API-Usage-"))
            replacement.headers.append(header);
    }
    return replacement;
}

} // namespace

SimHttpServer::SimHttpServer(SimState &state, QObject *parent)
    : QAbstractHttpServer(parent)
    , m_state(state)
    , m_router(state) {}

bool SimHttpServer::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) {
    ++m_state.requestCount;
    const QString path = request.url().path();
    SimResponse response;
    if (path != kApiPrefix && !path.startsWith(kApiPrefix + u'/')) {
        response = SimResponse::problem(404, u"no such path: %1 (the API lives under /api/v1.0)"_s.arg(path));
    } else {
        SimRequest simRequest;
        simRequest.method = methodName(request.method());
        simRequest.path = path.mid(kApiPrefix.size());
        simRequest.query = request.query();
        simRequest.authorization = request.value("Authorization");
        simRequest.contentType = request.value("Content-Type");
        simRequest.userAgent = request.value("User-Agent");
        simRequest.body = request.body();
        simRequest.client = request.remoteAddress().toString();
        response = m_router.handle(simRequest);
    }

    const Fault fault = response.faultable ? m_state.faults.next() : Fault::None;
    const int latency = response.faultable ? m_state.faults.plan().latencyMs : 0;
    if (latency > 0) {
        auto delayed = std::make_shared<SimResponse>(std::move(response));
        QTimer::singleShot(latency, socket,
                           [this, socket, delayed, fault] { respond(socket, std::move(*delayed), fault); });
    } else {
        respond(socket, std::move(response), fault);
    }
    return true;
}

void SimHttpServer::missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) {
    respond(socket, SimResponse::problem(404, u"no such path: %1"_s.arg(request.url().path())), Fault::None);
}

void SimHttpServer::respond(QTcpSocket *socket, SimResponse response, Fault fault) {
    if (fault == Fault::TooManyRequests)
        response = replaced(SimResponse::tooManyRequests(u"request limit exceeded"_s, 1), response);
    else if (fault == Fault::ServerError)
        response = replaced(SimResponse::problem(500, u"simulated internal server error (fault injection)"_s),
                            response);

    QByteArray head = "HTTP/1.1 " + QByteArray::number(response.status) + ' ' +
                      reasonPhrase(response.status) + "\r\nContent-Type: " + response.contentType + "\r\n";
    for (const auto &[name, value] : response.headers)
        head += name + ": " + value + "\r\n";

    if (response.stream) {
        head += "Transfer-Encoding: chunked\r\n\r\n";
        socket->write(head);
        auto *pump = new ChunkPump(socket, std::move(response.stream), fault,
                                   response.contentType.startsWith("text/csv"));
        pump->start();
        return;
    }

    QByteArray body = std::move(response.body);
    if (fault == Fault::Truncate)
        BodyFaults::truncate(body);
    else if (fault == Fault::Malformed)
        BodyFaults::malform(body, response.contentType.startsWith("text/csv"));
    head += "Content-Length: " + QByteArray::number(body.size()) + "\r\n\r\n";
    if (fault == Fault::DropMidBody) {
        socket->write(head + body.left(body.size() / 2));
        // Reset the connection once the half body is out: an orderly close is sometimes read by the client as
        // a complete answer (or makes it resend the request), a reset never is.
        QObject::connect(socket, &QAbstractSocket::bytesWritten, socket, [socket] {
            if (socket->bytesToWrite() > 0)
                return;
            const linger resetOnClose{1, 0};
            ::setsockopt(static_cast<int>(socket->socketDescriptor()), SOL_SOCKET, SO_LINGER, &resetOnClose,
                         sizeof resetOnClose);
            socket->abort();
        });
        return;
    }
    socket->write(head + body);
}

} // namespace rz::sim
