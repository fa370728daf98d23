// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: rzconsole contributors
#pragma once

#include "ui/ScanFormPage.h"

class QComboBox;
class QDateTimeEdit;
class QLineEdit;
class QRadioButton;

namespace rz {

class FieldProblemLabel;

// When the scan runs and how often, and the advanced options the API guide names (UDP ports, max hosts, max
// duration), which are sent only when set.
class ScanSchedulePage final : public ScanFormPage {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ScanSchedulePage)
public:
    explicit ScanSchedulePage(QWidget *parent = nullptr);
    ~ScanSchedulePage() override;

    void writeTo(ScanRequest &request) const override;
    void showCheck(const ScanCheck &check) override;
    void applyTemplate(const QMap<QString, QString> &params) override;
    QList<ScanField> fields() const override;

private:
    QComboBox *m_frequency;
    QRadioButton *m_startNow;
    QRadioButton *m_startAt;
    QDateTimeEdit *m_startTime;
    FieldProblemLabel *m_startProblem;
    QLineEdit *m_udpPorts;
    FieldProblemLabel *m_udpPortsProblem;
    QLineEdit *m_maxHosts;
    FieldProblemLabel *m_maxHostsProblem;
    QLineEdit *m_maxDuration;
    FieldProblemLabel *m_maxDurationProblem;
};

} // namespace rz
