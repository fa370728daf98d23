// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: rzconsole contributors
#pragma once

#include "export/CsvExportError.h"

#include <QByteArray>
#include <QObject>
#include <QString>
#include <functional>
#include <memory>

class QThreadPool;

namespace rz {

// Writes a byte stream that arrives in pieces (a download) to a file on a worker thread, and counts the
// records in it as it goes.
//
// Like CsvExportJob it writes through QSaveFile: the file appears, or replaces the previous one, only at
// finish() after every piece was written; cancel(), a failed write or destroying the writer first leave the
// previous file as it was and no temporary file behind. (A target that exists but is not a regular file, such
// as a device, is written directly.)
//
// The pieces are written in the order given, one at a time, on a private single-thread pool. pendingBytes()
// says how much was handed over and is not on disk yet, so that the producer can wait while the disk is
// slower than the network. Emits written() as pieces reach the file (never faster than the receiving thread
// takes them), then finished() exactly once.
class StreamFileWriter final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StreamFileWriter)
public:
    // How records are counted: lines ended by '\n' (JSON lines), or CSV records ('\n' outside quotes) of
    // which the first, the header, is not counted.
    enum class Records { Lines, CsvWithHeader };

    StreamFileWriter(QString fileName, Records records, QObject *parent = nullptr);
    // Discards an unfinished file and waits for the worker (which stops within a piece).
    ~StreamFileWriter() override;

    QString fileName() const { return m_fileName; }
    // Opens the temporary file; a failure is reported by finished().
    void start();
    // Queues a piece. Ignored after finish(), cancel() or a failure.
    void append(QByteArray piece);
    // Every piece was given: commit the file once they are written.
    void finish();
    // Discards what was written; finished() reports Kind::Cancelled unless the file was already committed.
    // Before start(), nothing is ever opened and finished() reports the cancel.
    void cancel();

    // finish() or cancel() was called: no more pieces are taken.
    bool isClosing() const { return m_closing; }
    qint64 pendingBytes() const;
    qint64 bytesWritten() const;
    qint64 recordsWritten() const;
    bool isFinished() const { return m_finished; }

Q_SIGNALS:
    void written(qint64 bytes, qint64 records);
    void finished(const rz::CsvExportError &error);

private:
    struct Shared;

    void post(std::function<void(Shared &)> work);
    void deliverWritten();
    void deliverFinished(const CsvExportError &error);

    QString m_fileName;
    std::shared_ptr<Shared> m_shared;
    std::unique_ptr<QThreadPool> m_pool;
    bool m_started = false;
    bool m_closing = false; // finish() or cancel() was called
    bool m_finished = false;
};

} // namespace rz
