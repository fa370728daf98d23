// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: rzconsole contributors
#include "session/AppPreferences.h"

#include "api/ApiClient.h"

#include <QHostAddress>
#include <QLocale>
#include <QNetworkProxy>
#include <QSettings>
#include <QUrl>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace rz {

namespace {

// A whole number from the settings within [low, high], else `fallback`.
int boundedInt(const QSettings *settings, const QString &key, int low, int high, int fallback) {
    bool ok = false;
    const int value = settings->value(key).toInt(&ok);
    return ok && value >= low && value <= high ? value : fallback;
}

QString modeName(AppPreferences::ProxyMode mode) {
    switch (mode) {
    case AppPreferences::ProxyMode::None:
        return u"none"_s;
    case AppPreferences::ProxyMode::Manual:
        return u"manual"_s;
    case AppPreferences::ProxyMode::System:
        break;
    }
    return u"system"_s;
}

AppPreferences::ProxyMode modeFromName(const QString &name) {
    if (name == "none"_L1)
        return AppPreferences::ProxyMode::None;
    if (name == "manual"_L1)
        return AppPreferences::ProxyMode::Manual;
    return AppPreferences::ProxyMode::System;
}

// A host name or an address: letters, digits, '-', '.', or an IPv6 address (with or without brackets).
bool plausibleHost(const QString &host) {
    if (host.isEmpty())
        return false;
    QString bare = host;
    if (bare.startsWith(u'[') && bare.endsWith(u']'))
        bare = bare.mid(1, bare.size() - 2);
    if (!QHostAddress(bare).isNull())
        return true;
    return std::all_of(host.cbegin(), host.cend(),
                       [](QChar c) { return c.isLetterOrNumber() || c == u'-' || c == u'.' || c == u'_'; });
}

const QString kPageSize = u"preferences/pageSize"_s;
const QString kTimeout = u"preferences/timeoutSeconds"_s;
const QString kProxyMode = u"preferences/proxy/mode"_s;
const QString kProxyHost = u"preferences/proxy/host"_s;
const QString kProxyPort = u"preferences/proxy/port"_s;
const QString kProxyUser = u"preferences/proxy/user"_s;

} // namespace

QString AppPreferences::languageKey() {
    return u"preferences/language"_s;
}

AppPreferences AppPreferences::load(const QSettings *settings) {
    AppPreferences preferences;
    if (!settings)
        return preferences;
    preferences.pageSize = boundedInt(settings, kPageSize, MinPageSize, MaxPageSize, DefaultPageSize);
    preferences.timeoutSeconds =
        boundedInt(settings, kTimeout, MinTimeoutSeconds, MaxTimeoutSeconds, DefaultTimeoutSeconds);
    preferences.proxyMode = modeFromName(settings->value(kProxyMode).toString());
    preferences.proxyHost = settings->value(kProxyHost).toString().trimmed();
    preferences.proxyPort = boundedInt(settings, kProxyPort, 1, 65535, DefaultProxyPort);
    preferences.proxyUser = settings->value(kProxyUser).toString().trimmed();
    const QString language = settings->value(languageKey()).toString();
    preferences.language = languages().contains(language) ? language : QString();
    // A manual proxy without a usable host would stop every request: the system's settings instead.
    if (preferences.proxyMode == ProxyMode::Manual && !plausibleHost(preferences.proxyHost))
        preferences.proxyMode = ProxyMode::System;
    return preferences;
}

void AppPreferences::save(QSettings *settings) const {
    if (!settings)
        return;
    settings->setValue(kPageSize, pageSize);
    settings->setValue(kTimeout, timeoutSeconds);
    settings->setValue(kProxyMode, modeName(proxyMode));
    settings->setValue(kProxyHost, proxyHost.trimmed());
    settings->setValue(kProxyPort, proxyPort);
    settings->setValue(kProxyUser, proxyUser.trimmed());
    settings->setValue(languageKey(), language);
}

QList<AppPreferences::Problem> AppPreferences::problems() const {
    QList<Problem> found;
    if (pageSize < MinPageSize || pageSize > MaxPageSize)
        found.append(
            {Field::PageSize, tr("The page size must be from %1 to %2 assets.")
                                  .arg(QLocale().toString(MinPageSize), QLocale().toString(MaxPageSize))});
    if (timeoutSeconds < MinTimeoutSeconds || timeoutSeconds > MaxTimeoutSeconds)
        found.append(
            {Field::Timeout,
             tr("The timeout must be from %1 to %2 seconds.").arg(MinTimeoutSeconds).arg(MaxTimeoutSeconds)});
    if (proxyMode == ProxyMode::Manual) {
        const QString host = proxyHost.trimmed();
        if (host.isEmpty())
            found.append({Field::ProxyHost, tr("Enter the proxy's host name or address.")});
        else if (host.contains("://"_L1))
            found.append({Field::ProxyHost, tr("Enter the host name alone, without “http://”.")});
        else if (!plausibleHost(host))
            found.append({Field::ProxyHost, tr("“%1” is not a host name or an address.").arg(host)});
        if (proxyPort < 1 || proxyPort > 65535)
            found.append({Field::ProxyPort, tr("The port must be from 1 to 65535.")});
        if (proxyUser.contains(u':'))
            found.append({Field::ProxyUser, tr("The user name cannot contain a colon.")});
    }
    if (!languages().contains(language))
        found.append({Field::Language, tr("Choose one of the listed languages.")});
    return found;
}

QStringList AppPreferences::languages() {
    return {QString(), u"en"_s, u"de"_s};
}

QString AppPreferences::languageName(const QString &language) {
    if (language.isEmpty())
        return tr("System default");
    if (language == "en"_L1)
        return u"English"_s; // each language under its own name, whatever the current one
    if (language == "de"_L1)
        return u"Deutsch"_s;
    return language;
}

bool AppPreferences::proxyNeedsPassword() const {
    return proxyMode == ProxyMode::Manual && !proxyUser.trimmed().isEmpty();
}

QNetworkProxy AppPreferences::manualProxy(const QString &password) const {
    QNetworkProxy proxy(QNetworkProxy::HttpProxy, proxyHost.trimmed(), quint16(proxyPort));
    if (!proxyUser.trimmed().isEmpty()) {
        proxy.setUser(proxyUser.trimmed());
        proxy.setPassword(password);
    }
    return proxy;
}

bool AppPreferences::isLocalConsole(const QUrl &baseUrl) {
    const QString host = baseUrl.host();
    if (host.compare("localhost"_L1, Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

void AppPreferences::applyTo(ApiClient &client, const QString &proxyPassword) const {
    client.setAssetPageSize(pageSize);
    client.setTimeoutMs(timeoutSeconds * 1000);
    if (isLocalConsole(client.baseUrl())) {
        client.setProxy(QNetworkProxy(QNetworkProxy::NoProxy));
        return;
    }
    switch (proxyMode) {
    case ProxyMode::System:
        client.useSystemProxy();
        return;
    case ProxyMode::None:
        client.setProxy(QNetworkProxy(QNetworkProxy::NoProxy));
        return;
    case ProxyMode::Manual:
        client.setProxy(manualProxy(proxyPassword));
        return;
    }
}

} // namespace rz
