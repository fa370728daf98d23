// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: rzconsole contributors
#include "auth/ConnectionStore.h"
#include "auth/MemorySecretStore.h"

#include <QFile>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

// A self-signed certificate made for this test only.
constexpr char kTestCaPem[] = R"(-----BEGIN CERTIFICATE-----
MIIBkDCCATWgAwIBAgIUY5OqvZCjRajxYzcH8GvTkgFxFqIwCgYIKoZIzj0EAwIw
HDEaMBgGA1UEAwwRcnpjb25zb2xlIHRlc3QgQ0EwIBcNMjYxMTI4MDExMDQyWhgP
MjEyNjExMDQwMTEwNDJaMBwxGjAYBgNVBAMMEXJ6Y29uc29sZSB0ZXN0IENBMFkw
EwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAE2ydityU0lm1+0iRKwgCLOgoEXogmB3g9
nekrhl2QUIaYRqvf0IO+aIHwPwnhRjoR7dB6tYgDGrtsKdF6xRPMQ6NTMFEwHQYD
VR0OBBYEFPCaHHeniOG+9ffDgfNQzf2Y5dxOMB8GA1UdIwQYMBaAFPCaHHeniOG+
9ffDgfNQzf2Y5dxOMA8GA1UdEwEB/wQFMAMBAf8wCgYIKoZIzj0EAwIDSQAwRgIh
AIvZ9zBaUM5bod+n8H7MwC013sH0xCyGkvFzNlRB530BAiEA+DwKlO4Ty8x7q+JZ
9UMqofHHvTtFlBtazCDMjNZi2FA=
-----END CERTIFICATE-----
)";

rz::ConnectionProfile makeProfile(const QString &name,
                                  rz::CredentialKind kind = rz::CredentialKind::Organization) {
    rz::ConnectionProfile profile;
    profile.name = name;
    profile.kind = kind;
    return profile;
}

bool hasProblem(const rz::ProfileProblems &problems, rz::ProfileProblem::Field field) {
    return std::any_of(problems.cbegin(), problems.cend(), [field](const rz::ProfileProblem &p) {
        return p.field == field && !p.message.isEmpty();
    });
}

} // namespace

class tst_ConnectionProfiles final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void init();
    void defaults();
    void roundTripThroughFile();
    void settingsFileNeverHoldsSecret();
    void uniqueNames();
    void renameKeepsIdAndSecretKey();
    void updateAndRemove();
    void baseUrl_data();
    void baseUrl();
    void parseBaseUrlNormalises();
    void credentialValidation();
    void caBundle();
    void unknownGroupsIgnored();

private:
    QString settingsPath() const { return m_dir->filePath(u"rzconsole.ini"_s); }
    std::unique_ptr<QTemporaryDir> m_dir;
};

