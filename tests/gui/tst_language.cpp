// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: rzconsole contributors
//
// The language switch, offscreen, with the real translations (:/i18n, built from translations/*.ts) loaded by
// LanguageLoader and installed as the application installs them: German menus, placeholders, actions and
// dialogs; no English left where a German text exists, and nothing shown that does not go through tr(); one
// accelerator letter per key in every menu and dialog, in German and in English (the source texts), counting
// what a dialog shows only at times (warnings, messages, the other way to sign in); English for "en", for a
// language without a translation and after the German translators are removed. And, over every entry of every
// .ts file, that a translation keeps its source's placeholders, HTML tags and accelerator.
#include "api/ApiClient.h"
#include "api/ScanService.h"
#include "auth/ConnectionStore.h"
#include "auth/MemorySecretStore.h"
#include "auth/SecretStore.h"
#include "sim/SimServer.h"
#include "ui/AppPreferences.h"
#include "ui/ConnectionDialog.h"
#include "ui/LanguageLoader.h"
#include "ui/MainWindow.h"
#include "ui/PreferencesDialog.h"
#include "ui/ScanDialog.h"

#include <QAbstractButton>
#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QMap>
#include <QMenu>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QRegularExpression>
#include <QSet>
#include <QSettings>
#include <QTabBar>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>
#include <QXmlStreamReader>

#include <algorithm>
#include <memory>
#include <optional>

using namespace Qt::StringLiterals;

namespace {

constexpr int Timeout = 60000; // generous: two cores shared with other builds

const QLocale EnglishSystem(QLocale::English, QLocale::UnitedStates);
const QLocale GermanSystem(QLocale::German, QLocale::Germany);

// The translators one language preference leads to, installed as the application installs them (Qt's
// first, the console's last, so that the console's win), for as long as this lives.
class InstalledLanguage final {
public:
    explicit InstalledLanguage(const QString &preference, const QLocale &system = EnglishSystem)
        : m_loaded(rz::LanguageLoader().load(preference, system)) {
        if (m_loaded.qt)
            QCoreApplication::installTranslator(m_loaded.qt.get());
        if (m_loaded.app)
            QCoreApplication::installTranslator(m_loaded.app.get());
    }
    ~InstalledLanguage() { remove(); }
    Q_DISABLE_COPY_MOVE(InstalledLanguage)

    void remove() {
        if (m_loaded.app)
            QCoreApplication::removeTranslator(m_loaded.app.get());
        if (m_loaded.qt)
            QCoreApplication::removeTranslator(m_loaded.qt.get());
    }
    QString language() const { return m_loaded.language; }
    bool hasAppTranslation() const { return m_loaded.app != nullptr; }
    bool hasQtTranslation() const { return m_loaded.qt != nullptr; }

private:
    rz::LanguageLoader::Loaded m_loaded;
};

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

// The accelerator of a text, lower case ("Sc&an" -> 'a'); null without one ("&&" is a literal '&').
QChar mnemonic(const QString &text) {
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text.at(i) != u'&')
            continue;
        if (text.at(i + 1) == u'&') {
            ++i;
            continue;
        }
        return text.at(i + 1).isSpace() ? QChar() : text.at(i + 1).toLower();
    }
    return {};
}

QString withoutMnemonic(QString text) {
    static const QRegularExpression single(u"&(?!&)"_s);
    return text.remove(single);
}

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

// The simulated console, a client aimed at its first organization and that organization's sites: what a
// scan dialog needs.
struct ScanConsole {
    ScanConsole()
        : sim(config()) {
        if (!sim.listen())
            return;
        client = std::make_unique<rz::ApiClient>(sim.baseUrl(), sim.tokens(0).accountToken);
        client->setOrganizationId(sim.organizationIds().at(0));
        service = std::make_unique<rz::ScanService>(*client);
        std::optional<rz::Result<QList<rz::Site>>> result;
        client->fetchSites(nullptr, [&result](const rz::Result<QList<rz::Site>> &r) { result = r; });
        if (QTest::qWaitFor([&result] { return result.has_value(); }, Timeout) && result->ok())
            sites = result->value;
    }
    Q_DISABLE_COPY_MOVE(ScanConsole)

