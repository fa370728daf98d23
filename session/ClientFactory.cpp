// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: rzconsole contributors
#include "session/ClientFactory.h"

#include "api/ApiClient.h"

#include <QLocale>

using namespace Qt::StringLiterals;

namespace rz {

ClientFactory::Built ClientFactory::create(const ConnectionProfile &profile, const QString &secret,
                                           QObject *parent) {
    Built built;
    if (profile.usesClientCredentials())
        built.client = std::make_unique<ApiClient>(
            profile.baseUrl, OAuthClientCredentials{profile.clientId, secret.trimmed()}, parent);
    else
        built.client = std::make_unique<ApiClient>(profile.baseUrl, secret.trimmed(), parent);
    if (!profile.caBundlePath.isEmpty()) {
        built.error = built.client->setCaBundle(profile.caBundlePath);
        if (!built.error.ok())
            built.client.reset();
    }
    return built;
}

ConnectionTester ClientFactory::tester(std::function<void(ApiClient &)> configure) {
    return [configure](const ConnectionProfile &profile, const QString &secret, QObject *context,
                       std::function<void(const ConnectionTestResult &)> done) {
        // The client lives as long as the test, and no longer than the one who asked (its parent).
        Built built = create(profile, secret, context);
        if (!built.client) {
            QMetaObject::invokeMethod(
                context,
                [done, message = built.error.userMessage()] {
                    done({false, message});
                },
                Qt::QueuedConnection);
            return;
        }
        ApiClient *client = built.client.release();
        if (configure)
            configure(*client);
        client->testConnection(context, [client, done](const Result<ConnectionReport> &result) {
            client->deleteLater();
            if (result.ok())
                done({true, describe(result.value)});
            else
                done({false, result.error.userMessage()});
        });
    };
}

QString ClientFactory::describe(const ConnectionReport &report) {
    const QLocale locale;
    const bool usage = report.usageLimit > 0 && report.usageToday >= 0;
    const QString used = locale.toString(report.usageToday);
    const QString limit = locale.toString(report.usageLimit);
    if (!report.organizationName.isEmpty()) {
        return usage ? tr("Organization “%1”; %2 of %3 API calls used today.")
                           .arg(report.organizationName, used, limit)
                     : tr("Organization “%1”.").arg(report.organizationName);
    }
    // No English plural forms are installed (no English translation), so the singular is its own sentence.
    if (report.organizationCount == 1) {
        return usage ? tr("One organization; %1 of %2 API calls used today.").arg(used, limit)
                     : tr("One organization.");
    }
    if (report.organizationCount >= 0) {
        const QString count = locale.toString(report.organizationCount);
        return usage ? tr("%1 organizations; %2 of %3 API calls used today.").arg(count, used, limit)
                     : tr("%1 organizations.").arg(count);
    }
    return usage ? tr("The credential was accepted; %1 of %2 API calls used today.").arg(used, limit)
                 : tr("The credential was accepted.");
}

} // namespace rz
