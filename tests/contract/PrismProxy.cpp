// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: rzconsole contributors
#include "PrismProxy.h"

#include <QDeadlineTimer>
#include <QFile>
#include <QRegularExpression>
#include <QTcpServer>
#include <QTest>

using namespace Qt::StringLiterals;

namespace rz::contract {

namespace {

constexpr int maxLogLines = 4000;

quint16 freeLoopbackPort() {
    QTcpServer probe;
    if (!probe.listen(QHostAddress::LocalHost, 0))
        return 0;
    return probe.serverPort();
}

} // namespace

QString Violation::description() const {
    return u"%1 %2 (forwarded as %3): [%4] %5: %6"_s.arg(
        method.toUpper(), path, upstreamUrl.toString(QUrl::FullyEncoded), severity, location, message);
}

PrismProxy::PrismProxy(QObject *parent)
    : QObject(parent) {
    m_process.setProcessChannelMode(QProcess::MergedChannels);
    connect(&m_process, &QProcess::readyRead, this, &PrismProxy::onOutput);
}

PrismProxy::~PrismProxy() {
    if (m_process.state() != QProcess::NotRunning) {
        m_process.terminate();
        if (!m_process.waitForFinished(5000)) {
            m_process.kill();
            m_process.waitForFinished(5000);
        }
    }
}

QByteArray PrismProxy::prefixedSpec(const QByteArray &yaml, const QByteArray &prefix) {
    // A path item is a two-space-indented key that starts with '/' (the `paths:` map of the document).
    static const QRegularExpression pathKey(u"^  (/[^:]*):"_s, QRegularExpression::MultilineOption);
    QString text = QString::fromUtf8(yaml);
    text.replace(pathKey, u"  "_s + QString::fromUtf8(prefix) + u"\\1:"_s);
    return text.toUtf8();
}

bool PrismProxy::start(const QString &node, const QString &prism, const QString &specPath,
                       const QString &pathPrefix, const QUrl &upstream, int startupTimeoutMs) {
    if (!m_dir.isValid()) {
        m_error = u"no temporary directory: %1"_s.arg(m_dir.errorString());
        return false;
    }
    QFile spec(specPath);
    if (!spec.open(QIODevice::ReadOnly)) {
        m_error = u"cannot read the API specification %1: %2"_s.arg(specPath, spec.errorString());
        return false;
    }
    const QString derivedPath = m_dir.filePath(u"runzero-api-prefixed.yml"_s);
    QFile derived(derivedPath);
    if (!derived.open(QIODevice::WriteOnly) ||
        derived.write(prefixedSpec(spec.readAll(), pathPrefix.toUtf8())) < 0 || !derived.flush()) {
        m_error = u"cannot write %1: %2"_s.arg(derivedPath, derived.errorString());
        return false;
    }
    derived.close();

    const quint16 port = freeLoopbackPort();
    if (port == 0) {
        m_error = u"no free loopback port"_s;
        return false;
    }
    m_url = QUrl(u"http://127.0.0.1:%1"_s.arg(port));
    m_process.start(node, {prism, u"proxy"_s, derivedPath, upstream.toString(), u"--host"_s, u"127.0.0.1"_s,
                           u"--port"_s, QString::number(port)});
    if (!m_process.waitForStarted(10000)) {
        m_error = u"cannot start %1 %2: %3"_s.arg(node, prism, m_process.errorString());
        return false;
    }
    const QDeadlineTimer deadline(startupTimeoutMs);
    while (!m_listening && !deadline.hasExpired() && m_process.state() == QProcess::Running)
        QTest::qWait(50);
    if (!m_listening) {
        m_error = u"Prism did not start listening within %1 ms:\n%2"_s.arg(startupTimeoutMs).arg(logTail(30));
        return false;
    }
    return true;
}

bool PrismProxy::waitForRequestLogged(const QString &path, qsizetype sinceRequest, int timeoutMs) {
    const QDeadlineTimer deadline(timeoutMs);
    while (!deadline.hasExpired()) {
        if (m_requests > sinceRequest && m_current.path == path)
            return true;
        if (m_process.state() != QProcess::Running)
            return false;
        QTest::qWait(20);
    }
    return false;
}

QString PrismProxy::logTail(int lines) const {
    return m_log.mid(qMax(qsizetype(0), m_log.size() - lines)).join(u'\n');
}

void PrismProxy::onOutput() {
    m_pending += m_process.readAll();
    qsizetype end = 0;
    while ((end = m_pending.indexOf('\n')) >= 0) {
        parseLine(QString::fromUtf8(m_pending.first(end)));
        m_pending.remove(0, end + 1);
    }
}

void PrismProxy::parseLine(const QString &rawLine) {
    static const QRegularExpression colours(u"\x1b\\[[0-9;]*m"_s);
    static const QRegularExpression received(u"\\[HTTP SERVER\\] (\\w+) (\\S+) .*Request received"_s);
    static const QRegularExpression forwarding(
        u"\\[PROXY\\] .*> Forwarding \"(\\w+)\" request to (\\S+?)\\.\\.\\.$"_s);
    static const QRegularExpression violation(
        u"\\[VALIDATOR\\] \\S+\\s+(error|warning)\\s+Violation: (\\S+) (.*)$"_s);

    QString line = rawLine;
    line.remove(colours);
    line = line.trimmed();
    m_log.append(line);
    if (m_log.size() > maxLogLines)
        m_log.remove(0, m_log.size() - maxLogLines);

    if (line.contains("Prism is listening"_L1)) {
        m_listening = true;
        return;
    }
    if (const QRegularExpressionMatch match = received.match(line); match.hasMatch()) {
        m_current = Violation{};
        m_current.method = match.captured(1);
        QString path = match.captured(2);
        path.truncate(path.indexOf(u'?') >= 0 ? path.indexOf(u'?') : path.size());
        m_current.path = path;
        m_current.request = ++m_requests;
        return;
    }
    if (const QRegularExpressionMatch match = forwarding.match(line); match.hasMatch()) {
        m_current.upstreamUrl = QUrl::fromEncoded(match.captured(2).toUtf8());
        return;
    }
    if (const QRegularExpressionMatch match = violation.match(line); match.hasMatch()) {
        Violation found = m_current;
        found.severity = match.captured(1);
        found.location = match.captured(2);
        found.message = match.captured(3).trimmed();
        m_violations.append(found);
    }
}

} // namespace rz::contract
