// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: rzconsole contributors
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

class QSslCertificate;
class QSslError;

namespace rz {

// Words for a failed certificate check, so that a user can decide whether to trust the certificate (by
// adding its CA to the connection) without a packet capture. The client never ignores such an error.
class TlsProblem final {
    Q_DECLARE_TR_FUNCTIONS(rz::TlsProblem)
public:
    // The errors in Qt's words, then the certificate they concern: subject, issuer, validity dates (UTC) and
    // SHA-256 fingerprint. Empty when `errors` is empty.
    static QString describe(const QList<QSslError> &errors);
    // "subject “…”, issued by “…”, valid from … until …, SHA-256 fingerprint AB:CD:…".
    static QString describeCertificate(const QSslCertificate &certificate);
    // Upper-case hex pairs separated by colons, as browsers show them.
    static QString sha256Fingerprint(const QSslCertificate &certificate);
};

} // namespace rz
