// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: rzconsole contributors
#include "auth/ConnectionStore.h"

#include "auth/Redaction.h"

#include <QFileInfo>
#include <QHostAddress>
#include <QSettings>
#include <QSslCertificate>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace rz {

namespace {

const QString kGroup = u"connections"_s;
const QString kName = u"name"_s;
const QString kBaseUrl = u"baseUrl"_s;
const QString kKind = u"kind"_s;
const QString kClientId = u"clientId"_s;
const QString kCaBundle = u"caBundle"_s;
const QString kLastOrganization = u"lastOrganizationId"_s;
const QString kRememberSecret = u"rememberSecret"_s;

// Stable spellings in the settings file, independent of the enum's order.
QString kindKey(CredentialKind kind) {
    switch (kind) {
    case CredentialKind::Export:
        return u"export"_s;
    case CredentialKind::Organization:
        return u"organization"_s;
    case CredentialKind::Account:
        return u"account"_s;
    case CredentialKind::OAuthClient:
        return u"oauth-client"_s;
    case CredentialKind::Download:
        return u"download"_s;
    case CredentialKind::Unknown:
        break;
    }
    return u"unknown"_s;
}

CredentialKind kindFromKey(const QString &key) {
    for (const CredentialKind kind :
         {CredentialKind::Export, CredentialKind::Organization, CredentialKind::Account,
          CredentialKind::OAuthClient, CredentialKind::Download}) {
        if (kindKey(kind) == key)
            return kind;
    }
    return CredentialKind::Unknown;
}

QString groupOf(const QUuid &id) {
    return kGroup + u'/' + id.toString(QUuid::WithoutBraces);
}

} // namespace

ConnectionStore::ConnectionStore(QSettings &settings, QObject *parent)
    : QObject(parent)
    , m_settings(settings) {}

ConnectionStore::~ConnectionStore() = default;

QList<ConnectionProfile> ConnectionStore::profiles() const {
    m_settings.beginGroup(kGroup);
    const QStringList groups = m_settings.childGroups();
    m_settings.endGroup();

    QList<ConnectionProfile> result;
    for (const QString &group : groups) {
        const QUuid id(group);
        if (id.isNull())
            continue; // not ours
        if (auto stored = profile(id))
            result.append(std::move(*stored));
    }
    std::sort(result.begin(), result.end(), [](const ConnectionProfile &a, const ConnectionProfile &b) {
        const int order = a.name.compare(b.name, Qt::CaseInsensitive);
        return order != 0 ? order < 0 : a.id < b.id;
    });
    return result;
}

std::optional<ConnectionProfile> ConnectionStore::profile(const QUuid &id) const {
    if (!contains(id))
        return std::nullopt;
    m_settings.beginGroup(groupOf(id));
    ConnectionProfile stored;
    stored.id = id;
    stored.name = m_settings.value(kName).toString();
    stored.baseUrl = QUrl(m_settings.value(kBaseUrl).toString(), QUrl::StrictMode);
    stored.kind = kindFromKey(m_settings.value(kKind).toString());
    stored.clientId = m_settings.value(kClientId).toString();
    stored.caBundlePath = m_settings.value(kCaBundle).toString();
    stored.lastOrganizationId = m_settings.value(kLastOrganization).toString();
    stored.rememberSecret = m_settings.value(kRememberSecret, true).toBool();
    m_settings.endGroup();
    return stored;
}

bool ConnectionStore::contains(const QUuid &id) const {
    return !id.isNull() && m_settings.contains(groupOf(id) + u'/' + kName);
}

ConnectionStore::AddResult ConnectionStore::add(ConnectionProfile profile) {
    if (profile.id.isNull())
        profile.id = QUuid::createUuid();
    if (contains(profile.id))
        return {{}, {{ProfileProblem::Field::Id, tr("A connection with this identity already exists.")}}};
    ProfileProblems problems = validate(profile);
    if (problems.isEmpty())
        problems = write(profile);
    if (!problems.isEmpty())
        return {{}, problems};
    return {profile.id, {}};
}

ProfileProblems ConnectionStore::update(const ConnectionProfile &profile) {
    if (!contains(profile.id))
        return {{ProfileProblem::Field::Id, tr("This connection no longer exists.")}};
    const ProfileProblems problems = validate(profile);
    return problems.isEmpty() ? write(profile) : problems;
}

ProfileProblems ConnectionStore::rename(const QUuid &id, const QString &newName) {
    std::optional<ConnectionProfile> stored = profile(id);
    if (!stored)
        return {{ProfileProblem::Field::Id, tr("This connection no longer exists.")}};
    const QString problem = nameProblem(newName, id);
    if (!problem.isEmpty())
        return {{ProfileProblem::Field::Name, problem}};
    m_settings.setValue(groupOf(id) + u'/' + kName, newName.trimmed());
    ProfileProblems problems = syncProblems();
    if (problems.isEmpty())
        Q_EMIT profilesChanged();
    return problems;
}

bool ConnectionStore::remove(const QUuid &id) {
    if (!contains(id))
        return false;
    m_settings.remove(groupOf(id));
    m_settings.sync();
    Q_EMIT profilesChanged();
    return true;
}

