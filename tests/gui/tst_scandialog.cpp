// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: rzconsole contributors
//
// The scan dialog driven offscreen against the simulated console: filling the form, the reasons shown while
// typing, the warnings that must be confirmed, the request preview, the launch and the task it creates (in
// the console's task list and in the Tasks view, followed while the simulator's clock advances), and refusals
// shown as sentences with the form kept. Set RZ_SCREENSHOT_DIR to keep pictures of the dialog.
#include "api/ApiClient.h"
#include "api/ScanService.h"
#include "models/TaskModel.h"
#include "session/TaskSession.h"
#include "sim/SimServer.h"
#include "support/TestConsole.h"
#include "ui/ProbeChecklist.h"
#include "ui/RequestPreviewDialog.h"
#include "ui/ScanDialog.h"
#include "ui/TasksPane.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTest>
#include <QTreeView>
#include <QUuid>

#include <memory>

using namespace Qt::StringLiterals;
using rz::sim::SimTokens;

namespace {

constexpr int Timeout = 60000; // generous: two cores shared with other builds

rz::sim::SimConfig testConfig() {
    rz::sim::SimConfig config = rz::test::simulatedData(11, 2, 40, 3);
    return config;
}

// The simulated console and a client with one of its tokens, aimed at the first organization.
struct Console {
    explicit Console(QString SimTokens::*token)
        : sim(testConfig()) {
        listening = sim.listen();
        client = std::make_unique<rz::ApiClient>(sim.baseUrl(), sim.tokens(0).*token);
        client->setOrganizationId(sim.organizationIds().at(0));
        service = std::make_unique<rz::ScanService>(*client);
    }
    Q_DISABLE_COPY_MOVE(Console)

    QList<rz::Site> sites() const {
        std::optional<rz::Result<QList<rz::Site>>> result;
        client->fetchSites(nullptr, [&result](const rz::Result<QList<rz::Site>> &r) { result = r; });
        if (!QTest::qWaitFor([&result] { return result.has_value(); }, Timeout) || !result->ok())
            return {};
        return result->value;
    }
    // The console's tasks named `name`, read with a separate request.
    QList<rz::Task> tasksNamed(const QString &name) const {
        std::optional<rz::Result<QList<rz::Task>>> result;
        service->fetchTasks({name, {}}, nullptr,
                            [&result](const rz::Result<QList<rz::Task>> &r) { result = r; });
        QList<rz::Task> named;
        if (!QTest::qWaitFor([&result] { return result.has_value(); }, Timeout) || !result->ok())
            return named;
        for (const rz::Task &task : result->value) {
            if (task.name == name)
                named.append(task);
        }
        return named;
    }
    // Opens `dialog` on the first of the console's sites, shown; true once its lists have arrived.
    bool openDialog();

    rz::sim::SimServer sim;
    bool listening = false;
    std::unique_ptr<rz::ApiClient> client;
    std::unique_ptr<rz::ScanService> service;
    std::unique_ptr<rz::ScanDialog> dialog;
};

template<class T> T *child(QWidget *parent, const QString &name) {
    T *found = parent->findChild<T *>(name);
    if (!found)
        qWarning("no child %s", qPrintable(name));
    return found;
}

void setText(QWidget *dialog, const QString &name, const QString &text) {
    if (auto *line = dialog->findChild<QLineEdit *>(name)) {
        line->clear();
        bool ascii = true;
        for (const QChar c : text)
            ascii = ascii && c.unicode() < 128;
        if (ascii)
            QTest::keyClicks(line, text); // typed, as the user would
        else
            line->setText(text); // key clicks take ASCII only
        return;
    }
    if (auto *plain = dialog->findChild<QPlainTextEdit *>(name)) {
        plain->setPlainText(text);
        return;
    }
    qWarning("no text field %s", qPrintable(name));
}

QString labelText(QWidget *dialog, const QString &name) {
    const QLabel *label = child<QLabel>(dialog, name);
    // Hidden on purpose (not merely on another tab): no text to show.
    return label && !label->isHidden() ? label->text() : QString();
}

void snapshot(QWidget *widget, const char *moment) {
    const QString dir = qEnvironmentVariable("RZ_SCREENSHOT_DIR");
    if (dir.isEmpty() || !widget)
        return;
    widget->grab().save(QDir(dir).filePath(QString::fromLatin1(QTest::currentTestFunction()) + u'-' +
                                           QLatin1StringView(moment) + u".png"_s));
}

// The dialog's lists have arrived: explorers, and the templates or the typed template field.
bool choicesLoaded(rz::ScanDialog *dialog) {
    return QTest::qWaitFor([dialog] { return child<QComboBox>(dialog, u"explorerCombo"_s)->count() > 0; },
                           Timeout);
}

bool Console::openDialog() {
    const QList<rz::Site> all = sites();
    if (all.isEmpty()) {
        qWarning("the console lists no sites");
        return false;
    }
    dialog = std::make_unique<rz::ScanDialog>(*service, rz::ScanDialog::Setup{all, all.first().id, {}, {}});
    dialog->show();
    return choicesLoaded(dialog.get());
}

} // namespace

