// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: rzconsole contributors
#include "auth/MemorySecretStore.h"

#include <QTest>
#include <optional>

using namespace Qt::StringLiterals;

namespace {

// Runs one store operation and waits for its callback.
template<class Start> rz::SecretResult await(Start start) {
    std::optional<rz::SecretResult> outcome;
    QObject context;
    start(&context, [&outcome](const rz::SecretResult &result) { outcome = result; });
    // The callback never runs inside the call.
    if (outcome)
        return rz::SecretResult::failure(u"callback ran synchronously"_s);
    if (!QTest::qWaitFor([&outcome] { return outcome.has_value(); }, 5000))
        return rz::SecretResult::failure(u"no answer"_s);
    return *outcome;
}

} // namespace

class tst_SecretStore final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void roundTrip();
    void keysAreIndependent();
    void callbackDroppedWithContext();
    void nullContextFallsBackToStore();
    void resultHelpers();
};

void tst_SecretStore::roundTrip() {
    rz::MemorySecretStore store;
    const QString key = u"connection/1"_s;

    rz::SecretResult r = await([&](QObject *c, auto done) { store.readSecret(key, c, done); });
    QVERIFY(r.notFound());
    QVERIFY(r.secret.isEmpty());

    r = await([&](QObject *c, auto done) { store.writeSecret(key, u"OT-first"_s, c, done); });
    QVERIFY(r.ok());
    QVERIFY(store.contains(key));

    r = await([&](QObject *c, auto done) { store.readSecret(key, c, done); });
    QVERIFY(r.ok());
    QCOMPARE(r.secret, u"OT-first"_s);

    r = await([&](QObject *c, auto done) { store.writeSecret(key, u"OT-second"_s, c, done); });
    QVERIFY(r.ok());
    r = await([&](QObject *c, auto done) { store.readSecret(key, c, done); });
    QCOMPARE(r.secret, u"OT-second"_s);
    QCOMPARE(store.size(), 1);

    r = await([&](QObject *c, auto done) { store.removeSecret(key, c, done); });
    QVERIFY(r.ok());
    QVERIFY(!store.contains(key));

    r = await([&](QObject *c, auto done) { store.removeSecret(key, c, done); });
    QVERIFY(r.notFound());
    r = await([&](QObject *c, auto done) { store.readSecret(key, c, done); });
    QVERIFY(r.notFound());
    QVERIFY(!r.failed());
}

void tst_SecretStore::keysAreIndependent() {
    rz::MemorySecretStore store;
    await([&](QObject *c, auto done) { store.writeSecret(u"a"_s, u"alpha"_s, c, done); });
    await([&](QObject *c, auto done) { store.writeSecret(u"b"_s, u"beta"_s, c, done); });
    await([&](QObject *c, auto done) { store.removeSecret(u"a"_s, c, done); });
    const rz::SecretResult r = await([&](QObject *c, auto done) { store.readSecret(u"b"_s, c, done); });
    QCOMPARE(r.secret, u"beta"_s);
    store.clear();
    QCOMPARE(store.size(), 0);
}

void tst_SecretStore::callbackDroppedWithContext() {
    rz::MemorySecretStore store;
    bool called = false;
    auto context = std::make_unique<QObject>();
    store.writeSecret(u"k"_s, u"v"_s, context.get(), [&called](const rz::SecretResult &) { called = true; });
    context.reset();
    QCoreApplication::sendPostedEvents();
    QCoreApplication::processEvents();
    QVERIFY(!called);
    // The write itself happened; only the answer was dropped.
    QVERIFY(store.contains(u"k"_s));
}

void tst_SecretStore::nullContextFallsBackToStore() {
    rz::MemorySecretStore store;
    bool called = false;
    store.writeSecret(u"k"_s, u"v"_s, nullptr, [&called](const rz::SecretResult &r) { called = r.ok(); });
    QVERIFY(!called);
    QTRY_VERIFY_WITH_TIMEOUT(called, 5000);
}

void tst_SecretStore::resultHelpers() {
    const auto ok = rz::SecretResult::success(u"s"_s);
    QVERIFY(ok.ok() && !ok.notFound() && !ok.failed());
    const auto missing = rz::SecretResult::missing();
    QVERIFY(!missing.ok() && missing.notFound() && !missing.failed());
    const auto failed = rz::SecretResult::failure(u"locked"_s);
    QVERIFY(!failed.ok() && !failed.notFound() && failed.failed());
    QCOMPARE(failed.errorMessage, u"locked"_s);
    QVERIFY(rz::SecretResult{}.failed());
}

QTEST_GUILESS_MAIN(tst_SecretStore)
#include "tst_secretstore.moc"
