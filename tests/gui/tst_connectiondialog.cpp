// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: rzconsole contributors
#include "auth/ConnectionStore.h"
#include "auth/MemorySecretStore.h"
#include "gui/RefusingSecretStore.h"
#include "support/SettingsFile.h"
#include "ui/ConnectionDialog.h"

#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QTest>
#include <QToolButton>

using namespace Qt::StringLiterals;

namespace {

const QString kOrgToken = u"OT0123456789abcdef0123456789abcdef"_s;
const QString kDownloadToken = u"DTfedcba9876543210fedcba9876543210"_s;

} // namespace

class tst_ConnectionDialog final : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void detectedKindWhileTyping();
    void refusedTokensExplainWhy();
    void saveAndReopen();
    void urlValidation();
    void keychainFailureOffersSessionOnly();
    void rememberOffKeepsSecretForSession();
    void clientCredentials();
    void testConnectionUsesInjectedTester();
    void renameKeepsSecret();
    void removeDeletesSecret();
    void accessibilityAndTabOrder();

private:
    void openDialog(rz::SecretStore *keychain = nullptr);
    template<class T> T *child(const char *name) const {
        return m_dialog ? m_dialog->findChild<T *>(QLatin1StringView(name)) : nullptr;
    }
    void typeInto(const char *name, const QString &text);
    void fillNewConnection(const QString &name, const QString &token);

    rz::test::SettingsFile m_settings;
    std::unique_ptr<rz::ConnectionStore> m_store;
    std::unique_ptr<rz::MemorySecretStore> m_keychain;
    std::unique_ptr<rz::MemorySecretStore> m_session;
    std::unique_ptr<rz::ConnectionDialog> m_dialog;
};

void tst_ConnectionDialog::init() {
    QVERIFY(m_settings.create());
    m_store = std::make_unique<rz::ConnectionStore>(*m_settings);
    m_keychain = std::make_unique<rz::MemorySecretStore>();
    m_session = std::make_unique<rz::MemorySecretStore>();
}

void tst_ConnectionDialog::cleanup() {
    m_dialog.reset();
    m_store.reset();
    m_settings.reset();
    m_keychain.reset();
    m_session.reset();
}

void tst_ConnectionDialog::openDialog(rz::SecretStore *keychain) {
    m_dialog =
        std::make_unique<rz::ConnectionDialog>(*m_store, keychain ? *keychain : *m_keychain, *m_session);
    m_dialog->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_dialog.get()));
}

void tst_ConnectionDialog::typeInto(const char *name, const QString &text) {
    auto *edit = child<QLineEdit>(name);
    QVERIFY2(edit, name);
    edit->clear();
    QTest::keyClicks(edit, text);
    QCOMPARE(edit->text(), text);
}

void tst_ConnectionDialog::fillNewConnection(const QString &name, const QString &token) {
    typeInto("nameEdit", name);
    typeInto("tokenEdit", token);
}

void tst_ConnectionDialog::detectedKindWhileTyping() {
    openDialog();
    auto *kind = child<QLabel>("detectedKindLabel");
    auto *save = child<QPushButton>("saveButton");
    auto *token = child<QLineEdit>("tokenEdit");
    QVERIFY(kind && save && token);
    QCOMPARE(token->echoMode(), QLineEdit::Password);
    QVERIFY(!save->isEnabled());
    QVERIFY(!kind->isVisible()); // no "Type:" row without a token to name

    typeInto("tokenEdit", kOrgToken);
    QCOMPARE(kind->text(), u"Organization API token"_s);
    QVERIFY(kind->isVisible());
    QVERIFY(!save->isEnabled()); // no name yet
    QVERIFY(child<QLabel>("nameProblemLabel")->isVisible());
    typeInto("nameEdit", u"Production"_s);
    QVERIFY(!child<QLabel>("nameProblemLabel")->isVisible());
    QVERIFY(save->isEnabled());

    typeInto("tokenEdit", u"ET0123456789abcdef"_s);
    QCOMPARE(kind->text(), u"Export token"_s);
    typeInto("tokenEdit", u"XT0123456789abcdef"_s);
    QCOMPARE(kind->text(), u"Export token"_s);
    typeInto("tokenEdit", u"CT0123456789abcdef"_s);
    QCOMPARE(kind->text(), u"Account API token"_s);
    QVERIFY(save->isEnabled());

    // The show toggle reveals the token and hides it again.
    auto *show = child<QToolButton>("showTokenButton");
    QVERIFY(show);
    show->click();
    QCOMPARE(token->echoMode(), QLineEdit::Normal);
    show->click();
    QCOMPARE(token->echoMode(), QLineEdit::Password);
}

