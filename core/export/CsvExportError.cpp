// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: rzconsole contributors
#include "export/CsvExportError.h"

#include <QDir>
#include <QFileInfo>
#include <cerrno>
#include <initializer_list>

namespace rz {

namespace {

// Qt describes a failed file operation with the system's text for errno (qt_error_string), so comparing the
// text finds the errno even after later calls have overwritten it.
bool describesOneOf(const QString &message, std::initializer_list<int> codes) {
    for (const int code : codes) {
        if (message == qt_error_string(code))
            return true;
    }
    return false;
}

QString nativePath(const QString &path) {
    return QDir::toNativeSeparators(path);
}

QString folderOf(const QString &fileName) {
    return QFileInfo(fileName).absolutePath();
}

QString withoutFinalStop(QString text) {
    text = text.trimmed();
    while (text.endsWith(u'.'))
        text.chop(1);
    return text;
}

} // namespace

CsvExportError CsvExportError::cancelled(const QString &fileName) {
    return {Kind::Cancelled, fileName, {}};
}

CsvExportError CsvExportError::fromFileFailure(const QString &fileName, const QString &systemMessage) {
    CsvExportError error{Kind::Io, fileName, systemMessage};
    const QFileInfo file(fileName);
    const QFileInfo folder(folderOf(fileName));
    if (!folder.exists() && !folder.isSymLink()) {
        // The parent may be missing because a component further up is a file; name the first one that is.
        QFileInfo ancestor = folder;
        while (!ancestor.exists() && !ancestor.isRoot() &&
               ancestor.absolutePath() != ancestor.absoluteFilePath())
            ancestor.setFile(ancestor.absolutePath());
        error.kind = ancestor.exists() && !ancestor.isDir() ? Kind::NotAFolder : Kind::FolderMissing;
    } else if (folder.exists() && !folder.isDir()) {
        error.kind = Kind::NotAFolder;
    } else if (describesOneOf(systemMessage, {ENOSPC, EDQUOT})) {
        error.kind = Kind::DiskFull;
    } else if (file.exists() && !file.isWritable()) {
        error.kind = Kind::FileReadOnly;
    } else if (describesOneOf(systemMessage, {EACCES, EPERM, EROFS}) || !folder.isWritable()) {
        error.kind = Kind::FolderReadOnly;
    } else if (describesOneOf(systemMessage, {ENOENT})) {
        error.kind = Kind::FolderMissing; // the folder went away between the check and the failure
    } else if (describesOneOf(systemMessage, {ENOTDIR})) {
        error.kind = Kind::NotAFolder;
    }
    return error;
}

QString CsvExportError::userMessage() const {
    const QString file = nativePath(fileName);
    switch (kind) {
    case Kind::None:
        return {};
    case Kind::Cancelled:
        return tr("The export to “%1” was cancelled; the file was left as it was.").arg(file);
    case Kind::FolderMissing:
        return tr("Could not save “%1”: the folder “%2” does not exist.")
            .arg(file, nativePath(folderOf(fileName)));
    case Kind::NotAFolder:
        return tr("Could not save “%1”: part of its folder path is a file, not a folder.").arg(file);
    case Kind::FolderReadOnly:
        return tr("Could not save “%1”: the folder “%2” is read-only or you may not write to it.")
            .arg(file, nativePath(folderOf(fileName)));
    case Kind::FileReadOnly:
        return tr("Could not save “%1”: the file is read-only.").arg(file);
    case Kind::DiskFull:
        return tr("Could not save “%1”: the disk is full.").arg(file);
    case Kind::Io:
        if (detail.trimmed().isEmpty())
            return tr("Could not save “%1”.").arg(file);
        return tr("Could not save “%1”: %2.").arg(file, withoutFinalStop(detail));
    }
    return {};
}

} // namespace rz
