// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: rzconsole contributors
#include "ui/ScanSchedulePage.h"

#include "ui/FieldProblemLabel.h"

#include <QComboBox>
#include <QDateTimeEdit>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QRadioButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace rz {

namespace {

template<class T> T *named(T *widget, const QString &objectName) {
    widget->setObjectName(objectName);
    return widget;
}

QString frequencyName(const QString &frequency) {
    if (frequency == "once"_L1)
        return ScanSchedulePage::tr("Once");
    if (frequency == "hourly"_L1)
        return ScanSchedulePage::tr("Every hour");
    if (frequency == "daily"_L1)
        return ScanSchedulePage::tr("Every day");
    if (frequency == "weekly"_L1)
        return ScanSchedulePage::tr("Every week");
    if (frequency == "monthly"_L1)
        return ScanSchedulePage::tr("Every month");
    if (frequency == "continuous"_L1)
        return ScanSchedulePage::tr("Continuously");
    return frequency;
}

} // namespace

ScanSchedulePage::ScanSchedulePage(QWidget *parent)
    : ScanFormPage(parent)
    , m_frequency(named(new QComboBox(this), u"frequencyCombo"_s))
    , m_startNow(named(new QRadioButton(tr("&Now"), this), u"startNowRadio"_s))
    , m_startAt(named(new QRadioButton(tr("A&t:"), this), u"startAtRadio"_s))
    , m_startTime(named(new QDateTimeEdit(this), u"startTimeEdit"_s))
    , m_startProblem(named(new FieldProblemLabel(this), u"startTimeProblem"_s))
    , m_udpPorts(named(new QLineEdit(this), u"udpPortsEdit"_s))
    , m_udpPortsProblem(named(new FieldProblemLabel(this), u"udpPortsProblem"_s))
    , m_maxHosts(named(new QLineEdit(this), u"maxHostsEdit"_s))
    , m_maxHostsProblem(named(new FieldProblemLabel(this), u"maxHostsProblem"_s))
    , m_maxDuration(named(new QLineEdit(this), u"maxDurationEdit"_s))
    , m_maxDurationProblem(named(new FieldProblemLabel(this), u"maxDurationProblem"_s)) {
    const QStringList frequencies = ScanRequest::frequencies();
    for (const QString &frequency : frequencies)
        m_frequency->addItem(frequencyName(frequency), frequency);

    m_startNow->setChecked(true);
    m_startTime->setCalendarPopup(true);
    m_startTime->setAccessibleName(tr("Start time"));
    m_startTime->setDateTime(QDateTime::currentDateTime().addSecs(3600));
    m_startTime->setEnabled(false);
    auto *start = new QWidget(this);
    auto *startLayout = new QHBoxLayout(start);
    startLayout->setContentsMargins(0, 0, 0, 0);
    startLayout->addWidget(m_startNow);
    startLayout->addWidget(m_startAt);
    startLayout->addWidget(m_startTime, 1);

    auto *schedule = new QGroupBox(tr("Schedule"), this);
    auto *scheduleForm = new QFormLayout(schedule);
    auto *frequencyLabel = new QLabel(tr("&Repeat:"), schedule);
    frequencyLabel->setBuddy(m_frequency);
    scheduleForm->addRow(frequencyLabel, m_frequency);
    scheduleForm->addRow(tr("Start:"), FieldProblemLabel::stack(start, m_startProblem, schedule));

    m_udpPorts->setPlaceholderText(tr("Not sent, e.g. 53,123,161"));
    m_maxHosts->setPlaceholderText(tr("Not sent"));
    m_maxDuration->setPlaceholderText(tr("Not sent"));
    m_maxDuration->setToolTip(
        tr("Sent as max-duration, a whole number, in the unit the console uses for it."));
    auto *advanced = new QGroupBox(tr("Advanced (named in the API guide; sent only when set)"), this);
    auto *advancedForm = new QFormLayout(advanced);
    const auto row = [advanced, advancedForm](const QString &text, QLineEdit *edit,
                                              FieldProblemLabel *problem) {
        auto *label = new QLabel(text, advanced);
        label->setBuddy(edit);
        advancedForm->addRow(label, FieldProblemLabel::stack(edit, problem, advanced));
    };
    row(tr("&UDP ports:"), m_udpPorts, m_udpPortsProblem);
    row(tr("Ma&x hosts:"), m_maxHosts, m_maxHostsProblem);
    row(tr("Max &duration:"), m_maxDuration, m_maxDurationProblem);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(schedule);
    layout->addWidget(advanced);
    layout->addStretch(1);

    connect(m_frequency, &QComboBox::currentIndexChanged, this, &ScanSchedulePage::changed);
    connect(m_startAt, &QRadioButton::toggled, this, [this](bool at) {
        m_startTime->setEnabled(at);
        Q_EMIT changed();
    });
    connect(m_startTime, &QDateTimeEdit::dateTimeChanged, this, &ScanSchedulePage::changed);
    for (QLineEdit *edit : {m_udpPorts, m_maxHosts, m_maxDuration})
        connect(edit, &QLineEdit::textChanged, this, &ScanSchedulePage::changed);
}

ScanSchedulePage::~ScanSchedulePage() = default;

void ScanSchedulePage::writeTo(ScanRequest &request) const {
    request.frequency = m_frequency->currentData().toString();
    request.startTime = m_startAt->isChecked() ? m_startTime->dateTime().toSecsSinceEpoch() : 0;
    request.udpPorts = m_udpPorts->text();
    request.maxHosts = m_maxHosts->text();
    request.maxDuration = m_maxDuration->text();
}

void ScanSchedulePage::showCheck(const ScanCheck &check) {
    m_startProblem->setProblem(check.problems.value(ScanField::StartTime));
    m_udpPortsProblem->setProblem(check.problems.value(ScanField::UdpPorts));
    m_maxHostsProblem->setProblem(check.problems.value(ScanField::MaxHosts));
    m_maxDurationProblem->setProblem(check.problems.value(ScanField::MaxDuration));
}

void ScanSchedulePage::applyTemplate(const QMap<QString, QString> &params) {
    const int frequency =
        m_frequency->findData(params.value(u"scan-frequency"_s, u"once"_s).trimmed().toLower());
    m_frequency->setCurrentIndex(frequency >= 0 ? frequency : 0);
    m_udpPorts->setText(params.value(u"udp-ports"_s));
    m_maxHosts->setText(params.value(u"max-hosts"_s));
    m_maxDuration->setText(params.value(u"max-duration"_s));
}

QList<ScanField> ScanSchedulePage::fields() const {
    return {ScanField::StartTime, ScanField::UdpPorts, ScanField::MaxHosts, ScanField::MaxDuration};
}

} // namespace rz
