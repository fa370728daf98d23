// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: rzconsole contributors
//
// After connecting, the window disables what the credential cannot do and says why in a tooltip: an export
// token lists no organizations and launches no scans; an organization token sees one organization and no
// scan templates; account tokens and API client credentials may do everything. The connections are opened
// as the application opens them (ConnectionController) against the simulated console on loopback.
#include "api/ApiClient.h"
#include "auth/ConnectionStore.h"
#include "auth/MemorySecretStore.h"
#include "models/OrganizationModel.h"
#include "models/SiteModel.h"
#include "session/ConsoleSession.h"
#include "sim/SimServer.h"
#include "support/SettingsFile.h"
#include "support/TestConsole.h"
#include "ui/CapabilityHints.h"
#include "ui/ConnectionController.h"
#include "ui/MainWindow.h"

#include <QAction>
#include <QLabel>
#include <QSignalSpy>
#include <QTest>
#include <QTreeView>

#include <memory>

using namespace Qt::StringLiterals;

namespace {

constexpr int Timeout = 60000;

} // namespace

class tst_AppCapabilities final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void perCredentialKind_data();
    void perCredentialKind();
    void withoutConnection();
    void hintsHoldAgainstOtherCode();
    void summary();

private:
    std::unique_ptr<rz::sim::SimServer> m_sim;
};

void tst_AppCapabilities::initTestCase() {
    rz::sim::SimConfig config = rz::test::simulatedData(17, 2, 120, 2);
    m_sim = std::make_unique<rz::sim::SimServer>(config);
    QVERIFY2(m_sim->listen(), qPrintable(m_sim->errorString()));
}

void tst_AppCapabilities::perCredentialKind_data() {
    QTest::addColumn<int>("kind");
    QTest::addColumn<bool>("listsOrganizations");
    QTest::addColumn<bool>("scans");
    QTest::addColumn<bool>("scanTemplates");
    QTest::newRow("export token") << int(rz::CredentialKind::Export) << false << false << false;
    QTest::newRow("organization token") << int(rz::CredentialKind::Organization) << false << true << false;
    QTest::newRow("account token") << int(rz::CredentialKind::Account) << true << true << true;
    QTest::newRow("API client credentials") << int(rz::CredentialKind::OAuthClient) << true << true << true;
}

void tst_AppCapabilities::perCredentialKind() {
    QFETCH(int, kind);
    QFETCH(bool, listsOrganizations);
    QFETCH(bool, scans);
    QFETCH(bool, scanTemplates);
    const auto credentialKind = rz::CredentialKind(kind);
    const rz::sim::SimTokens tokens = m_sim->tokens(1);

    rz::test::SettingsFile settings;
    QVERIFY(settings.create());
    rz::ConnectionStore store(*settings);
    rz::MemorySecretStore keychain;
    rz::MemorySecretStore session;
    rz::ConnectionProfile profile;
    profile.name = u"Under test"_s;
    profile.baseUrl = m_sim->baseUrl();
    profile.kind = credentialKind;
    QString secret;
    switch (credentialKind) {
    case rz::CredentialKind::Export:
        secret = tokens.exportToken;
        break;
    case rz::CredentialKind::Organization:
        secret = tokens.organizationToken;
        break;
    case rz::CredentialKind::Account:
        secret = tokens.accountToken;
        break;
    default:
        profile.clientId = tokens.clientId;
        secret = tokens.clientSecret;
        break;
    }
    const rz::ConnectionStore::AddResult added = store.add(profile);
    QVERIFY(added.ok());
    profile.id = added.id;
    bool written = false;
    keychain.writeSecret(profile.secretKey(), secret, this,
                         [&written](const rz::SecretResult &r) { written = r.ok(); });
    QTRY_VERIFY(written);

    rz::ConnectionController controller(store, *settings, keychain, session);
    QSignalSpy connected(&controller, &rz::ConnectionController::connected);
    controller.start();
    QTRY_COMPARE_WITH_TIMEOUT(connected.size(), 1, Timeout);
    rz::MainWindow *window = controller.window();
    QCOMPARE(controller.client()->credentialKind(), credentialKind);

    // What the session tells other features, and what the window's hints go by.
    const rz::Capabilities capabilities = window->session()->capabilities();
    QCOMPARE(capabilities.kind, credentialKind);
    QCOMPARE(capabilities.listOrganizations, listsOrganizations);
    QCOMPARE(capabilities.organizationApi, scans);
    QCOMPARE(capabilities.scanTemplates, scanTemplates);
    QVERIFY(capabilities.exportApi);
    QCOMPARE(window->capabilityHints()->allows(rz::Capability::ScanTemplates), scanTemplates);

    // The organization list: usable only where the credential lists organizations.
    QTreeView *organizations = window->findChild<QTreeView *>(u"organizationView"_s);
    QVERIFY(organizations);
    const int expectedOrganizations = listsOrganizations ? 2 : 1;
    QTRY_COMPARE_WITH_TIMEOUT(window->session()->organizationModel()->rowCount(), expectedOrganizations,
                              Timeout);
    QTRY_VERIFY_WITH_TIMEOUT(window->session()->currentOrganizationRow() >= 0, Timeout);
    QCOMPARE(organizations->isEnabled(), listsOrganizations);
    if (listsOrganizations) {
        QVERIFY(organizations->toolTip().isEmpty());
    } else {
        QCOMPARE(organizations->toolTip(), capabilities.whyNot(rz::Capability::ListOrganizations));
        QVERIFY(organizations->toolTip().contains(credentialKind == rz::CredentialKind::Export
                                                      ? u"An export token reaches only its own organization"_s
                                                      : u"An organization API token reaches only"_s));
    }
    if (credentialKind == rz::CredentialKind::Export) {
        QCOMPARE(window->session()->organizationModel()->organization(0).name,
                 u"This organization (export token)"_s);
    }

    // Launching a scan needs the organization API.
    QAction *launch = window->findChild<QAction *>(u"launchScanAction"_s);
    QVERIFY(launch);
    if (scans) {
        QTRY_VERIFY_WITH_TIMEOUT(launch->isEnabled(), Timeout); // once the sites are there
        QVERIFY(launch->toolTip() != capabilities.whyNot(rz::Capability::OrganizationApi));
    } else {
        QTRY_VERIFY_WITH_TIMEOUT(window->session()->siteModel()->rowCount() > 0, Timeout);
        QVERIFY(!launch->isEnabled());
        QCOMPARE(launch->toolTip(), capabilities.whyNot(rz::Capability::OrganizationApi));
        QVERIFY(launch->toolTip().contains(u"An export token can only read the inventory"_s));
    }

    // The status bar names the connection and the kind of credential; its tooltip says what it cannot do.
    auto *label = window->findChild<QLabel *>(u"connectionLabel"_s);
    QVERIFY(label);
    QCOMPARE(label->text(), u"Under test · %1"_s.arg(rz::credentialKindDisplayName(credentialKind)));
    QCOMPARE(label->toolTip(), window->capabilityHints()->summary());
    QCOMPARE(label->toolTip().contains(u"Scan templates"_s), !scanTemplates);
}

