// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: rzconsole contributors
#include "ui/CsvExportDialog.h"

#include "export/CsvExportJob.h"
#include "export/CsvSelection.h"
#include "export/CsvTable.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QStandardPaths>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace rz {

namespace {

const QString folderKey = u"export/csvFolder"_s;
const QString separatorKey = u"export/csvSeparator"_s;
const QString byteOrderMarkKey = u"export/csvByteOrderMark"_s;
const QString headerKey = u"export/csvHeader"_s;

constexpr int progressSteps = 1000;

} // namespace

QString CsvExportDialog::defaultFolder() {
    const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    return documents.isEmpty() ? QDir::homePath() : documents;
}

CsvExportDialog::CsvExportDialog(Source source, QSettings *settings, QWidget *parent)
    : QDialog(parent)
    , m_source(std::move(source))
    , m_settings(settings)
    , m_file(new QLineEdit(this))
    , m_browse(new QPushButton(tr("&Browse\u2026"), this))
    , m_allRows(new QRadioButton(this))
    , m_selectedRows(new QRadioButton(this))
    , m_separator(new QComboBox(this))
    , m_bom(new QCheckBox(tr("Start with a UTF-8 &byte-order mark (for spreadsheet programs)"), this))
    , m_header(new QCheckBox(tr("Include a &header row with the column names"), this))
    , m_progress(new QProgressBar(this))
    , m_status(new QLabel(this))
    , m_buttons(new QDialogButtonBox(this)) {
    setObjectName(u"csvExportDialog"_s);
    setWindowTitle(tr("Export View"));

    m_file->setObjectName(u"exportFileEdit"_s);
    m_file->setAccessibleName(tr("File"));
    m_file->setClearButtonEnabled(true);
    m_browse->setObjectName(u"exportBrowseButton"_s);
    auto *fileRow = new QHBoxLayout;
    fileRow->setContentsMargins(0, 0, 0, 0);
    fileRow->addWidget(m_file, 1);
    fileRow->addWidget(m_browse);

    const QLocale locale;
    m_allRows->setObjectName(u"exportAllRows"_s);
    m_allRows->setText(m_source.rowCount == 1
                           ? tr("&All 1 row the table shows")
                           : tr("&All %1 rows the table shows").arg(locale.toString(m_source.rowCount)));
    m_selectedRows->setObjectName(u"exportSelectedRows"_s);
    if (m_source.selectedRowCount > 0) {
        m_selectedRows->setText(
            m_source.selectedRowCount == 1
                ? tr("Only the 1 &selected row")
                : tr("Only the %1 &selected rows").arg(locale.toString(m_source.selectedRowCount)));
    } else {
        m_selectedRows->setText(tr("Only the &selected rows (none are selected)"));
        m_selectedRows->setEnabled(false);
        m_selectedRows->setToolTip(
            tr("No rows are selected in the table. Select rows there to export only them."));
    }
    auto *rowChoice = new QButtonGroup(this);
    rowChoice->addButton(m_allRows);
    rowChoice->addButton(m_selectedRows);
    m_allRows->setChecked(true);
    auto *rows = new QVBoxLayout;
    rows->setContentsMargins(0, 0, 0, 0);
    rows->addWidget(m_allRows);
    rows->addWidget(m_selectedRows);

    m_separator->setObjectName(u"exportSeparatorCombo"_s);
    m_separator->setAccessibleName(tr("Multi-value cells"));
    for (const auto &[label, value] : separatorChoices())
        m_separator->addItem(label, value);
    m_separator->setToolTip(
        tr("Addresses, names and MAC addresses have several values; this goes between them"));
    m_bom->setObjectName(u"exportByteOrderMark"_s);
    m_bom->setToolTip(tr("Without it, some spreadsheet programs read non-ASCII text in a legacy code page"));
    m_header->setObjectName(u"exportHeaderRow"_s);

    auto *guardNote = new QLabel(
        tr("The file is UTF-8 CSV (RFC 4180). A cell that a spreadsheet would run as a formula (it "
           "starts with =, +, -, @, a tab or a carriage return) is written with a leading apostrophe."),
        this);
    guardNote->setWordWrap(true);
    guardNote->setEnabled(false); // a quiet note, not an input

    m_progress->setObjectName(u"exportProgress"_s);
    m_progress->setRange(0, progressSteps);
    m_progress->setVisible(false);
    m_status->setObjectName(u"exportStatusLabel"_s);
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_export = m_buttons->addButton(tr("&Export"), QDialogButtonBox::AcceptRole);
    m_export->setObjectName(u"exportStartButton"_s);
    m_export->setDefault(true);
    m_cancel = m_buttons->addButton(QDialogButtonBox::Close);
    m_cancel->setObjectName(u"exportCancelButton"_s);

    auto *form = new QFormLayout;
    form->addRow(tr("&File:"), fileRow);
    form->addRow(tr("Rows:"), rows);
    form->addRow(tr("&Multi-value cells:"), m_separator);
    form->addRow(tr("Encoding:"), m_bom);
    form->addRow(QString(), m_header);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(guardNote);
    layout->addWidget(m_progress);
    layout->addWidget(m_status);
    layout->addStretch(1);
    layout->addWidget(m_buttons);

    connect(m_browse, &QPushButton::clicked, this, &CsvExportDialog::browse);
    connect(m_export, &QPushButton::clicked, this, &CsvExportDialog::startExport);
    connect(m_cancel, &QPushButton::clicked, this, [this] {
        if (isExporting())
            cancelExport();
        else
            QDialog::reject();
    });
    connect(m_file, &QLineEdit::textEdited, this, [this] { m_confirmedReplace.clear(); });

    restoreSettings();
    setStatus({}, false);
    resize(sizeHint().expandedTo(QSize(560, 0)));
}

