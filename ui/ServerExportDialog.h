// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: rzconsole contributors
#pragma once

#include "api/OrgExportDownload.h"

#include <QDialog>

class QLabel;
class QProgressBar;
class QPushButton;

namespace rz {

// Follows one download of an organization-wide export from the console: the file it goes to, how much is on
// disk so far (bytes, and rows as they are counted), and Cancel. At the end it says how many rows were saved
// where, or why nothing was saved; then the button closes it. Closing it while the download runs cancels the
// download.
class ServerExportDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ServerExportDialog)
public:
    // Takes `download` over (it becomes the dialog's child).
    explicit ServerExportDialog(OrgExportDownload *download, QWidget *parent = nullptr);
    ~ServerExportDialog() override;

    OrgExportDownload *download() const;
    bool isRunning() const;
    // The progress line while it runs, then the result.
    QString statusText() const;

public Q_SLOTS:
    // Cancels a running download (the dialog stays to say so); closes a finished one.
    void reject() override;

Q_SIGNALS:
    void downloadFinished(const rz::OrgExportDownload::Outcome &outcome);

private:
    void onProgress(qint64 bytes, qint64 records);
    void onFinished(const OrgExportDownload::Outcome &outcome);

    OrgExportDownload *m_download;
    QLabel *m_target;
    QProgressBar *m_progress;
    QLabel *m_status;
    QPushButton *m_button;
    bool m_running = true;
};

} // namespace rz
