// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: rzconsole contributors
#pragma once

#include <QLocale>
#include <QString>
#include <QStringList>
#include <memory>

class QTranslator;

namespace rz {

// Finds and loads the translations for the language preference: "" follows the system (its UI languages,
// most preferred first), "en" or "de" choose one. The console's own texts come from
// "<appDirectory>/rzconsole_<lang>.qm" (":/i18n" in the application), Qt's from "qtbase_<lang>.qm" in Qt's
// translations directory, always in the same language, so that dialogs never mix two. English is the
// language of the source texts: a language without its .qm file, or English found first among the system's,
// leaves everything in English.
class LanguageLoader final {
public:
    explicit LanguageLoader(QString appDirectory = defaultAppDirectory(),
                            QString qtDirectory = defaultQtDirectory());

    static QString defaultAppDirectory(); // ":/i18n", where the build puts the .qm files
    static QString defaultQtDirectory();  // Qt's translations
    static QString sourceLanguage();      // "en"

    // The languages to try, in order: the preference alone, or for "" the system's UI languages, each with
    // its bare language after it ("de_AT", "de").
    static QStringList candidates(const QString &preference, const QLocale &system);
    // The console's translation file for a language ("<appDirectory>/rzconsole_de.qm").
    QString appFilePath(const QString &language) const;

    struct Loaded {
        QString language;                 // the language in effect: "de", or "en" when nothing was loaded
        std::unique_ptr<QTranslator> app; // null: the English source texts
        std::unique_ptr<QTranslator> qt;  // null: Qt's English texts
        Loaded();
        Loaded(Loaded &&) noexcept;
        Loaded &operator=(Loaded &&) noexcept;
        ~Loaded();
    };
    // Loads, without installing, what the preference asks for.
    Loaded load(const QString &preference, const QLocale &system = QLocale::system()) const;

private:
    std::unique_ptr<QTranslator> loadQt(const QString &language) const;

    QString m_appDirectory;
    QString m_qtDirectory;
};

} // namespace rz
