// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: rzconsole contributors
#include "app/LanguageLoader.h"

#include <QDir>
#include <QFileInfo>
#include <QLibraryInfo>
#include <QTranslator>

using namespace Qt::StringLiterals;

namespace rz {

namespace {

// "de-DE" -> "de_DE", the form translation files are named with.
QString fileLanguage(QString language) {
    return language.replace(u'-', u'_');
}

// "de_DE" -> "de".
QString bareLanguage(const QString &language) {
    return language.section(u'_', 0, 0);
}

std::unique_ptr<QTranslator> loadFile(const QString &path) {
    if (!QFileInfo::exists(path))
        return nullptr;
    auto translator = std::make_unique<QTranslator>();
    if (!translator->load(path))
        return nullptr; // unreadable: as if it were not there
    return translator;
}

} // namespace

LanguageLoader::Loaded::Loaded() = default;
LanguageLoader::Loaded::Loaded(Loaded &&) noexcept = default;
LanguageLoader::Loaded &LanguageLoader::Loaded::operator=(Loaded &&) noexcept = default;
LanguageLoader::Loaded::~Loaded() = default;

LanguageLoader::LanguageLoader(QString appDirectory, QString qtDirectory)
    : m_appDirectory(std::move(appDirectory))
    , m_qtDirectory(std::move(qtDirectory)) {}

QString LanguageLoader::defaultAppDirectory() {
    return u":/i18n"_s;
}

QString LanguageLoader::defaultQtDirectory() {
    return QLibraryInfo::path(QLibraryInfo::TranslationsPath);
}

QString LanguageLoader::sourceLanguage() {
    return u"en"_s;
}

QStringList LanguageLoader::candidates(const QString &preference, const QLocale &system) {
    const QStringList wanted = preference.isEmpty() ? system.uiLanguages() : QStringList{preference};
    QStringList forms;
    for (const QString &entry : wanted) {
        const QString language = fileLanguage(entry.trimmed());
        if (!language.isEmpty() && language != "C"_L1)
            forms.append(language);
    }
    // Each language's bare form after the last of its specific ones ("de_Latn_AT", "de_AT", "de").
    QStringList languages;
    for (qsizetype i = 0; i < forms.size(); ++i) {
        const QString bare = bareLanguage(forms.at(i));
        for (const QString &form : {forms.at(i), bare}) {
            const bool runEnds = i + 1 == forms.size() || bareLanguage(forms.at(i + 1)) != bare;
            if ((form != bare || runEnds) && !languages.contains(form))
                languages.append(form);
        }
    }
    return languages;
}

QString LanguageLoader::appFilePath(const QString &language) const {
    return QDir(m_appDirectory).filePath(u"rzconsole_"_s + language + u".qm"_s);
}

LanguageLoader::Loaded LanguageLoader::load(const QString &preference, const QLocale &system) const {
    Loaded loaded;
    loaded.language = sourceLanguage();
    const QStringList languages = candidates(preference, system);
    for (const QString &language : languages) {
        if (std::unique_ptr<QTranslator> app = loadFile(appFilePath(language))) {
            loaded.app = std::move(app);
            loaded.language = language;
            break;
        }
        // English is preferred over whatever comes after it, and needs no file (the source texts are).
        if (bareLanguage(language) == sourceLanguage())
            break;
    }
    loaded.qt = loadQt(loaded.language);
    return loaded;
}

std::unique_ptr<QTranslator> LanguageLoader::loadQt(const QString &language) const {
    const QDir directory(m_qtDirectory);
    for (const QString &form : {language, bareLanguage(language)}) {
        if (std::unique_ptr<QTranslator> qt = loadFile(directory.filePath(u"qtbase_"_s + form + u".qm"_s)))
            return qt;
    }
    return nullptr;
}

} // namespace rz
