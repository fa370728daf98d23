// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: rzconsole contributors
//
// KeychainSecretStore against a real Secret Service. Run it inside a private session bus with a throw-away
// gnome-keyring:  dbus-run-session -- tests/with-keyring.sh ctest --test-dir <build> -R keychain
// Without a Secret Service the test fails (it never skips): CI always provides one.
#include "auth/KeychainSecretStore.h"

#include <QProcess>
#include <QTest>
#include <QUuid>
#include <optional>

using namespace Qt::StringLiterals;

namespace {

const char *const kHowToRun =
    "run it as: dbus-run-session -- tests/with-keyring.sh ctest --test-dir <build dir> "
    "-R keychain";

// Asks the bus whether the Secret Service name has an owner, without activating anything.
std::optional<QString> secretServiceProblem() {
    if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"))
        return u"no D-Bus session bus (DBUS_SESSION_BUS_ADDRESS is not set)"_s;
    QProcess probe;
    probe.start(u"dbus-send"_s, {u"--session"_s, u"--print-reply"_s, u"--dest=org.freedesktop.DBus"_s,
                                 u"/org/freedesktop/DBus"_s, u"org.freedesktop.DBus.NameHasOwner"_s,
                                 u"string:org.freedesktop.secrets"_s});
    if (!probe.waitForFinished(30000) || probe.exitStatus() != QProcess::NormalExit || probe.exitCode() != 0)
        return u"could not ask the session bus for org.freedesktop.secrets (dbus-send: %1)"_s.arg(
            probe.errorString());
    if (!probe.readAllStandardOutput().contains("boolean true"))
        return u"no Secret Service (org.freedesktop.secrets) is running on the session bus"_s;
    return std::nullopt;
}

} // namespace

class tst_Keychain final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void roundTrip();
    void keysAndServicesAreSeparate();
    void unicodeSecret();

private:
    rz::SecretResult read(rz::SecretStore &store, const QString &key);
    rz::SecretResult write(rz::SecretStore &store, const QString &key, const QString &secret);
    rz::SecretResult remove(rz::SecretStore &store, const QString &key);
    template<class Start> rz::SecretResult await(Start start);

    // Fresh names per run, so that nothing collides with earlier runs or other entries.
    const QString m_service = u"rzconsole-test-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces);
    const QString m_key = u"connection/"_s + QUuid::createUuid().toString(QUuid::WithoutBraces);
};

template<class Start> rz::SecretResult tst_Keychain::await(Start start) {
    std::optional<rz::SecretResult> outcome;
    QObject context;
    start(&context, [&outcome](const rz::SecretResult &result) { outcome = result; });
    if (outcome)
        return rz::SecretResult::failure(u"the callback ran inside the call"_s);
    if (!QTest::qWaitFor([&outcome] { return outcome.has_value(); }, 60000))
        return rz::SecretResult::failure(u"the keychain did not answer"_s);
    return *outcome;
}

rz::SecretResult tst_Keychain::read(rz::SecretStore &store, const QString &key) {
    return await([&](QObject *context, auto done) { store.readSecret(key, context, done); });
}

rz::SecretResult tst_Keychain::write(rz::SecretStore &store, const QString &key, const QString &secret) {
    return await([&](QObject *context, auto done) { store.writeSecret(key, secret, context, done); });
}

rz::SecretResult tst_Keychain::remove(rz::SecretStore &store, const QString &key) {
    return await([&](QObject *context, auto done) { store.removeSecret(key, context, done); });
}

void tst_Keychain::initTestCase() {
    if (const auto problem = secretServiceProblem())
        QFAIL(qPrintable(u"Cannot test the keychain: %1; %2."_s.arg(*problem, QLatin1StringView(kHowToRun))));
    QCOMPARE(rz::KeychainSecretStore().serviceName(), u"rzconsole"_s);
}

void tst_Keychain::roundTrip() {
    rz::KeychainSecretStore store(m_service);

    rz::SecretResult r = read(store, m_key);
    QVERIFY2(r.notFound(), qPrintable(r.errorMessage));

    r = write(store, m_key, u"OT0123456789abcdef0123456789abcdef"_s);
    QVERIFY2(r.ok(), qPrintable(r.errorMessage));
    r = read(store, m_key);
    QVERIFY2(r.ok(), qPrintable(r.errorMessage));
    QCOMPARE(r.secret, u"OT0123456789abcdef0123456789abcdef"_s);

    r = write(store, m_key, u"CT00000000000000001111111111111111"_s);
    QVERIFY2(r.ok(), qPrintable(r.errorMessage));
    r = read(store, m_key);
    QVERIFY2(r.ok(), qPrintable(r.errorMessage));
    QCOMPARE(r.secret, u"CT00000000000000001111111111111111"_s);

    r = remove(store, m_key);
    QVERIFY2(r.ok(), qPrintable(r.errorMessage));
    r = read(store, m_key);
    QVERIFY2(r.notFound(), qPrintable(r.errorMessage));
    QVERIFY(r.secret.isEmpty());

    // Removing what is not there is not an error (libsecret reports plain success).
    r = remove(store, m_key);
    QVERIFY2(r.ok() || r.notFound(), qPrintable(r.errorMessage));
}

void tst_Keychain::keysAndServicesAreSeparate() {
    rz::KeychainSecretStore store(m_service);
    rz::KeychainSecretStore otherService(m_service + u"-other"_s);
    const QString otherKey = m_key + u"-other"_s;

    QVERIFY(write(store, m_key, u"first"_s).ok());
    QVERIFY(write(store, otherKey, u"second"_s).ok());
    QVERIFY(read(otherService, m_key).notFound());

    QVERIFY(remove(store, m_key).ok());
    const rz::SecretResult r = read(store, otherKey);
    QVERIFY2(r.ok(), qPrintable(r.errorMessage));
    QCOMPARE(r.secret, u"second"_s);
    QVERIFY(remove(store, otherKey).ok());
}

void tst_Keychain::unicodeSecret() {
    rz::KeychainSecretStore store(m_service);
    const QString secret = u"s3cr3t-ü-€-𝄞 with spaces"_s;
    QVERIFY(write(store, m_key, secret).ok());
    const rz::SecretResult r = read(store, m_key);
    QVERIFY2(r.ok(), qPrintable(r.errorMessage));
    QCOMPARE(r.secret, secret);
    QVERIFY(remove(store, m_key).ok());
}

QTEST_GUILESS_MAIN(tst_Keychain)
#include "tst_keychain.moc"
