// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: rzconsole contributors
//
// The pieces of a connection that need no network: the OAuth session's token bookkeeping (form body,
// renewal margin, lenient parsing, refused clients, the secret kept out of errors), what each credential
// kind can reach and why not, and the new ApiError sentences.
#include "api/ApiClient.h"
#include "api/OAuthSession.h"

#include <QTest>

using namespace Qt::StringLiterals;

namespace rz {

namespace {

const QString secret = u"s3cr&t=+ x%"_s;

Result<QByteArray> answer(const QByteArray &body) {
    return {body, {}};
}

Result<QByteArray> failure(ApiError::Kind kind, int status, const QString &serverMessage) {
    ApiError error = ApiError::make(kind);
    error.httpStatus = status;
    error.serverMessage = serverMessage;
    return {{}, error};
}

bool isSentence(const QString &text) {
    return !text.isEmpty() && text.front().isUpper() && text.endsWith(u'.') && !text.contains("%1"_L1);
}

} // namespace

class TestApiConnection final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void tokenRequestBody() {
        const OAuthSession session({u" client id "_s, secret});
        const QByteArray body = session.tokenRequestBody();
        QCOMPARE(
            body,
            "grant_type=client_credentials&client_id=client%20id&client_secret=s3cr%26t%3D%2B%20x%25"_ba);
    }

