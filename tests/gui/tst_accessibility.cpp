// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: rzconsole contributors
//
// Accessibility, offscreen: every control that takes keyboard focus in the main window and its dialogs
// (connections, scan, preferences, keyboard shortcuts, about, secret prompt) has a name that Qt's
// accessibility reports (QAccessibleInterface::text(Name): set, or implied by a buddy label or the control's
// text); the preferences dialog tabs from top to bottom; and the custom colours (warning strips, field
// problems, the API gauge) keep readable contrast when the palette turns dark and back.
#include "api/ApiClient.h"
#include "api/RateBudget.h"
#include "api/ScanService.h"
#include "auth/ConnectionStore.h"
#include "auth/MemorySecretStore.h"
#include "models/AssetTableModel.h"
#include "session/ConsoleSession.h"
#include "sim/SimServer.h"
#include "ui/AboutDialog.h"
#include "ui/ConnectionDialog.h"
#include "ui/ConnectionMessageBar.h"
#include "ui/ErrorBanner.h"
#include "ui/FieldProblemLabel.h"
#include "ui/KeyboardShortcutsDialog.h"
#include "ui/MainWindow.h"
#include "ui/PreferencesDialog.h"
#include "ui/RateLimitGauge.h"
#include "ui/ScanDialog.h"
#include "ui/SecretPromptDialog.h"

#include "support/ManualClock.h"
#include "support/SettingsFile.h"
#include "support/TestConsole.h"
#include "ui/AccessibleNames.h"

#include <QAbstractSpinBox>
#include <QAccessible>
#include <QApplication>
#include <QComboBox>
#include <QDockWidget>
#include <QLabel>
#include <QRegularExpression>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <cmath>

#include <memory>

using namespace Qt::StringLiterals;

