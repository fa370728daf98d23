// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: rzconsole contributors
#pragma once

#include "api/OrgExport.h"
#include "domain/ApiError.h"
#include "export/CsvExportError.h"

#include <QObject>
#include <QPointer>
#include <QString>

namespace rz {

class ApiRequest;
class ApiTransport;
class StreamFileWriter;

// Downloads one organization-wide export (/export/org/<kind>.csv or .jsonl) straight into a file.
//
// The request goes through the transport like any other (credential, `_oid`, pacing, 429s, error mapping,
// same-origin redirects only) in its streamed mode: the body is never collected. Each piece that arrives is
// handed to a StreamFileWriter, which writes it on a worker thread through QSaveFile; while more than
// highWaterBytes wait for the disk the request stops reading, so the network waits for the disk instead of
// the body piling up in memory. A cancelled or failed download leaves the previous file untouched and no
// temporary file behind; so does a body that ends inside a row (every row of both formats ends with a line
// end), which is what a connection cut short looks like when it ends as if the body were complete.
//
// Starts from the event loop (connect first). Emits progress() as the file grows, then finished() exactly
// once; then it is done and may be deleted.
class OrgExportDownload final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OrgExportDownload)
public:
    // How a download ended: both errors none on success; `network` when the console or the connection
    // failed; `file` when the file could not be written, or Kind::Cancelled after cancel().
    struct Outcome {
        ApiError network;
        CsvExportError file;
        qint64 bytes = 0;   // written to the file
        qint64 records = 0; // rows (CSV, without the header) or lines (JSON lines)

        bool ok() const { return network.ok() && file.ok(); }
        bool cancelled() const { return network.ok() && file.kind == CsvExportError::Kind::Cancelled; }
        // A complete, translated sentence for a failure or a cancel (empty on success).
        QString userMessage() const;
    };

    static constexpr qint64 highWaterBytes = qint64(8) << 20;
    static constexpr qint64 lowWaterBytes = qint64(2) << 20;

    // `transport` must outlive the download (or the download ends as cancelled by the network).
    OrgExportDownload(ApiTransport *transport, OrgExport what, QString fileName, QObject *parent = nullptr);
    ~OrgExportDownload() override;

    const OrgExport &what() const { return m_what; }
    QString fileName() const { return m_fileName; }
    bool isRunning() const { return !m_finished; }
    qint64 bytesReceived() const { return m_received; }
    qint64 bytesWritten() const;
    qint64 recordsWritten() const;
    // The most bytes that were received and not yet written at any moment (the reply's own buffer, at most
    // ApiRequest::streamBufferBytes, comes on top).
    qint64 peakPendingBytes() const { return m_peakPending; }

public Q_SLOTS:
    void cancel();

Q_SIGNALS:
    void progress(qint64 bytesWritten, qint64 records);
    void finished(const rz::OrgExportDownload::Outcome &outcome);

private:
    void start();
    void onChunk(const QByteArray &chunk);
    void onWritten(qint64 bytes, qint64 records);
    void onRequestFinished(const Result<QByteArray> &result);
    void onWriterFinished(const CsvExportError &error);
    void stopRequest();

    QPointer<ApiTransport> m_transport;
    OrgExport m_what;
    QString m_fileName;
    StreamFileWriter *m_writer; // a child
    QPointer<ApiRequest> m_request;
    ApiError m_networkError;
    qint64 m_received = 0;
    qint64 m_peakPending = 0;
    bool m_paused = false;
    bool m_endsWithLineEnd = false; // the last byte received so far is '\n'
    bool m_finished = false;
};

} // namespace rz
