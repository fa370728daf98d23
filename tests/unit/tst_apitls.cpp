// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: rzconsole contributors
//
// TLS against a local HTTPS server with a self-signed certificate that the test makes with openssl: the
// certificate error is never ignored and names the certificate (subject, issuer, validity, SHA-256
// fingerprint); a CA bundle given to the client makes it trusted; a bundle that cannot be read says so.
#include "api/ApiClient.h"
#include "api/TlsProblem.h"

#include <QFile>
#include <QProcess>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>
#include <QSslServer>
#include <QSslSocket>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace rz {

namespace {

const QString orgToken = u"OT0123456789abcdef0123456789abcd"_s;
const QString subjectName = u"rzconsole test server"_s;

// Answers every request on 127.0.0.1 with an empty site list, over TLS with the given certificate.
class TlsServer final : public QObject {
public:
    TlsServer(const QSslCertificate &certificate, const QSslKey &key) {
        QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
        configuration.setLocalCertificate(certificate);
        configuration.setPrivateKey(key);
        configuration.setPeerVerifyMode(QSslSocket::VerifyNone);
        m_server.setSslConfiguration(configuration);
        connect(&m_server, &QSslServer::startedEncryptionHandshake, this, [this] { ++handshakes; });
        connect(&m_server, &QTcpServer::pendingConnectionAvailable, this, [this] {
            while (QTcpSocket *socket = m_server.nextPendingConnection()) {
                socket->setParent(this);
                connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onData(socket); });
            }
        });
        m_server.listen(QHostAddress::LocalHost);
    }

    QUrl base() const { return QUrl(u"https://127.0.0.1:%1/api/v1.0"_s.arg(m_server.serverPort())); }
    int handshakes = 0;
    QList<QByteArray> requests; // the head of each HTTP request that arrived

private:
    void onData(QTcpSocket *socket) {
        QByteArray &buffer = m_buffers[socket];
        buffer += socket->readAll();
        const qsizetype end = buffer.indexOf("\r\n\r\n");
        if (end < 0)
            return;
        requests.append(buffer.first(end));
        buffer.clear();
        socket->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 2\r\n"
                      "Connection: close\r\n\r\n[]"_ba);
        socket->disconnectFromHost();
    }

    QSslServer m_server;
    QHash<QTcpSocket *, QByteArray> m_buffers;
};

struct Sites {
    std::optional<Result<QList<Site>>> result;
};

} // namespace

class TestApiTls final : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QSslCertificate m_certificate;
    QSslKey m_key;

    QString certificatePath() const { return m_dir.filePath(u"cert.pem"_s); }

    Result<QList<Site>> fetch(ApiClient &client) {
        Sites sites;
        client.fetchSites(this, [&sites](const Result<QList<Site>> &r) { sites.result = r; });
        if (!QTest::qWaitFor([&] { return sites.result.has_value(); }, 30000))
            return {{}, ApiError::make(ApiError::Kind::Timeout)};
        return *sites.result;
    }

