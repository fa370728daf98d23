// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: rzconsole contributors
#pragma once

#include "api/ApiClient.h"
#include "models/AssetTableModel.h"
#include "session/ConsoleSession.h"
#include "sim/SimServer.h"
#include "support/TestConsole.h"
#include "ui/MainWindow.h"

#include <QJsonDocument>
#include <QList>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSettings>
#include <QSignalSpy>
#include <QTableView>
#include <QUrl>
#include <QUrlQuery>

#include <memory>

namespace rz::test {

using namespace Qt::StringLiterals;

// The demo composition as a GUI test drives it: the simulated console on loopback, a client holding one of
// the first organization's tokens (`&SimTokens::accountToken` and the like), whose finished requests are kept
// in `urls`, and a main window over it, shown; with `settings`, the window keeps its inventory settings there
// for `connectionId`. The window goes first. `listening` says whether the console started (sim.errorString()
// why not).
struct SimulatedWindow {
    SimulatedWindow(const rz::sim::SimConfig &config, QString rz::sim::SimTokens::*token,
                    QSettings *settings = nullptr, const QString &connectionId = u"conn-1"_s)
        : sim(config) {
        listening = sim.listen();
        client = std::make_unique<rz::ApiClient>(sim.baseUrl(), sim.tokens(0).*token);
        QObject::connect(client->networkAccessManager(), &QNetworkAccessManager::finished, client.get(),
                         [this](QNetworkReply *reply) { urls.append(reply->url()); });
        openWindow(settings, connectionId);
    }
    ~SimulatedWindow() {
        window.reset();
        client.reset();
    }
    Q_DISABLE_COPY_MOVE(SimulatedWindow)

    // Replaces the window by a new one on the same client, as the next start of the application makes it.
    void openWindow(QSettings *settings, const QString &connectionId = u"conn-1"_s) {
        window.reset();
        window = std::make_unique<rz::MainWindow>(client.get());
        if (settings)
            window->setInventorySettings(settings, connectionId);
        window->show();
    }
    // The window's child called `name`; a warning says so when there is none.
    template<class T> T *find(const QString &name) const {
        T *child = window->findChild<T *>(name);
        if (!child)
            qWarning("no child %s", qPrintable(name));
        return child;
    }
    QTableView *table() const { return find<QTableView>(u"assetView"_s); }
    rz::AssetTableModel *model() const { return window->session()->assetModel(); }

    rz::sim::SimServer sim;
    bool listening = false;
    std::unique_ptr<rz::ApiClient> client;
    std::unique_ptr<rz::MainWindow> window;
    QList<QUrl> urls;
};

// An answer of the simulated console to a request made without the client: the expectation.
struct RawAnswer {
    int status = 0; // 0: no answer
    QJsonDocument json;
};

// The assets that `search` finds, asked of the simulated console directly with the export token; with
// `fields`, only those.
inline RawAnswer rawAssetExport(const rz::sim::SimServer &sim, const QString &search,
                                const QString &fields = {}) {
    QUrl url = sim.baseUrl();
    url.setPath(url.path() + u"/export/org/assets.json"_s);
    QUrlQuery query;
    if (!fields.isEmpty())
        query.addQueryItem(u"fields"_s, fields);
    query.addQueryItem(u"search"_s, QString::fromLatin1(QUrl::toPercentEncoding(search)));
    url.setQuery(query);
    QNetworkAccessManager network;
    QNetworkRequest request(url);
    request.setRawHeader("Authorization"_ba, "Bearer "_ba + sim.tokens(0).exportToken.toUtf8());
    std::unique_ptr<QNetworkReply> reply(network.get(request));
    QSignalSpy done(reply.get(), &QNetworkReply::finished);
    constexpr int timeout = 60000; // generous: two cores shared with other builds
    if (!reply->isFinished() && !done.wait(timeout))
        return {};
    return {reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(),
            QJsonDocument::fromJson(reply->readAll())};
}

} // namespace rz::test
