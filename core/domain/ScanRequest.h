// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: rzconsole contributors
#pragma once

#include "domain/AddressCount.h"
#include "domain/Explorer.h"

#include <QCoreApplication>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>
#include <optional>
#include <utility>

namespace rz {

// The fields of the scan form that can be wrong, each with its own reason.
enum class ScanField {
    Site,
    Targets,
    Excludes,
    Name,
    Scanner,
    Template,
    Rate,
    MaxHostRate,
    TcpPorts,
    TcpExcludes,
    Probes,
    SubnetPingNetSize,
    SubnetPingSampleRate,
    SubnetPingProbes,
    HostPingProbes,
    Passes,
    MaxAttempts,
    StartTime,
    UdpPorts,
    MaxHosts,
    MaxDuration,
};

// What the scan form knows besides the request itself.
struct ScanContext {
    QString siteScope; // the chosen site's scope and excludes, which "defaults" stands for; may be empty
    QString siteExcludes;
    QList<Explorer> explorers; // to check that the chosen explorer is connected
    bool explorersKnown = false;
    qint64 nowSeconds = 0; // Unix seconds, for the start time
};

// The outcome of checking a ScanRequest: a reason per field that is wrong, warnings the user must confirm
// before launching, and what the scope amounts to.
struct ScanCheck {
    QMap<ScanField, QString> problems;
    QStringList warnings;
    AddressCount addressCount; // after excludes, "defaults" expanded when the site's scope is known
    int hostNameCount = 0;
    QString scopeSummary; // a sentence or two, e.g. "1,024 addresses to scan."

    bool ok() const { return problems.isEmpty(); }
};

// A scan launch as the analyst fills it in: the texts as typed and the choices made. check() validates it and
// options() turns it into the spec's ScanOptions: every value a string, and only what was set, so the
// console's defaults (or the template's values) apply to the rest.
struct ScanRequest {
    Q_DECLARE_TR_FUNCTIONS(rz::ScanRequest)
public:
    enum class Scanner { None, Explorer, ExplorerGroup, HostedZone };

    // A scope above this many addresses (a /16) asks for confirmation.
    static constexpr quint64 kLargeScope = 65536;

    QString siteId;
    QString targets;
    QString excludes;
    QString name;
    QString description;

    Scanner scanner = Scanner::None;
    QString explorerId;
    QString explorerGroupId;
    QString hostedZone; // "auto" or a zone name
    QString templateId; // empty: none

    QString rate;
    QString maxHostRate;
    QString tcpPorts;
    QString tcpExcludes;
    std::optional<QStringList> probes; // nullopt: all probes (not sent)
    bool screenshots = true;
    bool subnetPing = true;
    QString subnetPingNetSize;
    QString subnetPingSampleRate;
    std::optional<QStringList> subnetPingProbes; // nullopt: the console's choice
    bool hostPing = false;
    std::optional<QStringList> hostPingProbes;
    QString passes;
    QString maxAttempts;

    QString frequency = QStringLiteral("once"); // once, hourly, daily, weekly, monthly, continuous
    qint64 startTime = 0;                       // Unix seconds; 0: now (not sent)

    // Offered by the guide, not described by the spec: sent only when set.
    QString udpPorts;
    QString maxHosts;
    QString maxDuration;

    ScanCheck check(const ScanContext &context) const;
    // ScanOptions key and string value for each option to send, in a stable order. Meaningful when check()
    // found no problem.
    QList<std::pair<QString, QString>> options() const;

    static QStringList frequencies();
    static bool isUuid(QStringView text);
};

} // namespace rz
