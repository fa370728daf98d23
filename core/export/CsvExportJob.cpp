// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: rzconsole contributors
#include "export/CsvExportJob.h"

#include "export/CsvTable.h"
#include "export/CsvWriter.h"

#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QtConcurrent/QtConcurrentRun>
#include <algorithm>
#include <atomic>
#include <utility>

namespace rz {

namespace {

// How often the worker publishes its row count; the receiver sees at most one pending update at a time.
constexpr qsizetype progressStride = 256;

} // namespace

struct CsvExportJob::Shared {
    std::atomic<bool> cancelRequested{false};
    std::atomic<qint64> rowsWritten{0};
    std::atomic<bool> progressPending{false};
};

CsvExportJob::CsvExportJob(std::shared_ptr<const CsvTable> table, CsvSelection selection, QString fileName,
                           CsvOptions options, QObject *parent, QThreadPool *pool)
    : QObject(parent)
    , m_table(std::move(table))
    , m_selection(std::move(selection))
    , m_fileName(std::move(fileName))
    , m_options(std::move(options))
    , m_pool(pool)
    , m_shared(std::make_shared<Shared>()) {
    Q_ASSERT(m_table);
    Q_ASSERT(m_selection.fits(*m_table));
    // Out-of-range indexes are a caller's bug; rather than read out of bounds on a worker, leave them out.
    const int columnCount = m_table->columnCount();
    const qsizetype rowCount = m_table->rowCount();
    m_selection.columns.removeIf([columnCount](int column) { return column < 0 || column >= columnCount; });
    std::erase_if(m_selection.rows, [rowCount](qsizetype row) { return row < 0 || row >= rowCount; });
}

CsvExportJob::~CsvExportJob() {
    m_shared->cancelRequested.store(true);
    m_future.waitForFinished();
}

qint64 CsvExportJob::totalRows() const {
    return qint64(m_selection.rows.size());
}

void CsvExportJob::start() {
    if (m_started)
        return;
    m_started = true;
    m_running = true;
    auto work = [table = m_table, selection = m_selection, fileName = m_fileName, options = m_options,
                 shared = m_shared, job = this] {
        const CsvExportError error = write(*table, selection, fileName, options, *shared, job);
        // The job outlives this call: its destructor waits for the worker.
        QMetaObject::invokeMethod(
            job, [job, error] { job->deliverFinished(error); }, Qt::QueuedConnection);
    };
    m_future = m_pool ? QtConcurrent::run(m_pool, std::move(work)) : QtConcurrent::run(std::move(work));
}

void CsvExportJob::cancel() {
    m_shared->cancelRequested.store(true);
}

void CsvExportJob::deliverProgress() {
    m_shared->progressPending.store(false);
    if (m_running)
        Q_EMIT progress(m_shared->rowsWritten.load(), totalRows());
}

void CsvExportJob::deliverFinished(const CsvExportError &error) {
    m_running = false;
    if (error.ok())
        Q_EMIT progress(totalRows(), totalRows());
    Q_EMIT finished(error);
}

// On the worker thread.
CsvExportError CsvExportJob::write(const CsvTable &table, const CsvSelection &selection,
                                   const QString &fileName, const CsvOptions &options, Shared &shared,
                                   CsvExportJob *job) {
    if (shared.cancelRequested.load())
        return CsvExportError::cancelled(fileName);
    // QSaveFile would put its temporary file next to a device such as /dev/full and then rename it over the
    // device node; a target that exists and is not a regular file is therefore written directly.
    const QFileInfo target(fileName);
    const bool direct = target.exists() && !target.isFile() && !target.isDir();
    QSaveFile saveFile(fileName);
    QFile plainFile(fileName);
    QFileDevice &device =
        direct ? static_cast<QFileDevice &>(plainFile) : static_cast<QFileDevice &>(saveFile);
    // The writer buffers about a megabyte itself; a second buffer in the device would only copy it again.
    if (!device.open(QIODevice::WriteOnly | QIODevice::Unbuffered))
        return CsvExportError::fromFileFailure(fileName, device.errorString());

    const auto failed = [&] { return CsvExportError::fromFileFailure(fileName, device.errorString()); };
    const auto cancelled = [&] {
        if (!direct) {
            saveFile.cancelWriting();
            saveFile.commit(); // discards the temporary file and leaves the target as it was
        }
        return CsvExportError::cancelled(fileName);
    };

    CsvWriter writer(&device, table, selection.columns, options);
    if (!writer.writeStart())
        return failed();
    const std::vector<qsizetype> &rows = selection.rows;
    for (std::size_t i = 0; i < rows.size(); ++i) {
        if (shared.cancelRequested.load(std::memory_order_relaxed))
            return cancelled();
        if (!writer.writeRow(rows[i]))
            return failed();
        if ((i + 1) % progressStride == 0) {
            shared.rowsWritten.store(qint64(i + 1), std::memory_order_relaxed);
            if (!shared.progressPending.exchange(true))
                QMetaObject::invokeMethod(
                    job, [job] { job->deliverProgress(); }, Qt::QueuedConnection);
        }
    }
    if (!writer.flush())
        return failed();
    if (shared.cancelRequested.load())
        return cancelled();
    if (direct) {
        plainFile.close();
        if (plainFile.error() != QFileDevice::NoError)
            return failed();
    } else if (!saveFile.commit()) {
        return failed();
    }
    shared.rowsWritten.store(qint64(rows.size()));
    return {};
}

} // namespace rz
