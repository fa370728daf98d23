// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: rzconsole contributors
#include "ui/ScanOptionsPage.h"

#include "domain/PortList.h"
#include "ui/FieldProblemLabel.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace rz {

namespace {

// Sent when the rate field is left empty: what the dialog has always sent, and the rate of the API guide's
// examples. The spec names no default, so the field says what is sent instead of "Console default".
constexpr int DefaultRate = 1000; // packets per second

QString portNote(const QString &text) {
    const PortList ports = PortList::parse(text);
    if (!ports.ok() || ports.isEmpty())
        return {};
    const int count = ports.portCount();
    return count == 1 ? ScanOptionsPage::tr("1 port")
                      : ScanOptionsPage::tr("%1 ports").arg(QLocale().toString(count));
}

} // namespace

ScanOptionsPage::ScanOptionsPage(QWidget *parent)
    : ScanFormPage(parent)
    , m_form(new QFormLayout)
    , m_screenshots(new QCheckBox(tr("Take scree&nshots of web and remote-desktop services"), this)) {
    m_form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    auto *page = new QVBoxLayout(this);
    page->addLayout(m_form);
    page->addStretch(1); // spare room goes below the fields, not between them
    m_rate = addField(tr("&Rate (packets per second):"), u"rate"_s,
                      tr("%1 when left empty").arg(QLocale().toString(DefaultRate)),
                      tr("The most packets per second the scan sends in all."));
    m_maxHostRate = addField(tr("&Max host rate (packets per second):"), u"maxHostRate"_s,
                             tr("Console default"), tr("The most packets per second sent to any one host."));
    m_tcpPorts = addField(tr("&TCP ports:"), u"tcpPorts"_s, tr("Console default, e.g. 1-1000,5000-6000"),
                          tr("Ports and ranges separated by commas, 1 to 65535."));
    m_tcpExcludes = addField(tr("TCP ports to s&kip:"), u"tcpExcludes"_s, tr("None, e.g. 9100"),
                             tr("Ports never to probe, e.g. printers that print what they receive."));
    m_passes = addField(tr("Pass&es:"), u"passes"_s, tr("Console default"),
                        tr("How many times the scan goes over the targets."));
    m_maxAttempts = addField(tr("Ma&x attempts:"), u"maxAttempts"_s, tr("Console default"),
                             tr("How many times a probe is sent before a host counts as not answering."));
    m_screenshots->setObjectName(u"screenshotsCheck"_s);
    m_screenshots->setChecked(true);
    m_form->addRow(QString(), m_screenshots);

    connect(m_screenshots, &QCheckBox::toggled, this, &ScanOptionsPage::changed);
}

ScanOptionsPage::~ScanOptionsPage() = default;

ScanOptionsPage::Field ScanOptionsPage::addField(const QString &label, const QString &name,
                                                 const QString &placeholder, const QString &tip) {
    Field field;
    field.edit = new QLineEdit(this);
    field.edit->setObjectName(name + u"Edit"_s);
    field.edit->setPlaceholderText(placeholder);
    field.edit->setToolTip(tip);
    field.problem = new FieldProblemLabel(this);
    field.problem->setObjectName(name + u"Problem"_s);
    auto *caption = new QLabel(label, this);
    caption->setBuddy(field.edit);
    m_form->addRow(caption, FieldProblemLabel::stack(field.edit, field.problem, this));
    connect(field.edit, &QLineEdit::textChanged, this, &ScanOptionsPage::changed);
    return field;
}

void ScanOptionsPage::writeTo(ScanRequest &request) const {
    const QString rate = m_rate.edit->text();
    request.rate = rate.trimmed().isEmpty() ? QString::number(DefaultRate) : rate;
    request.maxHostRate = m_maxHostRate.edit->text();
    request.tcpPorts = m_tcpPorts.edit->text();
    request.tcpExcludes = m_tcpExcludes.edit->text();
    request.passes = m_passes.edit->text();
    request.maxAttempts = m_maxAttempts.edit->text();
    request.screenshots = m_screenshots->isChecked();
}

void ScanOptionsPage::showCheck(const ScanCheck &check) {
    m_rate.problem->setProblem(check.problems.value(ScanField::Rate));
    m_maxHostRate.problem->setProblem(check.problems.value(ScanField::MaxHostRate));
    m_tcpPorts.problem->setProblem(check.problems.value(ScanField::TcpPorts),
                                   portNote(m_tcpPorts.edit->text()));
    m_tcpExcludes.problem->setProblem(check.problems.value(ScanField::TcpExcludes),
                                      portNote(m_tcpExcludes.edit->text()));
    m_passes.problem->setProblem(check.problems.value(ScanField::Passes));
    m_maxAttempts.problem->setProblem(check.problems.value(ScanField::MaxAttempts));
}

void ScanOptionsPage::applyTemplate(const QMap<QString, QString> &params) {
    m_rate.edit->setText(params.value(u"rate"_s));
    m_maxHostRate.edit->setText(params.value(u"max-host-rate"_s));
    // "defaults" in a template means the console's default ports, which an empty field sends too.
    const auto ports = [&params](const QString &key) {
        const QString value = params.value(key);
        return value.trimmed().compare("defaults"_L1, Qt::CaseInsensitive) == 0 ? QString() : value;
    };
    m_tcpPorts.edit->setText(ports(u"tcp-ports"_s));
    m_tcpExcludes.edit->setText(ports(u"tcp-excludes"_s));
    m_passes.edit->setText(params.value(u"passes"_s));
    m_maxAttempts.edit->setText(params.value(u"max-attempts"_s));
    if (params.contains(u"screenshots"_s))
        m_screenshots->setChecked(
            params.value(u"screenshots"_s).trimmed().compare("false"_L1, Qt::CaseInsensitive) != 0);
}

QList<ScanField> ScanOptionsPage::fields() const {
    return {ScanField::Rate,        ScanField::MaxHostRate, ScanField::TcpPorts,
            ScanField::TcpExcludes, ScanField::Passes,      ScanField::MaxAttempts};
}

} // namespace rz
