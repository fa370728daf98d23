// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: rzconsole contributors
#include "auth/CredentialKind.h"

#include <QTest>

using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(rz::CredentialKind)

class tst_CredentialKind final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void detect_data();
    void detect();
    void displayNamesAreDistinct();
    void refusalReason_data();
    void refusalReason();
};

void tst_CredentialKind::detect_data() {
    QTest::addColumn<QString>("token");
    QTest::addColumn<rz::CredentialKind>("expected");

    QTest::newRow("export ET") << u"ET0123456789abcdef0123456789abcdef"_s << rz::CredentialKind::Export;
    QTest::newRow("export XT") << u"XT0123456789ABCDEF0123456789ABCDEF"_s << rz::CredentialKind::Export;
    QTest::newRow("organization") << u"OT0123456789abcdef0123456789abcdef"_s
                                  << rz::CredentialKind::Organization;
    QTest::newRow("account") << u"CT0123456789abcdef0123456789abcdef"_s << rz::CredentialKind::Account;
    QTest::newRow("download") << u"DT0123456789abcdef0123456789abcdef"_s << rz::CredentialKind::Download;
    QTest::newRow("leading and trailing whitespace")
        << u"  \tOT0123456789abcdef \n"_s << rz::CredentialKind::Organization;
    QTest::newRow("pasted with newline") << u"CT0123456789abcdef\r\n"_s << rz::CredentialKind::Account;
    QTest::newRow("lowercase ot") << u"ot0123456789abcdef"_s << rz::CredentialKind::Unknown;
    QTest::newRow("mixed case Ot") << u"Ot0123456789abcdef"_s << rz::CredentialKind::Unknown;
    QTest::newRow("lowercase et") << u"et0123456789abcdef"_s << rz::CredentialKind::Unknown;
    QTest::newRow("empty") << QString() << rz::CredentialKind::Unknown;
    QTest::newRow("whitespace only") << u"   "_s << rz::CredentialKind::Unknown;
    QTest::newRow("single letter") << u"O"_s << rz::CredentialKind::Unknown;
    QTest::newRow("other prefix") << u"AT0123456789abcdef"_s << rz::CredentialKind::Unknown;
    QTest::newRow("bearer pasted along") << u"Bearer OT0123456789abcdef"_s << rz::CredentialKind::Unknown;
    QTest::newRow("prefix not at start") << u"xOT0123456789abcdef"_s << rz::CredentialKind::Unknown;
}

void tst_CredentialKind::detect() {
    QFETCH(QString, token);
    QFETCH(rz::CredentialKind, expected);
    QCOMPARE(rz::detectCredentialKind(token), expected);
}

void tst_CredentialKind::displayNamesAreDistinct() {
    const QList<rz::CredentialKind> kinds{rz::CredentialKind::Unknown,      rz::CredentialKind::Export,
                                          rz::CredentialKind::Organization, rz::CredentialKind::Account,
                                          rz::CredentialKind::OAuthClient,  rz::CredentialKind::Download};
    QSet<QString> names;
    for (const rz::CredentialKind kind : kinds) {
        const QString name = rz::credentialKindDisplayName(kind);
        QVERIFY(!name.isEmpty());
        names.insert(name);
    }
    QCOMPARE(names.size(), kinds.size());
    QCOMPARE(rz::credentialKindDisplayName(rz::CredentialKind::Organization), u"Organization API token"_s);
    QCOMPARE(rz::credentialKindDisplayName(rz::CredentialKind::Export), u"Export token"_s);
    QCOMPARE(rz::credentialKindDisplayName(rz::CredentialKind::Account), u"Account API token"_s);
}

void tst_CredentialKind::refusalReason_data() {
    QTest::addColumn<QString>("token");
    QTest::addColumn<QString>("mustContain"); // empty: the token is accepted

    QTest::newRow("export accepted") << u"ET0123456789abcdef"_s << QString();
    QTest::newRow("xt accepted") << u"XT0123456789abcdef"_s << QString();
    QTest::newRow("organization accepted") << u" OT0123456789abcdef "_s << QString();
    QTest::newRow("account accepted") << u"CT0123456789abcdef"_s << QString();
    QTest::newRow("download refused") << u"DT0123456789abcdef"_s << u"only download the Explorer"_s;
    QTest::newRow("unknown refused") << u"ZZ0123456789abcdef"_s << u"start with ET, OT or CT"_s;
    QTest::newRow("lowercase refused") << u"ot0123456789abcdef"_s << u"start with ET, OT or CT"_s;
    QTest::newRow("empty refused") << QString() << u"Enter a runZero API token"_s;
    QTest::newRow("blank refused") << u" \t "_s << u"Enter a runZero API token"_s;
}

void tst_CredentialKind::refusalReason() {
    QFETCH(QString, token);
    QFETCH(QString, mustContain);
    const QString reason = rz::credentialRefusalReason(token);
    if (mustContain.isEmpty()) {
        QVERIFY2(reason.isEmpty(), qPrintable(reason));
        QVERIFY(rz::isUsableCredentialKind(rz::detectCredentialKind(token)));
    } else {
        QVERIFY2(reason.contains(mustContain), qPrintable(reason));
        QVERIFY(!rz::isUsableCredentialKind(rz::detectCredentialKind(token)));
        // The sentence explains; it does not echo the token back.
        if (!token.trimmed().isEmpty())
            QVERIFY(!reason.contains(token.trimmed()));
    }
}

QTEST_GUILESS_MAIN(tst_CredentialKind)
#include "tst_credentialkind.moc"