void tst_ConnectionDialog::refusedTokensExplainWhy() {
    openDialog();
    auto *problem = child<QLabel>("tokenProblemLabel");
    auto *save = child<QPushButton>("saveButton");
    QVERIFY(problem && save);
    fillNewConnection(u"Downloads"_s, kDownloadToken);
    QCOMPARE(child<QLabel>("detectedKindLabel")->text(), u"Download token"_s);
    QVERIFY(problem->isVisible());
    QVERIFY2(problem->text().contains(u"only download the Explorer, they cannot read the inventory"_s),
             qPrintable(problem->text()));
    QVERIFY(!save->isEnabled());
    // The field carries the sentence for screen readers too.
    QCOMPARE(child<QLineEdit>("tokenEdit")->accessibleDescription(), problem->text());

    typeInto("tokenEdit", u"ot0123456789abcdef"_s);
    QVERIFY(problem->text().contains(u"start with ET, OT or CT"_s));
    QVERIFY(!save->isEnabled());

    typeInto("tokenEdit", kOrgToken);
    QVERIFY(!problem->isVisible());
    QVERIFY(save->isEnabled());
    save->click();
    QTRY_COMPARE(m_store->profiles().size(), 1);

    // Nothing was stored for the refused tokens.
    QCOMPARE(m_keychain->size(), 1);
}

void tst_ConnectionDialog::saveAndReopen() {
    openDialog();
    QSignalSpy saved(m_dialog.get(), &rz::ConnectionDialog::connectionSaved);
    fillNewConnection(u"Production"_s, u"  "_s + kOrgToken + u" "_s);
    child<QPushButton>("saveButton")->click();
    QTRY_COMPARE(saved.count(), 1);

    const QUuid id = saved.at(0).at(0).toUuid();
    const std::optional<rz::ConnectionProfile> stored = m_store->profile(id);
    QVERIFY(stored);
    QCOMPARE(stored->name, u"Production"_s);
    QCOMPARE(stored->kind, rz::CredentialKind::Organization);
    QCOMPARE(stored->baseUrl, rz::ConnectionProfile::defaultBaseUrl());
    QVERIFY(stored->rememberSecret);
    QVERIFY(m_keychain->contains(stored->secretKey()));
    QCOMPARE(m_session->size(), 0);
    QCOMPARE(m_dialog->currentConnectionId(), id);

    // The secret is where it belongs, trimmed.
    bool read = false;
    m_keychain->readSecret(stored->secretKey(), this,
                           [&read](const rz::SecretResult &r) { read = r.ok() && r.secret == kOrgToken; });
    QTRY_VERIFY(read);

    // Reopen with a fresh store on the same settings file.
    m_dialog.reset();
    m_store.reset();
    m_store = std::make_unique<rz::ConnectionStore>(m_settings.reopen());
    openDialog();
    auto *list = child<QListWidget>("connectionList");
    QVERIFY(list);
    QCOMPARE(list->count(), 1);
    QCOMPARE(list->item(0)->text(), u"Production"_s);
    QCOMPARE(m_dialog->currentConnectionId(), id);
    QCOMPARE(child<QLineEdit>("nameEdit")->text(), u"Production"_s);
    QVERIFY(child<QLineEdit>("tokenEdit")->text().isEmpty());
    QCOMPARE(child<QLabel>("detectedKindLabel")->text(), u"Organization API token (saved)"_s);
    QVERIFY(child<QPushButton>("saveButton")->isEnabled()); // keeps the saved token

    const QByteArray contents = m_settings.contents();
    QVERIFY(contents.contains("Production"));
    QVERIFY(!contents.contains(kOrgToken.toUtf8()));
    QVERIFY(!contents.contains("0123456789abcdef"));
}

