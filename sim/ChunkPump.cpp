// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: rzconsole contributors
#include "sim/ChunkPump.h"

#include "sim/BodyFaults.h"

#include <QTcpSocket>

namespace rz::sim {

namespace {
constexpr qsizetype kSliceBytes = qsizetype(256) * 1024;
constexpr qint64 kLowWaterBytes = qint64(512) * 1024;
} // namespace

ChunkPump::ChunkPump(QTcpSocket *socket, std::shared_ptr<BodyStream> stream, Fault fault, bool csv)
    : QObject(socket)
    , m_socket(socket)
    , m_stream(std::move(stream))
    , m_fault(fault)
    , m_csv(csv) {
    m_buffer.reserve(kSliceBytes * 2);
}

void ChunkPump::start() {
    connect(m_socket, &QTcpSocket::bytesWritten, this, &ChunkPump::pump);
    pump();
}

void ChunkPump::writeChunk(QByteArrayView data) {
    if (data.isEmpty())
        return;
    m_socket->write(QByteArray::number(data.size(), 16) + "\r\n");
    m_socket->write(data.data(), data.size());
    m_socket->write("\r\n", 2);
}

void ChunkPump::pump() {
    while (!m_done && m_socket->bytesToWrite() < kLowWaterBytes) {
        m_buffer.truncate(0);
        const bool more = m_stream->next(m_buffer, kSliceBytes);
        const bool first = m_first;
        m_first = false;
        if (first && m_fault == Fault::DropMidBody) {
            // Announce the whole slice, send half of it, close: the client sees the body end mid-chunk.
            m_socket->write(QByteArray::number(m_buffer.size(), 16) + "\r\n");
            m_socket->write(m_buffer.constData(), m_buffer.size() / 2);
            m_socket->disconnectFromHost();
            m_done = true;
            break;
        }
        if (first && m_fault == Fault::Truncate) {
            writeChunk(QByteArrayView(m_buffer).first(m_buffer.size() / 2));
            m_socket->write("0\r\n\r\n", 5);
            m_done = true;
            break;
        }
        if (first && m_fault == Fault::Malformed)
            BodyFaults::malform(m_buffer, m_csv);
        writeChunk(m_buffer);
        if (!more) {
            m_socket->write("0\r\n\r\n", 5);
            m_done = true;
        }
    }
    if (m_done) {
        disconnect(m_socket, nullptr, this, nullptr);
        m_stream.reset();
        deleteLater();
    }
}

} // namespace rz::sim