bool ConnectionStore::setLastOrganizationId(const QUuid &id, const QString &organizationId) {
    if (!contains(id))
        return false;
    m_settings.setValue(groupOf(id) + u'/' + kLastOrganization, organizationId);
    return syncProblems().isEmpty();
}

ProfileProblems ConnectionStore::validate(const ConnectionProfile &profile) const {
    ProfileProblems problems;
    if (const QString p = nameProblem(profile.name, profile.id); !p.isEmpty())
        problems.append({ProfileProblem::Field::Name, p});
    if (const QString p = baseUrlProblem(profile.baseUrl); !p.isEmpty())
        problems.append({ProfileProblem::Field::BaseUrl, p});
    if (const QString p = credentialProblem(profile); !p.isEmpty()) {
        const bool aboutClientId = profile.usesClientCredentials();
        problems.append(
            {aboutClientId ? ProfileProblem::Field::ClientId : ProfileProblem::Field::Credential, p});
    }
    if (const QString p = caBundleProblem(profile.caBundlePath); !p.isEmpty())
        problems.append({ProfileProblem::Field::CaBundle, p});
    return problems;
}

QString ConnectionStore::nameProblem(const QString &name, const QUuid &ownId) const {
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty())
        return tr("Enter a name for this connection.");
    const QList<ConnectionProfile> existing = profiles();
    const bool clash = std::any_of(existing.cbegin(), existing.cend(), [&](const ConnectionProfile &other) {
        return other.id != ownId && other.name.trimmed().compare(trimmed, Qt::CaseInsensitive) == 0;
    });
    if (clash)
        return tr("Another connection is already called “%1”; choose a different name.").arg(trimmed);
    return {};
}

QString ConnectionStore::baseUrlProblem(const QUrl &url) {
    if (url.isEmpty())
        return tr("Enter the console URL, for example %1.")
            .arg(ConnectionProfile::defaultBaseUrl().toString());
    if (!url.isValid())
        return tr("This is not a valid URL.");
    const QString scheme = url.scheme().toLower();
    if (scheme != u"https"_s && scheme != u"http"_s)
        return tr("The console URL must start with https://.");
    if (url.host().isEmpty())
        return tr("The console URL must name a host, for example console.runzero.com.");
    if (!url.userInfo().isEmpty())
        return tr("Do not put a user name or password into the URL; enter the credential below instead.");
    if (scheme == u"http"_s && !isLoopbackHost(url.host()))
        return tr("Plain http:// would send the API token unencrypted, so it is allowed only for this "
                  "computer "
                  "(localhost, 127.0.0.1 or ::1). Use https:// for %1.")
            .arg(url.host());
    return {};
}

QString ConnectionStore::credentialProblem(const ConnectionProfile &profile) {
    switch (profile.kind) {
    case CredentialKind::OAuthClient:
        if (profile.clientId.trimmed().isEmpty())
            return tr("Enter the client ID of the API client.");
        if (profile.clientId.trimmed().contains(u' '))
            return tr("A client ID contains no spaces.");
        return {};
    case CredentialKind::Export:
    case CredentialKind::Organization:
    case CredentialKind::Account:
        return {};
    case CredentialKind::Download:
        return tr("Download tokens only download the Explorer, they cannot read the inventory.");
    case CredentialKind::Unknown:
        break;
    }
    return tr("The credential kind is not known; enter an export, organization or account API token.");
}

QString ConnectionStore::caBundleProblem(const QString &path) {
    if (path.trimmed().isEmpty())
        return {};
    const QFileInfo info(path.trimmed());
    if (!info.exists())
        return tr("The CA bundle file does not exist.");
    if (!info.isFile() || !info.isReadable())
        return tr("The CA bundle is not a readable file.");
    if (QSslCertificate::fromPath(info.absoluteFilePath(), QSsl::Pem).isEmpty())
        return tr("The CA bundle contains no PEM certificate.");
    return {};
}

bool ConnectionStore::isLoopbackHost(const QString &host) {
    if (host.compare(u"localhost"_s, Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

ProfileProblems ConnectionStore::write(const ConnectionProfile &profile) {
    m_settings.beginGroup(groupOf(profile.id));
    m_settings.setValue(kName, profile.name.trimmed());
    m_settings.setValue(kBaseUrl, profile.baseUrl.toString());
    m_settings.setValue(kKind, kindKey(profile.kind));
    if (profile.usesClientCredentials())
        m_settings.setValue(kClientId, profile.clientId.trimmed());
    else
        m_settings.remove(kClientId);
    if (profile.caBundlePath.trimmed().isEmpty())
        m_settings.remove(kCaBundle);
    else
        m_settings.setValue(kCaBundle, profile.caBundlePath.trimmed());
    m_settings.setValue(kLastOrganization, profile.lastOrganizationId);
    m_settings.setValue(kRememberSecret, profile.rememberSecret);
    m_settings.endGroup();
    ProfileProblems problems = syncProblems();
    if (problems.isEmpty())
        Q_EMIT profilesChanged();
    return problems;
}

ProfileProblems ConnectionStore::syncProblems() {
    m_settings.sync();
    if (m_settings.status() == QSettings::NoError)
        return {};
    qCWarning(lcAuth) << "could not write the connection settings to" << redact(m_settings.fileName());
    return {{ProfileProblem::Field::Storage,
             tr("The connection settings could not be saved to %1.").arg(m_settings.fileName())}};
}

} // namespace rz
