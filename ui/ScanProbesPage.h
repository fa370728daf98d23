// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: rzconsole contributors
#pragma once

#include "ui/ScanFormPage.h"

class QCheckBox;
class QLineEdit;

namespace rz {

class FieldProblemLabel;
class ProbeChecklist;

// Which probes run, and how subnets and hosts are pinged before they are scanned.
class ScanProbesPage final : public ScanFormPage {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ScanProbesPage)
public:
    explicit ScanProbesPage(QWidget *parent = nullptr);
    ~ScanProbesPage() override;

    void writeTo(ScanRequest &request) const override;
    void showCheck(const ScanCheck &check) override;
    void applyTemplate(const QMap<QString, QString> &params) override;
    QList<ScanField> fields() const override;

private:
    void updateEnabled();

    ProbeChecklist *m_probes;
    FieldProblemLabel *m_probesProblem;
    QCheckBox *m_subnetPing;
    QLineEdit *m_netSize;
    FieldProblemLabel *m_netSizeProblem;
    QLineEdit *m_sampleRate;
    FieldProblemLabel *m_sampleRateProblem;
    ProbeChecklist *m_subnetProbes;
    FieldProblemLabel *m_subnetProbesProblem;
    QCheckBox *m_hostPing;
    ProbeChecklist *m_hostProbes;
    FieldProblemLabel *m_hostProbesProblem;
};

} // namespace rz