private Q_SLOTS:
    void initTestCase() {
        if (!QSslSocket::supportsSsl())
            QSKIP("this Qt has no TLS backend");
        const QString openssl = QStandardPaths::findExecutable(u"openssl"_s);
        if (openssl.isEmpty())
            QSKIP("openssl is needed to make a test certificate");
        QVERIFY(m_dir.isValid());
        QProcess process;
        process.setWorkingDirectory(m_dir.path());
        process.start(openssl, {u"req"_s, u"-x509"_s, u"-newkey"_s, u"ec"_s, u"-pkeyopt"_s,
                                u"ec_paramgen_curve:prime256v1"_s, u"-nodes"_s, u"-keyout"_s, u"key.pem"_s,
                                u"-out"_s, u"cert.pem"_s, u"-days"_s, u"3"_s, u"-subj"_s,
                                u"/CN=%1/O=rzconsole tests"_s.arg(subjectName), u"-addext"_s,
                                u"subjectAltName=IP:127.0.0.1"_s});
        QVERIFY(process.waitForFinished(60000));
        QVERIFY2(process.exitCode() == 0, process.readAllStandardError().constData());
        const QList<QSslCertificate> certificates = QSslCertificate::fromPath(certificatePath());
        QCOMPARE(certificates.size(), 1);
        m_certificate = certificates.first();
        QFile keyFile(m_dir.filePath(u"key.pem"_s));
        QVERIFY(keyFile.open(QIODevice::ReadOnly));
        m_key = QSslKey(&keyFile, QSsl::Ec);
        QVERIFY(!m_key.isNull());
    }

    void untrustedCertificateIsNamedNotIgnored() {
        TlsServer server(m_certificate, m_key);
        ApiClient client(server.base(), orgToken);
        const Result<QList<Site>> sites = fetch(client);
        QCOMPARE(sites.error.kind, ApiError::Kind::Tls);
        const QString message = sites.error.userMessage();
        QVERIFY2(message.contains(subjectName), qPrintable(message)); // subject and issuer (self-signed)
        QVERIFY2(message.contains(TlsProblem::sha256Fingerprint(m_certificate)), qPrintable(message));
        QVERIFY2(message.contains(m_certificate.effectiveDate().toUTC().toString(u"yyyy-MM-dd"_s)),
                 qPrintable(message));
        QVERIFY2(message.contains(m_certificate.expiryDate().toUTC().toString(u"yyyy-MM-dd"_s)),
                 qPrintable(message));
        QVERIFY(!message.contains(orgToken));
        QVERIFY(server.requests.isEmpty()); // the credential never left
        QCOMPARE(server.handshakes, 1);     // and a certificate error is not tried again
    }

    void caBundleMakesItTrusted() {
        TlsServer server(m_certificate, m_key);
        ApiClient client(server.base(), orgToken);
        QVERIFY(client.setCaBundle(certificatePath()).ok());
        const Result<QList<Site>> sites = fetch(client);
        QVERIFY2(sites.ok(), qPrintable(sites.error.userMessage()));
        QCOMPARE(server.requests.size(), 1);
        QVERIFY(server.requests.first().contains(QByteArray("Bearer "_ba + orgToken.toLatin1())));

        // Without the bundle the system's CAs alone decide again.
        QVERIFY(client.setCaBundle({}).ok());
        QCOMPARE(fetch(client).error.kind, ApiError::Kind::Tls);
    }

    void bundleThatCannotBeRead() {
        ApiClient client(QUrl(u"https://127.0.0.1:1/api/v1.0"_s), orgToken);
        const QString missing = m_dir.filePath(u"missing.pem"_s);
        const ApiError error = client.setCaBundle(missing);
        QCOMPARE(error.kind, ApiError::Kind::Tls);
        QVERIFY2(error.userMessage().contains(u"missing.pem"_s), qPrintable(error.userMessage()));

        QFile notPem(m_dir.filePath(u"notes.txt"_s));
        QVERIFY(notPem.open(QIODevice::WriteOnly));
        notPem.write("not a certificate\n");
        notPem.close();
        QCOMPARE(client.setCaBundle(notPem.fileName()).kind, ApiError::Kind::Tls);
    }

    void certificateDescription() {
        const QString text = TlsProblem::describeCertificate(m_certificate);
        QVERIFY2(text.contains(subjectName), qPrintable(text));
        const QString fingerprint = TlsProblem::sha256Fingerprint(m_certificate);
        QCOMPARE(fingerprint.size(), 32 * 3 - 1); // 32 bytes as "AB:" pairs
        QCOMPARE(fingerprint, fingerprint.toUpper());
        QVERIFY(text.contains(fingerprint));
        QVERIFY(TlsProblem::describe({}).isEmpty());
    }
};

} // namespace rz

QTEST_GUILESS_MAIN(rz::TestApiTls)
#include "tst_apitls.moc"
