// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: rzconsole contributors
#pragma once

#include "ui/ScanFormPage.h"

class QCheckBox;
class QFormLayout;
class QLineEdit;

namespace rz {

class FieldProblemLabel;

// How fast and how thoroughly: packet rates, TCP ports, screenshots, passes and attempts.
class ScanOptionsPage final : public ScanFormPage {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ScanOptionsPage)
public:
    explicit ScanOptionsPage(QWidget *parent = nullptr);
    ~ScanOptionsPage() override;

    void writeTo(ScanRequest &request) const override;
    void showCheck(const ScanCheck &check) override;
    void applyTemplate(const QMap<QString, QString> &params) override;
    QList<ScanField> fields() const override;

private:
    struct Field {
        QLineEdit *edit = nullptr;
        FieldProblemLabel *problem = nullptr;
    };
    Field addField(const QString &label, const QString &name, const QString &placeholder, const QString &tip);

    QFormLayout *m_form;
    Field m_rate;
    Field m_maxHostRate;
    Field m_tcpPorts;
    Field m_tcpExcludes;
    Field m_passes;
    Field m_maxAttempts;
    QCheckBox *m_screenshots;
};

} // namespace rz