void tst_ConnectionDialog::urlValidation() {
    openDialog();
    auto *problem = child<QLabel>("urlProblemLabel");
    auto *save = child<QPushButton>("saveButton");
    QVERIFY(problem && save);
    QCOMPARE(child<QLineEdit>("urlEdit")->text(), u"https://console.runzero.com/api/v1.0"_s);
    fillNewConnection(u"Local"_s, kOrgToken);
    QVERIFY(save->isEnabled());

    typeInto("urlEdit", u"http://console.runzero.com/api/v1.0"_s);
    QVERIFY(problem->isVisible());
    QVERIFY(problem->text().contains(u"unencrypted"_s));
    QVERIFY(!save->isEnabled());

    typeInto("urlEdit", u"console.runzero.com"_s);
    QVERIFY(problem->text().contains(u"https://"_s));
    QVERIFY(!save->isEnabled());

    typeInto("urlEdit", u"http://127.0.0.1:8080/api/v1.0"_s);
    QVERIFY(!problem->isVisible());
    QVERIFY(save->isEnabled());
    save->click();
    QTRY_COMPARE(m_store->profiles().size(), 1);
    QCOMPARE(m_store->profiles().constFirst().baseUrl, QUrl(u"http://127.0.0.1:8080/api/v1.0"_s));
}

void tst_ConnectionDialog::keychainFailureOffersSessionOnly() {
    rz::test::RefusingSecretStore refusing;
    openDialog(&refusing);
    fillNewConnection(u"Locked"_s, kOrgToken);
    child<QPushButton>("saveButton")->click();

    auto *bar = child<QWidget>("connectionMessageBar");
    auto *message = child<QLabel>("messageLabel");
    auto *action = child<QPushButton>("messageActionButton");
    QVERIFY(bar && message && action);
    QTRY_VERIFY(bar->isVisible());
    QVERIFY2(message->text().contains(u"(The keyring is locked)"_s), qPrintable(message->text()));
    QVERIFY(message->text().contains(u"this session only"_s));
    QVERIFY(!message->text().contains(kOrgToken));
    QVERIFY(action->isVisible());
    QCOMPARE(refusing.writes(), 1);
    // Nothing saved yet, and the dialog is still usable.
    QVERIFY(m_store->profiles().isEmpty());
    QVERIFY(child<QPushButton>("saveButton")->isEnabled());

    action->click();
    QTRY_COMPARE(m_store->profiles().size(), 1);
    const rz::ConnectionProfile stored = m_store->profiles().constFirst();
    QVERIFY(!stored.rememberSecret);
    QVERIFY(m_session->contains(stored.secretKey()));
    QCOMPARE(refusing.writes(), 1);
    QVERIFY(!m_settings.contents().contains(kOrgToken.toUtf8()));
    QVERIFY(!child<QCheckBox>("rememberCheck")->isChecked());
}

void tst_ConnectionDialog::rememberOffKeepsSecretForSession() {
    openDialog();
    auto *remember = child<QCheckBox>("rememberCheck");
    QVERIFY(remember);
    QVERIFY(remember->isChecked());
    fillNewConnection(u"Session"_s, kOrgToken);
    remember->click();
    QVERIFY(!remember->isChecked());
    child<QPushButton>("saveButton")->click();
    QTRY_COMPARE(m_store->profiles().size(), 1);
    const rz::ConnectionProfile stored = m_store->profiles().constFirst();
    QVERIFY(!stored.rememberSecret);
    QVERIFY(m_session->contains(stored.secretKey()));
    QCOMPARE(m_keychain->size(), 0);

    // Switching back to the keychain needs the secret typed again.
    remember->click();
    QVERIFY(!child<QPushButton>("saveButton")->isEnabled());
    QVERIFY(child<QLabel>("tokenProblemLabel")->text().contains(u"again"_s));
    typeInto("tokenEdit", kOrgToken);
    child<QPushButton>("saveButton")->click();
    QTRY_VERIFY(m_keychain->contains(stored.secretKey()));
    QTRY_VERIFY(!m_session->contains(stored.secretKey()));
    QVERIFY(m_store->profile(stored.id)->rememberSecret);
}

