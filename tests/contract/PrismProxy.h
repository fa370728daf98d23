// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: rzconsole contributors
#pragma once

#include <QList>
#include <QObject>
#include <QProcess>
#include <QString>
#include <QTemporaryDir>
#include <QUrl>

namespace rz::contract {

// One finding of the validating proxy, read from its log: which request it was about and what was wrong.
struct Violation {
    qsizetype request = 0; // which request of the log (1 for the first): groups the findings of one
    QString method;        // as Prism logs it, lower case ("get", "put")
    QString path;          // the path Prism received, without the query
    QUrl upstreamUrl;      // where Prism forwarded the request (the simulator), with the query
    QString severity;      // "error" or "warning"
    QString location;      // dotted, e.g. "response.body.assets.3.comments" or "request.query.page_size"
    QString message;       // e.g. "Response body property assets.3.comments must be string"
    QString description() const;
};

// Stoplight Prism in proxy mode in front of an upstream HTTP server, validating every request and response
// against an OpenAPI document. Prism is started with Node.js as a child process on 127.0.0.1; its log is
// parsed as it arrives. Validation never changes the answers: without --errors Prism forwards everything and
// only reports, in the `sl-violations` header and in its log, which this class reads.
class PrismProxy final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PrismProxy)
public:
    explicit PrismProxy(QObject *parent = nullptr);
    ~PrismProxy() override;

    // Writes a copy of `specPath` whose paths carry `pathPrefix` (Prism serves the paths at the root and
    // ignores the prefix in the server URL), then starts Prism on a free port and waits for it to listen.
    // Returns false with errorString() on failure. Spins the event loop while it waits.
    bool start(const QString &node, const QString &prism, const QString &specPath, const QString &pathPrefix,
               const QUrl &upstream, int startupTimeoutMs);
    QString errorString() const { return m_error; }
    // http://127.0.0.1:<port> (no path).
    QUrl url() const { return m_url; }

    // Waits (spinning the event loop) until the log shows a request for `path` received after `sinceRequest`
    // requests, which means every log line of the requests before it has been read.
    bool waitForRequestLogged(const QString &path, qsizetype sinceRequest, int timeoutMs);
    qsizetype requestsLogged() const { return m_requests; }

    // Every violation logged so far, errors and warnings.
    const QList<Violation> &violations() const { return m_violations; }
    // The last lines of the log, for a failure message.
    QString logTail(int lines) const;

    // Rewrites the paths of an OpenAPI document in YAML so that each starts with `prefix` (exposed for
    // tests).
    static QByteArray prefixedSpec(const QByteArray &yaml, const QByteArray &prefix);

private:
    void onOutput();
    void parseLine(const QString &line);

    QProcess m_process;
    QTemporaryDir m_dir;
    QString m_error;
    QUrl m_url;
    QByteArray m_pending; // a partial last line
    QStringList m_log;
    QList<Violation> m_violations;
    Violation m_current; // the request whose log lines are being read
    qsizetype m_requests = 0;
    bool m_listening = false;
};

} // namespace rz::contract
