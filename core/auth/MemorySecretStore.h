// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: rzconsole contributors
#pragma once

#include "auth/SecretStore.h"

#include <QHash>

namespace rz {

// Secrets held in memory only: for "use for this session only" and as the fake in tests. Nothing is written
// anywhere; the secrets vanish with the object.
class MemorySecretStore final : public SecretStore {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MemorySecretStore)
public:
    explicit MemorySecretStore(QObject *parent = nullptr);
    ~MemorySecretStore() override;

    void readSecret(const QString &key, QObject *context, Callback done) override;
    void writeSecret(const QString &key, const QString &secret, QObject *context, Callback done) override;
    void removeSecret(const QString &key, QObject *context, Callback done) override;

    // Synchronous inspection, for callers that own the store (and for tests).
    bool contains(const QString &key) const;
    qsizetype size() const;
    void clear();

private:
    void deliver(QObject *context, Callback done, SecretResult result);

    QHash<QString, QString> m_secrets;
};

} // namespace rz
