// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: rzconsole contributors
#pragma once

#include <QCoreApplication>
#include <QString>

namespace rz {

// Why a CSV export did not produce its file, as a value with a translated sentence that names the file.
struct CsvExportError {
    Q_DECLARE_TR_FUNCTIONS(rz::CsvExportError)
public:
    enum class Kind {
        None,           // the file was written
        Cancelled,      // the user cancelled; the previous file, if any, is untouched
        FolderMissing,  // the folder does not exist (e.g. it was removed or unmounted)
        NotAFolder,     // the path's parent is not a folder
        FolderReadOnly, // no new file may be made in the folder (permissions, read-only file system)
        FileReadOnly,   // the file exists and may not be replaced
        DiskFull,       // no space left (or the disk quota is used up)
        Io,             // any other failure; `detail` holds the system's description
    };

    Kind kind = Kind::None;
    QString fileName; // the file the export was writing
    QString detail;   // the system's description of the failure, when there was one

    bool ok() const { return kind == Kind::None; }
    // A complete, translated sentence naming the file; empty when ok().
    QString userMessage() const;

    // Classifies a failed open, write or commit of `fileName` from the state of its folder and the system's
    // error description (the errorString() of the failed QFileDevice).
    static CsvExportError fromFileFailure(const QString &fileName, const QString &systemMessage);
    static CsvExportError cancelled(const QString &fileName);
};

} // namespace rz