void tst_AppCapabilities::withoutConnection() {
    rz::CapabilityHints hints(std::nullopt);
    QAction action(u"Scan"_s);
    hints.require(&action, rz::Capability::ExportApi);
    QVERIFY(!action.isEnabled());
    QCOMPARE(action.toolTip(), u"No connection is open."_s);
    QCOMPARE(hints.summary(), u"No connection is open."_s);
    QVERIFY(!hints.capabilities().exportApi);
}

void tst_AppCapabilities::hintsHoldAgainstOtherCode() {
    rz::CapabilityHints hints(rz::Capabilities::forKind(rz::CredentialKind::Organization));
    const QString why =
        rz::Capabilities::forKind(rz::CredentialKind::Organization).whyNot(rz::Capability::ScanTemplates);
    QVERIFY(!why.isEmpty());

    // An action the credential allows is left as it is.
    QAction allowed(u"Launch"_s);
    allowed.setToolTip(u"Launch a scan"_s);
    hints.require(&allowed, rz::Capability::OrganizationApi);
    QVERIFY(allowed.isEnabled());
    QCOMPARE(allowed.toolTip(), u"Launch a scan"_s);
    allowed.setEnabled(false);
    allowed.setEnabled(true);
    QVERIFY(allowed.isEnabled());

    // One it does not stays disabled with the reason, whatever other code does to it later.
    QAction templates(u"Templates"_s);
    hints.require(&templates, rz::Capability::ScanTemplates);
    QVERIFY(!templates.isEnabled());
    QCOMPARE(templates.toolTip(), why);
    QCOMPARE(templates.statusTip(), why);
    templates.setEnabled(true);
    QVERIFY(!templates.isEnabled());
    templates.setToolTip(u"Choose a scan template"_s);
    QCOMPARE(templates.toolTip(), why);

    // Widgets too, also when their parent is disabled and enabled again.
    QWidget parent;
    auto *list = new QWidget(&parent);
    hints.require(list, rz::Capability::ListOrganizations);
    QVERIFY(!list->isEnabled());
    QCOMPARE(list->toolTip(), rz::Capabilities::forKind(rz::CredentialKind::Organization)
                                  .whyNot(rz::Capability::ListOrganizations));
    parent.setEnabled(false);
    parent.setEnabled(true);
    QVERIFY(!list->isEnabled());
    list->setEnabled(true);
    QVERIFY(!list->isEnabled());
    list->setToolTip(u"Organizations"_s);
    QVERIFY(list->toolTip().startsWith(u"An organization API token"_s));

    // A target that goes away is forgotten.
    auto *gone = new QAction(u"Gone"_s);
    hints.require(gone, rz::Capability::ScanTemplates);
    delete gone;
    templates.setEnabled(true);
    QVERIFY(!templates.isEnabled());
}

void tst_AppCapabilities::summary() {
    const rz::CapabilityHints account(rz::Capabilities::forKind(rz::CredentialKind::Account));
    QVERIFY(account.summary().startsWith(u"This credential reaches every part"_s));
    const rz::CapabilityHints exportToken(rz::Capabilities::forKind(rz::CredentialKind::Export));
    const QStringList lines = exportToken.summary().split(u'\n');
    QCOMPARE(lines.size(), 3); // organizations, organization API, scan templates
    for (const rz::Capability capability :
         {rz::Capability::ListOrganizations, rz::Capability::OrganizationApi, rz::Capability::ScanTemplates})
        QVERIFY(lines.contains(rz::Capabilities::forKind(rz::CredentialKind::Export).whyNot(capability)));
}

QTEST_MAIN(tst_AppCapabilities)
#include "tst_appcapabilities.moc"
