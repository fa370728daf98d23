// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: rzconsole contributors
#pragma once

#include <QObject>

#include <memory>

class QCommandLineParser;
class QSettings;
class QTranslator;

namespace rz {

namespace sim {
class SimServer;
}
class ConnectionController;
class ConnectionStore;
class KeychainSecretStore;
class MemorySecretStore;
class RedactingLog;

// The composition root. It installs the log (every message redacted, to a file and stderr), then builds the
// saved connections on QSettings, the system keychain and a session-only secret store, and hands them to the
// ConnectionController, which opens connections and their windows. For --demo it first starts the simulated
// console in-process and has the controller open it as an unsaved connection, through the same code as any
// other. Owns them all; windows go first, the simulated console after them, the log last.
class Application final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Application)
public:
    struct Options {
        bool demo = false;
        QString connectionName; // --connection NAME: the saved connection to open
    };

    // Application name and version, for QCommandLineParser and QSettings. Callable before the application
    // object exists.
    static void setMetadata();
    // Adds --demo, --connection, --help and --version.
    static void addOptions(QCommandLineParser &parser);
    static Options optionsFrom(const QCommandLineParser &parser);

    explicit Application(Options options, QObject *parent = nullptr);
    ~Application() override;

    // Builds the objects and shows the window; false, after telling the user why, when that is impossible.
    bool start();

private:
    void installTranslators();
    bool startDemo();
    void startConnections();

    Options m_options;
    std::unique_ptr<RedactingLog> m_log; // declared first: destroyed last, so it sees every message
    std::unique_ptr<QTranslator> m_qtTranslator;
    std::unique_ptr<QTranslator> m_appTranslator;
    std::unique_ptr<QSettings> m_settings; // made first: the language is read before anything is shown
    std::unique_ptr<sim::SimServer> m_sim; // --demo only; outlives the clients of the controller
    std::unique_ptr<ConnectionStore> m_store;
    std::unique_ptr<KeychainSecretStore> m_keychain;
    std::unique_ptr<MemorySecretStore> m_sessionSecrets; // secrets for this session only, never written
    std::unique_ptr<ConnectionController> m_connections; // windows and clients: destroyed first
};

} // namespace rz