CsvExportDialog::~CsvExportDialog() = default; // the job, a child, cancels and waits in its destructor

QList<std::pair<QString, QString>> CsvExportDialog::separatorChoices() {
    return {{tr("Semicolon and space (a; b)"), u"; "_s},
            {tr("Comma and space (a, b)"), u", "_s},
            {tr("Vertical bar (a | b)"), u" | "_s},
            {tr("A new line inside the cell"), u"\n"_s}};
}

QString CsvExportDialog::suggestedFileName(const QString &organizationName, const QDate &date,
                                           const QString &content, const QString &suffix) {
    QString name;
    for (const QChar c : organizationName.trimmed()) {
        // Characters that Windows, macOS or Linux refuse in a file name, and control characters.
        static const QString refused = u"/\\:*?\"<>|"_s;
        name.append(c.category() == QChar::Other_Control || refused.contains(c) ? QChar(u'-') : c);
    }
    while (name.startsWith(u'.'))
        name.remove(0, 1); // not a hidden file
    const QString stem = name.isEmpty() ? content : name + u'-' + content;
    return stem + u'-' + date.toString(Qt::ISODate) + u'.' + suffix;
}

QString CsvExportDialog::fileName() const {
    return m_file->text().trimmed();
}

void CsvExportDialog::setFileName(const QString &fileName) {
    m_file->setText(QDir::toNativeSeparators(fileName));
    m_confirmedReplace.clear();
}

bool CsvExportDialog::selectedRowsOnly() const {
    return m_selectedRows->isChecked();
}

void CsvExportDialog::setSelectedRowsOnly(bool selectedOnly) {
    if (selectedOnly && m_selectedRows->isEnabled())
        m_selectedRows->setChecked(true);
    else
        m_allRows->setChecked(true);
}

CsvOptions CsvExportDialog::options() const {
    CsvOptions options;
    options.byteOrderMark = m_bom->isChecked();
    options.header = m_header->isChecked();
    options.multiValueSeparator = m_separator->currentData().toString();
    options.formulaGuard = true;
    return options;
}

void CsvExportDialog::setOptions(const CsvOptions &options) {
    m_bom->setChecked(options.byteOrderMark);
    m_header->setChecked(options.header);
    int index = m_separator->findData(options.multiValueSeparator);
    if (index < 0) {
        m_separator->addItem(tr("“%1”").arg(options.multiValueSeparator), options.multiValueSeparator);
        index = m_separator->count() - 1;
    }
    m_separator->setCurrentIndex(index);
}

bool CsvExportDialog::isExporting() const {
    return m_job != nullptr;
}

QString CsvExportDialog::statusText() const {
    return m_status->text();
}

void CsvExportDialog::browse() {
    const QString chosen = QFileDialog::getSaveFileName(this, tr("Export View"), fileName(),
                                                        tr("CSV files (*.csv);;All files (*)"));
    if (chosen.isEmpty())
        return;
    setFileName(chosen);
    m_confirmedReplace = QFileInfo(chosen).absoluteFilePath(); // the file dialog asked already
}

