// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: rzconsole contributors
#include "ui/ConnectionDialog.h"

#include "auth/ConnectionStore.h"
#include "auth/Redaction.h"
#include "auth/SecretStore.h"
#include "ui/ConnectionForm.h"
#include "ui/ConnectionMessageBar.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSignalBlocker>
#include <QVBoxLayout>
#include <utility>

using namespace Qt::StringLiterals;

namespace rz {

namespace {

constexpr int kIdRole = Qt::UserRole;

// For a backend's sentence quoted inside one of ours.
QString withoutFinalStop(const QString &sentence) {
    QString trimmed = sentence.trimmed();
    if (trimmed.endsWith(u'.'))
        trimmed.chop(1);
    return trimmed;
}

QString firstMessage(const ProfileProblems &problems) {
    return problems.isEmpty() ? QString() : problems.constFirst().message;
}

} // namespace

ConnectionDialog::ConnectionDialog(ConnectionStore &store, SecretStore &keychain, SecretStore &session,
                                   QWidget *parent)
    : QDialog(parent)
    , m_store(store)
    , m_secrets(keychain, session) {
    buildUi();
    const QList<ConnectionProfile> profiles = m_store.profiles();
    reloadList(profiles.isEmpty() ? QUuid() : profiles.constFirst().id);
    if (profiles.isEmpty()) {
        // The first time: say what is needed, where it comes from, and start with the first field.
        m_messageBar->showMessage(
            ConnectionMessageBar::Kind::Information,
            tr("Add a connection to your runZero console: a name, the console URL and an API token (export, "
               "organization or account token, created in the console's account or organization settings) "
               "or API client credentials. Then choose Connect."));
        m_form->focusFirstField();
    }
}

ConnectionDialog::~ConnectionDialog() = default;

void ConnectionDialog::buildUi() {
    setObjectName(u"connectionDialog"_s);
    setWindowTitle(tr("Connections"));
    setAccessibleName(tr("Connections"));

    m_list = new QListWidget(this);
    m_list->setObjectName(u"connectionList"_s);
    m_list->setAccessibleName(tr("Saved connections"));
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setEditTriggers(QAbstractItemView::EditKeyPressed | QAbstractItemView::DoubleClicked);

    m_addButton = new QPushButton(tr("&Add"), this);
    m_addButton->setObjectName(u"addButton"_s);
    m_addButton->setAccessibleName(tr("Add a connection"));
    m_renameButton = new QPushButton(tr("Rena&me"), this);
    m_renameButton->setObjectName(u"renameButton"_s);
    m_renameButton->setAccessibleName(tr("Rename the selected connection"));
    m_removeButton = new QPushButton(tr("Remo&ve"), this);
    m_removeButton->setObjectName(u"removeButton"_s);
    m_removeButton->setAccessibleName(tr("Remove the selected connection"));

    m_form = new ConnectionForm(m_store, this);

    m_testButton = new QPushButton(tr("&Test Connection"), this);
    m_testButton->setObjectName(u"testButton"_s);
    m_testButton->setAccessibleName(tr("Test the connection"));
    m_testResult = new QLabel(this);
    m_testResult->setObjectName(u"testResultLabel"_s);
    m_testResult->setAccessibleName(tr("Connection test result"));
    m_testResult->setWordWrap(true);
    m_testResult->setTextFormat(Qt::PlainText);

    m_messageBar = new ConnectionMessageBar(this);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Close, this);
    buttons->setObjectName(u"dialogButtons"_s);
    m_saveButton = buttons->button(QDialogButtonBox::Save);
    m_saveButton->setObjectName(u"saveButton"_s);
    m_saveButton->setAccessibleName(tr("Save the connection"));
    m_connectButton = buttons->addButton(tr("C&onnect"), QDialogButtonBox::AcceptRole);
    m_connectButton->setObjectName(u"connectButton"_s);
    m_connectButton->setAccessibleName(tr("Connect with the selected connection"));
    m_connectButton->setToolTip(tr("Save any changes and open this connection"));
    m_connectButton->setDefault(true);
    m_closeButton = buttons->button(QDialogButtonBox::Close);
    m_closeButton->setObjectName(u"closeButton"_s);
    m_closeButton->setAccessibleName(tr("Close the connection manager"));

