// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: rzconsole contributors
#include "domain/ApiError.h"

#include <QSet>
#include <QTest>

using namespace Qt::StringLiterals;

namespace rz {

namespace {

using K = ApiError::Kind;

const QList<K> allKinds{K::None,           K::Network,   K::Timeout,   K::Tls,         K::Unauthorized,
                        K::WrongTokenKind, K::Forbidden, K::NotFound,  K::RateLimited, K::BadRequest,
                        K::Server,         K::Malformed, K::Cancelled, K::Unsupported};

bool isSentence(const QString &text) {
    return !text.isEmpty() && text.front().isUpper() && (text.endsWith(u'.') || text.endsWith(u'?')) &&
           !text.endsWith(".."_L1) && !text.contains("%1"_L1);
}

} // namespace

class TestApiError final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void everyKindHasItsOwnSentence() {
        QSet<QString> seen;
        for (const K kind : allKinds) {
            ApiError error;
            error.kind = kind;
            error.httpStatus = kind == K::Server ? 503 : 0;
            const QString message = error.userMessage();
            QVERIFY2(isSentence(message), qPrintable(message));
            QVERIFY2(!seen.contains(message), qPrintable(message));
            seen.insert(message);
        }
        QCOMPARE(seen.size(), allKinds.size());
    }

    void okOnlyForNone() {
        for (const K kind : allKinds)
            QCOMPARE(ApiError::make(kind).ok(), kind == K::None);
        QVERIFY((Result<int>{}.ok()));
    }

    void serverMessageIsQuoted_data() {
        QTest::addColumn<int>("kind");
        for (const K kind :
             {K::Unauthorized, K::Forbidden, K::NotFound, K::RateLimited, K::BadRequest, K::Server})
            QTest::newRow(qPrintable(QString::number(int(kind)))) << int(kind);
    }

    void serverMessageIsQuoted() {
        QFETCH(int, kind);
        ApiError error;
        error.kind = K(kind);
        error.httpStatus = 500;
        error.serverMessage = u"  the search has an unbalanced parenthesis  "_s;
        const QString message = error.userMessage();
        QVERIFY2(message.contains("the search has an unbalanced parenthesis"_L1), qPrintable(message));
        QVERIFY2(isSentence(message), qPrintable(message));
        // A message that ends its own sentence gets no second full stop.
        error.serverMessage = u"Request limit exceeded."_s;
        QVERIFY2(isSentence(error.userMessage()), qPrintable(error.userMessage()));
    }

    void badRequestWording() {
        ApiError error;
        error.kind = K::BadRequest;
        error.httpStatus = 400;
        error.serverMessage = u"invalid search query"_s;
        QCOMPARE(error.userMessage(), u"The server refused the request: invalid search query."_s);
    }

    void serverStatusIsNamed() {
        ApiError error;
        error.kind = K::Server;
        error.httpStatus = 502;
        QVERIFY(error.userMessage().contains("502"_L1));
        error.serverMessage = u"upstream down"_s;
        QVERIFY(error.userMessage().contains("502"_L1));
        QVERIFY(error.userMessage().contains("upstream down"_L1));
    }

    void placeholdersInServerTextStayLiteral() {
        ApiError error;
        error.kind = K::Server;
        error.httpStatus = 500;
        error.serverMessage = u"failed at %1 and %2"_s;
        QVERIFY2(error.userMessage().contains("failed at %1 and %2"_L1), qPrintable(error.userMessage()));
    }

    void clientDetailIsShown_data() {
        QTest::addColumn<int>("kind");
        for (const K kind : {K::Network, K::Tls, K::Malformed, K::Unsupported, K::BadRequest})
            QTest::newRow(qPrintable(QString::number(int(kind)))) << int(kind);
    }

    void clientDetailIsShown() {
        QFETCH(int, kind);
        const ApiError error = ApiError::make(K(kind), u"connection refused"_s);
        QVERIFY2(error.userMessage().contains("connection refused"_L1), qPrintable(error.userMessage()));
        QVERIFY2(isSentence(error.userMessage()), qPrintable(error.userMessage()));
    }

    void wrongTokenKindNamesTheKinds() {
        ApiError error;
        error.kind = K::WrongTokenKind;
        error.httpStatus = 403;
        error.possibleTokenTypes = {u"account"_s, u"organization"_s, u"oauth"_s};
        error.providedTokenType = u"export"_s;
        const QString message = error.userMessage();
        QVERIFY2(isSentence(message), qPrintable(message));
        QVERIFY2(message.contains("account API token"_L1), qPrintable(message));
        QVERIFY2(message.contains("organization API token"_L1), qPrintable(message));
        QVERIFY2(message.contains("OAuth"_L1), qPrintable(message));
        QVERIFY2(message.contains(
                     "needs an account API token, an organization API token or API client credentials"_L1),
                 qPrintable(message));
        QVERIFY2(message.contains("export token"_L1), qPrintable(message));

        error.possibleTokenTypes = {u"CT"_s, u"OT"_s};
        error.providedTokenType.clear();
        QVERIFY2(error.userMessage().contains("account API token"_L1), qPrintable(error.userMessage()));
        QVERIFY2(error.userMessage().contains("organization API token"_L1), qPrintable(error.userMessage()));

        // runZero's own names: an account key is a "client" token.
        error.possibleTokenTypes = {u"client"_s, u"oauth"_s};
        error.providedTokenType = u"organization"_s;
        QVERIFY2(
            error.userMessage().contains("needs an account API token or API client credentials (OAuth)"_L1),
            qPrintable(error.userMessage()));
        QVERIFY2(error.userMessage().contains("is an organization API token"_L1),
                 qPrintable(error.userMessage()));
        error.providedTokenType.clear();

        error.possibleTokenTypes = {u"superuser"_s};
        QVERIFY2(error.userMessage().contains("superuser"_L1), qPrintable(error.userMessage()));

        error.possibleTokenTypes.clear();
        error.serverMessage = u"token type not allowed"_s;
        QVERIFY2(error.userMessage().contains("token type not allowed"_L1), qPrintable(error.userMessage()));
        QVERIFY(isSentence(error.userMessage()));
    }
};

} // namespace rz

QTEST_GUILESS_MAIN(rz::TestApiError)
#include "tst_apierror.moc"
