// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: rzconsole contributors
#pragma once

#include "auth/SecretStore.h"

class QObject;

namespace rz {

struct ConnectionProfile;

// The one policy of where a connection's secret lives, for every place that reads, keeps or removes one
// (the connection manager, opening a connection):
// - A secret kept for this session (in memory) shadows the keychain: it is what the user typed last, and the
//   keychain may be locked, failing, or not wanted at all. The keychain is asked only when the profile
//   remembers its secret there.
// - Remembering a secret in the keychain drops the session copy, which would otherwise shadow it.
// - Keeping a secret for this session only is the fallback when the keychain fails; when the user chose it
//   instead of the keychain, the keychain's copy is removed.
// Callbacks follow SecretStore's rules: later, in `context`'s thread, never after `context` is gone.
class ConnectionSecrets final {
public:
    // Both stores must outlive this.
    ConnectionSecrets(SecretStore &keychain, SecretStore &session);

    void read(const ConnectionProfile &profile, QObject *context, SecretStore::Callback done);
    // In the keychain; `done` gets the keychain's answer (on failure nothing else changed).
    void remember(const ConnectionProfile &profile, const QString &secret, QObject *context,
                  SecretStore::Callback done);
    // For this session only. With `dropKeychainCopy` (the user no longer wants it remembered) the keychain's
    // copy is removed afterwards and `keychainDropped` hears how that went; `done` gets the session's answer.
    void keepForSession(const ConnectionProfile &profile, const QString &secret, bool dropKeychainCopy,
                        QObject *context, SecretStore::Callback done,
                        SecretStore::Callback keychainDropped = {});
    // Both copies, as when the connection is removed; `done` gets the keychain's answer (always asked: a
    // session-only profile may still have an earlier copy there).
    void forget(const ConnectionProfile &profile, QObject *context, SecretStore::Callback done);
    // The copy a just-kept secret left behind when its profile could not be saved after all.
    void abandon(const ConnectionProfile &profile, QObject *context);

private:
    SecretStore &m_keychain;
    SecretStore &m_session;
};

} // namespace rz