    auto *listButtons = new QHBoxLayout;
    listButtons->addWidget(m_addButton);
    listButtons->addWidget(m_renameButton);
    listButtons->addWidget(m_removeButton);
    auto *left = new QVBoxLayout;
    left->addWidget(m_list, 1);
    left->addLayout(listButtons);

    auto *testRow = new QHBoxLayout;
    testRow->addWidget(m_testButton, 0, Qt::AlignTop);
    testRow->addWidget(m_testResult, 1);
    auto *right = new QVBoxLayout;
    right->addWidget(m_form);
    right->addLayout(testRow);
    right->addStretch(1);

    auto *columns = new QHBoxLayout;
    columns->addLayout(left, 1);
    columns->addLayout(right, 2);
    auto *outer = new QVBoxLayout(this);
    outer->addLayout(columns, 1);
    outer->addWidget(m_messageBar);
    outer->addWidget(buttons);

    connect(m_list, &QListWidget::currentItemChanged, this, &ConnectionDialog::showSelected);
    connect(m_list, &QListWidget::itemChanged, this, &ConnectionDialog::onItemRenamed);
    connect(m_addButton, &QPushButton::clicked, this, &ConnectionDialog::addConnection);
    connect(m_renameButton, &QPushButton::clicked, this, &ConnectionDialog::renameSelected);
    connect(m_removeButton, &QPushButton::clicked, this, &ConnectionDialog::confirmRemoval);
    connect(m_form, &ConnectionForm::edited, this, &ConnectionDialog::updateButtons);
    connect(m_testButton, &QPushButton::clicked, this, &ConnectionDialog::testConnection);
    connect(m_saveButton, &QPushButton::clicked, this, [this] {
        m_connectAfterSave = false;
        save();
    });
    connect(m_connectButton, &QPushButton::clicked, this, &ConnectionDialog::connectSelected);
    connect(buttons, &QDialogButtonBox::rejected, this, &ConnectionDialog::reject);
}

void ConnectionDialog::setConnectionTester(ConnectionTester tester) {
    m_tester = std::move(tester);
    updateButtons();
}

void ConnectionDialog::selectConnection(const QUuid &id) {
    reloadList(id);
}

QUuid ConnectionDialog::currentConnectionId() const {
    const QListWidgetItem *item = m_list->currentItem();
    return item ? item->data(kIdRole).toUuid() : QUuid();
}

void ConnectionDialog::reloadList(const QUuid &select) {
    {
        const QSignalBlocker blocker(m_list);
        m_list->clear();
        QListWidgetItem *current = nullptr;
        for (const ConnectionProfile &profile : m_store.profiles()) {
            auto *item = new QListWidgetItem(profile.name, m_list);
            item->setData(kIdRole, profile.id);
            item->setToolTip(profile.baseUrl.toDisplayString());
            item->setFlags(item->flags() | Qt::ItemIsEditable);
            if (profile.id == select)
                current = item;
        }
        m_list->setCurrentItem(current);
    }
    showSelected();
}

void ConnectionDialog::showSelected() {
    ++m_testGeneration; // a running test no longer concerns what is shown
    m_connectAfterSave = false;
    m_testing = false;
    m_testResult->clear();
    m_messageBar->dismiss();
    const std::optional<ConnectionProfile> profile = m_store.profile(currentConnectionId());
    if (profile)
        m_form->loadProfile(*profile);
    else
        m_form->startNew();
    updateButtons();
}

void ConnectionDialog::addConnection() {
    {
        const QSignalBlocker blocker(m_list);
        m_list->setCurrentItem(nullptr);
        m_list->clearSelection();
    }
    showSelected();
    m_form->focusFirstField();
}

void ConnectionDialog::renameSelected() {
    if (QListWidgetItem *item = m_list->currentItem())
        m_list->editItem(item);
}

void ConnectionDialog::onItemRenamed(QListWidgetItem *item) {
    const QUuid id = item->data(kIdRole).toUuid();
    const std::optional<ConnectionProfile> stored = m_store.profile(id);
    if (!stored)
        return;
    const QString newName = item->text().trimmed();
    if (newName == stored->name)
        return;
    const ProfileProblems problems = m_store.rename(id, newName);
    const QSignalBlocker blocker(m_list);
    if (!problems.isEmpty()) {
        item->setText(stored->name);
        m_messageBar->showMessage(ConnectionMessageBar::Kind::Error, firstMessage(problems));
        return;
    }
    item->setText(newName);
    if (id == currentConnectionId())
        m_form->followRename(newName);
    m_messageBar->showMessage(ConnectionMessageBar::Kind::Information,
                              tr("Renamed “%1” to “%2”.").arg(stored->name, newName));
    Q_EMIT connectionSaved(id);
}

