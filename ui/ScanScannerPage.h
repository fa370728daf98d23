// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: rzconsole contributors
#pragma once

#include "domain/Explorer.h"
#include "domain/HostedZone.h"
#include "domain/ScanTemplate.h"
#include "ui/ScanFormPage.h"

#include <QHash>

class QButtonGroup;
class QComboBox;
class QLabel;
class QLineEdit;
class QRadioButton;

namespace rz {

class FieldProblemLabel;

// Who runs the scan (one explorer, an explorer group, or a hosted zone) and the scan template. The lists
// arrive from the console after the page is shown; until then the page says what it is waiting for.
class ScanScannerPage final : public ScanFormPage {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ScanScannerPage)
public:
    explicit ScanScannerPage(QWidget *parent = nullptr);
    ~ScanScannerPage() override;

    // The site being scanned: its explorers are offered first.
    void setSiteId(const QString &siteId);
    void setExplorers(const QList<Explorer> &explorers, const QHash<QString, QString> &siteNames);
    void setExplorersFailed(const QString &message);
    // Hosted zones are offered only when the organization has some.
    void setHostedZones(const QList<HostedZone> &zones);
    void setTemplates(const QList<ScanTemplate> &templates);
    void setTemplatesFailed(const QString &message);
    // The credential cannot list templates: the ID may be typed; `reason` says why.
    void setTemplatesUnavailable(const QString &reason);

    const QList<Explorer> &explorers() const;
    bool explorersKnown() const;

    void writeTo(ScanRequest &request) const override;
    void showCheck(const ScanCheck &check) override;
    QList<ScanField> fields() const override;

Q_SIGNALS:
    // A template was chosen from the list; its parameters fill the other tabs.
    void templateChosen(const QMap<QString, QString> &params);

private:
    void fillExplorerCombo();
    QString explorerText(const Explorer &explorer) const;

    QButtonGroup *m_choice;
    QRadioButton *m_explorerRadio;
    QComboBox *m_explorerCombo;
    QRadioButton *m_groupRadio;
    QLineEdit *m_groupEdit;
    QRadioButton *m_zoneRadio;
    QComboBox *m_zoneCombo;
    QLabel *m_status;
    FieldProblemLabel *m_scannerProblem;

    QComboBox *m_templateCombo;
    QLineEdit *m_templateEdit;
    QLabel *m_templateNote;
    FieldProblemLabel *m_templateProblem;

    QString m_siteId;
    QList<Explorer> m_explorers;
    QHash<QString, QString> m_siteNames;
    bool m_explorersKnown = false;
    bool m_typedTemplate = false; // the template ID is typed, not chosen from the list
    QList<ScanTemplate> m_templates;
};

} // namespace rz
