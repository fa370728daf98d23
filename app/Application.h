// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: rzconsole contributors
#pragma once

#include <QObject>

#include <memory>

class QCommandLineParser;
class QTranslator;

namespace rz {

namespace sim {
class SimServer;
}
class ApiClient;
class MainWindow;

// The composition root: builds the API client (and, for --demo, the simulated console it talks to) and the
// main window, and passes each its collaborators. Owns them all; the window goes first.
class Application final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Application)
public:
    struct Options {
        bool demo = false;
    };

    // Application name and version, for QCommandLineParser and QSettings. Callable before the application
    // object exists.
    static void setMetadata();
    // Adds --demo, --help and --version.
    static void addOptions(QCommandLineParser &parser);
    static Options optionsFrom(const QCommandLineParser &parser);

    explicit Application(Options options, QObject *parent = nullptr);
    ~Application() override;

    // Builds the objects and shows the window; false, after telling the user why, when that is impossible.
    bool start();

private:
    void installTranslators();
    bool startDemo();

    Options m_options;
    std::unique_ptr<QTranslator> m_qtTranslator;
    std::unique_ptr<QTranslator> m_appTranslator;
    std::unique_ptr<sim::SimServer> m_sim;
    std::unique_ptr<ApiClient> m_client;
    std::unique_ptr<MainWindow> m_window; // declared last: destroyed before the client it uses
};

} // namespace rz
