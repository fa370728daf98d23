// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: rzconsole contributors
#pragma once

#include <QList>
#include <QString>
#include <utility>

namespace rz {

using KeyValue = std::pair<QString, QString>;

// One entry of an asset's `services` map, keyed "address/port/transport/vhost" by runZero.
struct AssetService {
    QString address;
    int port = 0; // 0 for arp and icmp
    QString transport;
    QString vhost;
    QString protocol; // e.g. "http, tls" (runZero separates several with tabs)
    QString product;  // a readable product and version ("nginx 1.20.2"), or a server banner; may be empty
    QString summary;  // a page title, certificate name or similar; may be empty
    QList<KeyValue> fields; // every value runZero recorded for the service, sorted by key
};

// A MAC address with the vendor runZero attributes it to (empty when unknown).
struct MacAddress {
    QString address;
    QString vendor;
};

// The full record of one asset, as GET /org/assets/{id} or an export returns it. Times are Unix seconds,
// 0 when unknown; counts are -1 when the server did not say.
struct AssetDetail {
    QString id;
    QList<QString> addresses;
    QList<QString> extraAddresses; // addresses_extra: seen, but not used to identify the asset
    QList<QString> names;
    QList<QString> domains;
    QString type;
    QString os;
    QString osVersion;
    QString hardware;
    QList<MacAddress> macs;
    QList<KeyValue> tags; // a tag without a value has an empty second
    QList<AssetService> services;
    QList<QString> products;    // service_products: the software runZero identified on any service
    QList<KeyValue> attributes; // sorted by key; multi-valued attributes keep runZero's tabs
    QString siteName;
    QString organizationName;
    QString risk;
    QString criticality;
    QString comments;
    QString detectedBy;
    QList<QString> sources;
    bool alive = false;
    bool aliveKnown = false;
    qint64 firstSeen = 0;
    qint64 lastSeen = 0;
    qint64 serviceCount = -1;
    qint64 vulnerabilityCount = -1;
    qint64 softwareCount = -1;
};

} // namespace rz
