// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: rzconsole contributors
//
// LanguageLoader: which translation files the language preference ("", "en", "de") and the system's languages
// lead to, and that a missing or unreadable file leaves English. The files are made in a temporary
// directory: a valid .qm with no messages is its 16-byte magic number.
#include "app/LanguageLoader.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

using namespace Qt::StringLiterals;

namespace {

// The magic number every .qm file starts with; with nothing after it, a translation without messages.
constexpr unsigned char QmMagic[16] = {0x3c, 0xb8, 0x64, 0x18, 0xca, 0xef, 0x9c, 0x95,
                                       0xcd, 0x21, 0x1c, 0xbf, 0x60, 0xa1, 0xbd, 0xdd};

bool writeFile(const QString &path, const QByteArray &bytes) {
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

QByteArray emptyTranslation() {
    return QByteArray(reinterpret_cast<const char *>(QmMagic), sizeof QmMagic);
}

QString fileName(const std::unique_ptr<QTranslator> &translator) {
    return translator ? QFileInfo(translator->filePath()).fileName() : QString();
}

} // namespace

class tst_LanguageLoader final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init();
    void candidatesFollowThePreferenceOrTheSystem();
    void appFileNameIsPerLanguage();
    void loads_data();
    void loads();
    void missingFileKeepsEnglishWithoutMixing();
    void unreadableFileCountsAsMissing();
    void defaultDirectoryIsTheResourcePrefix();

private:
    std::unique_ptr<QTemporaryDir> m_app;
    std::unique_ptr<QTemporaryDir> m_qt;
};

void tst_LanguageLoader::init() {
    m_app = std::make_unique<QTemporaryDir>();
    m_qt = std::make_unique<QTemporaryDir>();
    QVERIFY(m_app->isValid() && m_qt->isValid());
}

void tst_LanguageLoader::candidatesFollowThePreferenceOrTheSystem() {
    const QLocale german(QLocale::German, QLocale::Austria);
    QCOMPARE(rz::LanguageLoader::candidates(u"de"_s, german), QStringList{u"de"_s});
    QCOMPARE(rz::LanguageLoader::candidates(u"en"_s, german), QStringList{u"en"_s});
    // "" follows the system: its languages, most specific first, each followed by its bare language.
    const QStringList system = rz::LanguageLoader::candidates(QString(), german);
    QVERIFY2(system.contains(u"de_AT"_s), qPrintable(system.join(u' ')));
    QVERIFY(system.indexOf(u"de_AT"_s) < system.indexOf(u"de"_s));
    QCOMPARE(system.constLast(), u"de"_s);
    for (const QString &language : system)
        QVERIFY2(!language.contains(u'-'), qPrintable(language)); // file names use '_'
}

void tst_LanguageLoader::appFileNameIsPerLanguage() {
    const rz::LanguageLoader loader(u":/i18n"_s, m_qt->path());
    QCOMPARE(loader.appFilePath(u"de"_s), u":/i18n/rzconsole_de.qm"_s);
    QCOMPARE(loader.appFilePath(u"en"_s), u":/i18n/rzconsole_en.qm"_s);
}

void tst_LanguageLoader::loads_data() {
    QTest::addColumn<QString>("preference");
    QTest::addColumn<QLocale>("system");
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("appFile");
    QTest::addColumn<QString>("qtFile");

    const QLocale germany(QLocale::German, QLocale::Germany);
    const QLocale usa(QLocale::English, QLocale::UnitedStates);
    const QLocale france(QLocale::French, QLocale::France);
    QTest::newRow("German chosen on an English system")
        << u"de"_s << usa << u"de"_s << u"rzconsole_de.qm"_s << u"qtbase_de.qm"_s;
    QTest::newRow("English chosen on a German system")
        << u"en"_s << germany << u"en"_s << QString() << QString();
    QTest::newRow("system: German") << QString() << germany << u"de"_s << u"rzconsole_de.qm"_s
                                    << u"qtbase_de.qm"_s;
    QTest::newRow("system: English, though German exists")
        << QString() << usa << u"en"_s << QString() << QString();
    QTest::newRow("system: French, which has no translation")
        << QString() << france << u"en"_s << QString() << QString();
}

void tst_LanguageLoader::loads() {
    QFETCH(QString, preference);
    QFETCH(QLocale, system);
    QFETCH(QString, language);
    QFETCH(QString, appFile);
    QFETCH(QString, qtFile);
    QVERIFY(writeFile(QDir(m_app->path()).filePath(u"rzconsole_de.qm"_s), emptyTranslation()));
    QVERIFY(writeFile(QDir(m_qt->path()).filePath(u"qtbase_de.qm"_s), emptyTranslation()));
    QVERIFY(writeFile(QDir(m_qt->path()).filePath(u"qtbase_fr.qm"_s), emptyTranslation()));

    const rz::LanguageLoader loader(m_app->path(), m_qt->path());
    const rz::LanguageLoader::Loaded loaded = loader.load(preference, system);
    QCOMPARE(loaded.language, language);
    QCOMPARE(fileName(loaded.app), appFile);
    QCOMPARE(fileName(loaded.qt), qtFile);
    if (loaded.app)
        QCOMPARE(loaded.app->filePath(), loader.appFilePath(language));
}

void tst_LanguageLoader::missingFileKeepsEnglishWithoutMixing() {
    // Qt has German, the console not (yet): everything stays English rather than half German.
    QVERIFY(writeFile(QDir(m_qt->path()).filePath(u"qtbase_de.qm"_s), emptyTranslation()));
    const rz::LanguageLoader loader(m_app->path(), m_qt->path());
    for (const QString &preference : {u"de"_s, QString()}) {
        const rz::LanguageLoader::Loaded loaded = loader.load(preference, QLocale(QLocale::German));
        QCOMPARE(loaded.language, u"en"_s);
        QVERIFY(!loaded.app);
        QVERIFY(!loaded.qt);
    }
    // An English Qt translation, when there is one, goes with English.
    QVERIFY(writeFile(QDir(m_qt->path()).filePath(u"qtbase_en.qm"_s), emptyTranslation()));
    QCOMPARE(fileName(loader.load(u"de"_s, QLocale(QLocale::German)).qt), u"qtbase_en.qm"_s);
}

void tst_LanguageLoader::unreadableFileCountsAsMissing() {
    QVERIFY(writeFile(QDir(m_app->path()).filePath(u"rzconsole_de.qm"_s), "not a translation"_ba));
    QVERIFY(writeFile(QDir(m_qt->path()).filePath(u"qtbase_de.qm"_s), emptyTranslation()));
    const rz::LanguageLoader::Loaded loaded =
        rz::LanguageLoader(m_app->path(), m_qt->path()).load(u"de"_s, QLocale(QLocale::German));
    QCOMPARE(loaded.language, u"en"_s);
    QVERIFY(!loaded.app);
    QVERIFY(!loaded.qt);
}

void tst_LanguageLoader::defaultDirectoryIsTheResourcePrefix() {
    QCOMPARE(rz::LanguageLoader::defaultAppDirectory(), u":/i18n"_s);
    // The tests link the resources: the default loader finds the translation built from translations/.
    const rz::LanguageLoader::Loaded loaded = rz::LanguageLoader().load(u"de"_s, QLocale(QLocale::German));
    QCOMPARE(loaded.language, u"de"_s);
    QVERIFY(loaded.app);
    QCOMPARE(loaded.app->filePath(), u":/i18n/rzconsole_de.qm"_s);
}

QTEST_GUILESS_MAIN(tst_LanguageLoader)
#include "tst_languageloader.moc"
