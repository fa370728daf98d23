// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: rzconsole contributors
//
// Keyboard first: every shortcut the issue lists, pressed on the main window (offscreen, against the
// simulated console), triggers its action and does what it says; Help ▸ Keyboard Shortcuts lists the
// window's actions as they are; Help ▸ About names the versions and the licence.
#include "api/ApiClient.h"
#include "models/AssetTableModel.h"
#include "session/ConsoleSession.h"
#include "sim/SimServer.h"
#include "support/TestConsole.h"
#include "ui/AboutDialog.h"
#include "ui/HelpMenu.h"
#include "ui/KeyboardShortcutsDialog.h"
#include "ui/MainWindow.h"
#include "ui/ScanCoordinator.h"
#include "ui/ScanDialog.h"
#include "ui/SearchSyntaxHelp.h"

#include <QAction>
#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QTreeWidget>

#include <memory>

using namespace Qt::StringLiterals;

namespace {

constexpr int Timeout = 60000; // generous: two cores shared with other builds

rz::sim::SimConfig simConfig() {
    rz::sim::SimConfig config = rz::test::simulatedData(13, 1, 400, 2);
    return config;
}

struct Key {
    Qt::Key key;
    Qt::KeyboardModifiers modifiers;
};

} // namespace

class tst_Shortcuts final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void shortcutsTriggerTheirActions_data();
    void shortcutsTriggerTheirActions();
    void escapeCancelsALoad();
    void launchScanOpensTheScanDialog();
    void searchSyntaxOpensTheReference();
    void shortcutListIsBuiltFromTheActions();
    void aboutNamesVersionsAndLicence();
    void helpMenuIsLast();

private:
    QAction *action(const QString &name) const;
    void press(Key key);

    std::unique_ptr<rz::sim::SimServer> m_sim;
    std::unique_ptr<rz::ApiClient> m_client;
    std::unique_ptr<rz::MainWindow> m_window;
};

void tst_Shortcuts::initTestCase() {
    m_sim = std::make_unique<rz::sim::SimServer>(simConfig());
    QVERIFY2(m_sim->listen(), qPrintable(m_sim->errorString()));
}

void tst_Shortcuts::init() {
    m_client = std::make_unique<rz::ApiClient>(m_sim->baseUrl(), m_sim->tokens().accountToken);
    m_window = std::make_unique<rz::MainWindow>(m_client.get());
    m_window->show();
    m_window->start();
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    const rz::ConsoleSession *session = m_window->session();
    QTRY_VERIFY_WITH_TIMEOUT(session->activity() == rz::ConsoleSession::Activity::Idle &&
                                 session->assetModel()->rowCount() == 400,
                             Timeout);
}

void tst_Shortcuts::cleanup() {
    m_window.reset();
    m_client.reset();
    m_sim->setFaults({});
}

QAction *tst_Shortcuts::action(const QString &name) const {
    auto *found = m_window->findChild<QAction *>(name);
    if (!found)
        qWarning("no action %s", qPrintable(name));
    return found;
}

void tst_Shortcuts::press(Key key) {
    if (!m_window->isActiveWindow()) { // a dialog of an earlier step
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    }
    QTest::keyClick(m_window.get(), key.key, key.modifiers);
}

void tst_Shortcuts::shortcutsTriggerTheirActions_data() {
    QTest::addColumn<QString>("action");
    QTest::addColumn<int>("key");
    QTest::addColumn<int>("modifiers");
    QTest::newRow("Ctrl+F: search") << u"focusSearchAction"_s << int(Qt::Key_F) << int(Qt::ControlModifier);
    QTest::newRow("Ctrl+Shift+F: filter")
        << u"focusFilterAction"_s << int(Qt::Key_F) << int(Qt::ControlModifier | Qt::ShiftModifier);
    QTest::newRow("F5: refresh") << u"refreshAction"_s << int(Qt::Key_F5) << int(Qt::NoModifier);
    QTest::newRow("Ctrl+I: details") << u"toggleAssetDetailsAction"_s << int(Qt::Key_I)
                                     << int(Qt::ControlModifier);
    QTest::newRow("Ctrl+,: preferences")
        << u"preferencesAction"_s << int(Qt::Key_Comma) << int(Qt::ControlModifier);
    QTest::newRow("Ctrl+/: keyboard shortcuts")
        << u"keyboardShortcutsAction"_s << int(Qt::Key_Slash) << int(Qt::ControlModifier);
}

