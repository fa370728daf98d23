// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: rzconsole contributors
//
// What tst_language (the German texts) and tst_accelerators (one accelerator letter per key) both need: the
// translators of a language installed as the application installs them, a text's accelerator, and a scan
// dialog's console.
#pragma once

#include "api/ApiClient.h"
#include "api/ScanService.h"
#include "app/LanguageLoader.h"
#include "gui/SimulatedWindow.h"
#include "sim/SimServer.h"

#include <QCoreApplication>
#include <QLocale>
#include <QRegularExpression>
#include <QString>
#include <QTest>

#include <memory>
#include <optional>

namespace rz::test {

inline const QLocale EnglishSystem(QLocale::English, QLocale::UnitedStates);
inline const QLocale GermanSystem(QLocale::German, QLocale::Germany);

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

// The accelerator of a text, lower case ("Sc&an" -> 'a'); null without one ("&&" is a literal '&').
inline QChar mnemonic(const QString &text) {
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

inline QString withoutMnemonic(QString text) {
    using namespace Qt::StringLiterals;
    static const QRegularExpression single(u"&(?!&)"_s);
    return text.remove(single);
}

// The simulated console, a client aimed at its first organization and that organization's sites: what a
// scan dialog needs.
struct ScanConsole {
    ScanConsole()
        : sim(simulatedData(/*seed*/ 3, /*organizations*/ 1, /*assets*/ 10, /*sites*/ 2)) {
        if (!sim.listen())
            return;
        client = std::make_unique<rz::ApiClient>(sim.baseUrl(), sim.tokens(0).accountToken);
        client->setOrganizationId(sim.organizationIds().at(0));
        service = std::make_unique<rz::ScanService>(*client);
        std::optional<rz::Result<QList<rz::Site>>> result;
        client->fetchSites(nullptr, [&result](const rz::Result<QList<rz::Site>> &r) { result = r; });
        constexpr int timeout = 60000; // generous: two cores shared with other builds
        if (QTest::qWaitFor([&result] { return result.has_value(); }, timeout) && result->ok())
            sites = result->value;
    }
    Q_DISABLE_COPY_MOVE(ScanConsole)

    rz::sim::SimServer sim;
    std::unique_ptr<rz::ApiClient> client;
    std::unique_ptr<rz::ScanService> service;
    QList<rz::Site> sites;
};

} // namespace rz::test