void ConnectionDialog::confirmRemoval() {
    const std::optional<ConnectionProfile> profile = m_store.profile(currentConnectionId());
    if (!profile)
        return;
    const QUuid id = profile->id;
    m_messageBar->showMessage(ConnectionMessageBar::Kind::Warning,
                              tr("Remove the connection “%1” and its saved secret?").arg(profile->name),
                              tr("&Remove"), [this, id] { removeConnection(id); });
    m_messageBar->actionButton()->setFocus(Qt::OtherFocusReason);
}

void ConnectionDialog::removeConnection(const QUuid &id) {
    const std::optional<ConnectionProfile> profile = m_store.profile(id);
    if (!profile || !m_store.remove(id))
        return;
    const QString name = profile->name;
    reloadList({});
    m_messageBar->showMessage(ConnectionMessageBar::Kind::Information, tr("Removed “%1”.").arg(name));
    m_secrets.forget(*profile, this, [this, name](const SecretResult &result) {
        if (!result.failed())
            return;
        m_messageBar->showMessage(ConnectionMessageBar::Kind::Warning,
                                  tr("Removed “%1”, but its secret could not be removed from the system "
                                     "keychain: %2")
                                      .arg(name, result.errorMessage));
    });
    Q_EMIT connectionRemoved(id);
}

void ConnectionDialog::connectSelected() {
    if (m_busy)
        return;
    if (hasUnsavedEdits()) {
        if (!m_form->isValid())
            return;
        m_connectAfterSave = true;
        save();
        return;
    }
    const QUuid id = currentConnectionId();
    if (id.isNull())
        return;
    accept();
    Q_EMIT connectRequested(id);
}

bool ConnectionDialog::hasUnsavedEdits() const {
    const std::optional<ConnectionProfile> loaded = m_form->loadedProfile();
    return !loaded || !m_form->secret().isEmpty() || m_form->profile() != *loaded;
}

void ConnectionDialog::save() {
    if (m_busy || !m_form->isValid()) {
        m_connectAfterSave = false;
        return;
    }
    ConnectionProfile profile = m_form->profile();
    if (profile.id.isNull())
        profile.id = QUuid::createUuid();
    // Ask the store first, so that a profile it would refuse leaves no secret behind.
    const ProfileProblems problems = m_store.validate(profile);
    if (!problems.isEmpty()) {
        m_connectAfterSave = false;
        m_form->showProblems(problems);
        return;
    }
    m_messageBar->dismiss();
    const QString secret = m_form->secret();
    if (secret.isEmpty()) {
        commit(profile);
        return;
    }
    setBusy(true);
    if (profile.rememberSecret)
        storeSecret(profile, secret);
    else
        storeInSession(profile, secret);
}

void ConnectionDialog::storeSecret(const ConnectionProfile &profile, const QString &secret) {
    m_secrets.remember(profile, secret, this, [this, profile](const SecretResult &result) {
        if (result.ok()) {
            commit(profile);
            return;
        }
        setBusy(false);
        qCWarning(lcAuth) << "keychain refused the secret of connection" << redact(profile.name);
        m_messageBar->showMessage(ConnectionMessageBar::Kind::Warning,
                                  tr("The system keychain could not store the secret (%1). You can use it "
                                     "for this session only; it is then not saved anywhere.")
                                      .arg(withoutFinalStop(result.errorMessage)),
                                  tr("Use &for This Session Only"), [this] { useForSessionOnly(); });
    });
}

void ConnectionDialog::useForSessionOnly() {
    // Take what the form holds now: the message offering this does not keep the secret.
    if (m_busy || !m_form->isValid() || m_form->secret().isEmpty())
        return;
    ConnectionProfile profile = m_form->profile();
    if (profile.id.isNull())
        profile.id = QUuid::createUuid();
    profile.rememberSecret = false;
    const ProfileProblems problems = m_store.validate(profile);
    if (!problems.isEmpty()) {
        m_form->showProblems(problems);
        return;
    }
    setBusy(true);
    storeInSession(profile, m_form->secret());
}

