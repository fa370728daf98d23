// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: rzconsole contributors
#include "Application.h"

#include "app/LanguageLoader.h"
#include "app/RedactingLog.h"
#include "auth/ConnectionProfile.h"
#include "auth/ConnectionStore.h"
#include "auth/KeychainSecretStore.h"
#include "auth/MemorySecretStore.h"
#include "session/AppPreferences.h"
#include "sim/SimServer.h"
#include "ui/ConnectionController.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
#include <QLocale>
#include <QMessageBox>
#include <QSettings>
#include <QTranslator>

using namespace Qt::StringLiterals;

namespace rz {

namespace {

// The demo data set: small enough to load in seconds, large enough to show paging and several sites.
sim::SimConfig demoConfig() {
    sim::SimConfig config;
    config.seed = 20240611;
    config.organizations = 3;
    config.assetsPerOrganization = 4000;
    config.sitesPerOrganization = 5;
    return config;
}

} // namespace

void Application::setMetadata() {
    QCoreApplication::setApplicationName(u"rzconsole"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(RZ_VERSION));
    QCoreApplication::setOrganizationName(u"rzconsole"_s);
}

void Application::addOptions(QCommandLineParser &parser) {
    parser.setApplicationDescription(tr("Desktop console for the runZero asset inventory."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOption(QCommandLineOption(
        u"demo"_s, tr("Start a simulated runZero console on this computer (127.0.0.1) and connect to it.")));
    parser.addOption(
        QCommandLineOption(u"connection"_s, tr("Open the saved connection called <name>."), tr("name")));
}

Application::Options Application::optionsFrom(const QCommandLineParser &parser) {
    Options options;
    options.demo = parser.isSet(u"demo"_s);
    options.connectionName = parser.value(u"connection"_s);
    return options;
}

Application::Application(Options options, QObject *parent)
    : QObject(parent)
    , m_options(std::move(options))
    , m_log(std::make_unique<RedactingLog>(RedactingLog::defaultFilePath())) {
    if (const QString problem = m_log->errorString(); !problem.isEmpty())
        qWarning().noquote() << "the log file" << m_log->filePath() << "cannot be written:" << problem;
}

Application::~Application() = default;

bool Application::start() {
    m_settings = std::make_unique<QSettings>(u"rzconsole"_s, u"rzconsole"_s);
    installTranslators();
    QApplication::setWindowIcon(QIcon(u":/icons/rzconsole.svg"_s));

    if (m_options.demo && !m_options.connectionName.isEmpty())
        qWarning("--connection is ignored with --demo");
    if (m_options.demo && !startDemo())
        return false;
    startConnections();
    return true;
}

void Application::startConnections() {
    // Profiles in the user's settings (never a secret); secrets in the system keychain, or for this session
    // only in memory. Nothing is written to disk in place of a keychain that fails.
    m_store = std::make_unique<ConnectionStore>(*m_settings);
    m_keychain = std::make_unique<KeychainSecretStore>();
    m_sessionSecrets = std::make_unique<MemorySecretStore>();
    m_connections =
        std::make_unique<ConnectionController>(*m_store, *m_settings, *m_keychain, *m_sessionSecrets);
    if (!m_sim) {
        m_connections->start(m_options.connectionName);
        return;
    }
    // The demo is a connection like any other, only not saved: the same client, window and preferences.
    // It signs in with an account token so that every organization is listed; the token lives only in memory.
    ConnectionProfile demo;
    demo.id = QUuid::createUuid();
    demo.name = tr("Demo (simulated data)");
    demo.baseUrl = m_sim->baseUrl();
    demo.kind = CredentialKind::Account;
    demo.rememberSecret = false;
    m_connections->openUnsaved(demo, m_sim->tokens().accountToken);
}

bool Application::startDemo() {
    m_sim = std::make_unique<sim::SimServer>(demoConfig());
    if (!m_sim->listen()) {
        QMessageBox::critical(nullptr, tr("Demo Console"),
                              tr("The simulated console could not start: %1").arg(m_sim->errorString()));
        return false;
    }
    return true;
}

void Application::installTranslators() {
    // The language chosen in the preferences, else the system's: the console's strings and Qt's own (dialog
    // buttons) in the same language, when a translation exists; English otherwise.
    LanguageLoader::Loaded loaded =
        LanguageLoader().load(AppPreferences::load(m_settings.get()).language, QLocale::system());
    m_qtTranslator = std::move(loaded.qt);
    m_appTranslator = std::move(loaded.app);
    if (m_qtTranslator)
        QCoreApplication::installTranslator(m_qtTranslator.get());
    if (m_appTranslator)
        QCoreApplication::installTranslator(m_appTranslator.get());
}

} // namespace rz
