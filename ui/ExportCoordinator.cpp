// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: rzconsole contributors
#include "ui/ExportCoordinator.h"

#include "api/ApiClient.h"
#include "api/OrgExportDownload.h"
#include "models/OrganizationModel.h"
#include "session/ConsoleSession.h"
#include "ui/AssetTableActions.h"
#include "ui/CapabilityHints.h"
#include "ui/CsvExportDialog.h"
#include "ui/ServerExportDialog.h"

#include <QAction>
#include <QDate>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMenu>
#include <QSettings>

using namespace Qt::StringLiterals;

namespace rz {

namespace {

const QString serverFolderKey = u"export/serverFolder"_s;

int actionKey(OrgExport::Kind kind, OrgExport::Format format) {
    return int(kind) * 2 + int(format);
}

} // namespace

ExportCoordinator::ExportCoordinator(ApiClient *client, ConsoleSession *session, AssetTableActions *table,
                                     QWidget *window)
    : QObject(window)
    , m_client(client)
    , m_session(session)
    , m_table(table)
    , m_window(window)
    , m_serverMenu(new QMenu(tr("Export Organization from &Server"), window)) {
    m_serverMenu->setObjectName(u"serverExportMenu"_s);
    m_serverMenu->menuAction()->setObjectName(u"serverExportMenuAction"_s);
    m_serverMenu->setToolTipsVisible(true);
    for (const OrgExport::Kind kind : OrgExport::kinds()) {
        if (!m_serverMenu->isEmpty())
            m_serverMenu->addSeparator();
        for (const OrgExport::Format format : OrgExport::formats()) {
            OrgExport what;
            what.kind = kind;
            what.format = format;
            QAction *action =
                m_serverMenu->addAction(tr("%1 as %2\u2026").arg(what.kindTitle(), what.formatTitle()));
            action->setObjectName(u"serverExport_"_s + what.kindName() + u'_' + what.fileSuffix());
            action->setToolTip(tr("Download every one of the organization's %1 from the console into a file")
                                   .arg(what.kindTitle().toLower()));
            action->setEnabled(m_client != nullptr);
            connect(action, &QAction::triggered, this, [this, what] { exportFromServer(what); });
            m_serverActions.insert(actionKey(kind, format), action);
        }
    }
    connect(m_table, &AssetTableActions::exportViewRequested, this, &ExportCoordinator::openExportDialog);
}

ExportCoordinator::~ExportCoordinator() = default;

QMenu *ExportCoordinator::serverExportMenu() const {
    return m_serverMenu;
}

QAction *ExportCoordinator::serverExportAction(OrgExport::Kind kind, OrgExport::Format format) const {
    return m_serverActions.value(actionKey(kind, format));
}

void ExportCoordinator::requireCapabilities(CapabilityHints *hints) {
    for (QAction *action : std::as_const(m_serverActions))
        hints->require(action, Capability::ExportApi);
}

void ExportCoordinator::setSettings(QSettings *settings) {
    m_settings = settings;
}

CsvExportDialog *ExportCoordinator::exportDialog() const {
    return m_dialog.data();
}

QString ExportCoordinator::organizationName() const {
    const int row = m_session->currentOrganizationRow();
    if (row < 0)
        return {};
    const OrganizationModel *model = m_session->organizationModel();
    return model->index(row, OrganizationModel::Name).data().toString();
}

CsvExportDialog *ExportCoordinator::openExportDialog() {
    if (CsvExportDialog *open = m_dialog.data()) {
        open->raise();
        open->activateWindow();
        return open;
    }
    CsvExportDialog::Source source;
    const QPointer<AssetTableActions> table(m_table);
    source.snapshot = [table](bool selectedRowsOnly) {
        const AssetTableActions *live = table.data();
        return live != nullptr ? live->viewSnapshot(selectedRowsOnly) : nullptr;
    };
    source.rowCount = m_table->visibleRowCount();
    source.selectedRowCount = m_table->selectedRowCount();
    source.organizationName = organizationName();
    auto *dialog = new CsvExportDialog(std::move(source), m_settings, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_dialog = dialog;
    dialog->open();
    return dialog;
}

QString ExportCoordinator::suggestedServerFileName(const OrgExport &what) const {
    QString folder = CsvExportDialog::defaultFolder();
    if (m_settings != nullptr)
        folder = m_settings->value(serverFolderKey, folder).toString();
    return QDir(folder).filePath(CsvExportDialog::suggestedFileName(organizationName(), QDate::currentDate(),
                                                                    what.kindName(), what.fileSuffix()));
}

void ExportCoordinator::exportFromServer(const OrgExport &what) {
    const QString filter = what.format == OrgExport::Format::Csv
                               ? tr("CSV files (*.csv);;All files (*)")
                               : tr("JSON Lines files (*.jsonl);;All files (*)");
    const QString fileName =
        QFileDialog::getSaveFileName(m_window, tr("Export %1 from the Console").arg(what.kindTitle()),
                                     suggestedServerFileName(what), filter);
    if (fileName.isEmpty())
        return;
    if (m_settings != nullptr)
        m_settings->setValue(serverFolderKey, QFileInfo(fileName).absolutePath());
    if (ServerExportDialog *dialog = startServerExport(what, fileName))
        dialog->show();
}

ServerExportDialog *ExportCoordinator::startServerExport(const OrgExport &what, const QString &fileName) {
    if (m_client == nullptr)
        return nullptr;
    OrgExportDownload *download = m_client->downloadExport(what, fileName, nullptr);
    auto *dialog = new ServerExportDialog(download, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    return dialog;
}

} // namespace rz
