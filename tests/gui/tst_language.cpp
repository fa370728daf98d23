// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: rzconsole contributors
//
// The language switch, offscreen, with the real translations (:/i18n, built from translations/*.ts) loaded by
// LanguageLoader and installed as the application installs them: German menus, placeholders, actions and
// dialogs; no English left where a German text exists, and nothing shown that does not go through tr();
// English for "en", for a language without a translation and after the German translators are removed. And,
// over every entry of every .ts file, that a translation keeps its source's placeholders, HTML tags and
// accelerator. tst_accelerators checks that the menus and dialogs have one accelerator letter per key.
#include "auth/ConnectionStore.h"
#include "auth/MemorySecretStore.h"
#include "gui/LanguageTestSupport.h"
#include "session/AppPreferences.h"
#include "support/SettingsFile.h"
#include "ui/ConnectionDialog.h"
#include "ui/MainWindow.h"
#include "ui/PreferencesDialog.h"
#include "ui/ScanDialog.h"

#include <QAbstractButton>
#include <QAction>
#include <QComboBox>
#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QRegularExpression>
#include <QSet>
#include <QTabBar>
#include <QTabWidget>
#include <QTest>
#include <QXmlStreamReader>

#include <memory>

using namespace Qt::StringLiterals;
using rz::test::EnglishSystem;
using rz::test::GermanSystem;
using rz::test::InstalledLanguage;
using rz::test::mnemonic;
using rz::test::withoutMnemonic;

namespace {

constexpr int Timeout = 60000; // generous: two cores shared with other builds

// One <message> of a .ts file.
struct Message {
    QString context;
    QString source;
    QStringList translations; // one, or one per plural form
    bool unfinished = false;
};

// Every message of a .ts file; empty when it cannot be read.
QList<Message> readTs(const QString &path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QList<Message> messages;
    QXmlStreamReader xml(&file);
    QString context;
    Message message;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        const auto name = xml.name();
        if (name == "name"_L1) {
            context = xml.readElementText();
        } else if (name == "message"_L1) {
            message = Message{context, {}, {}, false};
        } else if (name == "source"_L1) {
            message.source = xml.readElementText();
        } else if (name == "translation"_L1) {
            message.unfinished = xml.attributes().value("type"_L1) == "unfinished"_L1;
            // Plural forms are child elements; a plain translation is the element's text.
            QString text;
            while (!xml.atEnd()) {
                xml.readNext();
                if (xml.isCharacters()) {
                    text += xml.text();
                } else if (xml.isStartElement() && xml.name() == "numerusform"_L1) {
                    message.translations.append(xml.readElementText());
                } else if (xml.isEndElement() && xml.name() == "translation"_L1) {
                    break;
                }
            }
            if (message.translations.isEmpty())
                message.translations.append(text);
            messages.append(message);
        }
    }
    return xml.hasError() ? QList<Message>() : messages;
}

QString translationsDirectory() {
    return QDir(qEnvironmentVariable("RZ_SOURCE_DIR")).filePath(u"translations"_s);
}

// "%1", "%L2", "%n", "%Ln": what QString::arg() and tr()'s plural form replace.
QSet<QString> placeholders(const QString &text) {
    static const QRegularExpression pattern(u"%L?(?:[1-9][0-9]?|n)"_s);
    QSet<QString> found;
    for (const QRegularExpressionMatch &match : pattern.globalMatch(text))
        found.insert(match.captured());
    return found;
}

// The HTML tags, in order ("<p>", "</code>", "<table cellspacing=\"2\">").
QStringList htmlTags(const QString &text) {
    static const QRegularExpression pattern(u"</?[A-Za-z][^<>]*>"_s);
    QStringList found;
    for (const QRegularExpressionMatch &match : pattern.globalMatch(text))
        found.append(match.captured());
    found.sort();
    return found;
}

// OK, Cancel…: Qt's own texts, from Qt's translation ("OK" is German too).
bool isQtStandardButton(QAbstractButton *button) {
    const auto *box = qobject_cast<const QDialogButtonBox *>(button->parentWidget());
    return box && box->standardButton(button) != QDialogButtonBox::NoButton;
}