namespace {

constexpr int Timeout = 60000; // generous: two cores shared with other builds

rz::sim::SimConfig simConfig() {
    rz::sim::SimConfig config = rz::test::simulatedData(21, 2, 60, 2);
    return config;
}

// A part of a composite control that the control's own accessible object stands for (the line edit inside
// a spin box or an editable combo box): assistive technology names the control, not its inner editor.
bool isInnerPart(const QWidget *widget) {
    const QWidget *parent = widget->parentWidget();
    return parent &&
           (qobject_cast<const QAbstractSpinBox *>(parent) || qobject_cast<const QComboBox *>(parent));
}

QString describe(const QWidget *widget, const QWidget *root) {
    QStringList path;
    for (const QWidget *w = widget; w && w != root; w = w->parentWidget())
        path.prepend(QString::fromLatin1(w->metaObject()->className()) +
                     (w->objectName().isEmpty() ? QString() : u'#' + w->objectName()));
    return path.join(u" > "_s);
}

// The controls under `root` that take focus by keyboard but have no accessible name.
QStringList unnamedControls(const QWidget *root) {
    QStringList unnamed;
    const QList<QWidget *> widgets = root->findChildren<QWidget *>();
    for (const QWidget *widget : widgets) {
        if (!(widget->focusPolicy() & Qt::TabFocus) || widget->focusProxy() || isInnerPart(widget) ||
            widget->window() != root)
            continue;
        QAccessibleInterface *accessible =
            QAccessible::queryAccessibleInterface(const_cast<QWidget *>(widget));
        const QString name = accessible ? accessible->text(QAccessible::Name).trimmed() : QString();
        if (name.isEmpty())
            unnamed.append(describe(widget, root));
    }
    return unnamed;
}

// Whether every such control has a name; each one without is named in a warning.
bool allNamed(const QWidget *root, const QString &where) {
    const QStringList unnamed = unnamedControls(root);
    for (const QString &control : unnamed)
        qWarning("%s: no accessible name: %s", qPrintable(where), qPrintable(control));
    return unnamed.isEmpty();
}

// How many controls were looked at, so that a walk over nothing cannot pass.
int focusableCount(const QWidget *root) {
    int count = 0;
    const QList<QWidget *> widgets = root->findChildren<QWidget *>();
    for (const QWidget *widget : widgets)
        count += (widget->focusPolicy() & Qt::TabFocus) && widget->window() == root ? 1 : 0;
    return count;
}

// WCAG 2 relative luminance and contrast ratio.
double luminance(const QColor &color) {
    const auto channel = [](double c) {
        return c <= 0.03928 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
    };
    const QColor rgb = color.toRgb();
    return 0.2126 * channel(rgb.redF()) + 0.7152 * channel(rgb.greenF()) + 0.0722 * channel(rgb.blueF());
}

double contrast(const QColor &a, const QColor &b) {
    const double la = luminance(a);
    const double lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

QPalette darkPalette() {
    QPalette dark;
    const QColor window(0x2b, 0x2b, 0x2b);
    const QColor text(0xe8, 0xe8, 0xe8);
    dark.setColor(QPalette::Window, window);
    dark.setColor(QPalette::WindowText, text);
    dark.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
    dark.setColor(QPalette::AlternateBase, QColor(0x26, 0x26, 0x26));
    dark.setColor(QPalette::Text, text);
    dark.setColor(QPalette::Button, QColor(0x35, 0x35, 0x35));
    dark.setColor(QPalette::ButtonText, text);
    dark.setColor(QPalette::Highlight, QColor(0x3d, 0xae, 0xe9));
    dark.setColor(QPalette::HighlightedText, QColor(0x10, 0x10, 0x10));
    dark.setColor(QPalette::ToolTipBase, window);
    dark.setColor(QPalette::ToolTipText, text);
    dark.setColor(QPalette::PlaceholderText, QColor(0x9a, 0x9a, 0x9a));
    return dark;
}

// The background and text colours a strip shows, and their contrast.
double stripContrast(const QWidget *strip) {
    return contrast(strip->palette().color(QPalette::Window), strip->palette().color(QPalette::WindowText));
}

// The scan dialog, shown, on one site of the simulated console's first organization, with the account token.
struct ScanDialogOnOneSite {
    explicit ScanDialogOnOneSite(const rz::sim::SimServer &sim)
        : client(sim.baseUrl(), sim.tokens().accountToken) {
        client.setOrganizationId(sim.organizationIds().constFirst());
        service = std::make_unique<rz::ScanService>(client);
        rz::ScanDialog::Setup setup;
        setup.sites = {rz::Site{}};
        setup.sites.first().id = u"site-1"_s;
        setup.sites.first().name = u"Headquarters"_s;
        dialog = std::make_unique<rz::ScanDialog>(*service, setup);
        dialog->show();
    }
    Q_DISABLE_COPY_MOVE(ScanDialogOnOneSite)

    rz::ApiClient client;
    std::unique_ptr<rz::ScanService> service;
    std::unique_ptr<rz::ScanDialog> dialog;
};

} // namespace

class tst_Accessibility final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanup();
    void withoutMnemonic_data();
    void withoutMnemonic();
    void mainWindowControlsHaveNames();
    void connectionDialogControlsHaveNames();
    void scanDialogControlsHaveNames();
    void preferencesDialogControlsHaveNamesAndTabInOrder();
    void helpDialogsControlsHaveNames();
    void secretPromptControlsHaveNames();
    void customColoursStayReadableInDarkAndLight();

private:
    std::unique_ptr<rz::sim::SimServer> m_sim;
    QPalette m_lightPalette;
};

void tst_Accessibility::initTestCase() {
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    m_sim = std::make_unique<rz::sim::SimServer>(simConfig());
    QVERIFY2(m_sim->listen(), qPrintable(m_sim->errorString()));
    m_lightPalette = QApplication::palette();
}

void tst_Accessibility::cleanup() {
    QApplication::setPalette(m_lightPalette);
}

void tst_Accessibility::withoutMnemonic_data() {
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("plain");
    QTest::newRow("letter") << u"Max &hosts:"_s << u"Max hosts:"_s;
    QTest::newRow("literal ampersand") << u"Scan && &Export"_s << u"Scan & Export"_s;
    QTest::newRow("none") << u"Refresh"_s << u"Refresh"_s;
    QTest::newRow("trailing") << u"Odd&"_s << u"Odd&"_s;
}

void tst_Accessibility::withoutMnemonic() {
    QFETCH(QString, text);
    QFETCH(QString, plain);
    QCOMPARE(rz::AccessibleNames::withoutMnemonic(text), plain);
}

