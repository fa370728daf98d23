// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: rzconsole contributors
#pragma once

#include "auth/SecretStore.h"

namespace rz {

// Secrets in the system keychain (the Secret Service on Linux) through QtKeychain, with the insecure
// plain-text fallback off. EntryNotFound is reported as notFound(); every other failure keeps QtKeychain's
// own errorString() as the reason, so the user sees why (locked keyring, no Secret Service on the bus, ...).
class KeychainSecretStore final : public SecretStore {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(KeychainSecretStore)
public:
    static QString defaultServiceName(); // "rzconsole"

    explicit KeychainSecretStore(QObject *parent = nullptr);
    // A different service name keeps separate sets of entries apart (e.g. in tests).
    explicit KeychainSecretStore(QString serviceName, QObject *parent = nullptr);
    ~KeychainSecretStore() override;

    QString serviceName() const;

    void readSecret(const QString &key, QObject *context, Callback done) override;
    void writeSecret(const QString &key, const QString &secret, QObject *context, Callback done) override;
    void removeSecret(const QString &key, QObject *context, Callback done) override;

private:
    QString m_serviceName;
};

} // namespace rz
