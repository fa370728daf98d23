// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: rzconsole contributors
//
// Accelerators, offscreen, with the real translations installed as the application installs them: one
// accelerator letter per key in every menu and dialog, in German and in English (the source texts), counting
// what a dialog shows only at times (warnings, messages, the other way to sign in). tst_language checks the
// German texts themselves.
#include "auth/ConnectionStore.h"
#include "auth/MemorySecretStore.h"
#include "gui/LanguageTestSupport.h"
#include "gui/RefusingSecretStore.h"
#include "session/AppPreferences.h"
#include "support/SettingsFile.h"
#include "ui/ConnectionDialog.h"
#include "ui/MainWindow.h"
#include "ui/PreferencesDialog.h"
#include "ui/ScanDialog.h"

#include <QAbstractButton>
#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QMap>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QRadioButton>
#include <QTabBar>
#include <QTabWidget>
#include <QTest>

#include <algorithm>

using namespace Qt::StringLiterals;
using rz::test::InstalledLanguage;
using rz::test::mnemonic;
using rz::test::withoutMnemonic;

namespace {

constexpr int Timeout = 60000; // generous: two cores shared with other builds

// Letters used by more than one of `texts`, with the texts ("a: Sc&anner | launch &anyway").
QStringList mnemonicClashes(const QStringList &texts) {
    QMap<QChar, QStringList> byLetter;
    for (const QString &text : texts) {
        if (const QChar letter = mnemonic(text); !letter.isNull())
            byLetter[letter].append(text);
    }
    QStringList clashes;
    for (auto it = byLetter.cbegin(); it != byLetter.cend(); ++it) {
        if (it.value().size() > 1)
            clashes.append(QString(it.key()) + u": "_s + it.value().join(u" | "_s));
    }
    return clashes;
}

// What a user can press with Alt in `window` now: visible buttons, labels with a buddy, tabs, group boxes.
QStringList visibleAcceleratorTexts(QWidget *window) {
    QStringList texts;
    for (const QAbstractButton *button : window->findChildren<QAbstractButton *>()) {
        if (button->isVisibleTo(window))
            texts.append(button->text());
    }
    for (const QLabel *label : window->findChildren<QLabel *>()) {
        if (label->buddy() && label->isVisibleTo(window))
            texts.append(label->text());
    }
    for (const QTabBar *tabs : window->findChildren<QTabBar *>()) {
        if (!tabs->isVisibleTo(window))
            continue;
        for (int i = 0; i < tabs->count(); ++i)
            texts.append(tabs->tabText(i));
    }
    for (const QGroupBox *group : window->findChildren<QGroupBox *>()) {
        if (group->isVisibleTo(window))
            texts.append(group->title());
    }
    return texts;
}

// What a user can press with Alt in `window` at one time or another: every button, label with a buddy, tab
// and group box, shown or not (a warning's check box, a button that appears after a failure), except those
// under `leftOut` (another tab's page).
QStringList acceleratorTexts(QWidget *window, const QList<QWidget *> &leftOut) {
    const auto counted = [&leftOut](const QWidget *widget) {
        return std::none_of(leftOut.cbegin(), leftOut.cend(),
                            [widget](const QWidget *page) { return page->isAncestorOf(widget); });
    };
    QStringList texts;
    for (const QAbstractButton *button : window->findChildren<QAbstractButton *>()) {
        if (counted(button))
            texts.append(button->text());
    }
    for (const QLabel *label : window->findChildren<QLabel *>()) {
        if (label->buddy() && counted(label))
            texts.append(label->text());
    }
    for (const QTabBar *tabs : window->findChildren<QTabBar *>()) {
        for (int i = 0; counted(tabs) && i < tabs->count(); ++i)
            texts.append(tabs->tabText(i));
    }
    for (const QGroupBox *group : window->findChildren<QGroupBox *>()) {
        if (counted(group))
            texts.append(group->title());
    }
    return texts;
}

// Accelerator clashes within each menu of a menu bar, its submenus, and among the menu titles.
QStringList menuClashes(const QList<QAction *> &actions, const QString &where) {
    QStringList texts;
    QStringList clashes;
    for (const QAction *action : actions) {
        if (action->isSeparator() || !action->isVisible())
            continue;
        texts.append(action->text());
        if (const QMenu *menu = action->menu())
            clashes += menuClashes(menu->actions(), withoutMnemonic(action->text()));
    }
    for (const QString &clash : mnemonicClashes(texts))
        clashes.append(where + u" ▸ "_s + clash);
    return clashes;
}

// The accelerator clashes on each tab of the scan dialog: the tab's page with everything around the tabs,
// shown now or only at times (the warnings' check box, "Check Again"); the other tabs' pages do not count.
QStringList scanDialogClashes(rz::ScanDialog &dialog) {
    auto *tabs = dialog.findChild<QTabWidget *>(u"scanTabs"_s);
    if (!tabs)
        return {u"no scan tabs"_s};
    QStringList clashes;
    for (int i = 0; i < tabs->count(); ++i) {
        QList<QWidget *> otherPages;
        for (int j = 0; j < tabs->count(); ++j) {
            if (j != i)
                otherPages.append(tabs->widget(j));
        }
        for (const QString &clash : mnemonicClashes(acceleratorTexts(&dialog, otherPages)))
            clashes.append(withoutMnemonic(tabs->tabText(i)) + u": "_s + clash);
    }
    return clashes;
}

// The accelerator clashes of the connection dialog as it is now, with each way to sign in chosen in turn
// (each shows its own fields); the way chosen before is chosen again at the end.
QStringList connectionDialogClashes(rz::ConnectionDialog &dialog, const QString &state) {
    const QList<QRadioButton *> modes = dialog.findChildren<QRadioButton *>();
    if (modes.size() < 2)
        return {u"fewer than two ways to sign in"_s};
    QRadioButton *chosen = nullptr;
    for (QRadioButton *mode : modes) {
        if (mode->isChecked())
            chosen = mode;
    }
    QStringList clashes;
    for (QRadioButton *mode : modes) {
        mode->setChecked(true);
        for (const QString &clash : mnemonicClashes(visibleAcceleratorTexts(&dialog)))
            clashes.append(state + u", "_s + withoutMnemonic(mode->text()) + u": "_s + clash);
    }
    if (chosen)
        chosen->setChecked(true);
    return clashes;
}

// German, and English: the source texts, shown when no translation is installed.
void addLanguages() {
    QTest::addColumn<QString>("language");
    QTest::newRow("German") << u"de"_s;
    QTest::newRow("English") << u"en"_s;
}

} // namespace

