// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: rzconsole contributors
#pragma once

#include "export/CsvExportError.h"
#include "export/CsvOptions.h"
#include "export/CsvSelection.h"

#include <QFuture>
#include <QObject>
#include <QString>
#include <memory>

class QThreadPool;

namespace rz {

class CsvTable;

// Writes a CSV file on a worker thread, from an immutable snapshot of rows, and reports progress.
//
// The file is written through QSaveFile: it appears, or replaces the previous file, only when every row was
// written. A cancelled or failed export leaves the previous file as it was and no partial or temporary file
// behind. (A target that exists but is not a regular file, such as a device, cannot be replaced by renaming
// and is written directly.)
//
// Emits progress() now and then while it runs (never faster than the receiving thread takes them), then
// finished() exactly once. One job writes one file once.
class CsvExportJob final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CsvExportJob)
public:
    // `table` is read on a worker thread and must not change (see CsvTable); `selection` must fit it. `pool`
    // runs the work (the global pool when null).
    CsvExportJob(std::shared_ptr<const CsvTable> table, CsvSelection selection, QString fileName,
                 CsvOptions options, QObject *parent = nullptr, QThreadPool *pool = nullptr);
    // Cancels a running export and waits for the worker to stop (which it does within a row).
    ~CsvExportJob() override;

    QString fileName() const { return m_fileName; }
    qint64 totalRows() const;
    bool isRunning() const { return m_running; }

public Q_SLOTS:
    void start();
    // Stops a running export; finished() then reports Kind::Cancelled unless the file was already complete.
    void cancel();

Q_SIGNALS:
    void progress(qint64 rowsWritten, qint64 totalRows);
    void finished(const rz::CsvExportError &error);

private:
    struct Shared;

    static CsvExportError write(const CsvTable &table, const CsvSelection &selection, const QString &fileName,
                                const CsvOptions &options, Shared &shared, CsvExportJob *job);
    void deliverProgress();
    void deliverFinished(const CsvExportError &error);

    std::shared_ptr<const CsvTable> m_table;
    CsvSelection m_selection;
    QString m_fileName;
    CsvOptions m_options;
    QThreadPool *m_pool;
    std::shared_ptr<Shared> m_shared;
    QFuture<void> m_future;
    bool m_started = false;
    bool m_running = false;
};

} // namespace rz