void tst_Accessibility::mainWindowControlsHaveNames() {
    rz::ApiClient client(m_sim->baseUrl(), m_sim->tokens().accountToken);
    rz::MainWindow window(&client);
    window.show();
    window.start();
    QTRY_VERIFY_WITH_TIMEOUT(window.session()->activity() == rz::ConsoleSession::Activity::Idle &&
                                 window.session()->assetModel()->rowCount() > 0,
                             Timeout);
    // Everything that can appear: an asset's details, the Tasks dock, the error and message strips.
    auto *table = window.findChild<QTableView *>(u"assetView"_s);
    table->setCurrentIndex(table->model()->index(0, 0));
    window.findChild<QDockWidget *>(u"tasksDock"_s)->show();
    window.connectionMessageBar()->showMessage(rz::ConnectionMessageBar::Kind::Warning, u"Check this."_s,
                                               u"&Fix It…"_s, [] {});
    window.findChild<rz::ErrorBanner *>()->showMessage(u"Something failed."_s);
    QTest::qWait(0);

    QVERIFY(focusableCount(&window) > 10);
    QVERIFY(allNamed(&window, u"main window"_s));
}

void tst_Accessibility::connectionDialogControlsHaveNames() {
    rz::test::SettingsFile settings;
    QVERIFY(settings.create());
    rz::ConnectionStore store(*settings);
    rz::ConnectionProfile profile;
    profile.name = u"Production"_s;
    profile.kind = rz::CredentialKind::Organization;
    const rz::ConnectionStore::AddResult added = store.add(profile);
    QVERIFY(added.ok());
    rz::MemorySecretStore keychain;
    rz::MemorySecretStore session;
    rz::ConnectionDialog dialog(store, keychain, session);
    dialog.selectConnection(added.id);
    dialog.show();
    QTest::qWait(0);
    QVERIFY(focusableCount(&dialog) > 5);
    QVERIFY(allNamed(&dialog, dialog.objectName()));
}

void tst_Accessibility::scanDialogControlsHaveNames() {
    const ScanDialogOnOneSite scan(*m_sim);
    rz::ScanDialog &dialog = *scan.dialog;
    auto *tabs = dialog.findChild<QTabWidget *>(u"scanTabs"_s);
    QVERIFY(tabs);
    QVERIFY(focusableCount(&dialog) > 10);
    // Every page, shown in turn.
    for (int page = 0; page < tabs->count(); ++page) {
        tabs->setCurrentIndex(page);
        QTest::qWait(0);
        QVERIFY(allNamed(&dialog, tabs->tabText(page)));
    }
}

void tst_Accessibility::preferencesDialogControlsHaveNamesAndTabInOrder() {
    rz::AppPreferences preferences;
    preferences.proxyMode = rz::AppPreferences::ProxyMode::Manual;
    preferences.proxyHost = u"proxy.example.net"_s;
    preferences.proxyUser = u"analyst"_s;
    rz::PreferencesDialog dialog(preferences, {}, true);
    dialog.show();
    dialog.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&dialog));
    QVERIFY(focusableCount(&dialog) > 8);
    QVERIFY(allNamed(&dialog, dialog.objectName()));

    // Tab goes down the form as it reads.
    auto *first = dialog.findChild<QWidget *>(u"pageSizeSpin"_s);
    first->setFocus(Qt::TabFocusReason);
    QStringList visited;
    for (int step = 0; step < 10; ++step) {
        QWidget *focus = QApplication::focusWidget();
        QVERIFY(focus);
        while (focus && focus->objectName().isEmpty() && focus->parentWidget() != &dialog)
            focus = focus->parentWidget(); // the spin box, not its inner editor
        visited.append(focus ? focus->objectName() : QString());
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    }
    // The proxy choices are one stop (arrow keys move between them), then the manual proxy's fields.
    visited.replaceInStrings(QRegularExpression(u"^(system|no|manual)ProxyRadio$"_s), u"proxyChoice"_s);
    const QStringList expected{u"pageSizeSpin"_s,      u"timeoutSpin"_s,   u"proxyChoice"_s,
                               u"proxyHostEdit"_s,     u"proxyPortSpin"_s, u"proxyUserEdit"_s,
                               u"proxyPasswordEdit"_s, u"languageCombo"_s, u"preferencesButtons"_s};
    QCOMPARE(visited.mid(0, expected.size()), expected);
}

void tst_Accessibility::helpDialogsControlsHaveNames() {
    rz::MainWindow window(nullptr);
    rz::KeyboardShortcutsDialog shortcuts(window);
    shortcuts.show();
    rz::AboutDialog about;
    about.show();
    QTest::qWait(0);
    for (const QWidget *dialog : {static_cast<QWidget *>(&shortcuts), static_cast<QWidget *>(&about)}) {
        QVERIFY(focusableCount(dialog) > 0);
        QVERIFY(allNamed(dialog, dialog->objectName()));
    }
}