// Every text a user sees or hears in `root`, in a fixed order: window titles, actions (text and tool tip),
// buttons, labels, tabs, group boxes, placeholders, tool tips and accessible names.
QStringList shownTexts(QWidget *root) {
    QStringList texts{root->windowTitle()};
    QList<QWidget *> widgets = root->findChildren<QWidget *>();
    widgets.prepend(root);
    for (QWidget *widget : std::as_const(widgets)) {
        texts << widget->toolTip() << widget->accessibleName() << widget->accessibleDescription();
        if (auto *button = qobject_cast<QAbstractButton *>(widget))
            texts << (isQtStandardButton(button) ? QString() : button->text());
        if (const auto *label = qobject_cast<const QLabel *>(widget))
            texts << label->text();
        if (const auto *group = qobject_cast<const QGroupBox *>(widget))
            texts << group->title();
        if (const auto *line = qobject_cast<const QLineEdit *>(widget))
            texts << line->placeholderText();
        if (const auto *tabs = qobject_cast<const QTabBar *>(widget)) {
            for (int i = 0; i < tabs->count(); ++i)
                texts << tabs->tabText(i) << tabs->tabToolTip(i);
        }
        if (widget->isWindow() && widget != root)
            texts << widget->windowTitle();
    }
    for (const QAction *action : root->findChildren<QAction *>())
        texts << action->text() << action->toolTip();
    return texts;
}

bool hasWords(const QString &text) {
    static const QRegularExpression word(u"[A-Za-z]{2,}"_s);
    return word.match(text).hasMatch();
}

// Texts shown in German that are still English: `english` and `german` are shownTexts() of the same window
// built once per language. A text may be the same in both only when the German translation says so
// ("Proxy", "Hardware"); anything else the same is a text without a translation, or not through tr().
QStringList untranslated(const QStringList &english, const QStringList &german,
                         const QList<Message> &catalogue) {
    QSet<QString> sameInGerman;
    for (const Message &message : catalogue) {
        for (const QString &translation : message.translations) {
            if (!message.unfinished && translation == message.source)
                sameInGerman.insert(withoutMnemonic(message.source));
        }
    }
    if (english.size() != german.size())
        return {u"the windows differ: %1 texts in English, %2 in German"_s.arg(english.size())
                    .arg(german.size())};
    QStringList found;
    for (qsizetype i = 0; i < english.size(); ++i) {
        const QString text = withoutMnemonic(english.at(i));
        if (english.at(i) == german.at(i) && hasWords(text) && !sameInGerman.contains(text) &&
            !found.contains(text))
            found.append(text);
    }
    return found;
}

// Texts of `german` that are the source of a translation that says something else: English shown although
// German exists (a text looked up in another context, or a .qm without it).
QStringList englishWithTranslation(const QStringList &german, const QList<Message> &catalogue) {
    QSet<QString> translatedSources;
    QSet<QString> translations;
    for (const Message &message : catalogue) {
        for (const QString &translation : message.translations) {
            translations.insert(translation);
            if (!message.unfinished && translation != message.source)
                translatedSources.insert(message.source);
        }
    }
    QStringList found;
    for (const QString &text : german) {
        if (translatedSources.contains(text) && !translations.contains(text) && !found.contains(text))
            found.append(text);
    }
    return found;
}

QStringList menuTitles(const QMainWindow &window) {
    QStringList titles;
    for (const QAction *action : window.menuBar()->actions())
        titles.append(action->text());
    return titles;
}

} // namespace

class tst_Language final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void germanMainWindow();
    void germanPreferencesDialog();
    void germanScanDialog();
    void germanConnectionDialog();
    void systemLanguageIsFollowed();
    void englishLeavesTheSourceTexts_data();
    void englishLeavesTheSourceTexts();
    void switchingBackRemovesTheGerman();
    void translationsKeepPlaceholdersTagsAndAccelerators();

private:
    QList<Message> m_catalogue; // translations/rzconsole_de.ts
};

void tst_Language::initTestCase() {
    QLocale::setDefault(EnglishSystem);
    QVERIFY2(!qEnvironmentVariableIsEmpty("RZ_SOURCE_DIR"), "RZ_SOURCE_DIR names the project");
    m_catalogue = readTs(QDir(translationsDirectory()).filePath(u"rzconsole_de.ts"_s));
    QVERIFY2(!m_catalogue.isEmpty(),
             qPrintable(QDir(translationsDirectory()).filePath(u"rzconsole_de.ts"_s)));
    QVERIFY(QFile::exists(u":/i18n/rzconsole_de.qm"_s));
}

