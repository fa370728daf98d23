// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: rzconsole contributors
#include "auth/Redaction.h"

#include <QTest>

using namespace Qt::StringLiterals;

// rz::redact() masks credentials in anything that goes into a log line.
class tst_SecretStoreRedaction final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void redact_data();
    void redact();
    void idempotent();
};

void tst_SecretStoreRedaction::redact_data() {
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected");

    QTest::newRow("plain text untouched")
        << u"GET /org/sites failed: timeout"_s << u"GET /org/sites failed: timeout"_s;
    QTest::newRow("organization token")
        << u"token OT0123456789abcdef0123456789abcdef rejected"_s << u"token OT[redacted] rejected"_s;
    QTest::newRow("each prefix") << u"ET0123456789ABCDEF01 XT0123456789ABCDEF01 CT0123456789ABCDEF01 "
                                    u"DT0123456789ABCDEF01"_s
                                 << u"ET[redacted] XT[redacted] CT[redacted] DT[redacted]"_s;
    QTest::newRow("with separator") << u"OT-0123456789abcdef0123"_s << u"OT[redacted]"_s;
    QTest::newRow("in quotes") << u"\"CT0123456789abcdef0123\""_s << u"\"CT[redacted]\""_s;
    QTest::newRow("short run is not a token") << u"OT12345"_s << u"OT12345"_s;
    QTest::newRow("inside a word is not a token")
        << u"NOTE0123456789abcdef0123"_s << u"NOTE0123456789abcdef0123"_s;
    QTest::newRow("form body")
        << u"grant_type=client_credentials&client_id=abc&client_secret=s3cr3t&x=1"_s
        << u"grant_type=client_credentials&client_id=abc&client_secret=[redacted]&x=1"_s;
    QTest::newRow("json body") << u"{\"client_secret\": \"s3cr3t\", \"a\": 1}"_s
                               << u"{\"client_secret\": \"[redacted]\", \"a\": 1}"_s;
    QTest::newRow("access token json") << u"{\"access_token\":\"abc.def\",\"expires_in\":3600}"_s
                                       << u"{\"access_token\":\"[redacted]\",\"expires_in\":3600}"_s;
    QTest::newRow("upper-case key") << u"CLIENT_SECRET=abc"_s << u"CLIENT_SECRET=[redacted]"_s;
    QTest::newRow("bearer header") << u"Authorization: Bearer opaque-value"_s
                                   << u"Authorization: Bearer [redacted]"_s;
    QTest::newRow("empty") << QString() << QString();
}

void tst_SecretStoreRedaction::redact() {
    QFETCH(QString, input);
    QFETCH(QString, expected);
    QCOMPARE(rz::redact(input), expected);
}

void tst_SecretStoreRedaction::idempotent() {
    const QString once = rz::redact(u"client_secret=abc OT0123456789abcdef0123 Bearer xyz"_s);
    QCOMPARE(rz::redact(once), once);
    QVERIFY(!once.contains(u"abc"_s));
    QVERIFY(!once.contains(u"0123456789abcdef"_s));
    QVERIFY(!once.contains(u"xyz"_s));
}

QTEST_GUILESS_MAIN(tst_SecretStoreRedaction)
#include "tst_secretstore_redaction.moc"
