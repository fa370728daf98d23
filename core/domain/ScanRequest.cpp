// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: rzconsole contributors
#include "domain/ScanRequest.h"

#include "domain/PortList.h"
#include "domain/ProbeNames.h"
#include "domain/ScanTargets.h"
#include "domain/WholeNumber.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace rz {

namespace {

// The whole-number options: the form's text, the ScanOptions key, the field and the accepted bounds.
struct NumberOption {
    QString ScanRequest::*text;
    QLatin1StringView key;
    ScanField field;
    qint64 minimum;
    qint64 maximum;
};

constexpr qint64 kBillion = 1'000'000'000;

const NumberOption kNumbers[] = {
    {&ScanRequest::rate, "rate"_L1, ScanField::Rate, 1, 1'000'000},
    {&ScanRequest::maxHostRate, "max-host-rate"_L1, ScanField::MaxHostRate, 1, 1'000'000},
    {&ScanRequest::passes, "passes"_L1, ScanField::Passes, 1, 100},
    {&ScanRequest::maxAttempts, "max-attempts"_L1, ScanField::MaxAttempts, 1, 100},
    {&ScanRequest::subnetPingNetSize, "subnet-ping-net-size"_L1, ScanField::SubnetPingNetSize, 1, 16'777'216},
    {&ScanRequest::subnetPingSampleRate, "subnet-ping-sample-rate"_L1, ScanField::SubnetPingSampleRate, 1,
     65'536},
    {&ScanRequest::maxHosts, "max-hosts"_L1, ScanField::MaxHosts, 1, kBillion},
    {&ScanRequest::maxDuration, "max-duration"_L1, ScanField::MaxDuration, 1, kBillion},
};

bool sendsNumber(const ScanRequest &request, ScanField field) {
    if (field == ScanField::SubnetPingNetSize || field == ScanField::SubnetPingSampleRate)
        return request.subnetPing;
    return true;
}

QString sentence(const QString &fragment) {
    if (fragment.isEmpty())
        return fragment;
    QString text = fragment;
    text[0] = text[0].toUpper();
    if (!text.endsWith(u'.'))
        text.append(u'.');
    return text;
}

// The first few problems of a target list, one per line.
QString listProblems(const QList<TargetProblem> &problems) {
    constexpr qsizetype kShown = 3;
    QStringList lines;
    for (qsizetype i = 0; i < std::min(kShown, problems.size()); ++i)
        lines.append(ScanRequest::tr("\u201c%1\u201d: %2.").arg(problems.at(i).item, problems.at(i).reason));
    if (problems.size() > kShown)
        lines.append(problems.size() - kShown == 1
                         ? ScanRequest::tr("One more entry has a problem.")
                         : ScanRequest::tr("%1 more entries have problems.").arg(problems.size() - kShown));
    return lines.join(u'\n');
}

void checkProbes(const std::optional<QStringList> &chosen, ScanField field, ScanCheck *check) {
    if (chosen && chosen->isEmpty())
        check->problems.insert(field, ScanRequest::tr("Choose at least one probe."));
}

// The count opens the sentence, and may open with a word ("more than 2^64 addresses").
QString scopeSentence(const AddressCount &count, int hostNames) {
    if (hostNames == 0)
        return sentence(ScanRequest::tr("%1 to scan.").arg(count.text()));
    if (hostNames == 1)
        return sentence(ScanRequest::tr("%1 and 1 host name to scan.").arg(count.text()));
    return sentence(ScanRequest::tr("%1 and %2 host names to scan.").arg(count.text()).arg(hostNames));
}

} // namespace

QStringList ScanRequest::frequencies() {
    return {u"once"_s, u"hourly"_s, u"daily"_s, u"weekly"_s, u"monthly"_s, u"continuous"_s};
}

bool ScanRequest::isUuid(QStringView text) {
    static const QRegularExpression uuid(
        u"^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$"_s);
    return uuid.match(text.trimmed()).hasMatch();
}

ScanCheck ScanRequest::check(const ScanContext &context) const {
    ScanCheck check;
    auto &problems = check.problems;

    if (siteId.trimmed().isEmpty())
        problems.insert(ScanField::Site, tr("Choose the site the scan results go to."));

    // Scope: targets (with "defaults" standing for the site's scope) minus excludes.
    const ScanTargets parsedTargets = ScanTargets::parse(targets, true);
    const ScanTargets parsedExcludes = ScanTargets::parse(excludes, false);
    if (parsedTargets.items().isEmpty() && parsedTargets.ok())
        problems.insert(ScanField::Targets, tr("Enter at least one address, range, CIDR block or host name, "
                                               "or “defaults” for the site\u2019s scope."));
    else if (!parsedTargets.ok())
        problems.insert(ScanField::Targets, listProblems(parsedTargets.problems()));
    if (!parsedExcludes.ok())
        problems.insert(ScanField::Excludes, listProblems(parsedExcludes.problems()));

    AddressSet scope = parsedTargets.addresses();
    AddressSet excluded = parsedExcludes.addresses();
    QStringList notes;
    bool defaultsCounted = false;
    if (parsedTargets.usesDefaults()) {
        const ScanTargets siteScope = ScanTargets::parse(context.siteScope, false);
        const ScanTargets siteExcludes = ScanTargets::parse(context.siteExcludes, false);
        defaultsCounted = !siteScope.items().isEmpty();
        scope.unite(siteScope.addresses());
        excluded.unite(siteExcludes.addresses());
        check.hostNameCount += int(siteScope.hostNames().size());
        notes.append(defaultsCounted
                         ? tr("“defaults” stands for the site\u2019s scope, which is counted here.")
                         : tr("“defaults” adds the site\u2019s own scope, which this count leaves out."));
    }
    const AddressSet toScan = scope.minus(excluded);
    check.addressCount = toScan.count();
    check.hostNameCount += int(parsedTargets.hostNames().size());
    if (!excluded.isEmpty() && !scope.isEmpty()) {
        const AddressCount removed = scope.minus(toScan).count();
        if (!removed.isZero())
            notes.append(tr("Excludes take away %1.").arg(removed.text()));
    }
    if (parsedTargets.ok() && !parsedTargets.items().isEmpty()) {
        if (check.addressCount.isZero() && check.hostNameCount == 0 &&
            !(parsedTargets.usesDefaults() && !defaultsCounted))
            problems.insert(ScanField::Excludes, tr("The excludes leave nothing to scan."));
        notes.prepend(scopeSentence(check.addressCount, check.hostNameCount));
        check.scopeSummary = notes.join(u' ');
    }
    if (check.addressCount.exceeds(kLargeScope))
        check.warnings.append(tr("The scope holds %1, more than a /16 (65,536 addresses). A scan that large "
                                 "takes a long time and may disturb the networks it crosses.")
                                  .arg(check.addressCount.text()));

    if (name.trimmed().isEmpty())
        problems.insert(ScanField::Name, tr("Give the scan a name: it is how the task list shows it, and how "
                                            "this console finds it again if the connection drops."));

    // Who scans: exactly one choice.
    switch (scanner) {
    case Scanner::None:
        problems.insert(ScanField::Scanner,
                        tr("Choose who runs the scan: an explorer, an explorer group or a hosted zone."));
        break;
    case Scanner::Explorer: {
        if (explorerId.trimmed().isEmpty()) {
            problems.insert(ScanField::Scanner, tr("Choose an explorer."));
            break;
        }
        const auto found = std::find_if(context.explorers.cbegin(), context.explorers.cend(),
                                        [this](const Explorer &e) { return e.id == explorerId.trimmed(); });
        if (context.explorersKnown && found == context.explorers.cend())
            problems.insert(ScanField::Scanner, tr("The chosen explorer is not one of this organization."));
        else if (found != context.explorers.cend() && !found->connected)
            problems.insert(ScanField::Scanner,
                            tr("Explorer %1 is offline. Choose a connected explorer.").arg(found->name));
        break;
    }
    case Scanner::ExplorerGroup:
        if (explorerGroupId.trimmed().isEmpty())
            problems.insert(ScanField::Scanner, tr("Enter the ID of the explorer group."));
        else if (!isUuid(explorerGroupId))
            problems.insert(ScanField::Scanner, tr("An explorer group ID is a UUID, like "
                                                   "e77602e0-3fb8-4734-aef9-fbc6fdcb0fa8."));
        break;
    case Scanner::HostedZone:
        if (hostedZone.trimmed().isEmpty())
            problems.insert(ScanField::Scanner, tr("Choose a hosted zone, or “auto”."));
        break;
    }
    if (scanner == Scanner::HostedZone && toScan.intersects(AddressSet::privateSpace()))
        check.warnings.append(tr("Hosted zones scan from the internet and need public addresses or host "
                                 "names; some targets are private addresses they cannot reach."));
    if ((scanner == Scanner::Explorer || scanner == Scanner::ExplorerGroup) &&
        !toScan.minus(AddressSet::nonPublicSpace()).isEmpty())
        check.warnings.append(tr("Some targets are public internet addresses, and an internal explorer will "
                                 "scan them. Make sure they are yours to scan."));

    if (!templateId.trimmed().isEmpty() && !isUuid(templateId))
        problems.insert(ScanField::Template,
                        tr("A scan template ID is a UUID, like e77602e0-3fb8-4734-aef9-fbc6fdcb0fa8."));

    for (const NumberOption &option : kNumbers) {
        if (!sendsNumber(*this, option.field))
            continue;
        const WholeNumber number = WholeNumber::parse(this->*option.text, option.minimum, option.maximum);
        if (!number.ok())
            problems.insert(option.field, sentence(number.problem));
    }

    const std::pair<const QString *, ScanField> portFields[] = {{&tcpPorts, ScanField::TcpPorts},
                                                                {&tcpExcludes, ScanField::TcpExcludes},
                                                                {&udpPorts, ScanField::UdpPorts}};
    for (const auto &[text, field] : portFields) {
        const PortList ports = PortList::parse(*text);
        if (!ports.ok())
            problems.insert(field, sentence(ports.problem()));
    }

    checkProbes(probes, ScanField::Probes, &check);
    if (subnetPing)
        checkProbes(subnetPingProbes, ScanField::SubnetPingProbes, &check);
    if (hostPing)
        checkProbes(hostPingProbes, ScanField::HostPingProbes, &check);

    if (startTime != 0 && context.nowSeconds != 0 && startTime < context.nowSeconds - 60)
        problems.insert(ScanField::StartTime, tr("The start time has already passed. Choose a later time, or "
                                                 "start the scan now."));
    return check;
}

QList<std::pair<QString, QString>> ScanRequest::options() const {
    QList<std::pair<QString, QString>> out;
    const auto put = [&out](QLatin1StringView key, const QString &value) {
        out.append({QString(key), value});
    };
    const auto putIfSet = [&put](QLatin1StringView key, const QString &value) {
        if (!value.trimmed().isEmpty())
            put(key, value.trimmed());
    };
    const auto flag = [](bool on) { return on ? u"true"_s : u"false"_s; };

    put("targets"_L1, ScanTargets::parse(targets, true).normalizedText());
    const QString excluded = ScanTargets::parse(excludes, false).normalizedText();
    putIfSet("excludes"_L1, excluded);
    putIfSet("scan-name"_L1, name);
    putIfSet("scan-description"_L1, description);
    switch (scanner) {
    case Scanner::Explorer:
        put("explorer"_L1, explorerId.trimmed());
        break;
    case Scanner::ExplorerGroup:
        put("explorer-group-id"_L1, explorerGroupId.trimmed());
        break;
    case Scanner::HostedZone:
        put("hosted-zone-name"_L1, hostedZone.trimmed());
        break;
    case Scanner::None:
        break;
    }
    putIfSet("scan-template"_L1, templateId);
    for (const NumberOption &option : kNumbers) {
        const WholeNumber number = WholeNumber::parse(this->*option.text, option.minimum, option.maximum);
        if (number.value && sendsNumber(*this, option.field))
            put(option.key, QString::number(*number.value));
    }
    putIfSet("tcp-ports"_L1, PortList::parse(tcpPorts).normalizedText());
    putIfSet("tcp-excludes"_L1, PortList::parse(tcpExcludes).normalizedText());
    putIfSet("udp-ports"_L1, PortList::parse(udpPorts).normalizedText());
    if (probes)
        put("probes"_L1, probes->join(u','));
    put("screenshots"_L1, flag(screenshots));
    put("subnet-ping"_L1, flag(subnetPing));
    if (subnetPing && subnetPingProbes)
        put("subnet-ping-probes"_L1, subnetPingProbes->join(u','));
    put("host-ping"_L1, flag(hostPing));
    if (hostPing && hostPingProbes)
        put("host-ping-probes"_L1, hostPingProbes->join(u','));
    put("scan-frequency"_L1, frequency);
    if (startTime > 0)
        put("scan-start"_L1, QString::number(startTime));
    std::sort(out.begin(), out.end(), [](const auto &a, const auto &b) { return a.first < b.first; });
    return out;
}

} // namespace rz
