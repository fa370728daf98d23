// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: rzconsole contributors
#include "ui/ScanScopePage.h"

#include "ui/FieldProblemLabel.h"

#include <QFontDatabase>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace rz {

namespace {

QPlainTextEdit *addressEditor(const QString &objectName, const QString &placeholder, int lines,
                              QWidget *parent) {
    auto *editor = new QPlainTextEdit(parent);
    editor->setObjectName(objectName);
    editor->setPlaceholderText(placeholder);
    editor->setTabChangesFocus(true);
    editor->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    editor->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    editor->setFixedHeight(editor->fontMetrics().lineSpacing() * lines + 12);
    return editor;
}

FieldProblemLabel *problemLabel(const QString &objectName, QWidget *parent) {
    auto *label = new FieldProblemLabel(parent);
    label->setObjectName(objectName);
    return label;
}

} // namespace

ScanScopePage::ScanScopePage(QWidget *parent)
    : ScanFormPage(parent)
    , m_targets(addressEditor(u"targetsEdit"_s,
                              tr("One per line or separated by spaces: 10.0.0.0/24, 10.0.1.1-10.0.1.50, "
                                 "2001:db8::1, host.example.com, or “defaults” for the site\u2019s scope"),
                              5, this))
    , m_targetsProblem(problemLabel(u"targetsProblem"_s, this))
    , m_summary(new QLabel(this))
    , m_excludes(addressEditor(u"excludesEdit"_s, tr("Addresses, ranges or blocks to leave out (optional)"),
                               2, this))
    , m_excludesProblem(problemLabel(u"excludesProblem"_s, this))
    , m_name(new QLineEdit(this))
    , m_nameProblem(problemLabel(u"scanNameProblem"_s, this))
    , m_description(new QLineEdit(this)) {
    m_summary->setObjectName(u"scopeSummary"_s);
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::PlainText);
    m_name->setObjectName(u"scanNameEdit"_s);
    m_name->setMaxLength(200);
    m_description->setObjectName(u"scanDescriptionEdit"_s);
    m_description->setPlaceholderText(tr("Optional"));

    auto *targets = new QWidget(this);
    auto *targetsLayout = new QVBoxLayout(targets);
    targetsLayout->setContentsMargins(0, 0, 0, 0);
    targetsLayout->setSpacing(2);
    targetsLayout->addWidget(m_targets);
    targetsLayout->addWidget(m_targetsProblem);
    targetsLayout->addWidget(m_summary);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    auto *page = new QVBoxLayout(this);
    page->addLayout(form);
    page->addStretch(1); // spare room goes below the fields, not between them
    const auto row = [this, form](const QString &text, QWidget *buddy, QWidget *field) {
        auto *label = new QLabel(text, this);
        label->setBuddy(buddy);
        form->addRow(label, field);
    };
    row(tr("&Targets:"), m_targets, targets);
    row(tr("E&xcludes:"), m_excludes, FieldProblemLabel::stack(m_excludes, m_excludesProblem, this));
    row(tr("Scan &name:"), m_name, FieldProblemLabel::stack(m_name, m_nameProblem, this));
    row(tr("&Description:"), m_description, m_description);

    connect(m_targets, &QPlainTextEdit::textChanged, this, &ScanScopePage::changed);
    connect(m_excludes, &QPlainTextEdit::textChanged, this, &ScanScopePage::changed);
    connect(m_name, &QLineEdit::textChanged, this, &ScanScopePage::changed);
    connect(m_name, &QLineEdit::textEdited, this, &ScanScopePage::nameEdited);
    connect(m_description, &QLineEdit::textChanged, this, &ScanScopePage::changed);
}

ScanScopePage::~ScanScopePage() = default;

void ScanScopePage::setTargets(const QString &targets) {
    m_targets->setPlainText(targets);
}

void ScanScopePage::setName(const QString &name) {
    m_name->setText(name);
}

void ScanScopePage::writeTo(ScanRequest &request) const {
    request.targets = m_targets->toPlainText();
    request.excludes = m_excludes->toPlainText();
    request.name = m_name->text();
    request.description = m_description->text();
}

void ScanScopePage::showCheck(const ScanCheck &check) {
    m_targetsProblem->setProblem(check.problems.value(ScanField::Targets));
    m_excludesProblem->setProblem(check.problems.value(ScanField::Excludes));
    m_nameProblem->setProblem(check.problems.value(ScanField::Name));
    m_summary->setText(check.scopeSummary);
    m_summary->setVisible(!check.scopeSummary.isEmpty());
}

QList<ScanField> ScanScopePage::fields() const {
    return {ScanField::Targets, ScanField::Excludes, ScanField::Name};
}

} // namespace rz
