// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: rzconsole contributors
#include "ui/ServerExportDialog.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace rz {

ServerExportDialog::ServerExportDialog(OrgExportDownload *download, QWidget *parent)
    : QDialog(parent)
    , m_download(download)
    , m_target(new QLabel(this))
    , m_progress(new QProgressBar(this))
    , m_status(new QLabel(this))
    , m_button(new QPushButton(tr("&Cancel"), this)) {
    setObjectName(u"serverExportDialog"_s);
    m_download->setParent(this);
    const OrgExport &what = m_download->what();
    setWindowTitle(tr("Export %1 from the Console").arg(what.kindTitle()));

    m_target->setObjectName(u"serverExportTarget"_s);
    m_target->setWordWrap(true);
    m_target->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_target->setText(tr("The organization's %1 (%2), straight from the console to “%3”.")
                          .arg(what.kindTitle().toLower(), what.formatTitle(),
                               QDir::toNativeSeparators(m_download->fileName())));
    // The console does not say how large the export is: the bar only shows that it goes on.
    m_progress->setObjectName(u"serverExportProgress"_s);
    m_progress->setRange(0, 0);
    m_status->setObjectName(u"serverExportStatus"_s);
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_status->setText(tr("Waiting for the console…"));
    m_button->setObjectName(u"serverExportButton"_s);

    auto *buttons = new QDialogButtonBox(this);
    buttons->addButton(m_button, QDialogButtonBox::RejectRole);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_target);
    layout->addWidget(m_progress);
    layout->addWidget(m_status);
    layout->addStretch(1);
    layout->addWidget(buttons);

    connect(m_button, &QPushButton::clicked, this, &ServerExportDialog::reject);
    connect(m_download, &OrgExportDownload::progress, this, &ServerExportDialog::onProgress);
    connect(m_download, &OrgExportDownload::finished, this, &ServerExportDialog::onFinished);
    resize(sizeHint().expandedTo(QSize(480, 0)));
}

ServerExportDialog::~ServerExportDialog() = default; // the download, a child, discards an unfinished file

OrgExportDownload *ServerExportDialog::download() const {
    return m_download;
}

bool ServerExportDialog::isRunning() const {
    return m_running;
}

QString ServerExportDialog::statusText() const {
    return m_status->text();
}

void ServerExportDialog::reject() {
    if (m_running) {
        m_button->setEnabled(false);
        m_status->setText(tr("Cancelling…"));
        m_download->cancel();
        return;
    }
    QDialog::reject();
}

void ServerExportDialog::onProgress(qint64 bytes, qint64 records) {
    const QLocale locale;
    m_status->setText(
        records == 1
            ? tr("1 row, %1 saved so far…").arg(locale.formattedDataSize(bytes))
            : tr("%1 rows, %2 saved so far…").arg(locale.toString(records), locale.formattedDataSize(bytes)));
}

void ServerExportDialog::onFinished(const OrgExportDownload::Outcome &outcome) {
    m_running = false;
    const QLocale locale;
    m_progress->setRange(0, 1);
    m_progress->setValue(outcome.ok() ? 1 : 0);
    m_progress->setVisible(outcome.ok());
    if (outcome.ok()) {
        const QString file = QDir::toNativeSeparators(m_download->fileName());
        m_status->setText(
            outcome.records == 1
                ? tr("Saved 1 row (%1) to “%2”.").arg(locale.formattedDataSize(outcome.bytes), file)
                : tr("Saved %1 rows (%2) to “%3”.")
                      .arg(locale.toString(outcome.records), locale.formattedDataSize(outcome.bytes), file));
    } else {
        m_status->setText(outcome.userMessage());
    }
    m_button->setText(tr("&Close"));
    m_button->setEnabled(true);
    Q_EMIT downloadFinished(outcome);
}

} // namespace rz
