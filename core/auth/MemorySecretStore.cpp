// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: rzconsole contributors
#include "auth/MemorySecretStore.h"

#include <QMetaObject>

namespace rz {

MemorySecretStore::MemorySecretStore(QObject *parent)
    : SecretStore(parent) {}

MemorySecretStore::~MemorySecretStore() = default;

void MemorySecretStore::readSecret(const QString &key, QObject *context, Callback done) {
    const auto it = m_secrets.constFind(key);
    deliver(context, std::move(done),
            it == m_secrets.cend() ? SecretResult::missing() : SecretResult::success(*it));
}

void MemorySecretStore::writeSecret(const QString &key, const QString &secret, QObject *context,
                                    Callback done) {
    m_secrets.insert(key, secret);
    deliver(context, std::move(done), SecretResult::success());
}

void MemorySecretStore::removeSecret(const QString &key, QObject *context, Callback done) {
    const bool removed = m_secrets.remove(key);
    deliver(context, std::move(done), removed ? SecretResult::success() : SecretResult::missing());
}

bool MemorySecretStore::contains(const QString &key) const {
    return m_secrets.contains(key);
}

qsizetype MemorySecretStore::size() const {
    return m_secrets.size();
}

void MemorySecretStore::clear() {
    m_secrets.clear();
}

void MemorySecretStore::deliver(QObject *context, Callback done, SecretResult result) {
    if (!done)
        return;
    // Queued on the context, so the callback never runs inside the call and is dropped if the context dies.
    QMetaObject::invokeMethod(
        context ? context : this, [done = std::move(done), result = std::move(result)] { done(result); },
        Qt::QueuedConnection);
}

} // namespace rz
