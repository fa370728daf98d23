// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: rzconsole contributors
#include "ui/ScanProbesPage.h"

#include "domain/ProbeNames.h"
#include "ui/FieldProblemLabel.h"
#include "ui/ProbeChecklist.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace rz {

namespace {

template<class T> T *named(T *widget, const QString &objectName) {
    widget->setObjectName(objectName);
    return widget;
}

// A comma-separated probe list from a template; empty or absent means every probe.
std::optional<QStringList> probeList(const QString &text) {
    QStringList names;
    const QStringList items = text.split(u',', Qt::SkipEmptyParts);
    for (const QString &item : items) {
        if (!item.trimmed().isEmpty())
            names.append(item.trimmed().toLower());
    }
    if (names.isEmpty())
        return std::nullopt;
    return names;
}

bool isTrue(const QString &text) {
    return text.trimmed().compare("true"_L1, Qt::CaseInsensitive) == 0;
}

} // namespace

ScanProbesPage::ScanProbesPage(QWidget *parent)
    : ScanFormPage(parent)
    , m_probes(named(new ProbeChecklist(knownScanProbes(), 6, this), u"probeList"_s))
    , m_probesProblem(named(new FieldProblemLabel(this), u"probesProblem"_s))
    , m_subnetPing(
          named(new QCheckBox(tr("S&ubnet ping: sample each subnet and skip those that do not answer"), this),
                u"subnetPingCheck"_s))
    , m_netSize(named(new QLineEdit(this), u"subnetPingNetSizeEdit"_s))
    , m_netSizeProblem(named(new FieldProblemLabel(this), u"subnetPingNetSizeProblem"_s))
    , m_sampleRate(named(new QLineEdit(this), u"subnetPingSampleRateEdit"_s))
    , m_sampleRateProblem(named(new FieldProblemLabel(this), u"subnetPingSampleRateProblem"_s))
    , m_subnetProbes(named(new ProbeChecklist(knownPingProbes(), 3, this), u"subnetPingProbeList"_s))
    , m_subnetProbesProblem(named(new FieldProblemLabel(this), u"subnetPingProbesProblem"_s))
    , m_hostPing(
          named(new QCheckBox(tr("Hos&t ping: ping every host first and scan only those that answer"), this),
                u"hostPingCheck"_s))
    , m_hostProbes(named(new ProbeChecklist(knownPingProbes(), 3, this), u"hostPingProbeList"_s))
    , m_hostProbesProblem(named(new FieldProblemLabel(this), u"hostPingProbesProblem"_s)) {
    auto *probes = new QGroupBox(tr("Probes (all checked: every probe runs)"), this);
    auto *probesLayout = new QVBoxLayout(probes);
    probesLayout->addWidget(m_probes);
    probesLayout->addWidget(m_probesProblem);

    m_subnetPing->setChecked(true);
    m_netSize->setPlaceholderText(tr("Console default, e.g. 256"));
    m_sampleRate->setPlaceholderText(tr("Console default, e.g. 3"));
    auto *subnet = new QGroupBox(tr("Subnet ping"), this);
    auto *subnetForm = new QFormLayout(subnet);
    subnetForm->addRow(m_subnetPing);
    auto *netSizeLabel = new QLabel(tr("Subnet size (addresses):"), subnet);
    netSizeLabel->setBuddy(m_netSize);
    subnetForm->addRow(netSizeLabel, FieldProblemLabel::stack(m_netSize, m_netSizeProblem, subnet));
    auto *sampleLabel = new QLabel(tr("Addresses sampled per subnet:"), subnet);
    sampleLabel->setBuddy(m_sampleRate);
    subnetForm->addRow(sampleLabel, FieldProblemLabel::stack(m_sampleRate, m_sampleRateProblem, subnet));
    subnetForm->addRow(tr("Probes:"),
                       FieldProblemLabel::stack(m_subnetProbes, m_subnetProbesProblem, subnet));

    auto *host = new QGroupBox(tr("Host ping"), this);
    auto *hostForm = new QFormLayout(host);
    hostForm->addRow(m_hostPing);
    hostForm->addRow(tr("Probes:"), FieldProblemLabel::stack(m_hostProbes, m_hostProbesProblem, host));

    auto *pings = new QHBoxLayout;
    pings->addWidget(subnet, 1);
    pings->addWidget(host, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(probes);
    layout->addLayout(pings);
    layout->addStretch(1);

    for (ProbeChecklist *list : {m_probes, m_subnetProbes, m_hostProbes})
        connect(list, &ProbeChecklist::changed, this, &ScanProbesPage::changed);
    for (QLineEdit *edit : {m_netSize, m_sampleRate})
        connect(edit, &QLineEdit::textChanged, this, &ScanProbesPage::changed);
    for (QCheckBox *check : {m_subnetPing, m_hostPing}) {
        connect(check, &QCheckBox::toggled, this, [this] {
            updateEnabled();
            Q_EMIT changed();
        });
    }
    updateEnabled();
}

ScanProbesPage::~ScanProbesPage() = default;

void ScanProbesPage::updateEnabled() {
    const bool subnet = m_subnetPing->isChecked();
    m_netSize->setEnabled(subnet);
    m_sampleRate->setEnabled(subnet);
    m_subnetProbes->setEnabled(subnet);
    m_hostProbes->setEnabled(m_hostPing->isChecked());
}

void ScanProbesPage::writeTo(ScanRequest &request) const {
    request.probes = m_probes->selection();
    request.subnetPing = m_subnetPing->isChecked();
    request.subnetPingNetSize = m_netSize->text();
    request.subnetPingSampleRate = m_sampleRate->text();
    request.subnetPingProbes = m_subnetProbes->selection();
    request.hostPing = m_hostPing->isChecked();
    request.hostPingProbes = m_hostProbes->selection();
}

void ScanProbesPage::showCheck(const ScanCheck &check) {
    m_probesProblem->setProblem(check.problems.value(ScanField::Probes));
    m_netSizeProblem->setProblem(check.problems.value(ScanField::SubnetPingNetSize));
    m_sampleRateProblem->setProblem(check.problems.value(ScanField::SubnetPingSampleRate));
    m_subnetProbesProblem->setProblem(check.problems.value(ScanField::SubnetPingProbes));
    m_hostProbesProblem->setProblem(check.problems.value(ScanField::HostPingProbes));
}

void ScanProbesPage::applyTemplate(const QMap<QString, QString> &params) {
    m_probes->setSelection(probeList(params.value(u"probes"_s)));
    if (params.contains(u"subnet-ping"_s))
        m_subnetPing->setChecked(isTrue(params.value(u"subnet-ping"_s)));
    m_netSize->setText(params.value(u"subnet-ping-net-size"_s));
    m_sampleRate->setText(params.value(u"subnet-ping-sample-rate"_s));
    m_subnetProbes->setSelection(probeList(params.value(u"subnet-ping-probes"_s)));
    if (params.contains(u"host-ping"_s))
        m_hostPing->setChecked(isTrue(params.value(u"host-ping"_s)));
    m_hostProbes->setSelection(probeList(params.value(u"host-ping-probes"_s)));
}

QList<ScanField> ScanProbesPage::fields() const {
    return {ScanField::Probes, ScanField::SubnetPingNetSize, ScanField::SubnetPingSampleRate,
            ScanField::SubnetPingProbes, ScanField::HostPingProbes};
}

} // namespace rz
