// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: rzconsole contributors
#include "api/ApiTransport.h"

#include "api/ApiRequest.h"

#include <QNetworkAccessManager>
#include <QNetworkRequest>

using namespace Qt::StringLiterals;

namespace rz {

namespace {

bool needsOrganizationId(CredentialKind kind) {
    return kind == CredentialKind::Account || kind == CredentialKind::OAuthClient;
}

QStringView withoutLeadingSlashes(QStringView path) {
    while (path.startsWith(u'/'))
        path = path.sliced(1);
    return path;
}

} // namespace

ApiTransport::ApiTransport(QUrl baseUrl, QString bearerToken, QObject *parent)
    : QObject(parent)
    , m_network(new QNetworkAccessManager(this))
    , m_baseUrl(std::move(baseUrl))
    , m_token(std::move(bearerToken).trimmed())
    , m_kind(detectCredentialKind(m_token)) {}

ApiTransport::~ApiTransport() = default;

ApiTransport::Area ApiTransport::areaOf(QStringView path) {
    const QStringView relative = withoutLeadingSlashes(path);
    const auto isUnder = [relative](QLatin1StringView prefix) {
        if (!relative.startsWith(prefix))
            return false;
        const QStringView rest = relative.sliced(prefix.size());
        return rest.isEmpty() || rest.front() == u'/' || rest.front() == u'?';
    };
    if (isUnder("account"_L1))
        return Area::Account;
    if (isUnder("org"_L1))
        return Area::Organization;
    if (isUnder("export"_L1))
        return Area::Export;
    return Area::Other;
}

void ApiTransport::addQueryValue(QUrlQuery &query, const QString &key, const QString &value) {
    query.addQueryItem(key, QString::fromLatin1(QUrl::toPercentEncoding(value)));
}

QUrl ApiTransport::urlFor(QStringView path, QUrlQuery query) const {
    QUrl url = m_baseUrl;
    QString fullPath = url.path();
    if (!fullPath.endsWith(u'/'))
        fullPath.append(u'/');
    fullPath.append(withoutLeadingSlashes(path));
    url.setPath(fullPath);
    const Area area = areaOf(path);
    if (needsOrganizationId(m_kind) && (area == Area::Organization || area == Area::Export) &&
        !m_organizationId.isEmpty()) {
        query.removeAllQueryItems(u"_oid"_s);
        addQueryValue(query, u"_oid"_s, m_organizationId);
    }
    url.setQuery(query);
    url.setFragment(QString());
    return url;
}

std::optional<ApiError> ApiTransport::refusalFor(QStringView path) const {
    const Area area = areaOf(path);
    const auto refuse = [](const QString &why) { return ApiError::make(ApiError::Kind::Unsupported, why); };
    switch (m_kind) {
    case CredentialKind::Export:
        if (area == Area::Account || area == Area::Organization)
            return refuse(ApiError::tr("an export token can only read the export API"));
        break;
    case CredentialKind::Organization:
        if (area == Area::Account)
            return refuse(ApiError::tr("an organization API token cannot use the account API"));
        break;
    case CredentialKind::Account:
    case CredentialKind::OAuthClient:
        if ((area == Area::Organization || area == Area::Export) && m_organizationId.isEmpty())
            return refuse(ApiError::tr("no organization is selected"));
        break;
    case CredentialKind::Download:
    case CredentialKind::Unknown:
        break; // the server decides, and says which kinds it would take
    }
    return std::nullopt;
}

QNetworkRequest ApiTransport::requestFor(const QString &path, const QUrlQuery &query) const {
    QNetworkRequest request(urlFor(path, query));
    if (!m_token.isEmpty())
        request.setRawHeader("Authorization"_ba, "Bearer "_ba + m_token.toUtf8());
    request.setHeader(QNetworkRequest::UserAgentHeader, QByteArrayLiteral("rzconsole/" RZ_VERSION));
    request.setRawHeader("Accept"_ba, "application/json"_ba);
    request.setTransferTimeout(m_timeoutMs);
    // Every redirect is checked by ApiRequest, which follows only those to the same origin.
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::UserVerifiedRedirectPolicy);
    return request;
}

ApiRequest *ApiTransport::get(const QString &path, const QUrlQuery &query, QObject *parent) {
    const QString label = u"GET /"_s + withoutLeadingSlashes(path);
    if (const std::optional<ApiError> refusal = refusalFor(path))
        return new ApiRequest(*refusal, label, parent);
    return new ApiRequest(m_network->get(requestFor(path, query)), label, parent);
}

ApiRequest *ApiTransport::put(const QString &path, const QByteArray &jsonBody, QObject *parent) {
    const QString label = u"PUT /"_s + withoutLeadingSlashes(path);
    if (const std::optional<ApiError> refusal = refusalFor(path))
        return new ApiRequest(*refusal, label, parent);
    QNetworkRequest request = requestFor(path, {});
    request.setHeader(QNetworkRequest::ContentTypeHeader, "application/json"_ba);
    return new ApiRequest(m_network->put(request, jsonBody), label, parent);
}

} // namespace rz
