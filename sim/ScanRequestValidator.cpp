// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: rzconsole contributors
#include "sim/ScanRequestValidator.h"

#include "sim/SimDataSet.h"

#include <QHostAddress>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QUuid>

#include <array>

using namespace Qt::StringLiterals;

namespace rz::sim {

namespace {

constexpr std::array<const char *, 13> kIntegerKeys{
    "rate",
    "max-host-rate",
    "passes",
    "max-attempts",
    "max-sockets",
    "max-group-size",
    "max-ttl",
    "tos",
    "subnet-ping-net-size",
    "subnet-ping-sample-rate",
    "scan-grace-period",
    "scan-start",
    "max-duration",
};
constexpr std::array<const char *, 3> kBooleanKeys{"screenshots", "subnet-ping", "host-ping"};
constexpr std::array<const char *, 4> kPortKeys{"tcp-ports", "tcp-excludes", "udp-ports", "udp-excludes"};
constexpr std::array<const char *, 6> kFrequencies{"once",   "hourly",  "daily",
                                                   "weekly", "monthly", "continuous"};

QString typeName(const QJsonValue &value) {
    switch (value.type()) {
    case QJsonValue::Double:
        return u"a number"_s;
    case QJsonValue::Bool:
        return u"a boolean"_s;
    case QJsonValue::Null:
        return u"null"_s;
    case QJsonValue::Array:
        return u"an array"_s;
    case QJsonValue::Object:
        return u"an object"_s;
    default:
        return u"a string"_s;
    }
}

bool isPortList(const QString &text) {
    const QStringList items = text.split(u',');
    for (const QString &raw : items) {
        const QString item = raw.trimmed();
        const QStringList bounds = item.split(u'-');
        if (bounds.size() > 2 || item.isEmpty())
            return false;
        int previous = 0;
        for (const QString &bound : bounds) {
            bool ok = false;
            const int port = bound.trimmed().toInt(&ok);
            if (!ok || port < 1 || port > 65535 || port < previous)
                return false;
            previous = port;
        }
    }
    return true;
}

// The first target that is a private (RFC 1918, loopback, link-local or ULA) address or block, if any.
QString firstPrivateTarget(const QStringList &targets) {
    for (const QString &target : targets) {
        QHostAddress address;
        if (target.contains(u'/'))
            address = QHostAddress::parseSubnet(target).first;
        else
            address = QHostAddress(target);
        if (address.isNull())
            continue; // a host name
        static const std::array<std::pair<QHostAddress, int>, 4> privateBlocks{{
            {QHostAddress(u"10.0.0.0"_s), 8},
            {QHostAddress(u"172.16.0.0"_s), 12},
            {QHostAddress(u"192.168.0.0"_s), 16},
            {QHostAddress(u"100.64.0.0"_s), 10},
        }};
        bool isPrivate = address.isLoopback() || address.isLinkLocal() || address.isUniqueLocalUnicast();
        for (const auto &[network, length] : privateBlocks)
            isPrivate = isPrivate || address.isInSubnet(network, length);
        if (isPrivate)
            return target;
    }
    return {};
}

bool contains(const auto &list, const QString &key) {
    for (const char *candidate : list) {
        if (key == QLatin1StringView(candidate))
            return true;
    }
    return false;
}

} // namespace

ScanRequestValidator::ScanRequestValidator(const SimDataSet &data, const SimOrganization &organization,
                                           const SimSite &site)
    : m_data(data)
    , m_organization(organization)
    , m_site(site) {}

ScanValidation ScanRequestValidator::validate(const QByteArray &body, qint64 nowSeconds,
                                              const QByteArray &taskId) const {
    ScanValidation result;
    const auto reject = [&result](int status, const QString &detail) {
        result.status = status;
        result.detail = detail;
        return result;
    };
    QJsonParseError parseError{};
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return reject(400, u"the request body is not valid JSON (at byte %1: %2)"_s.arg(parseError.offset)
                               .arg(parseError.errorString()));
    if (!document.isObject())
        return reject(400, u"the request body must be a JSON object of scan options"_s);
    const QJsonObject options = document.object();

    for (auto it = options.constBegin(); it != options.constEnd(); ++it) {
        if (!it.value().isString())
            return reject(422,
                          u"scan option '%1' must be a string, not %2 (every ScanOptions value is a string, "
                          u"e.g. \"rate\": \"1000\")"_s.arg(it.key(), typeName(it.value())));
    }
    const auto text = [&options](const char *key) {
        return options.value(QLatin1StringView(key)).toString();
    };

    const QString targets = text("targets").trimmed();
    if (targets.isEmpty())
        return reject(
            422, u"scan option 'targets' is required and must name at least one address, range or host"_s);
    const QStringList targetList = targets.split(QRegularExpression(u"[\\s,]+"_s), Qt::SkipEmptyParts);

    QStringList selectors;
    for (const char *key : {"explorer", "agent", "explorer-group-id", "hosted-zone-id", "hosted-zone-name"}) {
        if (options.contains(QLatin1StringView(key)))
            selectors.append(QLatin1StringView(key));
    }
    if (selectors.isEmpty())
        return reject(422,
                      u"one of 'explorer', 'explorer-group-id', 'hosted-zone-id' or 'hosted-zone-name' is "
                      u"required to choose who runs the scan"_s);
    if (selectors.size() > 1)
        return reject(422, u"give only one of 'explorer', 'explorer-group-id', 'hosted-zone-id' or "
                           u"'hosted-zone-name'; the request has %1"_s.arg(selectors.join(u" and "_s)));

    for (auto it = options.constBegin(); it != options.constEnd(); ++it) {
        const QString key = it.key();
        const QString value = it.value().toString().trimmed();
        if (contains(kIntegerKeys, key)) {
            bool ok = false;
            const qint64 number = value.toLongLong(&ok);
            if (!ok || number < 0)
                return reject(422,
                              u"scan option '%1' must be a whole number written as a string, not '%2'"_s.arg(
                                  key, value));
            if ((key == "max-ttl"_L1 || key == "tos"_L1) && number > 255)
                return reject(422, u"scan option '%1' must be between 0 and 255, not %2"_s.arg(key, value));
            if (key == "rate"_L1 && number == 0)
                return reject(422, u"scan option 'rate' must be at least 1 packet per second"_s);
        } else if (contains(kBooleanKeys, key)) {
            if (value != "true"_L1 && value != "false"_L1)
                return reject(422,
                              u"scan option '%1' must be \"true\" or \"false\", not '%2'"_s.arg(key, value));
        } else if (contains(kPortKeys, key)) {
            if (!isPortList(value))
                return reject(422, u"scan option '%1' must list ports and ranges such as \"22,80,1000-2000\" "
                                   u"(1-65535), not '%2'"_s.arg(key, value));
        } else if (key == "scan-frequency"_L1) {
            if (!contains(kFrequencies, value))
                return reject(422,
                              u"scan option 'scan-frequency' must be one of once, hourly, daily, weekly, "
                              u"monthly or continuous, not '%1'"_s.arg(value));
        }
    }

    SimTask &task = result.task;
    const QString selector = selectors.front();
    const QString choice = options.value(selector).toString().trimmed();
    if (selector == "explorer"_L1 || selector == "agent"_L1) {
        const SimExplorer *explorer = m_data.explorer(m_organization, choice.toLatin1());
        if (!explorer)
            return reject(
                422,
                u"'%1' is not an explorer of this organization; GET /org/explorers lists them"_s.arg(choice));
        if (!explorer->connected)
            return reject(422, u"explorer %1 (%2) is offline; choose a connected explorer"_s.arg(
                                   explorer->name, choice));
        task.agentId = explorer->id;
    } else if (selector == "explorer-group-id"_L1) {
        if (QUuid::fromString(choice).isNull())
            return reject(422, u"'explorer-group-id' must be a UUID, not '%1'"_s.arg(choice));
    } else {
        const SimHostedZone *zone = nullptr;
        for (const SimHostedZone &candidate : m_data.hostedZones()) {
            if (selector == "hosted-zone-id"_L1
                    ? QString::fromLatin1(candidate.id).compare(choice, Qt::CaseInsensitive) == 0
                    : candidate.name.compare(choice, Qt::CaseInsensitive) == 0)
                zone = &candidate;
        }
        if (selector == "hosted-zone-name"_L1 && choice.compare("auto"_L1, Qt::CaseInsensitive) == 0)
            zone = &m_data.hostedZones().front();
        if (!zone)
            return reject(422, u"'%1' is not a hosted zone of this account (use \"auto\" or a name from "
                               u"GET /org/hosted-zones)"_s.arg(choice));
        if (const QString priv = firstPrivateTarget(targetList); !priv.isEmpty())
            return reject(
                422, u"hosted zones scan public addresses and host names only; target '%1' is private"_s.arg(
                         priv));
        task.hostedZoneId = zone->id;
    }

    if (options.contains("scan-template"_L1)) {
        const QString templateId = text("scan-template").trimmed();
        bool known = false;
        for (const SimScanTemplate &candidate : m_data.scanTemplates()) {
            if (QString::fromLatin1(candidate.id).compare(templateId, Qt::CaseInsensitive) == 0 &&
                (candidate.global || candidate.organizationId == m_organization.id))
                known = true;
        }
        if (!known)
            return reject(422,
                          u"'%1' is not a scan template available to this organization"_s.arg(templateId));
        task.templateId = templateId.toLatin1();
    }

    task.id = taskId;
    task.organizationId = m_organization.id;
    task.siteId = m_site.id;
    task.name = options.contains("scan-name"_L1) ? text("scan-name") : u"Scan of %1"_s.arg(m_site.name);
    task.description = text("scan-description");
    task.recurFrequency = options.contains("scan-frequency"_L1) ? text("scan-frequency") : u"once"_s;
    task.recur = task.recurFrequency != "once"_L1;
    task.params = options;
    task.createdAt = nowSeconds;
    task.startTime = options.contains("scan-start"_L1) ? text("scan-start").toLongLong() : nowSeconds;
    return result;
}

} // namespace rz::sim