void tst_Language::germanMainWindow() {
    InstalledLanguage german(u"de"_s);
    QCOMPARE(german.language(), u"de"_s);
    QVERIFY(german.hasAppTranslation());

    rz::MainWindow window(nullptr);
    window.show();
    window.start();
    const QStringList titles = menuTitles(window);
    for (const QString &title : {u"&Datei"_s, u"&Bearbeiten"_s, u"&Ansicht"_s, u"&Scan"_s, u"&Hilfe"_s})
        QVERIFY2(titles.contains(title), qPrintable(titles.join(u", "_s)));
    for (const QString &english : {u"&File"_s, u"&Edit"_s, u"&View"_s, u"&Help"_s})
        QVERIFY2(!titles.contains(english), qPrintable(english));

    QCOMPARE(window.findChild<QAction *>(u"refreshAction"_s)->text(), u"&Aktualisieren"_s);
    QCOMPARE(window.findChild<QAction *>(u"cancelLoadAction"_s)->text(), u"Laden a&bbrechen"_s);
    QCOMPARE(window.findChild<QAction *>(u"quitAction"_s)->text(), u"&Beenden"_s);
    QCOMPARE(window.findChild<QAction *>(u"preferencesAction"_s)->text(), u"&Einstellungen…"_s);
    QCOMPARE(window.findChild<QLabel *>(u"statusStateLabel"_s)->text(), u"Keine Verbindung geöffnet."_s);
    const QString placeholder = window.findChild<QLabel *>(u"assetPlaceholder"_s)->text();
    QVERIFY2(placeholder.startsWith(u"Keine Verbindung geöffnet."_s), qPrintable(placeholder));
    QVERIFY(placeholder.contains(u"Verbindung ▸ Verbindungen verwalten…"_s));
    QVERIFY(placeholder.contains(u"--demo"_s));
    QCOMPARE(window.findChild<QLineEdit *>(u"localFilterEdit"_s)->placeholderText(),
             u"Die geladenen Zeilen filtern (Strg+Umschalt+F)"_s);
    QCOMPARE(window.findChild<QLineEdit *>(u"searchEdit"_s)->placeholderText(),
             u"In der Konsole suchen (Strg+F), z. B. os:linux alive:true"_s);
    QCOMPARE(window.findChild<QAction *>(u"focusFilterAction"_s)->text(), u"Geladene Zeilen &filtern…"_s);

    // Nothing in the window is English any more, unless its translation is the same word.
    const QStringList germanTexts = shownTexts(&window);
    QStringList englishTexts;
    {
        german.remove();
        rz::MainWindow english(nullptr);
        english.show();
        english.start();
        englishTexts = shownTexts(&english);
    }
    const QStringList left = untranslated(englishTexts, germanTexts, m_catalogue);
    QVERIFY2(left.isEmpty(), qPrintable(u"still English: "_s + left.join(u" | "_s)));
    const QStringList missed = englishWithTranslation(germanTexts, m_catalogue);
    QVERIFY2(missed.isEmpty(), qPrintable(u"English although translated: "_s + missed.join(u" | "_s)));
}

void tst_Language::germanPreferencesDialog() {
    InstalledLanguage german(u"de"_s);
    rz::PreferencesDialog dialog(rz::AppPreferences{}, QString(), true);
    dialog.show();
    QCOMPARE(dialog.windowTitle(), u"Einstellungen"_s);
    QCOMPARE(dialog.findChild<QRadioButton *>(u"noProxyRadio"_s)->text(), u"&Kein Proxy"_s);
    QCOMPARE(dialog.findChild<QRadioButton *>(u"manualProxyRadio"_s)->text(), u"&Manueller Proxy:"_s);
    auto *buttons = dialog.findChild<QDialogButtonBox *>(u"preferencesButtons"_s);
    QVERIFY(buttons);
    if (german.hasQtTranslation()) // Qt's own texts come in the same language
        QCOMPARE(withoutMnemonic(buttons->button(QDialogButtonBox::Cancel)->text()), u"Abbrechen"_s);

    dialog.findChild<QRadioButton *>(u"manualProxyRadio"_s)->setChecked(true);
    const QStringList germanTexts = shownTexts(&dialog);
    QStringList englishTexts;
    {
        german.remove();
        rz::PreferencesDialog english(rz::AppPreferences{}, QString(), true);
        english.show();
        english.findChild<QRadioButton *>(u"manualProxyRadio"_s)->setChecked(true);
        englishTexts = shownTexts(&english);
    }
    const QStringList left = untranslated(englishTexts, germanTexts, m_catalogue);
    QVERIFY2(left.isEmpty(), qPrintable(u"still English: "_s + left.join(u" | "_s)));
}

