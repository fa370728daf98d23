// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: rzconsole contributors
#include "auth/ConnectionSecrets.h"

#include "auth/ConnectionProfile.h"

// The stores call back only while `context` lives, so a callback may hand `context` on to the next step.
namespace rz {

namespace {

void answer(const SecretStore::Callback &done, const SecretResult &result) {
    if (done)
        done(result);
}

} // namespace

ConnectionSecrets::ConnectionSecrets(SecretStore &keychain, SecretStore &session)
    : m_keychain(keychain)
    , m_session(session) {}

void ConnectionSecrets::read(const ConnectionProfile &profile, QObject *context, SecretStore::Callback done) {
    const QString key = profile.secretKey();
    const bool inKeychain = profile.rememberSecret;
    m_session.readSecret(key, context,
                         [this, key, inKeychain, context, done = std::move(done)](const SecretResult &r) {
                             if (r.ok() || !inKeychain)
                                 answer(done, r);
                             else
                                 m_keychain.readSecret(key, context, done);
                         });
}

void ConnectionSecrets::remember(const ConnectionProfile &profile, const QString &secret, QObject *context,
                                 SecretStore::Callback done) {
    const QString key = profile.secretKey();
    m_keychain.writeSecret(key, secret, context,
                           [this, key, context, done = std::move(done)](const SecretResult &r) {
                               if (r.ok())
                                   m_session.removeSecret(key, context, {});
                               answer(done, r);
                           });
}

void ConnectionSecrets::keepForSession(const ConnectionProfile &profile, const QString &secret,
                                       bool dropKeychainCopy, QObject *context, SecretStore::Callback done,
                                       SecretStore::Callback keychainDropped) {
    const QString key = profile.secretKey();
    m_session.writeSecret(key, secret, context,
                          [this, key, dropKeychainCopy, context, done = std::move(done),
                           keychainDropped = std::move(keychainDropped)](const SecretResult &r) {
                              if (r.ok() && dropKeychainCopy)
                                  m_keychain.removeSecret(key, context, keychainDropped);
                              answer(done, r);
                          });
}

void ConnectionSecrets::forget(const ConnectionProfile &profile, QObject *context,
                               SecretStore::Callback done) {
    const QString key = profile.secretKey();
    m_session.removeSecret(key, context, {});
    m_keychain.removeSecret(key, context, std::move(done));
}

void ConnectionSecrets::abandon(const ConnectionProfile &profile, QObject *context) {
    (profile.rememberSecret ? m_keychain : m_session).removeSecret(profile.secretKey(), context, {});
}

} // namespace rz
