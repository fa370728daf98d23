// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: rzconsole contributors
#include "api/OrgExportDownload.h"

#include "api/ApiLogging.h"
#include "api/ApiRequest.h"
#include "api/ApiTransport.h"
#include "export/StreamFileWriter.h"

#include <QDir>
#include <QTimer>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace rz {

namespace {

// A text that follows a full stop starts with a capital letter, whatever case it came in.
QString asNextSentence(QString text) {
    if (!text.isEmpty())
        text[0] = text[0].toUpper();
    return text;
}

} // namespace

QString OrgExportDownload::Outcome::userMessage() const {
    if (!network.ok()) {
        return QCoreApplication::translate("rz::OrgExportDownload",
                                           "The export was not saved; “%1” was left as it was. %2")
            .arg(QDir::toNativeSeparators(file.fileName), asNextSentence(network.userMessage()));
    }
    return file.userMessage();
}

OrgExportDownload::OrgExportDownload(ApiTransport *transport, OrgExport what, QString fileName,
                                     QObject *parent)
    : QObject(parent)
    , m_transport(transport)
    , m_what(std::move(what))
    , m_fileName(std::move(fileName))
    , m_writer(new StreamFileWriter(m_fileName,
                                    m_what.format == OrgExport::Format::Csv
                                        ? StreamFileWriter::Records::CsvWithHeader
                                        : StreamFileWriter::Records::Lines,
                                    this)) {
    connect(m_writer, &StreamFileWriter::written, this, &OrgExportDownload::onWritten);
    connect(m_writer, &StreamFileWriter::finished, this, &OrgExportDownload::onWriterFinished);
    QTimer::singleShot(0, this, &OrgExportDownload::start);
}

OrgExportDownload::~OrgExportDownload() {
    stopRequest();
}

qint64 OrgExportDownload::bytesWritten() const {
    return m_writer->bytesWritten();
}

qint64 OrgExportDownload::recordsWritten() const {
    return m_writer->recordsWritten();
}

void OrgExportDownload::start() {
    if (m_finished || m_writer->isClosing())
        return; // cancelled before it started: the writer reports it
    m_writer->start();
    ApiTransport *transport = m_transport.data();
    if (transport == nullptr) {
        onRequestFinished(Result<QByteArray>{
            {}, ApiError::make(ApiError::Kind::Cancelled, tr("the connection was closed"))});
        return;
    }
    ApiRequest::Spec spec;
    spec.path = m_what.path();
    if (!m_what.search.trimmed().isEmpty())
        ApiTransport::addQueryValue(spec.query, u"search"_s, m_what.search.trimmed());
    spec.streamed = true;
    spec.boundedDuration = false; // a large export takes as long as it takes; silence still times out
    spec.accept =
        m_what.format == OrgExport::Format::Csv ? "text/csv"_ba : "application/x-ndjson, application/json"_ba;
    ApiRequest *request = transport->send(std::move(spec), this);
    m_request = request;
    connect(request, &ApiRequest::bodyReceived, this, &OrgExportDownload::onChunk);
    connect(request, &ApiRequest::finished, this, &OrgExportDownload::onRequestFinished);
    qCInfo(lcApi) << "downloading" << m_what.path() << "to a file";
}

void OrgExportDownload::onChunk(const QByteArray &chunk) {
    m_received += chunk.size();
    if (!chunk.isEmpty())
        m_endsWithLineEnd = chunk.back() == '\n';
    m_writer->append(chunk);
    const qint64 pending = m_writer->pendingBytes();
    m_peakPending = std::max(m_peakPending, pending);
    if (pending > highWaterBytes && !m_paused) {
        m_paused = true;
        if (ApiRequest *request = m_request.data())
            request->setBodyPaused(true);
    }
}

void OrgExportDownload::onWritten(qint64 bytes, qint64 records) {
    if (m_paused && m_writer->pendingBytes() < lowWaterBytes) {
        m_paused = false;
        if (ApiRequest *request = m_request.data())
            request->setBodyPaused(false);
    }
    if (!m_finished)
        Q_EMIT progress(bytes, records);
}

void OrgExportDownload::onRequestFinished(const Result<QByteArray> &result) {
    m_request = nullptr;
    if (result.ok() && (m_received == 0 || m_endsWithLineEnd)) {
        m_writer->finish();
        return;
    }
    // Both formats end every row with a line end: a body that stops inside a row was cut short, even when
    // the connection ended as if it were complete.
    m_networkError = result.ok()
                         ? ApiError::make(ApiError::Kind::Network,
                                          tr("the export ended in the middle of a row; the connection "
                                             "was probably cut short"))
                         : result.error;
    m_writer->cancel(); // its finished() ends the download
}

void OrgExportDownload::onWriterFinished(const CsvExportError &error) {
    if (m_finished)
        return;
    m_finished = true;
    stopRequest(); // a write that failed ends the download
    Outcome outcome;
    outcome.network = m_networkError;
    outcome.file = error;
    outcome.bytes = m_writer->bytesWritten();
    outcome.records = m_writer->recordsWritten();
    if (!outcome.network.ok()) {
        outcome.file.kind = CsvExportError::Kind::Io; // not written: because of the network
        outcome.file.fileName = m_fileName;
    }
    qCInfo(lcApi) << "download of" << m_what.path() << "ended:" << (outcome.ok() ? "saved" : "not saved")
                  << outcome.bytes << "bytes";
    Q_EMIT finished(outcome);
}

void OrgExportDownload::cancel() {
    if (m_finished)
        return;
    stopRequest();
    m_writer->cancel();
}

void OrgExportDownload::stopRequest() {
    if (ApiRequest *request = m_request.data()) {
        m_request = nullptr;
        request->abort();
    }
}

} // namespace rz
