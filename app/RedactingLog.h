// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: rzconsole contributors
#pragma once

#include <QFile>
#include <QMutex>
#include <QString>
#include <QtGlobal>

namespace rz {

// The application's log. While it exists, every Qt message (qDebug to qFatal, every category, any thread)
// passes through redact() and only then is written: appended to a log file, and handed on to the handler that
// was installed before (Qt's own prints to stderr). Past maxBytes the file becomes "<file>.1", replacing an
// older one, and a fresh file starts, so the log never grows without bound. The file is readable by its
// owner only. One instance at a time (Qt has one message handler); the destructor restores the previous one.
class RedactingLog final {
public:
    static constexpr qint64 DefaultMaxBytes = 2 * 1024 * 1024;

    // <AppLocalDataLocation>/rzconsole.log
    static QString defaultFilePath();

    explicit RedactingLog(QString filePath, qint64 maxBytes = DefaultMaxBytes);
    ~RedactingLog();
    Q_DISABLE_COPY_MOVE(RedactingLog)

    QString filePath() const;
    // Why the file could not be written, empty when it can; messages then still reach the previous handler.
    QString errorString() const;

    // One message as it appears in the file: UTC time, level, category and the redacted text.
    static QString formatLine(QtMsgType type, const QMessageLogContext &context, const QString &message);

private:
    static void handleMessage(QtMsgType type, const QMessageLogContext &context, const QString &message);
    void append(const QString &line);
    bool openFile();
    void rotate();

    QString m_filePath;
    qint64 m_maxBytes;
    QtMessageHandler m_previous = nullptr;
    mutable QMutex m_mutex; // guards the members below
    QFile m_file;
    QString m_error;
};

} // namespace rz
