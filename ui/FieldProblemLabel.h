// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: rzconsole contributors
#pragma once

#include <QLabel>

namespace rz {

// The reason a form field is not acceptable, shown right under it in a warning colour; hidden while there is
// none. A note (e.g. "3 ports") is shown the same way in the ordinary text colour.
class FieldProblemLabel final : public QLabel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FieldProblemLabel)
public:
    explicit FieldProblemLabel(QWidget *parent = nullptr);
    ~FieldProblemLabel() override;

    // Shows `problem`, or else `note`, or hides the label when both are empty.
    void setProblem(const QString &problem, const QString &note = {});
    bool hasProblem() const;

    // The editor with a problem label under it, as one widget for a form row.
    static QWidget *stack(QWidget *editor, FieldProblemLabel *problem, QWidget *parent);

protected:
    void changeEvent(QEvent *event) override;

private:
    void applyColour();

    bool m_problem = false;
    bool m_applying = false;
};

} // namespace rz