class tst_ScanDialog final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }

    void fillPreviewLaunchAndFollow() {
        Console console(&SimTokens::accountToken);
        QVERIFY2(console.listening, qPrintable(console.sim.errorString()));
        const QList<rz::Site> sites = console.sites();
        QCOMPARE(sites.size(), 3);
        const rz::Site &site = sites.at(1); // 10.16.0.0/12 in the simulator

        rz::ScanDialog dialog(*console.service, {sites, site.id, {}, u"Test organization"_s});
        dialog.show();
        QVERIFY(choicesLoaded(&dialog));
        QCOMPARE(child<QComboBox>(&dialog, u"siteCombo"_s)->currentData().toString(), site.id);
        QCOMPARE(child<QPlainTextEdit>(&dialog, u"targetsEdit"_s)->toPlainText(), u"defaults"_s);
        // The organization has hosted zones (auto plus two named) and the account lists templates.
        QTRY_VERIFY_WITH_TIMEOUT(!child<QRadioButton>(&dialog, u"hostedZoneRadio"_s)->isHidden(), Timeout);
        QCOMPARE(child<QComboBox>(&dialog, u"hostedZoneCombo"_s)->count(), 3);
        QTRY_VERIFY_WITH_TIMEOUT(child<QComboBox>(&dialog, u"templateCombo"_s)->count() > 1, Timeout);
        QVERIFY(child<QLineEdit>(&dialog, u"templateEdit"_s)->isHidden());
        // The first explorer offered is a connected one, and the explorer choice is made.
        auto *explorers = child<QComboBox>(&dialog, u"explorerCombo"_s);
        QVERIFY(explorers->currentText().contains(u"connected"_s));
        QVERIFY(child<QRadioButton>(&dialog, u"explorerRadio"_s)->isChecked());
        const QString explorerId = explorers->currentData().toString();

        // The rate is a hint, not a value; left empty, the body holds the rate the dialog always sent.
        auto *rate = child<QLineEdit>(&dialog, u"rateEdit"_s);
        QVERIFY(rate->text().isEmpty());
        QVERIFY2(rate->placeholderText().contains(u"1,000"_s), qPrintable(rate->placeholderText()));
        QCOMPARE(QJsonDocument::fromJson(dialog.requestBody()).object().value(u"rate"_s).toString(),
                 u"1000"_s);
        setText(&dialog, u"rateEdit"_s, u"  "_s);
        QCOMPARE(QJsonDocument::fromJson(dialog.requestBody()).object().value(u"rate"_s).toString(),
                 u"1000"_s);

        const QString name = u"Lab scan from the dialog test"_s;
        setText(&dialog, u"targetsEdit"_s, u"10.16.0.0/24\n10.16.1.1-50, printer.lab.example"_s);
        setText(&dialog, u"excludesEdit"_s, u"10.16.0.1"_s);
        setText(&dialog, u"scanNameEdit"_s, name);
        setText(&dialog, u"scanDescriptionEdit"_s, u"Written by tst_scandialog"_s);
        setText(&dialog, u"rateEdit"_s, u"2,000"_s);
        setText(&dialog, u"tcpPortsEdit"_s, u"1\u20131000,5000-6000"_s);
        setText(&dialog, u"subnetPingNetSizeEdit"_s, u"256"_s);
        child<rz::ProbeChecklist>(&dialog, u"probeList"_s)->setChecked(u"snmp"_s, false);
        QCOMPARE(labelText(&dialog, u"scopeSummary"_s),
                 u"305 addresses and 1 host name to scan. Excludes take away 1 address."_s);
        QCOMPARE(labelText(&dialog, u"tcpPortsProblem"_s), u"2,001 ports"_s);
        QVERIFY(!child<QWidget>(&dialog, u"warningsBox"_s)->isVisibleTo(&dialog));
        auto *launch = child<QPushButton>(&dialog, u"launchButton"_s);
        QVERIFY(launch->isEnabled());
        snapshot(&dialog, "valid");
        if (auto *tabs = child<QTabWidget>(&dialog, u"scanTabs"_s);
            !qEnvironmentVariableIsEmpty("RZ_SCREENSHOT_DIR")) {
            for (int tab = 1; tab < tabs->count(); ++tab) {
                tabs->setCurrentIndex(tab);
                snapshot(&dialog, QByteArray("tab" + QByteArray::number(tab)).constData());
            }
            tabs->setCurrentIndex(0);
        }

        // The preview shows exactly the body Launch sends; every value is a string.
        QTest::mouseClick(child<QPushButton>(&dialog, u"showRequestButton"_s), Qt::LeftButton);
        auto *preview = child<rz::RequestPreviewDialog>(&dialog, u"requestPreview"_s);
        QVERIFY(preview && preview->isVisible());
        QCOMPARE(preview->bodyText().toUtf8(), dialog.requestBody());
        QCOMPARE(child<QLabel>(preview, u"requestLine"_s)->text(),
                 u"PUT /org/sites/"_s + site.id + u"/scan"_s);
        snapshot(preview, "preview");
        const QJsonObject body = QJsonDocument::fromJson(preview->bodyText().toUtf8()).object();
        for (auto it = body.constBegin(); it != body.constEnd(); ++it)
            QVERIFY2(it.value().isString(), qPrintable(it.key()));
        QCOMPARE(body.value(u"targets"_s).toString(), u"10.16.0.0/24 10.16.1.1-50 printer.lab.example"_s);
        QCOMPARE(body.value(u"excludes"_s).toString(), u"10.16.0.1"_s);
        QCOMPARE(body.value(u"explorer"_s).toString(), explorerId);
        QCOMPARE(body.value(u"rate"_s).toString(), u"2000"_s);
        QCOMPARE(body.value(u"tcp-ports"_s).toString(), u"1-1000,5000-6000"_s);
        QCOMPARE(body.value(u"subnet-ping-net-size"_s).toString(), u"256"_s);
        QVERIFY(!body.value(u"probes"_s).toString().split(u',').contains(u"snmp"_s));
        QVERIFY(body.value(u"probes"_s).toString().split(u',').contains(u"arp"_s));
        QVERIFY(!body.contains(u"udp-ports"_s)); // advanced options only when set
        // The preview follows the form while open.
        setText(&dialog, u"udpPortsEdit"_s, u"53,161"_s);
        QCOMPARE(
            QJsonDocument::fromJson(preview->bodyText().toUtf8()).object().value(u"udp-ports"_s).toString(),
            u"53,161"_s);
        preview->close();

        // The Tasks view follows what the dialog launches, polling quickly for the test.
        rz::TaskSession tasks(console.client.get());
        tasks.setPollIntervals(20, 80);
        rz::TasksPane pane(&tasks);
        pane.show();
        QSignalSpy announcements(&tasks, &rz::TaskSession::announcement);
        QSignalSpy launched(&dialog, &rz::ScanDialog::scanLaunched);
        connect(&dialog, &rz::ScanDialog::scanLaunched, &tasks, &rz::TaskSession::follow);

        QTest::mouseClick(launch, Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(launched.size(), 1, Timeout);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(dialog.launchState(), rz::ScanDialog::LaunchState::Launched);
        const rz::Task task = launched.first().first().value<rz::Task>();
        QCOMPARE(task.name, name);
        QCOMPARE(task.siteId, site.id);
        QCOMPARE(task.explorerId, explorerId);
        QCOMPARE(task.phase(), rz::Task::Phase::Queued);

        // The console has exactly one task of that name, with the options as sent.
        const QList<rz::Task> inConsole = console.tasksNamed(name);
        QCOMPARE(inConsole.size(), 1);
        QCOMPARE(inConsole.first().id, task.id);

        // In the Tasks view, and followed as the simulator's clock moves on.
        rz::TaskModel *model = tasks.model();
        QTRY_VERIFY_WITH_TIMEOUT(model->rowOfId(task.id) >= 0, Timeout);
        QVERIFY(tasks.isFollowing(task.id));
        const auto statusOf = [model, &task] {
            const int row = model->rowOfId(task.id);
            return row < 0 ? QString() : model->index(row, rz::TaskModel::Status).data().toString();
        };
        QCOMPARE(statusOf(), u"Queued"_s);
        console.sim.advanceClock(10);
        QTRY_COMPARE_WITH_TIMEOUT(statusOf(), u"Running"_s, Timeout);
        console.sim.advanceClock(120);
        QTRY_COMPARE_WITH_TIMEOUT(statusOf(), u"Finished"_s, Timeout);
        QTRY_VERIFY_WITH_TIMEOUT(!tasks.isFollowing(task.id), Timeout);
        QVERIFY(!model->index(model->rowOfId(task.id), rz::TaskModel::Result).data().toString().isEmpty());
        QStringList said;
        for (const QList<QVariant> &arguments : std::as_const(announcements))
            said.append(arguments.first().toString());
        QVERIFY2(said.first().contains(u"launched"_s), qPrintable(said.join(u" | "_s)));
        QVERIFY2(said.join(u' ').contains(u"is running"_s), qPrintable(said.join(u" | "_s)));
        QVERIFY2(said.last().contains(u"finished"_s), qPrintable(said.join(u" | "_s)));
        QVERIFY(said.last().contains(u"hosts alive"_s));
    }

    void reasonsWhileTyping() {
        Console console(&SimTokens::accountToken);
        QVERIFY2(console.listening, qPrintable(console.sim.errorString()));
        QVERIFY(console.openDialog());
        rz::ScanDialog &dialog = *console.dialog;
        auto *launch = child<QPushButton>(&dialog, u"launchButton"_s);
        auto *tabs = child<QTabWidget>(&dialog, u"scanTabs"_s);

        setText(&dialog, u"targetsEdit"_s, u"10.0.0.0/24 10.0.0.300 web..example 10.0.0.9-3"_s);
        QVERIFY(labelText(&dialog, u"targetsProblem"_s).contains(u"10.0.0.300"_s));
        QVERIFY(labelText(&dialog, u"targetsProblem"_s).contains(u"web..example"_s));
        QVERIFY(labelText(&dialog, u"targetsProblem"_s).contains(u"ends before it starts"_s));
        QVERIFY(!launch->isEnabled());
        QVERIFY(!tabs->tabIcon(0).isNull());
        QVERIFY(labelText(&dialog, u"problemSummary"_s).contains(u"10.0.0.300"_s));

        setText(&dialog, u"rateEdit"_s, u"0"_s);
        QCOMPARE(labelText(&dialog, u"rateProblem"_s), u"Must be at least 1."_s);
        QVERIFY(!tabs->tabIcon(2).isNull());
        setText(&dialog, u"tcpPortsEdit"_s, u"22,80,70000"_s);
        QVERIFY(labelText(&dialog, u"tcpPortsProblem"_s).contains(u"70000"_s));
        setText(&dialog, u"scanNameEdit"_s, QString());
        QVERIFY(!labelText(&dialog, u"scanNameProblem"_s).isEmpty());
        child<rz::ProbeChecklist>(&dialog, u"probeList"_s)->setSelection(QStringList());
        QVERIFY(!labelText(&dialog, u"probesProblem"_s).isEmpty());
        QVERIFY(labelText(&dialog, u"problemSummary"_s).startsWith(u"5 things to fix"_s));
        snapshot(&dialog, "invalid");

        // Fixed one by one, Launch comes back.
        setText(&dialog, u"targetsEdit"_s, u"10.0.0.0/24"_s);
        setText(&dialog, u"rateEdit"_s, u"500"_s);
        setText(&dialog, u"tcpPortsEdit"_s, u"22,80"_s);
        setText(&dialog, u"scanNameEdit"_s, u"Fixed"_s);
        QVERIFY(!launch->isEnabled());
        child<rz::ProbeChecklist>(&dialog, u"probeList"_s)->setSelection(std::nullopt);
        QVERIFY(tabs->tabIcon(0).isNull());
        QVERIFY(launch->isEnabled());
        QVERIFY(labelText(&dialog, u"problemSummary"_s).isEmpty());

        // An explorer group needs a UUID; choosing one is exclusive with the explorer.
        child<QRadioButton>(&dialog, u"explorerGroupRadio"_s)->setChecked(true);
        QVERIFY(!child<QRadioButton>(&dialog, u"explorerRadio"_s)->isChecked());
        QVERIFY(!labelText(&dialog, u"scannerProblem"_s).isEmpty());
        setText(&dialog, u"explorerGroupEdit"_s, u"not-a-uuid"_s);
        QVERIFY(labelText(&dialog, u"scannerProblem"_s).contains(u"UUID"_s));
        setText(&dialog, u"explorerGroupEdit"_s, QUuid::createUuid().toString(QUuid::WithoutBraces));
        QVERIFY(labelText(&dialog, u"scannerProblem"_s).isEmpty());
        QVERIFY(launch->isEnabled());
        QVERIFY(!QJsonDocument::fromJson(dialog.requestBody()).object().contains(u"explorer"_s));
    }

    void warningsNeedConfirming() {
        Console console(&SimTokens::accountToken);
        QVERIFY2(console.listening, qPrintable(console.sim.errorString()));
        QVERIFY(console.openDialog());
        rz::ScanDialog &dialog = *console.dialog;
        auto *launch = child<QPushButton>(&dialog, u"launchButton"_s);
        auto *confirm = child<QCheckBox>(&dialog, u"confirmWarningsCheck"_s);

        // Public addresses for an internal explorer.
        setText(&dialog, u"targetsEdit"_s, u"10.0.0.0/24 8.8.8.8"_s);
        QVERIFY(child<QWidget>(&dialog, u"warningsBox"_s)->isVisibleTo(&dialog));
        QVERIFY(labelText(&dialog, u"warningsText"_s).contains(u"public"_s));
        QVERIFY(!launch->isEnabled());
        confirm->setChecked(true);
        QVERIFY(launch->isEnabled());
        snapshot(&dialog, "warning");

        // A new warning needs a new confirmation: the scope grows beyond a /16.
        setText(&dialog, u"targetsEdit"_s, u"10.0.0.0/15 8.8.8.8"_s);
        QVERIFY(labelText(&dialog, u"warningsText"_s).contains(u"/16"_s));
        QVERIFY(!confirm->isChecked());
        QVERIFY(!launch->isEnabled());
        setText(&dialog, u"excludesEdit"_s, u"10.0.128.0/17 10.1.0.0/16"_s);
        QVERIFY(!labelText(&dialog, u"warningsText"_s).contains(u"/16"_s)); // the excludes bring it down
        QVERIFY(labelText(&dialog, u"warningsText"_s).contains(u"public"_s));
        QVERIFY(labelText(&dialog, u"scopeSummary"_s).startsWith(u"32,769 addresses to scan."_s));

        // Private addresses for a hosted zone; the sizes are "more than 2^64" style for IPv6.
        child<QRadioButton>(&dialog, u"hostedZoneRadio"_s)->setChecked(true);
        setText(&dialog, u"excludesEdit"_s, QString());
        setText(&dialog, u"targetsEdit"_s, u"192.168.1.0/24 fd00::/64 10.0.0.1"_s);
        QVERIFY(labelText(&dialog, u"warningsText"_s).contains(u"private"_s));
        // The summary opens with the count, as a sentence: a capital letter.
        QVERIFY2(labelText(&dialog, u"scopeSummary"_s).startsWith(u"More than 2^64 addresses to scan."_s),
                 qPrintable(labelText(&dialog, u"scopeSummary"_s)));
        QVERIFY(!launch->isEnabled());
        setText(&dialog, u"targetsEdit"_s, u"example.com 8.8.8.8"_s);
        QVERIFY(!child<QWidget>(&dialog, u"warningsBox"_s)->isVisibleTo(&dialog));
        QVERIFY(launch->isEnabled());
        QCOMPARE(
            QJsonDocument::fromJson(dialog.requestBody()).object().value(u"hosted-zone-name"_s).toString(),
            u"auto"_s);
    }

    void templateFillsTheForm() {
        Console console(&SimTokens::accountToken);
        QVERIFY2(console.listening, qPrintable(console.sim.errorString()));
        QVERIFY(console.openDialog());
        rz::ScanDialog &dialog = *console.dialog;
        auto *templates = child<QComboBox>(&dialog, u"templateCombo"_s);
        QTRY_VERIFY_WITH_TIMEOUT(templates->count() > 1, Timeout);
        const int sweep = templates->findText(u"Full TCP sweep (global)"_s);
        QVERIFY(sweep > 0);
        templates->setCurrentIndex(sweep);
        Q_EMIT templates->activated(sweep);
        QCOMPARE(child<QLineEdit>(&dialog, u"rateEdit"_s)->text(), u"500"_s);
        QCOMPARE(child<QLineEdit>(&dialog, u"tcpPortsEdit"_s)->text(), u"1-65535"_s);
        QCOMPARE(child<QLineEdit>(&dialog, u"maxHostRateEdit"_s)->text(), u"40"_s);
        const QJsonObject body = QJsonDocument::fromJson(dialog.requestBody()).object();
        QCOMPARE(body.value(u"scan-template"_s).toString(), templates->itemData(sweep).toString());

        // Launched with the template: the console accepts it.
        setText(&dialog, u"targetsEdit"_s, u"10.0.0.0/28"_s);
        QSignalSpy launched(&dialog, &rz::ScanDialog::scanLaunched);
        QTest::mouseClick(child<QPushButton>(&dialog, u"launchButton"_s), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(launched.size(), 1, Timeout);
        QCOMPARE(launched.first().first().value<rz::Task>().templateId,
                 templates->itemData(sweep).toString());
    }

    void refusalsKeepTheForm() {
        // An organization token cannot list templates: the ID is typed, and a wrong one is refused (422).
        Console console(&SimTokens::organizationToken);
        QVERIFY2(console.listening, qPrintable(console.sim.errorString()));
        QVERIFY(console.openDialog());
        rz::ScanDialog &dialog = *console.dialog;
        QVERIFY(!child<QLineEdit>(&dialog, u"templateEdit"_s)->isHidden());
        QVERIFY(child<QComboBox>(&dialog, u"templateCombo"_s)->isHidden());
        QVERIFY(labelText(&dialog, u"templateNote"_s).contains(u"account API token"_s));
        const QString unknownTemplate = QUuid::createUuid().toString(QUuid::WithoutBraces);
        setText(&dialog, u"templateEdit"_s, unknownTemplate);
        setText(&dialog, u"targetsEdit"_s, u"10.0.0.0/28"_s);
        setText(&dialog, u"scanNameEdit"_s, u"Refused scan"_s);
        const QByteArray before = dialog.requestBody();
        auto *launch = child<QPushButton>(&dialog, u"launchButton"_s);
        QTest::mouseClick(launch, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(labelText(&dialog, u"launchMessage"_s).contains(u"not launched"_s), Timeout);
        QVERIFY(labelText(&dialog, u"launchMessage"_s).contains(unknownTemplate));
        QCOMPARE(dialog.launchState(), rz::ScanDialog::LaunchState::Editing);
        QCOMPARE(dialog.requestBody(), before); // everything typed is still there
        QVERIFY(launch->isEnabled());
        QVERIFY(dialog.isVisible());
        QVERIFY(console.tasksNamed(u"Refused scan"_s).isEmpty());
        snapshot(&dialog, "refused");

        // A site that no longer exists: 404, said in a sentence.
        rz::Site gone;
        gone.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        gone.name = u"Gone"_s;
        rz::ScanDialog missing(*console.service, {{gone}, gone.id, u"10.0.0.1"_s, {}});
        missing.show();
        QVERIFY(choicesLoaded(&missing));
        QTest::mouseClick(child<QPushButton>(&missing, u"launchButton"_s), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(labelText(&missing, u"launchMessage"_s).contains(u"could not find"_s),
                                 Timeout);
        QVERIFY(labelText(&missing, u"launchMessage"_s).contains(gone.id));
    }

    void unknownCredentialIsRefused() {
        // A revoked organization token: the lists fail with the reason and a launch gets 401, in words.
        rz::sim::SimServer sim(testConfig());
        QVERIFY(sim.listen());
        rz::ApiClient client(sim.baseUrl(), u"OT0000000000000000000000000000000"_s);
        rz::ScanService service(client);
        rz::Site site;
        site.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        site.name = u"Somewhere"_s;
        rz::ScanDialog dialog(service, {{site}, site.id, u"10.0.0.1"_s, {}});
        dialog.show();
        QTRY_VERIFY_WITH_TIMEOUT(labelText(&dialog, u"scannerStatus"_s).contains(u"could not be loaded"_s),
                                 Timeout);
        child<QRadioButton>(&dialog, u"explorerGroupRadio"_s)->setChecked(true);
        setText(&dialog, u"explorerGroupEdit"_s, QUuid::createUuid().toString(QUuid::WithoutBraces));
        QTest::mouseClick(child<QPushButton>(&dialog, u"launchButton"_s), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(
            labelText(&dialog, u"launchMessage"_s).contains(u"did not accept the credential"_s), Timeout);
        QCOMPARE(dialog.launchState(), rz::ScanDialog::LaunchState::Editing);
    }

    void exportTokenCannotLaunch() {
        Console console(&SimTokens::exportToken);
        QVERIFY2(console.listening, qPrintable(console.sim.errorString()));
        QVERIFY(!console.service->canUseOrganizationApi());
        const QList<rz::Site> sites = console.sites();
        QVERIFY(!sites.isEmpty());
        const qint64 requestsBefore = console.sim.requestCount();
        rz::ScanDialog dialog(*console.service, {sites, sites.first().id, u"10.0.0.1"_s, {}});
        dialog.show();
        QVERIFY(labelText(&dialog, u"problemSummary"_s).contains(u"export token"_s));
        QVERIFY(!child<QPushButton>(&dialog, u"launchButton"_s)->isEnabled());
        QTest::qWait(50);
        QCOMPARE(console.sim.requestCount(), requestsBefore); // nothing was asked of the console
    }
};

QTEST_MAIN(tst_ScanDialog)
#include "tst_scandialog.moc"
