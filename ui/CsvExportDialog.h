// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: rzconsole contributors
#pragma once

#include "export/CsvExportError.h"
#include "export/CsvOptions.h"

#include <QDate>
#include <QDialog>
#include <QPointer>
#include <functional>
#include <memory>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QRadioButton;
class QSettings;

namespace rz {

class CsvExportJob;
class CsvTable;

// "Export View…": writes what the asset table shows to a CSV file. The user picks the file (typed, or with
// "Browse…"), all rows or only the selected ones (disabled, with the reason, when none are selected), the
// separator between the values of a multi-value cell, a UTF-8 byte-order mark and a header row. The export
// runs through CsvExportJob on a worker thread with a progress bar and Cancel; how it ended (how many rows
// went where, or CsvExportError's sentence) is shown in the dialog, which stays open until closed.
//
// Remembers the folder and the options in the given QSettings, when there is one.
class CsvExportDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CsvExportDialog)
public:
    // What to export: `snapshot(selectedRowsOnly)` freezes the view when the export starts.
    struct Source {
        std::function<std::shared_ptr<const CsvTable>(bool selectedRowsOnly)> snapshot;
        qint64 rowCount = 0;
        qint64 selectedRowCount = 0;
        QString organizationName; // for the suggested file name; may be empty
    };

    // `settings` may be null; it must outlive the dialog.
    CsvExportDialog(Source source, QSettings *settings, QWidget *parent = nullptr);
    // Cancels a running export and waits for its worker.
    ~CsvExportDialog() override;

    QString fileName() const;
    void setFileName(const QString &fileName);
    bool selectedRowsOnly() const;
    void setSelectedRowsOnly(bool selectedOnly);
    CsvOptions options() const;
    void setOptions(const CsvOptions &options);
    bool isExporting() const;
    // The sentence under the options: progress, the result, or why the export cannot start.
    QString statusText() const;

    // "<organization>-assets-<yyyy-MM-dd>.csv" (or another content and suffix), with the characters that file
    // systems refuse replaced.
    static QString suggestedFileName(const QString &organizationName, const QDate &date,
                                     const QString &content = QStringLiteral("assets"),
                                     const QString &suffix = QStringLiteral("csv"));
    // Where an export goes until the user picks a folder: Documents, else the home folder.
    static QString defaultFolder();
    // The separators the dialog offers, with their labels.
    static QList<std::pair<QString, QString>> separatorChoices();

public Q_SLOTS:
    // The Export button: starts writing (a second press confirms replacing an existing file).
    void startExport();
    // Stops a running export; the previous file stays as it was.
    void cancelExport();
    void reject() override;

Q_SIGNALS:
    // An export ended (error.ok() on success, Kind::Cancelled after cancelExport()).
    void exportFinished(const rz::CsvExportError &error);

private:
    void browse();
    void onProgress(qint64 rows, qint64 total);
    void onFinished(const CsvExportError &error);
    void setBusy(bool busy);
    void setStatus(const QString &text, bool problem);
    void restoreSettings();
    void saveSettings() const;

    Source m_source;
    QSettings *m_settings;
    QLineEdit *m_file;
    QPushButton *m_browse;
    QRadioButton *m_allRows;
    QRadioButton *m_selectedRows;
    QComboBox *m_separator;
    QCheckBox *m_bom;
    QCheckBox *m_header;
    QProgressBar *m_progress;
    QLabel *m_status;
    QDialogButtonBox *m_buttons;
    QPushButton *m_export;
    QPushButton *m_cancel;
    CsvExportJob *m_job = nullptr; // a child while it runs
    QString m_confirmedReplace;    // the existing file the user agreed to replace
};

} // namespace rz
