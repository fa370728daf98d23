// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: rzconsole contributors
#include "auth/KeychainSecretStore.h"

#include "auth/Redaction.h"

#include <qt6keychain/keychain.h>

using namespace Qt::StringLiterals;

namespace rz {

namespace {

QString fallbackReason(QKeychain::Error error) {
    switch (error) {
    case QKeychain::AccessDeniedByUser:
        return KeychainSecretStore::tr("Access to the system keychain was denied.");
    case QKeychain::AccessDenied:
        return KeychainSecretStore::tr("The system keychain refused access; it may be locked.");
    case QKeychain::NoBackendAvailable:
        return KeychainSecretStore::tr("No system keychain is available.");
    case QKeychain::NotImplemented:
        return KeychainSecretStore::tr("The system keychain does not support this operation.");
    case QKeychain::CouldNotDeleteEntry:
        return KeychainSecretStore::tr("The secret could not be removed from the system keychain.");
    case QKeychain::NoError:
    case QKeychain::EntryNotFound:
    case QKeychain::OtherError:
        break;
    }
    return KeychainSecretStore::tr("The system keychain reported an unknown error.");
}

// Maps a finished job to a result; readText is the payload of a successful read (empty otherwise).
SecretResult resultOf(const QKeychain::Job &job, const char *operation, const QString &readText) {
    switch (job.error()) {
    case QKeychain::NoError:
        return SecretResult::success(readText);
    case QKeychain::EntryNotFound:
        return SecretResult::missing();
    default:
        break;
    }
    QString reason = job.errorString();
    if (reason.trimmed().isEmpty())
        reason = fallbackReason(job.error());
    qCWarning(lcAuth).nospace() << "keychain " << operation << " of " << redact(job.key()) << " failed ("
                                << int(job.error()) << "): " << redact(reason);
    return SecretResult::failure(reason);
}

template<class JobType> JobType *makeJob(const QString &service, const QString &key) {
    // No parent: a running job must outlive the store if need be, and deletes itself once finished.
    auto *job = new JobType(service);
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(key);
    return job;
}

} // namespace

QString KeychainSecretStore::defaultServiceName() {
    return u"rzconsole"_s;
}

KeychainSecretStore::KeychainSecretStore(QObject *parent)
    : KeychainSecretStore(defaultServiceName(), parent) {}

KeychainSecretStore::KeychainSecretStore(QString serviceName, QObject *parent)
    : SecretStore(parent)
    , m_serviceName(std::move(serviceName)) {}

KeychainSecretStore::~KeychainSecretStore() = default;

QString KeychainSecretStore::serviceName() const {
    return m_serviceName;
}

void KeychainSecretStore::readSecret(const QString &key, QObject *context, Callback done) {
    auto *job = makeJob<QKeychain::ReadPasswordJob>(m_serviceName, key);
    connect(job, &QKeychain::Job::finished, context ? context : this,
            [job, done = std::move(done)](QKeychain::Job *) {
                const SecretResult result =
                    resultOf(*job, "read", job->error() == QKeychain::NoError ? job->textData() : QString());
                if (done)
                    done(result);
            });
    job->start();
}

void KeychainSecretStore::writeSecret(const QString &key, const QString &secret, QObject *context,
                                      Callback done) {
    auto *job = makeJob<QKeychain::WritePasswordJob>(m_serviceName, key);
    job->setTextData(secret);
    connect(job, &QKeychain::Job::finished, context ? context : this,
            [done = std::move(done)](QKeychain::Job *finished) {
                const SecretResult result = resultOf(*finished, "write", {});
                if (done)
                    done(result);
            });
    job->start();
}

void KeychainSecretStore::removeSecret(const QString &key, QObject *context, Callback done) {
    auto *job = makeJob<QKeychain::DeletePasswordJob>(m_serviceName, key);
    connect(job, &QKeychain::Job::finished, context ? context : this,
            [done = std::move(done)](QKeychain::Job *finished) {
                const SecretResult result = resultOf(*finished, "removal", {});
                if (done)
                    done(result);
            });
    job->start();
}

} // namespace rz
