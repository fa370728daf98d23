// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: rzconsole contributors
#include "sim/SimServer.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>
#include <initializer_list>

using namespace Qt::StringLiterals;

namespace {

bool readInteger(const QCommandLineParser &parser, const QCommandLineOption &option, qint64 minimum,
                 qint64 *out, QTextStream &err) {
    if (!parser.isSet(option))
        return true;
    bool ok = false;
    const qint64 value = parser.value(option).toLongLong(&ok);
    if (!ok || value < minimum) {
        err << u"rzconsole-sim: --%1 needs a whole number >= %2, not '%3'\n"_s
                   .arg(option.names().constFirst())
                   .arg(minimum)
                   .arg(parser.value(option));
        return false;
    }
    *out = value;
    return true;
}

} // namespace

int main(int argc, char *argv[]) {
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"rzconsole-sim"_s);
    QCoreApplication::setApplicationVersion(u"0.1.0"_s);

    QCommandLineParser parser;
    parser.setApplicationDescription(
        u"A simulated runZero console on 127.0.0.1 for demonstrations, tests and benchmarks."_s);
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption port(u"port"_s, u"TCP port to listen on (0 picks a free one)."_s, u"P"_s,
                                  u"0"_s);
    const QCommandLineOption orgs(u"orgs"_s, u"Number of organizations (1-64)."_s, u"N"_s);
    const QCommandLineOption assets(u"assets"_s, u"Assets per organization (up to 10,000,000)."_s, u"N"_s);
    const QCommandLineOption sites(u"sites"_s, u"Sites per organization (1-16)."_s, u"N"_s);
    const QCommandLineOption seed(u"seed"_s, u"Seed of the generated data set."_s, u"S"_s);
    const QCommandLineOption data(
        u"data"_s, u"Serve the first organization's assets from a runZero export (.json or .jsonl)."_s,
        u"FILE"_s);
    const QCommandLineOption dailyLimit(u"daily-limit"_s, u"API calls per day (X-API-Usage-Limit)."_s,
                                        u"N"_s);
    const QCommandLineOption windowRequests(u"window-requests"_s,
                                            u"Requests per client in the rate window."_s, u"N"_s);
    const QCommandLineOption windowSeconds(u"window-seconds"_s, u"Length of the rate window in seconds."_s,
                                           u"N"_s);
    const QCommandLineOption oauthExpiresIn(u"oauth-expires-in"_s,
                                            u"Lifetime of OAuth access tokens in seconds."_s, u"N"_s);
    const QCommandLineOption latency(u"latency-ms"_s, u"Fault: delay every API response by this many ms."_s,
                                     u"MS"_s);
    const QCommandLineOption error500(u"error500-every"_s, u"Fault: answer every Nth API request with 500."_s,
                                      u"N"_s);
    const QCommandLineOption drop(u"drop-every"_s,
                                  u"Fault: close the connection mid-body on every Nth request."_s, u"N"_s);
    const QCommandLineOption truncate(u"truncate-every"_s,
                                      u"Fault: truncate the body of every Nth request."_s, u"N"_s);
    const QCommandLineOption malformed(u"malformed-every"_s,
                                       u"Fault: send malformed JSON on every Nth request."_s, u"N"_s);
    const QCommandLineOption tooMany(u"too-many-every"_s, u"Fault: answer every Nth API request with 429."_s,
                                     u"N"_s);
    for (const auto *option :
         {&port, &orgs, &assets, &sites, &seed, &data, &dailyLimit, &windowRequests, &windowSeconds,
          &oauthExpiresIn, &latency, &error500, &drop, &truncate, &malformed, &tooMany})
        parser.addOption(*option);
    parser.process(app);

    QTextStream out(stdout);
    QTextStream err(stderr);
    rz::sim::SimConfig config;
    rz::sim::FaultPlan faults;
    qint64 portValue = 0;
    qint64 value = 0;
    bool ok = readInteger(parser, port, 0, &portValue, err) && portValue <= 65535;
    const auto set = [&](const QCommandLineOption &option, qint64 minimum, auto apply) {
        value = -1;
        if (!ok || !readInteger(parser, option, minimum, &value, err)) {
            ok = false;
            return;
        }
        if (value >= 0)
            apply(value);
    };
    set(orgs, 1, [&](qint64 v) { config.organizations = static_cast<int>(v); });
    set(assets, 0, [&](qint64 v) { config.assetsPerOrganization = v; });
    set(sites, 1, [&](qint64 v) { config.sitesPerOrganization = static_cast<int>(v); });
    set(seed, 0, [&](qint64 v) { config.seed = static_cast<quint64>(v); });
    set(dailyLimit, 0, [&](qint64 v) { config.dailyLimit = v; });
    set(windowRequests, 1, [&](qint64 v) { config.windowRequests = static_cast<int>(v); });
    set(windowSeconds, 1, [&](qint64 v) { config.windowSeconds = static_cast<int>(v); });
    set(oauthExpiresIn, 1, [&](qint64 v) { config.oauthExpiresIn = static_cast<int>(v); });
    set(latency, 0, [&](qint64 v) { faults.latencyMs = static_cast<int>(v); });
    set(error500, 0, [&](qint64 v) { faults.error500Every = static_cast<int>(v); });
    set(drop, 0, [&](qint64 v) { faults.dropMidBodyEvery = static_cast<int>(v); });
    set(truncate, 0, [&](qint64 v) { faults.truncateEvery = static_cast<int>(v); });
    set(malformed, 0, [&](qint64 v) { faults.malformedEvery = static_cast<int>(v); });
    set(tooMany, 0, [&](qint64 v) { faults.tooManyEvery = static_cast<int>(v); });
    if (!ok) {
        err << u"rzconsole-sim: invalid arguments (see --help)\n"_s;
        return 2;
    }
    config.dataFile = parser.value(data);

    rz::sim::SimServer server(config);
    server.setFaults(faults);
    if (!server.listen(static_cast<quint16>(portValue))) {
        err << u"rzconsole-sim: %1\n"_s.arg(server.errorString());
        return 1;
    }
    const rz::sim::SimTokens tokens = server.tokens(0);
    out << u"base URL:            %1\n"_s.arg(server.baseUrl().toString());
    out << u"organization id:     %1\n"_s.arg(tokens.organizationId);
    out << u"export token:        %1\n"_s.arg(tokens.exportToken);
    out << u"organization token:  %1\n"_s.arg(tokens.organizationToken);
    out << u"account token:       %1\n"_s.arg(tokens.accountToken);
    out << u"download token:      %1\n"_s.arg(tokens.downloadToken);
    out << u"OAuth client id:     %1\n"_s.arg(tokens.clientId);
    out << u"OAuth client secret: %1\n"_s.arg(tokens.clientSecret);
    const QStringList ids = server.organizationIds();
    for (qsizetype i = 1; i < ids.size(); ++i)
        out << u"organization %1:      %2 (export token %3)\n"_s.arg(i + 1).arg(
            ids.at(i), server.tokens(static_cast<int>(i)).exportToken);
    out.flush();
    return QCoreApplication::exec();
}
