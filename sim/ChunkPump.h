// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: rzconsole contributors
#pragma once

#include "sim/FaultInjector.h"
#include "sim/SimResponse.h"

#include <QByteArray>
#include <QObject>

#include <memory>

class QTcpSocket;

namespace rz::sim {

// Writes a streamed body to a socket as HTTP/1.1 chunks, producing the next slice only when the socket has
// drained (so memory stays flat however large the export). Lives as a child of the socket. A stream fault
// hits the first slice: a dropped connection (a chunk cut short, then the socket closes), a truncated body
// (half a slice, then the final chunk) or a malformed one (junk inserted after the first byte).
class ChunkPump final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChunkPump)
public:
    ChunkPump(QTcpSocket *socket, std::shared_ptr<BodyStream> stream, Fault fault, bool csv);
    void start();

private:
    void pump();
    void writeChunk(QByteArrayView data);

    QTcpSocket *m_socket;
    std::shared_ptr<BodyStream> m_stream;
    Fault m_fault;
    bool m_csv;
    bool m_done = false;
    bool m_first = true;
    QByteArray m_buffer;
};

} // namespace rz::sim
