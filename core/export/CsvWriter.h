// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: rzconsole contributors
#pragma once

#include "export/CsvOptions.h"
#include "export/CsvTable.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QtGlobal>
#include <vector>

class QIODevice;

namespace rz {

// Writes rows of a CsvTable as RFC 4180 CSV in UTF-8: fields separated by ',', records ended by CRLF, a field
// quoted when it holds ',', '"', CR or LF, and a '"' inside it doubled. Options add a byte-order mark, a
// header record, the separator that replaces the '\n' joints of List cells, and the formula guard
// (CsvFormulaGuard). A record of a single empty field is written as "" so that readers do not skip it as a
// blank line.
//
// Built for millions of rows: cells are encoded straight from the table's UTF-16 into one large buffer (no
// QString or QByteArray per cell; ASCII that needs no quoting is copied byte by byte), which is handed to the
// device about every megabyte. Not thread-safe; use it from one thread at a time.
class CsvWriter final {
public:
    static constexpr qsizetype flushSize = qsizetype(1) << 20;

    // Writes the given columns of `table`, in that order, to `device`, which must be open for writing.
    // Neither is owned; both must outlive the writer.
    CsvWriter(QIODevice *device, const CsvTable &table, QList<int> columns, CsvOptions options);
    ~CsvWriter();
    Q_DISABLE_COPY_MOVE(CsvWriter)

    // Writes the byte-order mark and the header record, as the options ask. The first writeRow() does this
    // itself if it was not done before; later calls do nothing.
    bool writeStart();
    // Writes one record: the table's row `row`. Returns false once a write to the device has failed; from
    // then on nothing more is written.
    bool writeRow(qsizetype row);
    // Hands the buffered bytes to the device. The destructor does not flush: call this after the last row.
    bool flush();

    bool hasFailed() const { return m_failed; }
    // Bytes handed to the device so far.
    qint64 bytesWritten() const { return m_written; }

private:
    char *reserve(qsizetype bytes);
    bool writeField(QStringView text, CsvColumnKind kind, bool first);
    void endRecord(bool loneEmptyField);
    char *encodeField(char *out, QStringView text, CsvColumnKind kind) const;
    QChar firstWrittenChar(QStringView text, CsvColumnKind kind) const;

    QIODevice *m_device;
    const CsvTable &m_table;
    QList<int> m_columns;
    std::vector<CsvColumnKind> m_kinds;
    CsvOptions m_options;
    QByteArray m_separator; // the multi-value separator in UTF-8, '"' already doubled
    bool m_separatorNeedsQuotes = false;
    qsizetype m_maxBytesPerUnit = 3; // the most bytes one UTF-16 code unit of a cell can become
    QByteArray m_buffer;
    qsizetype m_used = 0;
    qint64 m_written = 0;
    bool m_started = false;
    bool m_failed = false;
};

} // namespace rz
