// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: rzconsole contributors
#pragma once

#include "auth/SecretResult.h"

#include <QObject>
#include <functional>

namespace rz {

// Where secrets (API tokens, OAuth client secrets) are kept, addressed by key. Every operation is
// asynchronous: `done` is always called later from the event loop, never from inside the call, and not at all
// if `context` has been destroyed by then. Implementations never log or report the secret itself.
class SecretStore : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SecretStore)
public:
    using Callback = std::function<void(const SecretResult &)>;

    using QObject::QObject;
    ~SecretStore() override = default;

    virtual void readSecret(const QString &key, QObject *context, Callback done) = 0;
    virtual void writeSecret(const QString &key, const QString &secret, QObject *context, Callback done) = 0;
    // Removing a key that holds nothing is not an error: it reports notFound() or, where the backend cannot
    // tell (libsecret), ok().
    virtual void removeSecret(const QString &key, QObject *context, Callback done) = 0;
};

} // namespace rz