void tst_Language::germanScanDialog() {
    rz::test::ScanConsole console;
    QVERIFY(!console.sites.isEmpty());
    InstalledLanguage german(u"de"_s);
    rz::ScanDialog dialog(*console.service, {console.sites, {}, {}, u"Example"_s});
    dialog.show();
    QCOMPARE(dialog.windowTitle(), u"Scan starten — Example"_s);
    auto *tabs = dialog.findChild<QTabWidget *>(u"scanTabs"_s);
    QVERIFY(tabs);
    QStringList tabTexts;
    for (int i = 0; i < tabs->count(); ++i)
        tabTexts.append(tabs->tabText(i));
    QCOMPARE(tabTexts,
             (QStringList{u"&Bereich"_s, u"S&canner"_s, u"&Optionen"_s, u"&Probes"_s, u"&Zeitplan"_s}));
    QCOMPARE(dialog.findChild<QPushButton *>(u"launchButton"_s)->text(), u"&Starten"_s);
    QCOMPARE(dialog.findChild<QPushButton *>(u"showRequestButton"_s)->text(), u"&Anfrage anzeigen…"_s);
    // The explorers arrive from the console; the form's own checks speak German too.
    QTRY_VERIFY_WITH_TIMEOUT(dialog.findChild<QComboBox *>(u"explorerCombo"_s)->count() > 0, Timeout);
    dialog.findChild<QPlainTextEdit *>(u"targetsEdit"_s)->setPlainText(u"10.0.0.300"_s);
    QTRY_VERIFY_WITH_TIMEOUT(
        dialog.findChild<QLabel *>(u"targetsProblem"_s)->text().contains(u"größer als 255"_s), Timeout);
    const QString summary = dialog.findChild<QLabel *>(u"problemSummary"_s)->text();
    QVERIFY2(summary.startsWith(u"Vor dem Start"_s), qPrintable(summary));

    const QStringList missed = englishWithTranslation(shownTexts(&dialog), m_catalogue);
    QVERIFY2(missed.isEmpty(), qPrintable(u"English although translated: "_s + missed.join(u" | "_s)));
}

void tst_Language::germanConnectionDialog() {
    rz::test::SettingsFile settings;
    QVERIFY(settings.create());
    rz::ConnectionStore store(*settings);
    rz::MemorySecretStore keychain;
    rz::MemorySecretStore session;
    InstalledLanguage german(u"de"_s);
    rz::ConnectionDialog dialog(store, keychain, session);
    dialog.show();
    QCOMPARE(dialog.windowTitle(), u"Verbindungen"_s);
    // Both ways to sign in: the token's fields, then the client credentials'.
    for (QRadioButton *mode : dialog.findChildren<QRadioButton *>()) {
        mode->setChecked(true);
        const QStringList missed = englishWithTranslation(shownTexts(&dialog), m_catalogue);
        QVERIFY2(missed.isEmpty(), qPrintable(u"English although translated: "_s + missed.join(u" | "_s)));
    }
    const QStringList missed = englishWithTranslation(shownTexts(&dialog), m_catalogue);
    QVERIFY2(missed.isEmpty(), qPrintable(u"English although translated: "_s + missed.join(u" | "_s)));
}

void tst_Language::systemLanguageIsFollowed() {
    // No preference: the system's language decides.
    InstalledLanguage german(QString(), GermanSystem);
    QCOMPARE(german.language(), u"de"_s);
    QCOMPARE(QCoreApplication::translate("rz::MainWindow", "&File"), u"&Datei"_s);
    rz::MainWindow window(nullptr);
    QVERIFY(menuTitles(window).contains(u"&Datei"_s));
}

void tst_Language::englishLeavesTheSourceTexts_data() {
    QTest::addColumn<QString>("preference");
    QTest::addColumn<QLocale>("system");
    QTest::newRow("English chosen on a German system") << u"en"_s << GermanSystem;
    QTest::newRow("a language without a translation") << u"fr"_s << GermanSystem;
    QTest::newRow("an English system") << QString() << EnglishSystem;
}

