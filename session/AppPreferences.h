// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: rzconsole contributors
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

class QNetworkProxy;
class QSettings;
class QUrl;

namespace rz {

class ApiClient;

// The user's preferences (Edit ▸ Preferences…), kept in the application's QSettings under "preferences/":
// the page size of asset loads, the request timeout, the proxy and the language. A value: load() reads it
// (a missing, unreadable or out-of-range stored value reads as its default, so a hand-edited file cannot
// break a connection), problems() checks it, save() writes it. The proxy password is a secret and lives in
// the SecretStore (see PreferencesController), never here.
struct AppPreferences {
    enum class ProxyMode { System, None, Manual };
    enum class Field { PageSize, Timeout, ProxyHost, ProxyPort, ProxyUser, Language };
    struct Problem {
        Field field;
        QString message; // a translated sentence
    };

    static constexpr int DefaultPageSize = 2000; // what the console's paged export was always asked for
    static constexpr int MinPageSize = 100;
    static constexpr int MaxPageSize = 50000;
    static constexpr int DefaultTimeoutSeconds = 60;
    static constexpr int MinTimeoutSeconds = 5;
    static constexpr int MaxTimeoutSeconds = 600;
    static constexpr int DefaultProxyPort = 8080;

    int pageSize = DefaultPageSize;
    int timeoutSeconds = DefaultTimeoutSeconds;
    ProxyMode proxyMode = ProxyMode::System;
    QString proxyHost;
    int proxyPort = DefaultProxyPort;
    QString proxyUser; // empty: the proxy needs no sign-in
    QString language;  // "" follows the system; else one of languages()

    // `settings` may be null: the defaults.
    static AppPreferences load(const QSettings *settings);
    void save(QSettings *settings) const;
    // The settings key of the language, which the application reads before anything else.
    static QString languageKey();

    QList<Problem> problems() const;
    bool isValid() const { return problems().isEmpty(); }

    // "" (the system's language), "en", "de", and their names for a list, each in its own language.
    static QStringList languages();
    static QString languageName(const QString &language);

    // A manual proxy with a user name, which needs a password from the secret store.
    bool proxyNeedsPassword() const;
    // Sets the page size, the timeout and the proxy of `client`. A console on this computer (a loopback
    // address or "localhost": the demo, a tunnel) is always reached directly.
    void applyTo(ApiClient &client, const QString &proxyPassword) const;
    // The manual proxy, with `password` (for the manual mode only).
    QNetworkProxy manualProxy(const QString &password) const;
    static bool isLocalConsole(const QUrl &baseUrl);

    friend bool operator==(const AppPreferences &, const AppPreferences &) = default;

    Q_DECLARE_TR_FUNCTIONS(rz::AppPreferences)
};

} // namespace rz
