// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: rzconsole contributors
#include "api/TlsProblem.h"

#include <QCryptographicHash>
#include <QSslCertificate>
#include <QSslError>
#include <QStringList>

using namespace Qt::StringLiterals;

namespace rz {

namespace {

QString utcText(const QDateTime &time) {
    return time.isValid() ? time.toUTC().toString(u"yyyy-MM-dd HH:mm 'UTC'"_s) : TlsProblem::tr("unknown");
}

QString nameOf(const QString &displayName) {
    return displayName.trimmed().isEmpty() ? TlsProblem::tr("(none)") : displayName.trimmed();
}

} // namespace

QString TlsProblem::sha256Fingerprint(const QSslCertificate &certificate) {
    return QString::fromLatin1(certificate.digest(QCryptographicHash::Sha256).toHex(':').toUpper());
}

QString TlsProblem::describeCertificate(const QSslCertificate &certificate) {
    return tr("subject \u201c%1\u201d, issued by \u201c%2\u201d, valid from %3 until %4, SHA-256 fingerprint "
              "%5")
        .arg(nameOf(certificate.subjectDisplayName()), nameOf(certificate.issuerDisplayName()),
             utcText(certificate.effectiveDate()), utcText(certificate.expiryDate()),
             sha256Fingerprint(certificate));
}

QString TlsProblem::describe(const QList<QSslError> &errors) {
    QStringList problems;
    QSslCertificate concerned;
    for (const QSslError &error : errors) {
        const QString text = error.errorString().trimmed();
        if (!text.isEmpty() && !problems.contains(text))
            problems.append(text);
        // The first certificate named is the one presented for the host (or the first link that failed).
        if (concerned.isNull() && !error.certificate().isNull())
            concerned = error.certificate();
    }
    if (problems.isEmpty())
        return {};
    const QString what = problems.join(u"; "_s);
    if (concerned.isNull())
        return what;
    return tr("%1 (certificate: %2)", "TLS errors (certificate details)")
        .arg(what, describeCertificate(concerned));
}

} // namespace rz
