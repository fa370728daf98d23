// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: rzconsole contributors
#include "sim/SimServer.h"

#include "sim/SimHttpServer.h"
#include "sim/SimState.h"

#include <QTcpServer>

using namespace Qt::StringLiterals;

namespace rz::sim {

SimServer::SimServer(SimConfig config, QObject *parent)
    : QObject(parent)
    , m_state(std::make_unique<SimState>(std::move(config))) {}

SimServer::~SimServer() {
    // Sockets and running exports refer to the state: they go first.
    delete m_http;
    m_http = nullptr;
}

bool SimServer::listen(quint16 port) {
    if (const QString error = m_state->data.errorString(); !error.isEmpty()) {
        m_errorString = error;
        return false;
    }
    if (!m_http)
        m_http = new SimHttpServer(*m_state, this);
    auto *tcp = new QTcpServer(m_http);
    if (!tcp->listen(QHostAddress::LocalHost, port)) {
        m_errorString = u"cannot listen on 127.0.0.1:%1: %2"_s.arg(port).arg(tcp->errorString());
        delete tcp;
        return false;
    }
    m_http->bind(tcp);
    m_port = tcp->serverPort();
    m_errorString.clear();
    return true;
}

QString SimServer::errorString() const {
    return m_errorString;
}

QUrl SimServer::baseUrl() const {
    return QUrl(u"http://127.0.0.1:%1/api/v1.0"_s.arg(m_port));
}

SimTokens SimServer::tokens(int organizationIndex) const {
    const auto &orgs = m_state->data.organizations();
    const int index = qBound(0, organizationIndex, static_cast<int>(orgs.size()) - 1);
    const TokenRegistry &registry = m_state->tokens;
    return SimTokens{
        QString::fromLatin1(registry.exportToken(index)),
        QString::fromLatin1(registry.organizationToken(index)),
        QString::fromLatin1(registry.accountToken()),
        QString::fromLatin1(registry.downloadToken(index)),
        QString::fromLatin1(registry.clientId()),
        QString::fromLatin1(registry.clientSecret()),
        QString::fromLatin1(orgs.at(static_cast<size_t>(index)).id),
    };
}

QStringList SimServer::organizationIds() const {
    QStringList ids;
    for (const SimOrganization &org : m_state->data.organizations())
        ids.append(QString::fromLatin1(org.id));
    return ids;
}

void SimServer::setFaults(const FaultPlan &plan) {
    m_state->faults.setPlan(plan);
}

void SimServer::advanceClock(qint64 seconds) {
    m_state->clock.advance(seconds);
}

qint64 SimServer::requestCount() const {
    return m_state->requestCount;
}

} // namespace rz::sim
