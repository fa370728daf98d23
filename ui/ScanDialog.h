// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: rzconsole contributors
#pragma once

#include "domain/ApiError.h"
#include "domain/ScanRequest.h"
#include "domain/Site.h"
#include "domain/Task.h"
#include "session/ScanLaunch.h"

#include <QDialog>
#include <QPointer>

class QCheckBox;
class QComboBox;
class QFrame;
class QLabel;
class QPushButton;
class QTabWidget;

namespace rz {

class FieldProblemLabel;
class RequestPreviewDialog;
class ScanFormPage;
class ScanScannerPage;
class ScanScopePage;
class ScanService;

// Fills in and launches one scan: PUT /org/sites/{site_id}/scan with the spec's ScanOptions, through a
// ScanLaunch, which this renders.
//
// The form is checked as the user types; Launch stays disabled while anything is wrong, and while warnings
// (a very large scope, public addresses for an internal explorer, private ones for a hosted zone) are not
// confirmed. A launch is sent once and never retried. When its answer does not come (a timeout, a dropped
// connection, a server error), the dialog looks for a task of that name in the task list before it offers to
// send again, so that a scan is never launched twice by accident. Refusals are shown as sentences; the form
// keeps everything typed.
class ScanDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ScanDialog)
public:
    struct Setup {
        QList<Site> sites;        // of the current organization
        QString siteId;           // chosen at first; empty for the first site
        QString targets;          // pre-filled targets, e.g. the addresses of selected assets
        QString organizationName; // for the title
    };
    using LaunchState = ScanLaunch::State;

    // `service` must outlive the dialog.
    ScanDialog(ScanService &service, Setup setup, QWidget *parent = nullptr);
    ~ScanDialog() override;

    ScanRequest request() const;
    ScanCheck check() const;
    QByteArray requestBody() const; // exactly what Launch sends
    LaunchState launchState() const;
    QString message() const; // what the dialog last said about the launch
    bool canLaunch() const;

public Q_SLOTS:
    void launch();
    void showRequest();
    // Looks in the task list again for a launch whose outcome is unknown.
    void checkAgain();
    // Closing is refused while an answer is awaited: it would lose track of the scan.
    void reject() override;

Q_SIGNALS:
    // The console created the task (from the launch's answer, or found in the task list afterwards).
    void scanLaunched(const rz::Task &task);

private:
    void buildLayout();
    void loadChoices();
    void onSiteChanged();
    void revalidate();
    void updateButtons();
    // Shows what the launch says now (a refusal as an error, an open outcome as a warning).
    void renderLaunch();
    QString siteName(const QString &siteId) const;
    QString defaultName() const;
    QHash<QString, QString> siteNames() const;

    ScanService &m_service;
    ScanLaunch *m_scanLaunch; // the launch and its outcome; a child
    Setup m_setup;
    QLabel *m_intro;
    QComboBox *m_site;
    FieldProblemLabel *m_siteProblem;
    QTabWidget *m_tabs;
    ScanScopePage *m_scope;
    ScanScannerPage *m_scanner;
    QList<ScanFormPage *> m_pages;
    QFrame *m_warnings;
    QLabel *m_warningsText;
    QCheckBox *m_confirmWarnings;
    QFrame *m_messageBox;
    QLabel *m_message;
    QLabel *m_messageIcon = nullptr;
    QPushButton *m_checkAgain;
    QLabel *m_summary;
    QPushButton *m_showRequest;
    QPushButton *m_launch;
    QPushButton *m_close;
    QPointer<RequestPreviewDialog> m_preview;

    ScanCheck m_check;
    QStringList m_confirmedWarnings; // the warnings the user confirmed
    QString m_blockedReason;         // the credential cannot launch scans
    bool m_nameEdited = false;
};

} // namespace rz
