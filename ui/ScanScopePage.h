// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: rzconsole contributors
#pragma once

#include "ui/ScanFormPage.h"

class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace rz {

class FieldProblemLabel;

// What to scan: targets and excludes with a live count of the addresses, the scan's name and description.
class ScanScopePage final : public ScanFormPage {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ScanScopePage)
public:
    explicit ScanScopePage(QWidget *parent = nullptr);
    ~ScanScopePage() override;

    void setTargets(const QString &targets);
    void setName(const QString &name);

    void writeTo(ScanRequest &request) const override;
    void showCheck(const ScanCheck &check) override;
    QList<ScanField> fields() const override;

Q_SIGNALS:
    // The user typed in the name (so a default name must no longer replace it).
    void nameEdited();

private:
    QPlainTextEdit *m_targets;
    FieldProblemLabel *m_targetsProblem;
    QLabel *m_summary;
    QPlainTextEdit *m_excludes;
    FieldProblemLabel *m_excludesProblem;
    QLineEdit *m_name;
    FieldProblemLabel *m_nameProblem;
    QLineEdit *m_description;
};

} // namespace rz