void tst_ConnectionProfiles::init() {
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void tst_ConnectionProfiles::defaults() {
    const rz::ConnectionProfile profile;
    QCOMPARE(profile.baseUrl, QUrl(u"https://console.runzero.com/api/v1.0"_s));
    QVERIFY(profile.rememberSecret);
    QVERIFY(profile.id.isNull());
    QVERIFY(profile.secretKey().isEmpty());
}

void tst_ConnectionProfiles::roundTripThroughFile() {
    QFile ca(m_dir->filePath(u"ca.pem"_s));
    QVERIFY(ca.open(QIODevice::WriteOnly));
    ca.write(kTestCaPem);
    ca.close();

    rz::ConnectionProfile oauth = makeProfile(u"Lab"_s, rz::CredentialKind::OAuthClient);
    oauth.baseUrl = QUrl(u"https://runzero.example.test/api/v1.0"_s);
    oauth.clientId = u"client-123"_s;
    oauth.caBundlePath = ca.fileName();
    oauth.lastOrganizationId = u"2e1b5a0f-0000-4000-8000-000000000001"_s;
    oauth.rememberSecret = false;
    rz::ConnectionProfile local = makeProfile(u"demo"_s, rz::CredentialKind::Export);
    local.baseUrl = QUrl(u"http://127.0.0.1:8080/api/v1.0"_s);

    QUuid oauthId;
    QUuid localId;
    {
        QSettings settings(settingsPath(), QSettings::IniFormat);
        rz::ConnectionStore store(settings);
        QSignalSpy changed(&store, &rz::ConnectionStore::profilesChanged);
        const auto a = store.add(oauth);
        QVERIFY(a.ok());
        QVERIFY(!a.id.isNull());
        const auto b = store.add(local);
        QVERIFY(b.ok());
        QVERIFY(a.id != b.id);
        QCOMPARE(changed.count(), 2);
        oauthId = a.id;
        localId = b.id;
    }

    QSettings settings(settingsPath(), QSettings::IniFormat);
    rz::ConnectionStore store(settings);
    const QList<rz::ConnectionProfile> profiles = store.profiles();
    QCOMPARE(profiles.size(), 2);
    // Ordered by name, case-insensitively.
    QCOMPARE(profiles.at(0).name, u"demo"_s);
    QCOMPARE(profiles.at(1).name, u"Lab"_s);

    oauth.id = oauthId;
    local.id = localId;
    QCOMPARE(profiles.at(1), oauth);
    QCOMPARE(profiles.at(0), local);
    QVERIFY(store.setLastOrganizationId(localId, u"org-7"_s));
    QCOMPARE(store.profile(localId)->lastOrganizationId, u"org-7"_s);
    QVERIFY(!store.profile(QUuid::createUuid()).has_value());
}

void tst_ConnectionProfiles::settingsFileNeverHoldsSecret() {
    const QString token = u"OT0123456789abcdef0123456789abcdef"_s;
    const QString clientSecret = u"very-secret-client-secret-value"_s;
    rz::MemorySecretStore secrets;
    {
        QSettings settings(settingsPath(), QSettings::IniFormat);
        rz::ConnectionStore store(settings);
        rz::ConnectionProfile profile = makeProfile(u"Prod"_s, rz::detectCredentialKind(token));
        const auto added = store.add(profile);
        QVERIFY(added.ok());
        profile.id = added.id;
        bool written = false;
        secrets.writeSecret(profile.secretKey(), token, this,
                            [&written](const rz::SecretResult &r) { written = r.ok(); });
        QTRY_VERIFY(written);

        rz::ConnectionProfile oauth = makeProfile(u"OAuth"_s, rz::CredentialKind::OAuthClient);
        oauth.clientId = u"client-abc"_s;
        const auto addedOauth = store.add(oauth);
        QVERIFY(addedOauth.ok());
        oauth.id = addedOauth.id;
        written = false;
        secrets.writeSecret(oauth.secretKey(), clientSecret, this,
                            [&written](const rz::SecretResult &r) { written = r.ok(); });
        QTRY_VERIFY(written);
        QVERIFY(store.rename(added.id, u"Production"_s).isEmpty());
    }
    QFile file(settingsPath());
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray contents = file.readAll();
    QVERIFY(contents.contains("Production"));
    QVERIFY(contents.contains("client-abc")); // the client id is not a secret
    QVERIFY(!contents.contains(token.toUtf8()));
    QVERIFY(!contents.contains("0123456789abcdef"));
    QVERIFY(!contents.contains(clientSecret.toUtf8()));

    // Only the documented keys are written.
    QSettings settings(settingsPath(), QSettings::IniFormat);
    const QSet<QString> allowed{u"name"_s,          u"baseUrl"_s,  u"kind"_s,
                                u"clientId"_s,      u"caBundle"_s, u"lastOrganizationId"_s,
                                u"rememberSecret"_s};
    for (const QString &key : settings.allKeys()) {
        const QStringList parts = key.split(u'/');
        QCOMPARE(parts.size(), 3);
        QCOMPARE(parts.at(0), u"connections"_s);
        QVERIFY2(allowed.contains(parts.at(2)), qPrintable(key));
    }
}

void tst_ConnectionProfiles::uniqueNames() {
    QSettings settings(settingsPath(), QSettings::IniFormat);
    rz::ConnectionStore store(settings);
    QVERIFY(store.add(makeProfile(u"Production"_s)).ok());

    const auto clash = store.add(makeProfile(u"  production "_s));
    QVERIFY(!clash.ok());
    QVERIFY(clash.id.isNull());
    QVERIFY(hasProblem(clash.problems, rz::ProfileProblem::Field::Name));
    QVERIFY(clash.problems.at(0).message.contains(u"production"_s));

    const auto empty = store.add(makeProfile(u"   "_s));
    QVERIFY(hasProblem(empty.problems, rz::ProfileProblem::Field::Name));
    QCOMPARE(store.profiles().size(), 1);

    // A profile may keep its own name.
    const rz::ConnectionProfile stored = store.profiles().constFirst();
    QVERIFY(store.nameProblem(u"PRODUCTION"_s, stored.id).isEmpty());
    QVERIFY(!store.nameProblem(u"PRODUCTION"_s).isEmpty());
    // Names are stored trimmed.
    QVERIFY(store.add(makeProfile(u" Staging "_s)).ok());
    QCOMPARE(store.profiles().at(1).name, u"Staging"_s);
}

void tst_ConnectionProfiles::renameKeepsIdAndSecretKey() {
    QSettings settings(settingsPath(), QSettings::IniFormat);
    rz::ConnectionStore store(settings);
    const auto added = store.add(makeProfile(u"Old"_s));
    QVERIFY(added.ok());
    QVERIFY(store.add(makeProfile(u"Other"_s)).ok());
    const QString keyBefore = store.profile(added.id)->secretKey();
    QVERIFY(keyBefore.contains(added.id.toString(QUuid::WithoutBraces)));

    QSignalSpy changed(&store, &rz::ConnectionStore::profilesChanged);
    QVERIFY(store.rename(added.id, u"New"_s).isEmpty());
    QCOMPARE(changed.count(), 1);
    const auto renamed = store.profile(added.id);
    QVERIFY(renamed);
    QCOMPARE(renamed->name, u"New"_s);
    QCOMPARE(renamed->secretKey(), keyBefore);

    const rz::ProfileProblems clash = store.rename(added.id, u"other"_s);
    QVERIFY(hasProblem(clash, rz::ProfileProblem::Field::Name));
    QVERIFY(hasProblem(store.rename(added.id, QString()), rz::ProfileProblem::Field::Name));
    QVERIFY(hasProblem(store.rename(QUuid::createUuid(), u"x"_s), rz::ProfileProblem::Field::Id));
    QCOMPARE(store.profile(added.id)->name, u"New"_s);
    QCOMPARE(changed.count(), 1);
}

void tst_ConnectionProfiles::updateAndRemove() {
    QSettings settings(settingsPath(), QSettings::IniFormat);
    rz::ConnectionStore store(settings);
    const auto added = store.add(makeProfile(u"A"_s));
    QVERIFY(added.ok());
    rz::ConnectionProfile profile = *store.profile(added.id);

    profile.kind = rz::CredentialKind::Account;
    profile.baseUrl = QUrl(u"https://eu.runzero.example.test/api/v1.0"_s);
    QVERIFY(store.update(profile).isEmpty());
    QCOMPARE(*store.profile(added.id), profile);

    profile.baseUrl = QUrl(u"http://console.runzero.com/api/v1.0"_s);
    QVERIFY(hasProblem(store.update(profile), rz::ProfileProblem::Field::BaseUrl));
    QCOMPARE(store.profile(added.id)->baseUrl.scheme(), u"https"_s);

    // Adding an id that exists is refused; updating an id that does not exist too.
    QVERIFY(hasProblem(store.add(*store.profile(added.id)).problems, rz::ProfileProblem::Field::Id));
    rz::ConnectionProfile stranger = makeProfile(u"B"_s);
    stranger.id = QUuid::createUuid();
    QVERIFY(hasProblem(store.update(stranger), rz::ProfileProblem::Field::Id));

    QSignalSpy changed(&store, &rz::ConnectionStore::profilesChanged);
    QVERIFY(store.remove(added.id));
    QCOMPARE(changed.count(), 1);
    QVERIFY(!store.contains(added.id));
    QVERIFY(!store.remove(added.id));
    QVERIFY(store.profiles().isEmpty());
    QVERIFY(settings.allKeys().isEmpty());
}

void tst_ConnectionProfiles::baseUrl_data() {
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("problemContains"); // empty: accepted

    QTest::newRow("default") << u"https://console.runzero.com/api/v1.0"_s << QString();
    QTest::newRow("self-hosted https") << u"https://runzero.corp.example:8443/api/v1.0"_s << QString();
    QTest::newRow("http localhost") << u"http://localhost:8080/api/v1.0"_s << QString();
    QTest::newRow("http LOCALHOST") << u"http://LOCALHOST/api/v1.0"_s << QString();
    QTest::newRow("http 127.0.0.1") << u"http://127.0.0.1:1234/api/v1.0"_s << QString();
    QTest::newRow("http 127.8.9.10") << u"http://127.8.9.10/api/v1.0"_s << QString();
    QTest::newRow("http ::1") << u"http://[::1]:8080/api/v1.0"_s << QString();
    QTest::newRow("http remote") << u"http://console.runzero.com/api/v1.0"_s << u"unencrypted"_s;
    QTest::newRow("http private lan") << u"http://192.168.1.10/api/v1.0"_s << u"unencrypted"_s;
    QTest::newRow("http 128.0.0.1") << u"http://128.0.0.1/api/v1.0"_s << u"unencrypted"_s;
    QTest::newRow("http localhost lookalike") << u"http://localhost.example.com/"_s << u"unencrypted"_s;
    QTest::newRow("ftp") << u"ftp://console.runzero.com/"_s << u"https://"_s;
    QTest::newRow("no scheme") << u"console.runzero.com/api/v1.0"_s << u"https://"_s;
    QTest::newRow("no host") << u"https:///api/v1.0"_s << u"host"_s;
    QTest::newRow("user info") << u"https://user:pw@console.runzero.com/api/v1.0"_s << u"user name"_s;
    QTest::newRow("empty") << QString() << u"Enter the console URL"_s;
    QTest::newRow("garbage") << u"https://exa mple.com"_s << u"not a valid URL"_s;
}

void tst_ConnectionProfiles::baseUrl() {
    QFETCH(QString, text);
    QFETCH(QString, problemContains);
    const QString problem = rz::ConnectionStore::baseUrlProblem(rz::ConnectionProfile::parseBaseUrl(text));
    if (problemContains.isEmpty())
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    else
        QVERIFY2(problem.contains(problemContains), qPrintable(problem));
}

void tst_ConnectionProfiles::parseBaseUrlNormalises() {
    QCOMPARE(rz::ConnectionProfile::parseBaseUrl(u"  https://console.runzero.com/api/v1.0//  "_s),
             QUrl(u"https://console.runzero.com/api/v1.0"_s));
    QVERIFY(rz::ConnectionStore::isLoopbackHost(u"::1"_s));
    QVERIFY(rz::ConnectionStore::isLoopbackHost(u"127.255.255.254"_s));
    QVERIFY(!rz::ConnectionStore::isLoopbackHost(u"10.0.0.1"_s));
    QVERIFY(!rz::ConnectionStore::isLoopbackHost(u"::2"_s));
}

void tst_ConnectionProfiles::credentialValidation() {
    QSettings settings(settingsPath(), QSettings::IniFormat);
    rz::ConnectionStore store(settings);
    QVERIFY(hasProblem(store.add(makeProfile(u"dl"_s, rz::CredentialKind::Download)).problems,
                       rz::ProfileProblem::Field::Credential));
    QVERIFY(hasProblem(store.add(makeProfile(u"unknown"_s, rz::CredentialKind::Unknown)).problems,
                       rz::ProfileProblem::Field::Credential));
    QVERIFY(hasProblem(store.add(makeProfile(u"oauth"_s, rz::CredentialKind::OAuthClient)).problems,
                       rz::ProfileProblem::Field::ClientId));
    QVERIFY(store.add(makeProfile(u"export"_s, rz::CredentialKind::Export)).ok());

    // A client id is kept only for OAuth profiles.
    rz::ConnectionProfile token = makeProfile(u"token"_s, rz::CredentialKind::Account);
    token.clientId = u"stray"_s;
    const auto added = store.add(token);
    QVERIFY(added.ok());
    QVERIFY(store.profile(added.id)->clientId.isEmpty());
}

void tst_ConnectionProfiles::caBundle() {
    QVERIFY(rz::ConnectionStore::caBundleProblem(QString()).isEmpty());
    QVERIFY(!rz::ConnectionStore::caBundleProblem(m_dir->filePath(u"missing.pem"_s)).isEmpty());
    QVERIFY(!rz::ConnectionStore::caBundleProblem(m_dir->path()).isEmpty());

    QFile junk(m_dir->filePath(u"junk.pem"_s));
    QVERIFY(junk.open(QIODevice::WriteOnly));
    junk.write("not a certificate\n");
    junk.close();
    QVERIFY(rz::ConnectionStore::caBundleProblem(junk.fileName()).contains(u"PEM"_s));

    QFile ca(m_dir->filePath(u"ca.pem"_s));
    QVERIFY(ca.open(QIODevice::WriteOnly));
    ca.write(kTestCaPem);
    ca.close();
    QVERIFY(rz::ConnectionStore::caBundleProblem(ca.fileName()).isEmpty());

    QSettings settings(settingsPath(), QSettings::IniFormat);
    rz::ConnectionStore store(settings);
    rz::ConnectionProfile profile = makeProfile(u"ca"_s);
    profile.caBundlePath = junk.fileName();
    QVERIFY(hasProblem(store.add(profile).problems, rz::ProfileProblem::Field::CaBundle));
}

void tst_ConnectionProfiles::unknownGroupsIgnored() {
    {
        QSettings settings(settingsPath(), QSettings::IniFormat);
        settings.setValue(u"connections/not-a-uuid/name"_s, u"stray"_s);
        settings.setValue(u"window/geometry"_s, 1);
    }
    QSettings settings(settingsPath(), QSettings::IniFormat);
    rz::ConnectionStore store(settings);
    QVERIFY(store.profiles().isEmpty());
    QVERIFY(store.add(makeProfile(u"stray"_s)).ok());
    QCOMPARE(store.profiles().size(), 1);
    QCOMPARE(settings.value(u"window/geometry"_s).toInt(), 1);
}

QTEST_GUILESS_MAIN(tst_ConnectionProfiles)
#include "tst_connectionprofiles.moc"