class tst_Accelerators final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void menusHaveOneAcceleratorPerLetter_data();
    void menusHaveOneAcceleratorPerLetter();
    void preferencesDialogHasOneAcceleratorPerLetter_data();
    void preferencesDialogHasOneAcceleratorPerLetter();
    void scanDialogHasOneAcceleratorPerLetter_data();
    void scanDialogHasOneAcceleratorPerLetter();
    void connectionDialogHasOneAcceleratorPerLetter_data();
    void connectionDialogHasOneAcceleratorPerLetter();
};

void tst_Accelerators::initTestCase() {
    QLocale::setDefault(rz::test::EnglishSystem);
    QVERIFY(QFile::exists(u":/i18n/rzconsole_de.qm"_s));
}

void tst_Accelerators::menusHaveOneAcceleratorPerLetter_data() {
    addLanguages();
}

void tst_Accelerators::menusHaveOneAcceleratorPerLetter() {
    QFETCH(QString, language);
    InstalledLanguage installed(language);
    QCOMPARE(installed.language(), language);
    rz::MainWindow window(nullptr);
    window.show();
    const QStringList clashes = menuClashes(window.menuBar()->actions(), u"menu bar"_s);
    QVERIFY2(clashes.isEmpty(), qPrintable(clashes.join(u"; "_s)));
    // The table's context menu.
    auto *table = window.findChild<QWidget *>(u"assetView"_s);
    QVERIFY(table);
    QVERIFY(!table->actions().isEmpty());
    const QStringList tableClashes = menuClashes(table->actions(), u"asset table"_s);
    QVERIFY2(tableClashes.isEmpty(), qPrintable(tableClashes.join(u"; "_s)));
}

void tst_Accelerators::preferencesDialogHasOneAcceleratorPerLetter_data() {
    addLanguages();
}