void tst_Shortcuts::shortcutsTriggerTheirActions() {
    QFETCH(QString, action);
    QFETCH(int, key);
    QFETCH(int, modifiers);
    QAction *target = this->action(action);
    QVERIFY(target);
    QSignalSpy triggered(target, &QAction::triggered);
    press({Qt::Key(key), Qt::KeyboardModifiers(modifiers)});
    QCOMPARE(triggered.count(), 1);

    // And each does what it says.
    if (action == "focusSearchAction"_L1)
        QCOMPARE(QApplication::focusWidget(), m_window->findChild<QLineEdit *>(u"searchEdit"_s));
    if (action == "focusFilterAction"_L1)
        QCOMPARE(QApplication::focusWidget(), m_window->findChild<QLineEdit *>(u"localFilterEdit"_s));
    if (action == "refreshAction"_L1)
        QTRY_VERIFY_WITH_TIMEOUT(m_window->session()->activity() != rz::ConsoleSession::Activity::Idle ||
                                     m_window->session()->assetModel()->rowCount() == 400,
                                 Timeout);
    if (action == "keyboardShortcutsAction"_L1) {
        QTRY_VERIFY(m_window->helpMenu()->keyboardShortcutsDialog());
        m_window->helpMenu()->keyboardShortcutsDialog()->close();
    }
}

void tst_Shortcuts::escapeCancelsALoad() {
    rz::sim::FaultPlan slow;
    slow.latencyMs = 400; // long enough to press Esc while the pages come
    m_sim->setFaults(slow);
    QSignalSpy cancelled(action(u"cancelLoadAction"_s), &QAction::triggered);
    press({Qt::Key_F5, Qt::NoModifier});
    QTRY_VERIFY_WITH_TIMEOUT(action(u"cancelLoadAction"_s)->isEnabled(), Timeout);
    press({Qt::Key_Escape, Qt::NoModifier});
    QCOMPARE(cancelled.count(), 1);
    QTRY_COMPARE_WITH_TIMEOUT(m_window->session()->outcome(), rz::ConsoleSession::Outcome::Cancelled,
                              Timeout);
    QVERIFY(!action(u"cancelLoadAction"_s)->isEnabled());
}

void tst_Shortcuts::launchScanOpensTheScanDialog() {
    QAction *launch = action(u"launchScanAction"_s);
    QTRY_VERIFY_WITH_TIMEOUT(launch->isEnabled(), Timeout);
    QSignalSpy triggered(launch, &QAction::triggered);
    press({Qt::Key_L, Qt::ControlModifier});
    QCOMPARE(triggered.count(), 1);
    QTRY_VERIFY(m_window->scans()->dialog() && m_window->scans()->dialog()->isVisible());
    m_window->scans()->dialog()->reject();
}

void tst_Shortcuts::searchSyntaxOpensTheReference() {
    QSignalSpy triggered(action(u"searchSyntaxAction"_s), &QAction::triggered);
    press({Qt::Key_F1, Qt::NoModifier});
    QCOMPARE(triggered.count(), 1);
    auto *help = m_window->findChild<rz::SearchSyntaxHelp *>();
    QVERIFY(help);
    QTRY_VERIFY(help->isVisible());
    QVERIFY(help->plainText().contains(rz::SearchSyntaxHelp::examples().constFirst()));
    help->close();
}

