// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: rzconsole contributors
#pragma once

#include "sim/AssetCatalog.h"

#include <QByteArray>
#include <QList>
#include <QtGlobal>

#include <array>

namespace rz::sim {

// What the generator needs to know about a site (text in UTF-8).
struct GeneratedSite {
    QByteArray id;
    QByteArray name;
    QByteArray code;
    QByteArray location;
    quint32 ipv4Base = 0; // the site's 10.x.0.0/12 network
};

// What the generator needs to know about an organization.
struct GeneratedOrgContext {
    quint64 seed = 1;
    int orgIndex = 0;
    qint64 count = 0;
    QByteArray orgId;
    QByteArray orgName;
    QList<GeneratedSite> sites;
    QList<QByteArray> explorerIds;
    QByteArray firstTaskId;
    QByteArray lastTaskId;
};

// Everything about one generated asset that is decided by hashing (seed, organization, index); text is made
// from these values only when it is needed.
struct GeneratedAsset {
    qint64 index = 0;
    std::array<quint64, 4> hash{};
    const AssetProfile *profile = nullptr;
    int site = 0;
    qint64 ordinal = 0;           // the asset's number within its site, used in its name and address
    bool integrationOnly = false; // found by an integration only: no addresses, null service lists
    bool alive = false;
    bool ipv6Only = false;
    bool hasIpv6 = false;
    bool hasSecondIpv4 = false;
    bool hasExtraAddress = false;
    bool hasSecondName = false;
    bool hasVhost = false;
    int macCount = 0;
    int awkwardName = -1;
    int awkwardTag = -1;
    int tagMode = 0;      // 0: no tags, 1: location+owner, 2: location+owner+env
    int risk = 0;         // 0 none .. 4 critical
    int criticality = 0;  // 1 low .. 4 critical
    quint32 portMask = 0; // bit i: profile->ports[i] is open
    quint32 ipv4 = 0;
    qint64 firstSeen = 0;
    qint64 lastSeen = 0;
};

GeneratedAsset deriveAsset(const GeneratedOrgContext &context, qint64 index);
// The 48-bit mask that hides the index in the last group of an asset id.
quint64 assetIdMask(const GeneratedOrgContext &context);
void appendAssetId(QByteArray &out, const GeneratedAsset &asset, quint64 idMask);
void appendIpv4(QByteArray &out, quint32 address);
void appendIpv6(QByteArray &out, const GeneratedOrgContext &context, const GeneratedAsset &asset);
void appendMac(QByteArray &out, const GeneratedAsset &asset, int which);
const char *riskName(int risk);
const char *criticalityName(int criticality);

} // namespace rz::sim
