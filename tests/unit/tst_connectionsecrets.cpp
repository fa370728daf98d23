// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: rzconsole contributors
//
// ConnectionSecrets: the one policy of where a connection's secret lives (session copy first, then the
// keychain; remembering drops the session copy; choosing session-only drops the keychain's).
#include "auth/ConnectionProfile.h"
#include "auth/ConnectionSecrets.h"
#include "auth/MemorySecretStore.h"

#include <QTest>

#include <optional>

using namespace Qt::StringLiterals;
using rz::ConnectionProfile;
using rz::ConnectionSecrets;
using rz::MemorySecretStore;
using rz::SecretResult;

namespace {

// A store whose every call fails, as a locked keyring's does; counts the reads.
class FailingStore final : public rz::SecretStore {
public:
    void readSecret(const QString &, QObject *context, Callback done) override {
        ++reads;
        fail(context, done);
    }
    void writeSecret(const QString &, const QString &, QObject *context, Callback done) override {
        fail(context, done);
    }
    void removeSecret(const QString &, QObject *context, Callback done) override { fail(context, done); }
    int reads = 0;

private:
    static void fail(QObject *context, const Callback &done) {
        if (done)
            QMetaObject::invokeMethod(
                context, [done] { done(SecretResult::failure(u"The keyring is locked."_s)); },
                Qt::QueuedConnection);
    }
};

ConnectionProfile profile(bool remember) {
    ConnectionProfile p;
    p.id = QUuid::fromString(u"{6a1f0c3e-5b7d-4f21-9c0e-3d2a00000009}"_s);
    p.name = u"Lab"_s;
    p.rememberSecret = remember;
    return p;
}

// The answer of one call, waited for.
std::optional<SecretResult> await(const std::function<void(rz::SecretStore::Callback)> &call) {
    std::optional<SecretResult> result;
    call([&result](const SecretResult &r) { result = r; });
    if (!QTest::qWaitFor([&result] { return result.has_value(); }, 5000))
        return std::nullopt;
    return result;
}

std::optional<QString> secretIn(MemorySecretStore &store, const ConnectionProfile &p) {
    QObject context;
    const std::optional<SecretResult> r =
        await([&](auto done) { store.readSecret(p.secretKey(), &context, std::move(done)); });
    return r && r->ok() ? std::optional<QString>(r->secret) : std::nullopt;
}

} // namespace

class tst_ConnectionSecrets final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void sessionCopyShadowsTheKeychain() {
        MemorySecretStore keychain;
        MemorySecretStore session;
        ConnectionSecrets secrets(keychain, session);
        QObject context;
        const ConnectionProfile remembered = profile(true);
        QVERIFY(await(
            [&](auto done) { keychain.writeSecret(remembered.secretKey(), u"kept"_s, &context, done); }));
        auto read = [&](const ConnectionProfile &p) {
            return await([&](auto done) { secrets.read(p, &context, std::move(done)); });
        };
        QCOMPARE(read(remembered)->secret, u"kept"_s);
        QVERIFY(await(
            [&](auto done) { session.writeSecret(remembered.secretKey(), u"typed"_s, &context, done); }));
        QCOMPARE(read(remembered)->secret, u"typed"_s);
        // Not remembered: the keychain is not asked, whatever it holds.
        QVERIFY(await([&](auto done) { session.removeSecret(remembered.secretKey(), &context, done); }));
        QVERIFY(read(profile(false))->notFound());
    }

    // After a keychain failure the secret typed for this session is found, and the failing keychain is not
    // asked at all: the case where Test Connection and Connect once disagreed.
    void failingKeychainBehindASessionCopy() {
        FailingStore keychain;
        MemorySecretStore session;
        ConnectionSecrets secrets(keychain, session);
        QObject context;
        const ConnectionProfile remembered = profile(true);
        const std::optional<SecretResult> first =
            await([&](auto done) { secrets.read(remembered, &context, std::move(done)); });
        QVERIFY(first && first->failed());
        QCOMPARE(keychain.reads, 1);
        QVERIFY(await([&](auto done) {
                    secrets.keepForSession(remembered, u"typed"_s, false, &context, std::move(done));
                })->ok());
        const std::optional<SecretResult> second =
            await([&](auto done) { secrets.read(remembered, &context, std::move(done)); });
        QVERIFY(second && second->ok());
        QCOMPARE(second->secret, u"typed"_s);
        QCOMPARE(keychain.reads, 1);
    }

    void rememberingDropsTheSessionCopy() {
        MemorySecretStore keychain;
        MemorySecretStore session;
        ConnectionSecrets secrets(keychain, session);
        QObject context;
        const ConnectionProfile p = profile(true);
        QVERIFY(await([&](auto done) { session.writeSecret(p.secretKey(), u"old"_s, &context, done); }));
        QVERIFY(await([&](auto done) { secrets.remember(p, u"new"_s, &context, std::move(done)); })->ok());
        QCOMPARE(secretIn(keychain, p), std::optional<QString>(u"new"_s));
        QTRY_COMPARE(secretIn(session, p), std::nullopt);
    }

    void sessionOnlyByChoiceDropsTheKeychainCopy() {
        MemorySecretStore keychain;
        MemorySecretStore session;
        ConnectionSecrets secrets(keychain, session);
        QObject context;
        const ConnectionProfile p = profile(false);
        QVERIFY(await([&](auto done) { keychain.writeSecret(p.secretKey(), u"old"_s, &context, done); }));
        // For want of a keychain: its copy stays.
        QVERIFY(
            await([&](auto done) { secrets.keepForSession(p, u"a"_s, false, &context, std::move(done)); }));
        QCOMPARE(secretIn(keychain, p), std::optional<QString>(u"old"_s));
        // By choice: it goes, and the caller hears how that went.
        std::optional<SecretResult> dropped;
        QVERIFY(await([&](auto done) {
            secrets.keepForSession(p, u"b"_s, true, &context, std::move(done),
                                   [&dropped](const SecretResult &r) { dropped = r; });
        }));
        QTRY_VERIFY(dropped.has_value());
        QVERIFY(!dropped->failed());
        QCOMPARE(secretIn(keychain, p), std::nullopt);
        QCOMPARE(secretIn(session, p), std::optional<QString>(u"b"_s));
    }

    void forgetRemovesBothCopies() {
        MemorySecretStore keychain;
        MemorySecretStore session;
        ConnectionSecrets secrets(keychain, session);
        QObject context;
        const ConnectionProfile p = profile(false);
        QVERIFY(await([&](auto done) { keychain.writeSecret(p.secretKey(), u"k"_s, &context, done); }));
        QVERIFY(await([&](auto done) { session.writeSecret(p.secretKey(), u"s"_s, &context, done); }));
        QVERIFY(await([&](auto done) { secrets.forget(p, &context, std::move(done)); }));
        QCOMPARE(secretIn(keychain, p), std::nullopt);
        QCOMPARE(secretIn(session, p), std::nullopt);
    }
};

QTEST_GUILESS_MAIN(tst_ConnectionSecrets)
#include "tst_connectionsecrets.moc"
