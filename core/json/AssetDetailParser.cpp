// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: rzconsole contributors
#include "json/AssetDetailParser.h"

#include "json/JsonValues.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>
#include <QStringList>

#include <algorithm>
#include <tuple>

using namespace Qt::StringLiterals;

namespace rz::json {

namespace {

// A value of a string map that is not a string (runZero's maps are string to string, but be lenient): numbers
// and booleans as text, anything else as compact JSON.
QString textOf(const QJsonValue &value) {
    if (value.isArray())
        return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
    if (value.isObject())
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    return stringOf(value);
}

// The non-empty strings of an array; a lone string counts as a one-element list.
QList<QString> stringsOf(const QJsonValue &value) {
    QList<QString> strings;
    if (value.isString()) {
        const QString text = value.toString().trimmed();
        if (!text.isEmpty())
            strings.append(text);
        return strings;
    }
    const QJsonArray array = value.toArray();
    strings.reserve(array.size());
    for (const QJsonValue item : array) {
        const QString text = stringOf(item).trimmed();
        if (!text.isEmpty())
            strings.append(text);
    }
    return strings;
}

QList<KeyValue> sortedPairs(const QJsonObject &object) {
    QList<KeyValue> pairs;
    pairs.reserve(object.size());
    for (auto it = object.constBegin(); it != object.constEnd(); ++it)
        pairs.append({it.key(), it.value().isNull() ? QString() : textOf(it.value())});
    std::sort(pairs.begin(), pairs.end(), [](const KeyValue &a, const KeyValue &b) {
        const int byKey = a.first.compare(b.first, Qt::CaseInsensitive);
        return byKey != 0 ? byKey < 0 : a.first < b.first;
    });
    return pairs;
}

// Unix seconds from a number, a decimal string or an ISO 8601 text; 0 when absent or unreadable.
qint64 secondsOf(const QJsonValue &value) {
    if (value.isString()) {
        const QString text = value.toString().trimmed();
        bool ok = false;
        const qint64 seconds = text.toLongLong(&ok);
        if (ok)
            return seconds;
        const QDateTime time = QDateTime::fromString(text, Qt::ISODateWithMs);
        return time.isValid() ? time.toSecsSinceEpoch() : 0;
    }
    return std::max<qint64>(0, integerOf(value, 0));
}

QString firstOf(const QJsonObject &fields, std::initializer_list<QLatin1StringView> keys) {
    for (const QLatin1StringView key : keys) {
        const QString text = textOf(fields.value(key)).trimmed();
        if (!text.isEmpty())
            return text;
    }
    return {};
}

// One line of at most `limit` characters, for a table cell.
QString oneLine(QString text, qsizetype limit = 120) {
    const qsizetype end = text.indexOf(QRegularExpression(u"[\\r\\n]"_s));
    if (end >= 0)
        text.truncate(end);
    text = text.simplified();
    if (text.size() > limit)
        text = text.left(limit - 1) + u'…';
    return text;
}

QString productOf(const QJsonObject &fields) {
    const QString product = readableProduct(textOf(fields.value("product"_L1)));
    if (!product.isEmpty())
        return product;
    QString server =
        firstOf(fields, {"http.head.server"_L1, "http.server"_L1, "rtsp.server"_L1, "upnp.server"_L1});
    if (!server.isEmpty())
        return oneLine(server);
    // An SSH greeting names the server software: "SSH-2.0-OpenSSH_8.9p1 Ubuntu-3ubuntu0.6".
    const QString greeting = firstOf(fields, {"ssh.banner"_L1, "banner"_L1});
    if (greeting.startsWith("SSH-"_L1)) {
        const qsizetype software = greeting.indexOf(u'-', 4);
        return oneLine(software > 0 ? greeting.mid(software + 1) : greeting);
    }
    return {};
}

QString summaryOf(const QJsonObject &fields) {
    QString summary = firstOf(fields, {"http.title"_L1, "html.title"_L1, "tls.cn"_L1, "snmp.sysDesc"_L1,
                                       "smb.nativeOS"_L1, "netbios.name"_L1, "ipp.printer"_L1});
    if (summary.isEmpty()) {
        // A text banner (not the SSH greeting, which is the product), if it is readable.
        const QString banner = textOf(fields.value("banner"_L1));
        const bool readable = std::all_of(banner.cbegin(), banner.cend(), [](QChar c) {
            return c.isPrint() || c == u'\r' || c == u'\n' || c == u'\t';
        });
        if (readable && !banner.startsWith("SSH-"_L1))
            summary = banner;
    }
    return oneLine(summary);
}

AssetService serviceFrom(const QString &key, const QJsonObject &fields) {
    // The key is "address/port/transport/vhost"; the service.* values say the same and win when present.
    const QStringList parts = key.split(u'/');
    AssetService service;
    service.address = firstOf(fields, {"service.address"_L1});
    if (service.address.isEmpty())
        service.address = parts.value(0);
    QString port = firstOf(fields, {"service.port"_L1});
    if (port.isEmpty())
        port = parts.value(1);
    service.port = std::clamp(port.toInt(), 0, 65535);
    service.transport = firstOf(fields, {"service.transport"_L1});
    if (service.transport.isEmpty())
        service.transport = parts.value(2);
    service.vhost = parts.mid(3).join(u'/');
    if (service.vhost.isEmpty() && parts.size() < 3)
        service.vhost = firstOf(fields, {"vhost"_L1, "http.vhost"_L1});
    const QStringList protocols =
        textOf(fields.value("protocol"_L1)).split(QRegularExpression(u"[\\t,\\s]+"_s), Qt::SkipEmptyParts);
    service.protocol = protocols.join(", "_L1);
    if (service.protocol.isEmpty() && (service.transport == "icmp"_L1 || service.transport == "arp"_L1))
        service.protocol = service.transport;
    service.product = productOf(fields);
    service.summary = summaryOf(fields);
    service.fields = sortedPairs(fields);
    return service;
}

AssetDetail assetFrom(const QJsonObject &object, const QString &requestedId) {
    AssetDetail asset;
    asset.id = stringOf(object.value("id"_L1)).trimmed();
    if (asset.id.isEmpty())
        asset.id = requestedId;
    asset.addresses = stringsOf(object.value("addresses"_L1));
    asset.extraAddresses = stringsOf(object.value("addresses_extra"_L1));
    asset.names = stringsOf(object.value("names"_L1));
    asset.domains = stringsOf(object.value("domains"_L1));
    asset.type = stringOf(object.value("type"_L1));
    asset.os = stringOf(object.value("os"_L1));
    asset.osVersion = stringOf(object.value("os_version"_L1));
    asset.hardware = stringOf(object.value("hw"_L1));

    // mac_vendors runs parallel to macs; newest_mac_vendor names the vendor of newest_mac.
    const QList<QString> macs = stringsOf(object.value("macs"_L1));
    const QJsonArray vendors = object.value("mac_vendors"_L1).toArray();
    const QString newestMac = stringOf(object.value("newest_mac"_L1));
    const QString newestVendor = stringOf(object.value("newest_mac_vendor"_L1));
    for (qsizetype i = 0; i < macs.size(); ++i) {
        MacAddress mac{macs.at(i), stringOf(vendors.at(i)).trimmed()};
        if (mac.vendor.isEmpty() && !newestVendor.isEmpty() &&
            mac.address.compare(newestMac, Qt::CaseInsensitive) == 0)
            mac.vendor = newestVendor;
        asset.macs.append(mac);
    }

    asset.tags = sortedPairs(object.value("tags"_L1).toObject());
    asset.attributes = sortedPairs(object.value("attributes"_L1).toObject());

    const QJsonObject services = object.value("services"_L1).toObject();
    asset.services.reserve(services.size());
    for (auto it = services.constBegin(); it != services.constEnd(); ++it)
        asset.services.append(serviceFrom(it.key(), it.value().toObject()));
    std::stable_sort(asset.services.begin(), asset.services.end(),
                     [](const AssetService &a, const AssetService &b) {
                         // arp and icmp first, then tcp, then udp; by port within each.
                         const auto rank = [](const AssetService &s) {
                             return s.port == 0 ? 0 : s.transport == "tcp"_L1 ? 1 : 2;
                         };
                         return std::tuple(rank(a), a.port, a.address, a.vhost) <
                                std::tuple(rank(b), b.port, b.address, b.vhost);
                     });

    asset.siteName = stringOf(object.value("site_name"_L1));
    asset.organizationName = stringOf(object.value("org_name"_L1));
    asset.risk = stringOf(object.value("risk"_L1));
    asset.criticality = stringOf(object.value("criticality"_L1));
    asset.comments = stringOf(object.value("comments"_L1));
    asset.detectedBy = stringOf(object.value("detected_by"_L1));
    asset.sources = stringsOf(object.value("sources"_L1));
    asset.products = stringsOf(object.value("service_products"_L1));
    const QJsonValue alive = object.value("alive"_L1);
    asset.aliveKnown = alive.isBool() || alive.isString();
    asset.alive = boolOf(alive, false);
    asset.firstSeen = secondsOf(object.value("first_seen"_L1));
    asset.lastSeen = secondsOf(object.value("last_seen"_L1));
    asset.serviceCount = integerOf(object.value("service_count"_L1), -1);
    asset.vulnerabilityCount = integerOf(object.value("vulnerability_count"_L1), -1);
    asset.softwareCount = integerOf(object.value("software_count"_L1), -1);
    return asset;
}

} // namespace

QString readableProduct(const QString &product) {
    QStringList readable;
    const QStringList entries = product.split(u'\t', Qt::SkipEmptyParts);
    for (const QString &entry : entries) {
        const QStringList parts = entry.split(u':');
        QString name = parts.value(1).trimmed();
        if (name.isEmpty())
            name = parts.value(0).trimmed();
        const QString version = parts.mid(2).join(u':').trimmed();
        QString text = version.isEmpty() ? name : name + u' ' + version;
        text = text.trimmed();
        if (text.isEmpty())
            continue;
        const bool seen = std::any_of(readable.cbegin(), readable.cend(), [&text](const QString &other) {
            return other.compare(text, Qt::CaseInsensitive) == 0;
        });
        if (!seen)
            readable.append(text);
    }
    return readable.join(", "_L1);
}

Result<AssetDetail> parseAssetDetail(QByteArrayView body, const QString &assetId) {
    const QString expected = ApiError::tr("an asset");
    Result<AssetDetail> result;
    const Result<QJsonDocument> document = parseDocument(body, expected);
    if (!document.ok()) {
        result.error = document.error;
        return result;
    }

    QJsonArray candidates;
    if (document.value.isArray()) {
        candidates = document.value.array();
    } else if (document.value.isObject()) {
        const QJsonObject object = document.value.object();
        if (!object.value("assets"_L1).isArray()) {
            result.value = assetFrom(object, assetId);
            return result;
        }
        candidates = object.value("assets"_L1).toArray();
    } else {
        result.error = unexpectedShape(expected);
        return result;
    }

    for (const QJsonValue candidate : candidates) {
        const QJsonObject object = candidate.toObject();
        const QString id = stringOf(object.value("id"_L1)).trimmed();
        if (!object.isEmpty() && (assetId.isEmpty() || id.compare(assetId, Qt::CaseInsensitive) == 0)) {
            result.value = assetFrom(object, assetId);
            return result;
        }
    }
    result.error = ApiError::make(ApiError::Kind::NotFound,
                                  ApiError::tr("the asset %1 is not in the console's answer").arg(assetId));
    return result;
}

} // namespace rz::json