void tst_Language::englishLeavesTheSourceTexts() {
    QFETCH(QString, preference);
    QFETCH(QLocale, system);
    InstalledLanguage english(preference, system);
    QCOMPARE(english.language(), u"en"_s);
    QVERIFY(!english.hasAppTranslation());

    rz::MainWindow window(nullptr);
    window.show();
    window.start();
    const QStringList titles = menuTitles(window);
    for (const QString &title : {u"&File"_s, u"&Edit"_s, u"&View"_s, u"&Scan"_s, u"&Help"_s})
        QVERIFY2(titles.contains(title), qPrintable(titles.join(u", "_s)));
    QCOMPARE(window.findChild<QAction *>(u"refreshAction"_s)->text(), u"&Refresh"_s);
    QCOMPARE(window.findChild<QLabel *>(u"statusStateLabel"_s)->text(), u"No connection is open."_s);
    rz::PreferencesDialog dialog(rz::AppPreferences{}, QString(), true);
    QCOMPARE(dialog.windowTitle(), u"Preferences"_s);
    QCOMPARE(dialog.findChild<QRadioButton *>(u"noProxyRadio"_s)->text(), u"&No proxy"_s);
    auto *buttons = dialog.findChild<QDialogButtonBox *>(u"preferencesButtons"_s);
    QCOMPARE(withoutMnemonic(buttons->button(QDialogButtonBox::Cancel)->text()), u"Cancel"_s);
}

void tst_Language::switchingBackRemovesTheGerman() {
    auto german = std::make_unique<InstalledLanguage>(u"de"_s);
    {
        rz::MainWindow window(nullptr);
        QVERIFY(menuTitles(window).contains(u"&Datei"_s));
    }
    german.reset();
    InstalledLanguage english(u"en"_s, GermanSystem);
    QCOMPARE(QCoreApplication::translate("rz::MainWindow", "&File"), u"&File"_s);
    rz::MainWindow window(nullptr);
    window.show();
    window.start();
    const QStringList titles = menuTitles(window);
    QVERIFY2(titles.contains(u"&File"_s) && !titles.contains(u"&Datei"_s), qPrintable(titles.join(u", "_s)));
    QCOMPARE(window.findChild<QLabel *>(u"statusStateLabel"_s)->text(), u"No connection is open."_s);
    rz::PreferencesDialog dialog(rz::AppPreferences{}, QString(), true);
    QCOMPARE(dialog.windowTitle(), u"Preferences"_s);
    auto *buttons = dialog.findChild<QDialogButtonBox *>(u"preferencesButtons"_s);
    QCOMPARE(withoutMnemonic(buttons->button(QDialogButtonBox::Cancel)->text()), u"Cancel"_s);
}

void tst_Language::translationsKeepPlaceholdersTagsAndAccelerators() {
    const QStringList files = QDir(translationsDirectory()).entryList({u"*.ts"_s}, QDir::Files);
    QVERIFY(files.contains(u"rzconsole_de.ts"_s));
    int checked = 0;
    QStringList broken;
    for (const QString &file : files) {
        const QList<Message> messages = readTs(QDir(translationsDirectory()).filePath(file));
        QVERIFY2(!messages.isEmpty(), qPrintable(file));
        for (const Message &message : messages) {
            if (message.unfinished)
                continue;
            for (const QString &translation : message.translations) {
                QStringList problems;
                if (placeholders(translation) != placeholders(message.source))
                    problems << u"placeholders"_s;
                if (htmlTags(translation) != htmlTags(message.source))
                    problems << u"HTML tags"_s;
                if (mnemonic(translation).isNull() != mnemonic(message.source).isNull())
                    problems << u"accelerator"_s;
                if (translation.trimmed().isEmpty())
                    problems << u"empty"_s;
                if (!problems.isEmpty())
                    broken << u"%1 %2: “%3” → “%4” (%5)"_s.arg(file, message.context, message.source,
                                                               translation, problems.join(u", "_s));
                ++checked;
            }
        }
    }
    QVERIFY2(broken.isEmpty(), qPrintable(broken.join(u"\n"_s)));
    QVERIFY(checked > 0);
}

QTEST_MAIN(tst_Language)
#include "tst_language.moc"