void ConnectionDialog::storeInSession(const ConnectionProfile &profile, const QString &secret) {
    const std::optional<ConnectionProfile> before = m_store.profile(profile.id);
    // When the user no longer wants it remembered, the keychain's copy goes.
    const bool wasInKeychain = before && before->rememberSecret;
    m_secrets.keepForSession(
        profile, secret, wasInKeychain, this,
        [this, profile](const SecretResult &r) {
            if (!r.ok()) {
                setBusy(false);
                m_messageBar->showMessage(
                    ConnectionMessageBar::Kind::Error,
                    tr("The secret could not be kept for this session: %1").arg(r.errorMessage));
                return;
            }
            commit(profile);
        },
        [this, name = profile.name](const SecretResult &r) {
            if (!r.failed())
                return;
            m_messageBar->showMessage(
                ConnectionMessageBar::Kind::Warning,
                tr("Saved “%1”, but its earlier secret could not be removed from the system "
                   "keychain: %2")
                    .arg(name, r.errorMessage));
        });
}

void ConnectionDialog::commit(const ConnectionProfile &profile) {
    const bool isNew = !m_store.contains(profile.id);
    const ProfileProblems problems = isNew ? m_store.add(profile).problems : m_store.update(profile);
    setBusy(false);
    if (!problems.isEmpty()) {
        if (isNew)
            m_secrets.abandon(profile, this);
        m_connectAfterSave = false;
        m_form->showProblems(problems);
        m_messageBar->showMessage(ConnectionMessageBar::Kind::Error,
                                  tr("“%1” was not saved: %2").arg(profile.name, firstMessage(problems)));
        return;
    }
    const bool connectNow = std::exchange(m_connectAfterSave, false);
    reloadList(profile.id);
    m_messageBar->showMessage(ConnectionMessageBar::Kind::Information, tr("Saved “%1”.").arg(profile.name));
    Q_EMIT connectionSaved(profile.id);
    if (connectNow) {
        accept();
        Q_EMIT connectRequested(profile.id);
    }
}

void ConnectionDialog::testConnection() {
    if (!m_tester || !m_form->isValid() || m_testing)
        return;
    const int generation = ++m_testGeneration;
    m_testing = true;
    m_testResult->setText(tr("Testing the connection…"));
    updateButtons();

    const ConnectionProfile profile = m_form->profile();
    const QString typed = m_form->secret();
    const std::optional<ConnectionProfile> loaded = m_form->loadedProfile();
    if (!typed.isEmpty() || !loaded) {
        runTest(profile, typed, generation);
        return;
    }
    m_secrets.read(*loaded, this, [this, profile, generation](const SecretResult &result) {
        if (result.ok())
            runTest(profile, result.secret, generation);
        else if (result.notFound())
            showTestResult({false, tr("No secret is saved for this connection; enter it again.")},
                           generation);
        else
            showTestResult(
                {false, tr("The system keychain could not read the secret: %1").arg(result.errorMessage)},
                generation);
    });
}

void ConnectionDialog::runTest(const ConnectionProfile &profile, const QString &secret, int generation) {
    if (generation != m_testGeneration)
        return;
    m_tester(profile, secret, this,
             [this, generation](const ConnectionTestResult &result) { showTestResult(result, generation); });
}

void ConnectionDialog::showTestResult(const ConnectionTestResult &result, int generation) {
    if (generation != m_testGeneration)
        return;
    m_testing = false;
    m_testResult->setText(result.ok ? tr("Connection works: %1").arg(result.message)
                                    : tr("Connection failed: %1").arg(result.message));
    updateButtons();
}

void ConnectionDialog::setBusy(bool busy) {
    m_busy = busy;
    updateButtons();
}

void ConnectionDialog::updateButtons() {
    const bool selected = !currentConnectionId().isNull();
    const bool valid = m_form->isValid();
    m_list->setEnabled(!m_busy);
    m_addButton->setEnabled(!m_busy);
    m_renameButton->setEnabled(!m_busy && selected);
    m_removeButton->setEnabled(!m_busy && selected);
    m_form->setEnabled(!m_busy);
    m_saveButton->setEnabled(!m_busy && valid);
    m_connectButton->setEnabled(!m_busy && (hasUnsavedEdits() ? valid : selected));
    m_testButton->setEnabled(!m_busy && !m_testing && valid && bool(m_tester));
    m_testButton->setToolTip(m_tester ? QString() : tr("Connection tests are not available here."));
}

} // namespace rz