    static rz::sim::SimConfig config() {
        rz::sim::SimConfig config;
        config.seed = 3;
        config.organizations = 1;
        config.assetsPerOrganization = 10;
        config.sitesPerOrganization = 2;
        return config;
    }

    rz::sim::SimServer sim;
    std::unique_ptr<rz::ApiClient> client;
    std::unique_ptr<rz::ScanService> service;
    QList<rz::Site> sites;
};

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

// A keychain that refuses to store anything, as a locked Secret Service does: the connection dialog then
// offers to use the secret for this session only.
class RefusingSecretStore final : public rz::SecretStore {
public:
    using rz::SecretStore::SecretStore;
    void readSecret(const QString &, QObject *context, Callback done) override {
        answer(context, done, rz::SecretResult::missing());
    }
    void writeSecret(const QString &, const QString &, QObject *context, Callback done) override {
        answer(context, done, rz::SecretResult::failure(u"The keyring is locked."_s));
    }
    void removeSecret(const QString &, QObject *context, Callback done) override {
        answer(context, done, rz::SecretResult::missing());
    }

private:
    static void answer(QObject *context, const Callback &done, const rz::SecretResult &result) {
        if (done)
            QMetaObject::invokeMethod(
                context, [done, result] { done(result); }, Qt::QueuedConnection);
    }
};

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

class tst_Language final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void germanMainWindow();
    void germanPreferencesDialog();
    void germanScanDialog();
    void germanConnectionDialog();
    void menusHaveOneAcceleratorPerLetter_data();
    void menusHaveOneAcceleratorPerLetter();
    void preferencesDialogHasOneAcceleratorPerLetter_data();
    void preferencesDialogHasOneAcceleratorPerLetter();
    void scanDialogHasOneAcceleratorPerLetter_data();
    void scanDialogHasOneAcceleratorPerLetter();
    void connectionDialogHasOneAcceleratorPerLetter_data();
    void connectionDialogHasOneAcceleratorPerLetter();
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

void tst_Language::menusHaveOneAcceleratorPerLetter_data() {
    addLanguages();
}

void tst_Language::menusHaveOneAcceleratorPerLetter() {
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
    ScanConsole console;
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
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QSettings settings(dir.filePath(u"settings.ini"_s), QSettings::IniFormat);
    rz::ConnectionStore store(settings);
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

void tst_Language::preferencesDialogHasOneAcceleratorPerLetter_data() {
    addLanguages();
}

void tst_Language::preferencesDialogHasOneAcceleratorPerLetter() {
    QFETCH(QString, language);
    InstalledLanguage installed(language);
    rz::PreferencesDialog dialog(rz::AppPreferences{}, QString(), true);
    dialog.show();
    // Every radio button made visible: the manual proxy's fields too.
    dialog.findChild<QRadioButton *>(u"manualProxyRadio"_s)->setChecked(true);
    const QStringList clashes = mnemonicClashes(visibleAcceleratorTexts(&dialog));
    QVERIFY2(clashes.isEmpty(), qPrintable(clashes.join(u"; "_s)));
}

void tst_Language::scanDialogHasOneAcceleratorPerLetter_data() {
    addLanguages();
}

void tst_Language::scanDialogHasOneAcceleratorPerLetter() {
    QFETCH(QString, language);
    ScanConsole console;
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

void tst_Language::connectionDialogHasOneAcceleratorPerLetter_data() {
    addLanguages();
}

void tst_Language::connectionDialogHasOneAcceleratorPerLetter() {
    QFETCH(QString, language);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QSettings settings(dir.filePath(u"settings.ini"_s), QSettings::IniFormat);
    rz::ConnectionStore store(settings);
    RefusingSecretStore keychain;
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