void tst_ConnectionDialog::clientCredentials() {
    openDialog();
    auto *clientMode = child<QRadioButton>("clientModeRadio");
    QVERIFY(clientMode);
    typeInto("nameEdit", u"Automation"_s);
    clientMode->click();
    QVERIFY(!child<QLineEdit>("tokenEdit")->isVisible());
    QVERIFY(child<QLineEdit>("clientIdEdit")->isVisible());
    QVERIFY(child<QLineEdit>("clientSecretEdit")->isVisible());
    QCOMPARE(child<QLineEdit>("clientSecretEdit")->echoMode(), QLineEdit::Password);
    QVERIFY(!child<QPushButton>("saveButton")->isEnabled());

    typeInto("clientIdEdit", u"client-42"_s);
    QVERIFY(!child<QPushButton>("saveButton")->isEnabled());
    typeInto("clientSecretEdit", u"oauth-client-secret-value"_s);
    QVERIFY(child<QPushButton>("saveButton")->isEnabled());
    child<QPushButton>("saveButton")->click();
    QTRY_COMPARE(m_store->profiles().size(), 1);

    const rz::ConnectionProfile stored = m_store->profiles().constFirst();
    QCOMPARE(stored.kind, rz::CredentialKind::OAuthClient);
    QCOMPARE(stored.clientId, u"client-42"_s);
    QVERIFY(m_keychain->contains(stored.secretKey()));
    const QByteArray contents = m_settings.contents();
    QVERIFY(contents.contains("client-42"));
    QVERIFY(!contents.contains("oauth-client-secret-value"));
    // Reloaded as an OAuth profile.
    QVERIFY(clientMode->isChecked());
    QCOMPARE(child<QLineEdit>("clientIdEdit")->text(), u"client-42"_s);
}

void tst_ConnectionDialog::testConnectionUsesInjectedTester() {
    openDialog();
    auto *test = child<QPushButton>("testButton");
    auto *result = child<QLabel>("testResultLabel");
    QVERIFY(test && result);
    fillNewConnection(u"Tested"_s, kOrgToken);
    QVERIFY(!test->isEnabled()); // nothing injected

    QList<std::pair<rz::ConnectionProfile, QString>> calls;
    std::function<void(const rz::ConnectionTestResult &)> pending;
    m_dialog->setConnectionTester([&](const rz::ConnectionProfile &profile, const QString &secret, QObject *,
                                      std::function<void(const rz::ConnectionTestResult &)> done) {
        calls.append({profile, secret});
        pending = std::move(done);
    });
    QVERIFY(test->isEnabled());
    test->click();
    QCOMPARE(calls.size(), 1);
    QCOMPARE(calls.at(0).first.baseUrl, rz::ConnectionProfile::defaultBaseUrl());
    QCOMPARE(calls.at(0).first.kind, rz::CredentialKind::Organization);
    QCOMPARE(calls.at(0).second, kOrgToken);
    QVERIFY(!test->isEnabled()); // one test at a time
    QVERIFY(!result->text().isEmpty());
    pending({true, u"Signed in to organization Example."_s});
    QVERIFY(result->text().contains(u"Signed in to organization Example."_s));
    QVERIFY(test->isEnabled());

    // A saved connection is tested with its saved secret.
    child<QPushButton>("saveButton")->click();
    QTRY_COMPARE(m_store->profiles().size(), 1);
    QVERIFY(child<QLineEdit>("tokenEdit")->text().isEmpty());
    test->click();
    QTRY_COMPARE(calls.size(), 2);
    QCOMPARE(calls.at(1).second, kOrgToken);
    pending({false, u"The token was refused (401)."_s});
    QVERIFY(result->text().contains(u"The token was refused (401)."_s));
}