    void renewalMargin_data() {
        QTest::addColumn<int>("expiresIn");
        QTest::addColumn<qint64>("renewAtMs");
        QTest::newRow("an hour: a minute early") << 3600 << qint64(3540'000);
        QTest::newRow("ten minutes: a minute early") << 600 << qint64(540'000);
        QTest::newRow("thirty seconds: a tenth early") << 30 << qint64(27'000);
    }

    void renewalMargin() {
        QFETCH(int, expiresIn);
        QFETCH(qint64, renewAtMs);
        OAuthSession session({u"id"_s, secret});
        QVERIFY(session.needsRenewal(0));
        QVERIFY(session.accessToken().isEmpty());
        const QByteArray body = "{\"access_token\":\"tok-1\",\"token_type\":\"Bearer\",\"expires_in\":"_ba +
                                QByteArray::number(expiresIn) + "}"_ba;
        QVERIFY(session.takeTokenResponse(answer(body), 0).ok());
        QCOMPARE(session.accessToken(), "tok-1"_ba);
        QCOMPARE(session.generation(), 1u);
        QVERIFY(!session.needsRenewal(renewAtMs - 1));
        QVERIFY(session.needsRenewal(renewAtMs));
    }

    void lenientAnswers() {
        OAuthSession session({u"id"_s, secret});
        // expires_in as a string, token_type in other case
        QVERIFY(session
                    .takeTokenResponse(
                        answer(R"({"access_token":"a","token_type":"bearer","expires_in":"120"})"_ba), 0)
                    .ok());
        QVERIFY(!session.needsRenewal(107'999));
        QVERIFY(session.needsRenewal(108'000));
        // no expires_in: an hour is assumed (a 401 renews it sooner)
        QVERIFY(session.takeTokenResponse(answer(R"({"access_token":"b"})"_ba), 0).ok());
        QVERIFY(!session.needsRenewal(3'000'000));
        QCOMPARE(session.generation(), 2u);
    }

    void unusableAnswers_data() {
        QTest::addColumn<QByteArray>("body");
        QTest::newRow("not json") << "<html>"_ba;
        QTest::newRow("no token") << R"({"token_type":"Bearer","expires_in":60})"_ba;
        QTest::newRow("empty token") << R"({"access_token":"  ","expires_in":60})"_ba;
        QTest::newRow("not a bearer token") << R"({"access_token":"x","token_type":"mac"})"_ba;
    }

    void unusableAnswers() {
        QFETCH(QByteArray, body);
        OAuthSession session({u"id"_s, secret});
        const ApiError error = session.takeTokenResponse(answer(body), 0);
        QCOMPARE(error.kind, ApiError::Kind::Malformed);
        QVERIFY(session.accessToken().isEmpty());
        QVERIFY(session.needsRenewal(0));
    }

    void refusedClient_data() {
        QTest::addColumn<int>("kind");
        QTest::addColumn<int>("status");
        QTest::newRow("401") << int(ApiError::Kind::Unauthorized) << 401;
        QTest::newRow("400 invalid_client") << int(ApiError::Kind::BadRequest) << 400;
    }

    void refusedClient() {
        QFETCH(int, kind);
        QFETCH(int, status);
        OAuthSession session({u"id"_s, secret});
        // A server that quotes the form back must not carry the secret into the error.
        const ApiError error = session.takeTokenResponse(
            failure(ApiError::Kind(kind), status, u"invalid_client for client_secret="_s + secret), 0);
        QCOMPARE(error.kind, ApiError::Kind::Unauthorized);
        QVERIFY(error.clientCredentialsRefused);
        const QString message = error.userMessage();
        QVERIFY2(isSentence(message), qPrintable(message));
        QVERIFY2(message.contains("revoked"_L1), qPrintable(message));
        QVERIFY2(!message.contains(secret), qPrintable(message));
        QVERIFY(!error.serverMessage.contains(secret));
    }

    void otherFailuresStayWhatTheyAre() {
        OAuthSession session({u"id"_s, secret});
        const ApiError error = session.takeTokenResponse(failure(ApiError::Kind::Timeout, 0, {}), 0);
        QCOMPARE(error.kind, ApiError::Kind::Timeout);
        QVERIFY(!error.clientCredentialsRefused);
    }

    void invalidateOnlyTheTokenThatFailed() {
        OAuthSession session({u"id"_s, secret});
        QVERIFY(session.takeTokenResponse(answer(R"({"access_token":"a","expires_in":600})"_ba), 0).ok());
        const quint64 first = session.generation();
        QVERIFY(session.takeTokenResponse(answer(R"({"access_token":"b","expires_in":600})"_ba), 0).ok());
        session.invalidate(first); // an old request's 401: the newer token stays
        QCOMPARE(session.accessToken(), "b"_ba);
        session.invalidate(session.generation());
        QVERIFY(session.accessToken().isEmpty());
        QVERIFY(session.needsRenewal(0));
    }

    void capabilitiesByKind_data() {
        QTest::addColumn<int>("kind");
        QTest::addColumn<bool>("list");
        QTest::addColumn<bool>("org");
        QTest::addColumn<bool>("exports");
        QTest::addColumn<bool>("templates");
        using K = CredentialKind;
        QTest::newRow("account") << int(K::Account) << true << true << true << true;
        QTest::newRow("oauth") << int(K::OAuthClient) << true << true << true << true;
        QTest::newRow("organization") << int(K::Organization) << false << true << true << false;
        QTest::newRow("export") << int(K::Export) << false << false << true << false;
        QTest::newRow("download") << int(K::Download) << false << false << false << false;
        QTest::newRow("unknown") << int(K::Unknown) << false << false << false << false;
    }

    void capabilitiesByKind() {
        QFETCH(int, kind);
        QFETCH(bool, list);
        QFETCH(bool, org);
        QFETCH(bool, exports);
        QFETCH(bool, templates);
        const Capabilities c = Capabilities::forKind(CredentialKind(kind));
        const QList<std::pair<Capability, bool>> expected{{Capability::ListOrganizations, list},
                                                          {Capability::OrganizationApi, org},
                                                          {Capability::ExportApi, exports},
                                                          {Capability::ScanTemplates, templates}};
        for (const auto &[capability, allowed] : expected) {
            QCOMPARE(c.has(capability), allowed);
            const QString why = c.whyNot(capability);
            QCOMPARE(why.isEmpty(), allowed);
            if (!allowed)
                QVERIFY2(isSentence(why), qPrintable(why));
        }
    }

    void clientReportsItsCapabilities() {
        ApiClient account(QUrl(u"https://c.example/api/v1.0"_s), u"CTabcdef0123456789abcdef0123"_s);
        QVERIFY(account.capabilities().scanTemplates);
        ApiClient oauth(QUrl(u"https://c.example/api/v1.0"_s), OAuthClientCredentials{u"id"_s, secret});
        QCOMPARE(oauth.credentialKind(), CredentialKind::OAuthClient);
        QVERIFY(oauth.capabilities().listOrganizations);
        ApiClient exporter(QUrl(u"https://c.example/api/v1.0"_s), u"ETabcdef0123456789abcdef0123"_s);
        QVERIFY(!exporter.capabilities().organizationApi);
        QVERIFY(exporter.capabilities().whyNot(Capability::OrganizationApi).contains("export token"_L1));
    }

    void dailyBudgetSentence() {
        const ApiError error = ApiError::dailyBudgetExhausted(100000);
        QVERIFY(error.isDailyBudgetExhausted());
        QCOMPARE(error.kind, ApiError::Kind::RateLimited);
        const QString message = error.userMessage();
        QVERIFY2(isSentence(message), qPrintable(message));
        QVERIFY2(message.contains("midnight UTC"_L1), qPrintable(message));
        QVERIFY2(message.contains(QLocale().toString(100000)), qPrintable(message));
        QVERIFY(!ApiError::make(ApiError::Kind::RateLimited).isDailyBudgetExhausted());
        QVERIFY(ApiError::make(ApiError::Kind::RateLimited).userMessage() != message);
    }
};

} // namespace rz

QTEST_GUILESS_MAIN(rz::TestApiConnection)
#include "tst_apiconnection.moc"
