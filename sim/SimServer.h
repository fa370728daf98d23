// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: rzconsole contributors
#pragma once

#include <QObject>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <memory>

namespace rz::sim {

// How the simulated console is populated and limited.
struct SimConfig {
    quint64 seed = 1;
    int organizations = 2;
    qint64 assetsPerOrganization = 500;
    int sitesPerOrganization = 3;
    qint64 dailyLimit = 100000; // X-API-Usage-Limit
    int windowRequests = 2000;  // rate window
    int windowSeconds = 300;
    int oauthExpiresIn = 3600; // seconds
    QString dataFile;          // --data: serve organization 0's assets from a real export
};

// Tokens generated at start; the export and organization tokens belong to one organization.
struct SimTokens {
    QString exportToken, organizationToken, accountToken, downloadToken, clientId, clientSecret,
        organizationId;
};

// Fault injection for authenticated API routes (not /health, not the token endpoint, not 401s). Each "Every"
// counts those requests: the Nth, 2Nth, ... get the fault (0 = off). latencyMs delays every such answer.
struct FaultPlan {
    int latencyMs = 0;
    int error500Every = 0;
    int dropMidBodyEvery = 0;
    int truncateEvery = 0;
    int malformedEvery = 0;
    int tooManyEvery = 0;
};

struct SimState;
class SimHttpServer;

// A loopback-only HTTP server that behaves like the runZero API described by the spec and the guide
// "Leveraging the API": token kinds, `_oid`, paged/streamed exports with `fields` and `search`, scan launch
// and task progress, OAuth client credentials, usage headers, the daily budget and the per-client request
// window, and injectable faults. It shares no code with the client library; the two meet only over HTTP.
class SimServer final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SimServer)
public:
    explicit SimServer(SimConfig config, QObject *parent = nullptr);
    ~SimServer() override;

    bool listen(quint16 port = 0); // 127.0.0.1 only; false with errorString() on failure
    QString errorString() const;
    QUrl baseUrl() const; // http://127.0.0.1:<port>/api/v1.0
    SimTokens tokens(int organizationIndex = 0) const;
    QStringList organizationIds() const;
    void setFaults(const FaultPlan &plan);
    void advanceClock(qint64 seconds); // test clock: task progress, token expiry, daily reset, rate window
    qint64 requestCount() const;       // requests served, for tests

private:
    std::unique_ptr<SimState> m_state;
    SimHttpServer *m_http = nullptr; // child; deleted before m_state

    QString m_errorString;
    quint16 m_port = 0;
};

} // namespace rz::sim