void tst_ConnectionDialog::renameKeepsSecret() {
    openDialog();
    fillNewConnection(u"Before"_s, kOrgToken);
    child<QPushButton>("saveButton")->click();
    QTRY_COMPARE(m_store->profiles().size(), 1);
    child<QPushButton>("addButton")->click();
    fillNewConnection(u"Other"_s, u"CT0123456789abcdef0123"_s);
    child<QPushButton>("saveButton")->click();
    QTRY_COMPARE(m_store->profiles().size(), 2);

    auto *list = child<QListWidget>("connectionList");
    QListWidgetItem *item = list->findItems(u"Before"_s, Qt::MatchExactly).value(0);
    QVERIFY(item);
    const QUuid id = item->data(Qt::UserRole).toUuid();
    const QString key = m_store->profile(id)->secretKey();
    item->setText(u"After"_s); // as the inline editor does
    QCOMPARE(m_store->profile(id)->name, u"After"_s);
    QCOMPARE(m_store->profile(id)->secretKey(), key);
    QVERIFY(m_keychain->contains(key));

    item->setText(u"other"_s); // taken (names are case-insensitive)
    QCOMPARE(item->text(), u"After"_s);
    QCOMPARE(m_store->profile(id)->name, u"After"_s);
    QVERIFY(child<QLabel>("messageLabel")->text().contains(u"already called"_s));
}

void tst_ConnectionDialog::removeDeletesSecret() {
    openDialog();
    QSignalSpy removed(m_dialog.get(), &rz::ConnectionDialog::connectionRemoved);
    fillNewConnection(u"Doomed"_s, kOrgToken);
    child<QPushButton>("saveButton")->click();
    QTRY_COMPARE(m_store->profiles().size(), 1);
    QCOMPARE(m_keychain->size(), 1);

    child<QPushButton>("removeButton")->click();
    // Asks first, without a modal box.
    QVERIFY(child<QWidget>("connectionMessageBar")->isVisible());
    QCOMPARE(m_store->profiles().size(), 1);
    child<QPushButton>("messageActionButton")->click();
    QCOMPARE(removed.count(), 1);
    QVERIFY(m_store->profiles().isEmpty());
    QTRY_COMPARE(m_keychain->size(), 0);
    QCOMPARE(child<QListWidget>("connectionList")->count(), 0);
    QVERIFY(m_dialog->currentConnectionId().isNull());
    QVERIFY(!child<QPushButton>("removeButton")->isEnabled());
}

void tst_ConnectionDialog::accessibilityAndTabOrder() {
    openDialog();
    const QList<QWidget *> widgets = m_dialog->findChildren<QWidget *>();
    for (QWidget *widget : widgets) {
        if (widget->focusPolicy() & Qt::TabFocus)
            QVERIFY2(!widget->accessibleName().isEmpty(), qPrintable(widget->objectName()));
    }

    // Left to right, top to bottom.
    const QStringList expected{u"connectionList"_s, u"addButton"_s,
                               u"renameButton"_s,   u"removeButton"_s,
                               u"nameEdit"_s,       u"urlEdit"_s,
                               u"tokenModeRadio"_s, u"clientModeRadio"_s,
                               u"tokenEdit"_s,      u"showTokenButton"_s,
                               u"clientIdEdit"_s,   u"clientSecretEdit"_s,
                               u"caBundleEdit"_s,   u"caBundleBrowseButton"_s,
                               u"rememberCheck"_s,  u"testButton"_s,
                               u"saveButton"_s,     u"closeButton"_s};
    QStringList chain;
    QWidget *start = child<QWidget>("connectionList");
    QVERIFY(start);
    QWidget *w = start;
    do {
        if (expected.contains(w->objectName()) && !chain.contains(w->objectName()))
            chain.append(w->objectName());
        w = w->nextInFocusChain();
    } while (w && w != start);
    QCOMPARE(chain, expected);
}

QTEST_MAIN(tst_ConnectionDialog)
#include "tst_connectiondialog.moc"