void tst_Shortcuts::shortcutListIsBuiltFromTheActions() {
    const QList<rz::KeyboardShortcutsDialog::Entry> entries = rz::KeyboardShortcutsDialog::entries(*m_window);
    QStringList names;
    for (const rz::KeyboardShortcutsDialog::Entry &entry : entries) {
        QVERIFY(entry.action);
        QVERIFY2(!entry.command.isEmpty() && !entry.command.contains(u'&'), qPrintable(entry.command));
        QStringList keys;
        for (const QKeySequence &key : entry.action->shortcuts())
            keys.append(key.toString(QKeySequence::NativeText));
        QCOMPARE(entry.keys, keys.join(u", "_s));
        names.append(entry.action->objectName());
    }
    // Every action of the window that has a shortcut, each once.
    const QList<QAction *> actions = m_window->findChildren<QAction *>();
    for (QAction *candidate : actions) {
        if (!candidate->shortcuts().isEmpty())
            QVERIFY2(names.contains(candidate->objectName()), qPrintable(candidate->objectName()));
    }
    for (const QString &wanted : {u"focusSearchAction"_s, u"focusFilterAction"_s, u"refreshAction"_s,
                                  u"cancelLoadAction"_s, u"launchScanAction"_s, u"preferencesAction"_s,
                                  u"searchSyntaxAction"_s, u"keyboardShortcutsAction"_s})
        QVERIFY2(names.count(wanted) == 1, qPrintable(wanted));

    // A shortcut given later shows up the next time the dialog opens: the list cannot go stale.
    auto *added = new QAction(u"Something New"_s, m_window.get());
    added->setObjectName(u"somethingNewAction"_s);
    added->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_N));
    m_window->helpMenu()->showKeyboardShortcuts();
    rz::KeyboardShortcutsDialog *dialog = m_window->helpMenu()->keyboardShortcutsDialog();
    QVERIFY(dialog);
    auto *list = dialog->findChild<QTreeWidget *>(u"shortcutList"_s);
    QCOMPARE(list->topLevelItemCount(), entries.size() + 1);
    const QList<QTreeWidgetItem *> found = list->findItems(u"Something New"_s, Qt::MatchExactly, 0);
    QCOMPARE(found.size(), 1);
    QCOMPARE(found.constFirst()->text(1),
             QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_N).toString(QKeySequence::NativeText));
    const QList<QTreeWidgetItem *> refresh = list->findItems(u"Refresh"_s, Qt::MatchExactly, 0);
    QCOMPARE(refresh.size(), 1);
    QVERIFY(refresh.constFirst()->text(1).startsWith(u"F5"_s));
    QCOMPARE(refresh.constFirst()->text(2), u"View"_s);
    dialog->close();
}

void tst_Shortcuts::aboutNamesVersionsAndLicence() {
    m_window->helpMenu()->aboutAction()->trigger();
    rz::AboutDialog *about = m_window->helpMenu()->aboutDialog();
    QVERIFY(about);
    QTRY_VERIFY(about->isVisible());
    const QString text = about->findChild<QLabel *>(u"aboutText"_s)->text();
    QVERIFY2(text.contains(u"rzconsole "_s + rz::AboutDialog::version()), qPrintable(text));
    QCOMPARE(rz::AboutDialog::version(), QStringLiteral(RZ_VERSION));
    QVERIFY(text.contains(QString::fromLatin1(qVersion())));
    QVERIFY(text.contains(QStringLiteral(QT_VERSION_STR)));
    QVERIFY(text.contains(u"QtKeychain "_s + rz::AboutDialog::keychainVersion()));
    QVERIFY(text.contains(u"GPL-3.0-or-later"_s));
    QCOMPARE(rz::AboutDialog::keychainVersion().count(u'.'), 2); // a version, not an empty macro
    QVERIFY(rz::AboutDialog::homePage().startsWith(u"https://"_s));
    QVERIFY(text.contains(rz::AboutDialog::homePage()));
    QVERIFY(about->findChild<QPushButton *>(u"aboutQtButton"_s));
    about->close();
}

void tst_Shortcuts::helpMenuIsLast() {
    const QList<QAction *> menus = m_window->menuBar()->actions();
    QVERIFY(!menus.isEmpty());
    QCOMPARE(menus.constLast(), m_window->helpMenu()->menuAction());
    const QList<QAction *> help = m_window->helpMenu()->actions();
    QVERIFY(help.contains(m_window->helpMenu()->searchSyntaxAction()));
    QVERIFY(help.contains(m_window->helpMenu()->keyboardShortcutsAction()));
    QVERIFY(help.contains(m_window->helpMenu()->aboutAction()));
    QVERIFY(help.contains(m_window->helpMenu()->aboutQtAction()));
    // Preferences in the Edit menu, which comes before View.
    QStringList titles;
    for (const QAction *menu : menus)
        titles.append(menu->text().remove(u'&'));
    QVERIFY2(titles.indexOf(u"Edit"_s) >= 0 && titles.indexOf(u"Edit"_s) < titles.indexOf(u"View"_s),
             qPrintable(titles.join(u' ')));
}

QTEST_MAIN(tst_Shortcuts)
#include "tst_shortcuts.moc"
