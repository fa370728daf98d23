// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: rzconsole contributors
#include "export/StreamFileWriter.h"

#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QScopeGuard>
#include <QThreadPool>
#include <algorithm>
#include <atomic>

namespace rz {

struct StreamFileWriter::Shared {
    // Set on construction, then read-only.
    QString fileName;
    Records records = Records::Lines;

    // Used only on the worker thread.
    std::unique_ptr<QSaveFile> saveFile;
    std::unique_ptr<QFile> plainFile; // for a target that is not a regular file (a device)
    QFileDevice *device = nullptr;
    bool ended = false; // finished was posted
    bool inQuotes = false;
    bool endedWithNewline = true;
    qint64 lines = 0;

    // Shared between the threads.
    std::atomic<bool> cancelRequested{false};
    std::atomic<qint64> pending{0};
    std::atomic<qint64> bytes{0};
    std::atomic<qint64> recordCount{0};
    std::atomic<bool> writtenPosted{false};

    void count(const QByteArray &piece) {
        if (piece.isEmpty())
            return;
        if (records == Records::Lines) {
            lines += std::count(piece.cbegin(), piece.cend(), '\n');
        } else {
            for (const char c : piece) {
                if (c == '"')
                    inQuotes = !inQuotes;
                else if (c == '\n' && !inQuotes)
                    ++lines;
            }
        }
        endedWithNewline = piece.back() == '\n';
        recordCount.store(countedRecords(), std::memory_order_relaxed);
    }

    qint64 countedRecords() const {
        // A last record without a line end counts once the stream is complete (see commit).
        return records == Records::CsvWithHeader ? std::max<qint64>(0, lines - 1) : lines;
    }