void tst_Accelerators::preferencesDialogHasOneAcceleratorPerLetter() {
    QFETCH(QString, language);
    InstalledLanguage installed(language);
    rz::PreferencesDialog dialog(rz::AppPreferences{}, QString(), true);
    dialog.show();
    // Every radio button made visible: the manual proxy's fields too.
    dialog.findChild<QRadioButton *>(u"manualProxyRadio"_s)->setChecked(true);
    const QStringList clashes = mnemonicClashes(visibleAcceleratorTexts(&dialog));
    QVERIFY2(clashes.isEmpty(), qPrintable(clashes.join(u"; "_s)));
}

void tst_Accelerators::scanDialogHasOneAcceleratorPerLetter_data() {
    addLanguages();
}

void tst_Accelerators::scanDialogHasOneAcceleratorPerLetter() {
    QFETCH(QString, language);
    rz::test::ScanConsole console;
    QVERIFY(!console.sites.isEmpty());
    InstalledLanguage installed(language);
    rz::ScanDialog dialog(*console.service, {console.sites, {}, {}, u"Example"_s});
    dialog.show();
    QTRY_VERIFY_WITH_TIMEOUT(dialog.findChild<QComboBox *>(u"explorerCombo"_s)->count() > 0, Timeout);
    // The texts are all there: five tabs, the site, the buttons, the warnings' check box.
    const QStringList texts = acceleratorTexts(&dialog, {});
    QVERIFY2(texts.size() > 20, qPrintable(texts.join(u" | "_s)));
    QVERIFY(dialog.findChild<QCheckBox *>(u"confirmWarningsCheck"_s));
    QVERIFY(texts.contains(dialog.findChild<QCheckBox *>(u"confirmWarningsCheck"_s)->text()));
    const QStringList clashes = scanDialogClashes(dialog);
    QVERIFY2(clashes.isEmpty(), qPrintable(clashes.join(u"; "_s)));
}

void tst_Accelerators::connectionDialogHasOneAcceleratorPerLetter_data() {
    addLanguages();
}

void tst_Accelerators::connectionDialogHasOneAcceleratorPerLetter() {
    QFETCH(QString, language);
    rz::test::SettingsFile settings;
    QVERIFY(settings.create());
    rz::ConnectionStore store(*settings);
    rz::test::RefusingSecretStore keychain;
    rz::MemorySecretStore session;
    InstalledLanguage installed(language);
    rz::ConnectionDialog dialog(store, keychain, session);
    dialog.show();
    QStringList clashes = connectionDialogClashes(dialog, u"new connection"_s);

    // The keychain refuses the secret: the message bar offers to use it for this session only.
    auto *action = dialog.findChild<QPushButton *>(u"messageActionButton"_s);
    QVERIFY(action);
    QTest::keyClicks(dialog.findChild<QLineEdit *>(u"nameEdit"_s), u"Locked"_s);
    QTest::keyClicks(dialog.findChild<QLineEdit *>(u"tokenEdit"_s), u"OT0123456789abcdef0123456789abcdef"_s);
    dialog.findChild<QPushButton *>(u"saveButton"_s)->click();
    QTRY_VERIFY_WITH_TIMEOUT(action->isVisible(), Timeout);
    const QString sessionOnly = action->text();
    QVERIFY(!mnemonic(sessionOnly).isNull());
    clashes += connectionDialogClashes(dialog, withoutMnemonic(sessionOnly));

    // Removing a connection asks first, in the same bar.
    action->click();
    QTRY_COMPARE_WITH_TIMEOUT(store.profiles().size(), 1, Timeout);
    auto *remove = dialog.findChild<QPushButton *>(u"removeButton"_s);
    QTRY_VERIFY_WITH_TIMEOUT(remove->isEnabled(), Timeout);
    remove->click();
    QTRY_VERIFY_WITH_TIMEOUT(action->isVisible() && action->text() != sessionOnly, Timeout);
    QVERIFY(!mnemonic(action->text()).isNull());
    clashes += connectionDialogClashes(dialog, withoutMnemonic(action->text()));
    QVERIFY2(clashes.isEmpty(), qPrintable(clashes.join(u"; "_s)));
}

QTEST_MAIN(tst_Accelerators)
#include "tst_accelerators.moc"