void tst_Accessibility::secretPromptControlsHaveNames() {
    rz::ConnectionProfile profile;
    profile.name = u"Production"_s;
    profile.kind = rz::CredentialKind::Account;
    rz::SecretPromptDialog prompt(profile, rz::SecretPromptDialog::Reason::NotSaved, {});
    prompt.show();
    QTest::qWait(0);
    QVERIFY(focusableCount(&prompt) > 2);
    QVERIFY(allNamed(&prompt, prompt.objectName()));
}

void tst_Accessibility::customColoursStayReadableInDarkAndLight() {
    // Made under the light palette, then the system turns dark (and light again): the colours follow.
    const ScanDialogOnOneSite scanOnSite(*m_sim);
    rz::ScanDialog &scan = *scanOnSite.dialog;
    QWidget host;
    auto *banner = new rz::ErrorBanner(&host);
    banner->showMessage(u"The console did not answer."_s);
    auto *problem = new rz::FieldProblemLabel(&host);
    problem->setProblem(u"Not an address."_s);
    rz::ManualClock clock;
    auto *gauge = new rz::RateLimitGauge(&clock, &host);
    host.show();

    using GaugeState = rz::RateLimitGauge::State;
    const auto gaugeColours = [gauge, &clock] {
        QList<QColor> colours;
        const QList<std::pair<rz::RateBudget::State, GaugeState>> states{
            {rz::RateBudget::State::Normal, GaugeState::Normal},
            {rz::RateBudget::State::Low, GaugeState::Low},
            {rz::RateBudget::State::Exhausted, GaugeState::Exhausted},
            {rz::RateBudget::State::BackingOff, GaugeState::BackingOff}};
        for (const auto &[budgetState, gaugeState] : states) {
            rz::RateBudget::Snapshot snapshot;
            snapshot.limit = 100000;
            snapshot.today = gaugeState == GaugeState::Normal ? 1000
                             : gaugeState == GaugeState::Low  ? 95000
                                                              : 100000;
            snapshot.remaining = *snapshot.limit - *snapshot.today;
            snapshot.state = budgetState;
            snapshot.takenAtMs = clock.nowMs();
            snapshot.backoffRemainingMs = gaugeState == GaugeState::BackingOff ? 30000 : 0;
            if (gaugeState == GaugeState::BackingOff)
                snapshot.today = snapshot.remaining = 50000;
            gauge->setSnapshot(snapshot);
            if (gauge->state() != gaugeState)
                return QList<QColor>(); // fails the size check below
            colours.append(gauge->accentColor());
        }
        return colours;
    };

    for (const QPalette &palette : {darkPalette(), m_lightPalette}) {
        QApplication::setPalette(palette);
        QTest::qWait(0);
        const bool dark = palette.color(QPalette::Window).lightness() < 128;
        const QString theme = dark ? u"dark"_s : u"light"_s;
        // Text on the tinted strips: at least 4.5:1 (WCAG AA for body text).
        for (const QString &name : {u"warningsBox"_s, u"launchMessageBox"_s}) {
            auto *strip = scan.findChild<QWidget *>(name);
            QVERIFY(strip);
            QVERIFY2(stripContrast(strip) >= 4.5,
                     qPrintable(theme + u' ' + name + u": "_s + QString::number(stripContrast(strip))));
            // The tint follows the palette: a dark window gives a dark strip.
            QCOMPARE(strip->palette().color(QPalette::Window).lightness() < 128, dark);
        }
        QVERIFY2(stripContrast(banner) >= 4.5, qPrintable(theme + QString::number(stripContrast(banner))));
        const double problemContrast =
            contrast(problem->palette().color(QPalette::WindowText), host.palette().color(QPalette::Window));
        QVERIFY2(problemContrast >= 4.5, qPrintable(theme + QString::number(problemContrast)));
        // The gauge's state colours draw text and a bar: at least 3:1 (WCAG AA for graphics and large text).
        const QList<QColor> colours = gaugeColours();
        QCOMPARE(colours.size(), 4);
        for (qsizetype i = 1; i < colours.size(); ++i) { // Normal uses the palette's own highlight
            const double ratio = contrast(colours.at(i), gauge->palette().color(QPalette::Window));
            QVERIFY2(ratio >= 3.0, qPrintable(theme + u" state "_s + QString::number(i) + u": "_s +
                                              QString::number(ratio)));
        }
    }
}

QTEST_MAIN(tst_Accessibility)
#include "tst_accessibility.moc"