    void discard() {
        if (saveFile) {
            saveFile->cancelWriting();
            saveFile->commit(); // removes the temporary file, leaves the target as it was
        }
        saveFile.reset();
        plainFile.reset();
        device = nullptr;
    }
};

StreamFileWriter::StreamFileWriter(QString fileName, Records records, QObject *parent)
    : QObject(parent)
    , m_fileName(std::move(fileName))
    , m_shared(std::make_shared<Shared>())
    , m_pool(std::make_unique<QThreadPool>()) {
    m_shared->fileName = m_fileName;
    m_shared->records = records;
    // One thread: the pieces are written in the order they were queued.
    m_pool->setMaxThreadCount(1);
    m_pool->setExpiryTimeout(-1);
}

StreamFileWriter::~StreamFileWriter() {
    if (m_started && !m_finished) {
        m_shared->cancelRequested.store(true);
        post([](Shared &shared) {
            shared.ended = true;
            shared.discard();
        });
    }
    m_pool->waitForDone();
}

void StreamFileWriter::post(std::function<void(Shared &)> work) {
    m_pool->start([shared = m_shared, work = std::move(work)] { work(*shared); });
}

qint64 StreamFileWriter::pendingBytes() const {
    return m_shared->pending.load();
}

qint64 StreamFileWriter::bytesWritten() const {
    return m_shared->bytes.load();
}

qint64 StreamFileWriter::recordsWritten() const {
    return m_shared->recordCount.load();
}

void StreamFileWriter::start() {
    if (m_started || m_closing)
        return; // a writer cancelled before it started opens nothing
    m_started = true;
    post([this](Shared &shared) {
        // QSaveFile would put its temporary file next to a device such as /dev/full and then rename it over
        // the device node; a target that exists and is not a regular file is therefore written directly.
        const QFileInfo target(shared.fileName);
        if (target.exists() && !target.isFile() && !target.isDir()) {
            shared.plainFile = std::make_unique<QFile>(shared.fileName);
            shared.device = shared.plainFile.get();
        } else {
            shared.saveFile = std::make_unique<QSaveFile>(shared.fileName);
            shared.device = shared.saveFile.get();
        }
        if (!shared.device->open(QIODevice::WriteOnly | QIODevice::Unbuffered)) {
            const CsvExportError error =
                CsvExportError::fromFileFailure(shared.fileName, shared.device->errorString());
            shared.ended = true;
            shared.discard();
            QMetaObject::invokeMethod(
                this, [this, error] { deliverFinished(error); }, Qt::QueuedConnection);
        }
    });
}

void StreamFileWriter::append(QByteArray piece) {
    if (!m_started || m_closing || m_finished || piece.isEmpty())
        return;
    m_shared->pending.fetch_add(piece.size());
    post([this, piece = std::move(piece)](Shared &shared) {
        auto settle = qScopeGuard([&] { shared.pending.fetch_sub(piece.size()); });
        if (shared.ended || shared.device == nullptr || shared.cancelRequested.load())
            return;
        if (shared.device->write(piece) != piece.size()) {
            const CsvExportError error =
                CsvExportError::fromFileFailure(shared.fileName, shared.device->errorString());
            shared.ended = true;
            shared.discard();
            QMetaObject::invokeMethod(
                this, [this, error] { deliverFinished(error); }, Qt::QueuedConnection);
            return;
        }
        shared.count(piece);
        shared.bytes.fetch_add(piece.size());
        // Settled before the notice: the receiver reads pendingBytes() in it to decide whether to resume a
        // paused download, and must not see this piece still pending when no further notice follows.
        settle.dismiss();
        shared.pending.fetch_sub(piece.size());
        if (!shared.writtenPosted.exchange(true))
            QMetaObject::invokeMethod(
                this, [this] { deliverWritten(); }, Qt::QueuedConnection);
    });
}

void StreamFileWriter::finish() {
    if (!m_started || m_closing || m_finished)
        return;
    m_closing = true;
    post([this](Shared &shared) {
        if (shared.ended)
            return;
        shared.ended = true;
        if (shared.cancelRequested.load()) {
            shared.discard();
            const CsvExportError error = CsvExportError::cancelled(shared.fileName);
            QMetaObject::invokeMethod(
                this, [this, error] { deliverFinished(error); }, Qt::QueuedConnection);
            return;
        }
        if (!shared.endedWithNewline) {
            ++shared.lines; // the last record had no line end
            shared.recordCount.store(shared.countedRecords());
        }
        bool committed = false;
        if (shared.saveFile) {
            committed = shared.saveFile->commit();
        } else {
            shared.plainFile->close();
            committed = shared.plainFile->error() == QFileDevice::NoError;
        }
        const CsvExportError error =
            committed ? CsvExportError{}
                      : CsvExportError::fromFileFailure(shared.fileName, shared.device->errorString());
        if (!committed)
            shared.discard();
        shared.saveFile.reset();
        shared.plainFile.reset();
        shared.device = nullptr;
        QMetaObject::invokeMethod(
            this, [this, error] { deliverFinished(error); }, Qt::QueuedConnection);
    });
}

void StreamFileWriter::cancel() {
    if (m_finished || (m_closing && !m_started))
        return;
    m_closing = true;
    if (!m_started) {
        // Nothing was opened: the cancel is all there is to report.
        const CsvExportError error = CsvExportError::cancelled(m_fileName);
        QMetaObject::invokeMethod(
            this, [this, error] { deliverFinished(error); }, Qt::QueuedConnection);
        return;
    }
    m_shared->cancelRequested.store(true);
    post([this](Shared &shared) {
        if (shared.ended)
            return; // already committed or failed: that is what finished() reports
        shared.ended = true;
        shared.discard();
        const CsvExportError error = CsvExportError::cancelled(shared.fileName);
        QMetaObject::invokeMethod(
            this, [this, error] { deliverFinished(error); }, Qt::QueuedConnection);
    });
}

void StreamFileWriter::deliverWritten() {
    m_shared->writtenPosted.store(false);
    if (!m_finished)
        Q_EMIT written(bytesWritten(), recordsWritten());
}

void StreamFileWriter::deliverFinished(const CsvExportError &error) {
    if (m_finished)
        return;
    m_finished = true;
    m_closing = true;
    Q_EMIT written(bytesWritten(), recordsWritten());
    Q_EMIT finished(error);
}

} // namespace rz
