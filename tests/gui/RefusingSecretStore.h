// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: rzconsole contributors
#pragma once

#include "auth/SecretStore.h"

#include <QMetaObject>
#include <QObject>
#include <QString>

namespace rz::test {

// A keychain that refuses to store anything, as a locked or absent Secret Service does: reading finds nothing
// and writing fails with a reason, always later (from the event loop). Counts the writes it refused.
class RefusingSecretStore final : public rz::SecretStore {
public:
    using rz::SecretStore::SecretStore;
    void readSecret(const QString &, QObject *context, Callback done) override {
        answer(context, done, rz::SecretResult::missing());
    }
    void writeSecret(const QString &, const QString &, QObject *context, Callback done) override {
        ++m_writes;
        using namespace Qt::StringLiterals;
        answer(context, done, rz::SecretResult::failure(u"The keyring is locked."_s));
    }
    void removeSecret(const QString &, QObject *context, Callback done) override {
        answer(context, done, rz::SecretResult::missing());
    }
    int writes() const { return m_writes; }

private:
    static void answer(QObject *context, const Callback &done, const rz::SecretResult &result) {
        if (done)
            QMetaObject::invokeMethod(
                context, [done, result] { done(result); }, Qt::QueuedConnection);
    }
    int m_writes = 0;
};

} // namespace rz::test
