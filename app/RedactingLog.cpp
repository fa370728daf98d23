// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: rzconsole contributors
#include "app/RedactingLog.h"

#include "auth/Redaction.h"

#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

#include <atomic>

using namespace Qt::StringLiterals;

namespace rz {

namespace {

// Qt's message handler is a plain function pointer, so the installed log has to be found through this one
// pointer; it is set and cleared only by RedactingLog's constructor and destructor.
std::atomic<RedactingLog *> g_installed{nullptr};

// Set while this thread is inside the handler: a message raised by writing the log (QFile warns) goes on to
// the previous handler only, instead of recursing or deadlocking on the mutex.
thread_local bool t_handling = false;

QString levelName(QtMsgType type) {
    switch (type) {
    case QtDebugMsg:
        return u"debug"_s;
    case QtInfoMsg:
        return u"info"_s;
    case QtWarningMsg:
        return u"warning"_s;
    case QtCriticalMsg:
        return u"critical"_s;
    case QtFatalMsg:
        return u"fatal"_s;
    }
    return u"unknown"_s;
}

constexpr QFileDevice::Permissions kOwnerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;

} // namespace

QString RedactingLog::defaultFilePath() {
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation))
        .filePath(u"rzconsole.log"_s);
}

RedactingLog::RedactingLog(QString filePath, qint64 maxBytes)
    : m_filePath(std::move(filePath))
    , m_maxBytes(qMax<qint64>(maxBytes, 4096)) {
    {
        const QMutexLocker locker(&m_mutex);
        openFile();
    }
    RedactingLog *expected = nullptr;
    const bool alone = g_installed.compare_exchange_strong(expected, this);
    Q_ASSERT_X(alone, "RedactingLog", "only one RedactingLog may be installed at a time");
    Q_UNUSED(alone)
    m_previous = qInstallMessageHandler(&RedactingLog::handleMessage);
}

RedactingLog::~RedactingLog() {
    qInstallMessageHandler(m_previous);
    g_installed.store(nullptr);
    const QMutexLocker locker(&m_mutex); // a message being written on another thread finishes first
    m_file.close();
}

QString RedactingLog::filePath() const {
    return m_filePath;
}

QString RedactingLog::errorString() const {
    const QMutexLocker locker(&m_mutex);
    return m_error;
}

QString RedactingLog::formatLine(QtMsgType type, const QMessageLogContext &context, const QString &message) {
    const QString category = context.category ? QString::fromLatin1(context.category) : QString(u"default"_s);
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs) + u' ' + levelName(type) + u' ' +
           category + u": "_s + redact(message);
}

void RedactingLog::handleMessage(QtMsgType type, const QMessageLogContext &context, const QString &message) {
    RedactingLog *log = g_installed.load();
    if (!log)
        return;
    const QString redacted = redact(message);
    if (!t_handling) {
        t_handling = true;
        log->append(formatLine(type, context, message));
        t_handling = false;
    }
    if (log->m_previous)
        log->m_previous(type, context, redacted);
}

void RedactingLog::append(const QString &line) {
    const QMutexLocker locker(&m_mutex);
    if (!m_file.isOpen() && !openFile())
        return;
    const QByteArray bytes = line.toUtf8() + '\n';
    if (m_file.size() + bytes.size() > m_maxBytes) {
        rotate();
        if (!m_file.isOpen())
            return;
    }
    if (m_file.write(bytes) != bytes.size()) {
        m_error = m_file.errorString();
        m_file.close(); // tried again with the next message
        return;
    }
    m_file.flush();
}

bool RedactingLog::openFile() {
    if (m_filePath.isEmpty()) {
        m_error = u"no log file"_s;
        return false;
    }
    QDir().mkpath(QFileInfo(m_filePath).absolutePath());
    m_file.setFileName(m_filePath);
    if (!m_file.open(QIODevice::WriteOnly | QIODevice::Append | QIODevice::Text)) {
        m_error = m_file.errorString();
        return false;
    }
    m_file.setPermissions(kOwnerOnly);
    m_error.clear();
    return true;
}

void RedactingLog::rotate() {
    m_file.close();
    const QString previous = m_filePath + u".1"_s;
    QFile::remove(previous);
    if (!QFile::rename(m_filePath, previous))
        QFile::remove(m_filePath); // cannot keep it: start afresh rather than grow
    openFile();
}

} // namespace rz