void CsvExportDialog::startExport() {
    if (isExporting())
        return;
    const QString name = QDir::fromNativeSeparators(fileName());
    if (name.isEmpty()) {
        setStatus(tr("Choose the file to save the rows to."), true);
        return;
    }
    const QFileInfo target(name);
    if (target.isDir()) {
        setStatus(tr("“%1” is a folder. Add a file name to it.").arg(QDir::toNativeSeparators(name)), true);
        return;
    }
    if (target.exists() && m_confirmedReplace != target.absoluteFilePath()) {
        m_confirmedReplace = target.absoluteFilePath();
        setStatus(
            tr("“%1” already exists. Press Export again to replace it.").arg(QDir::toNativeSeparators(name)),
            false);
        return;
    }
    const std::shared_ptr<const CsvTable> table =
        m_source.snapshot ? m_source.snapshot(selectedRowsOnly()) : nullptr;
    if (!table) {
        setStatus(tr("There is nothing to export."), true);
        return;
    }
    m_job = new CsvExportJob(table, CsvSelection::all(*table), target.absoluteFilePath(), options(), this);
    connect(m_job, &CsvExportJob::progress, this, &CsvExportDialog::onProgress);
    connect(m_job, &CsvExportJob::finished, this, &CsvExportDialog::onFinished);
    setBusy(true);
    m_progress->setValue(0);
    const QString file = QDir::toNativeSeparators(m_job->fileName());
    setStatus(m_job->totalRows() == 1
                  ? tr("Writing 1 row to “%1”…").arg(file)
                  : tr("Writing %1 rows to “%2”…").arg(QLocale().toString(m_job->totalRows()), file),
              false);
    m_job->start();
}

void CsvExportDialog::cancelExport() {
    if (m_job != nullptr)
        m_job->cancel();
}

void CsvExportDialog::reject() {
    // Esc stops a running export first; the next Esc closes.
    if (isExporting()) {
        cancelExport();
        return;
    }
    QDialog::reject();
}

void CsvExportDialog::onProgress(qint64 rows, qint64 total) {
    m_progress->setValue(total > 0 ? int(rows * progressSteps / total) : progressSteps);
}

void CsvExportDialog::onFinished(const CsvExportError &error) {
    CsvExportJob *job = m_job;
    m_job = nullptr;
    const qint64 rows = job->totalRows();
    const QString file = QDir::toNativeSeparators(job->fileName());
    job->deleteLater();
    m_confirmedReplace.clear();
    setBusy(false);
    if (error.ok()) {
        m_progress->setValue(progressSteps);
        m_progress->setVisible(true);
        setStatus(rows == 1 ? tr("Exported 1 row to “%1”.").arg(file)
                            : tr("Exported %1 rows to “%2”.").arg(QLocale().toString(rows), file),
                  false);
        saveSettings();
    } else {
        m_progress->setVisible(false);
        setStatus(error.userMessage(), error.kind != CsvExportError::Kind::Cancelled);
    }
    Q_EMIT exportFinished(error);
}

void CsvExportDialog::setBusy(bool busy) {
    for (QWidget *input : {static_cast<QWidget *>(m_file), static_cast<QWidget *>(m_browse),
                           static_cast<QWidget *>(m_allRows), static_cast<QWidget *>(m_separator),
                           static_cast<QWidget *>(m_bom), static_cast<QWidget *>(m_header)}) {
        input->setEnabled(!busy);
    }
    m_selectedRows->setEnabled(!busy && m_source.selectedRowCount > 0);
    m_export->setEnabled(!busy);
    m_cancel->setText(busy ? tr("&Cancel Export") : tr("&Close"));
    m_progress->setVisible(busy);
}

void CsvExportDialog::setStatus(const QString &text, bool problem) {
    m_status->setText(text);
    m_status->setVisible(!text.isEmpty());
    QFont font = m_status->font();
    font.setBold(problem);
    m_status->setFont(font);
}

void CsvExportDialog::restoreSettings() {
    CsvOptions defaults;
    QString folder = defaultFolder();
    if (m_settings != nullptr) {
        folder = m_settings->value(folderKey, folder).toString();
        defaults.multiValueSeparator =
            m_settings->value(separatorKey, defaults.multiValueSeparator).toString();
        defaults.byteOrderMark = m_settings->value(byteOrderMarkKey, defaults.byteOrderMark).toBool();
        defaults.header = m_settings->value(headerKey, defaults.header).toBool();
    }
    setOptions(defaults);
    setFileName(QDir(folder).filePath(suggestedFileName(m_source.organizationName, QDate::currentDate())));
}

void CsvExportDialog::saveSettings() const {
    if (m_settings == nullptr)
        return;
    const CsvOptions chosen = options();
    m_settings->setValue(folderKey, QFileInfo(QDir::fromNativeSeparators(fileName())).absolutePath());
    m_settings->setValue(separatorKey, chosen.multiValueSeparator);
    m_settings->setValue(byteOrderMarkKey, chosen.byteOrderMark);
    m_settings->setValue(headerKey, chosen.header);
}

} // namespace rz
