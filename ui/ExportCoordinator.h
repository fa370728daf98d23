// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: rzconsole contributors
#pragma once

#include "api/OrgExport.h"

#include <QHash>
#include <QObject>
#include <QPointer>

class QAction;
class QMenu;
class QSettings;
class QWidget;

namespace rz {

class ApiClient;
class AssetTableActions;
class CapabilityHints;
class ConsoleSession;
class CsvExportDialog;
class ServerExportDialog;

// Everything about exports in the main window: "Export View…" of the asset table opens the CSV export
// dialog for what the table shows, and the "Export Organization from Server" submenu (assets, services,
// software and vulnerabilities, each as CSV or JSON lines) asks for a file and downloads the export straight
// into it, followed by a ServerExportDialog. The window puts the table's action and the submenu in its File
// menu. The server exports need a credential that may read the export API (see requireCapabilities()).
class ExportCoordinator final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ExportCoordinator)
public:
    // `client` may be null (no connection: the server exports stay disabled). Dialogs open over `window`,
    // which owns the coordinator.
    ExportCoordinator(ApiClient *client, ConsoleSession *session, AssetTableActions *table, QWidget *window);
    ~ExportCoordinator() override;

    QMenu *serverExportMenu() const;
    QAction *serverExportAction(OrgExport::Kind kind, OrgExport::Format format) const;
    // Disables the server exports, saying why, when the credential cannot read the export API.
    void requireCapabilities(CapabilityHints *hints);
    // Where the dialogs remember the folder and the options; may be null. It must outlive the coordinator.
    void setSettings(QSettings *settings);

    // The open CSV export dialog, if any.
    CsvExportDialog *exportDialog() const;
    // The file name offered for a server export: "<organization>-<kind>-<date>.<csv|jsonl>" in the folder
    // used last.
    QString suggestedServerFileName(const OrgExport &what) const;

public Q_SLOTS:
    // Opens the CSV export dialog for the table's current view (or raises the open one) and returns it.
    CsvExportDialog *openExportDialog();
    // Asks for a file, then downloads `what` into it.
    void exportFromServer(const rz::OrgExport &what);
    // Downloads `what` into `fileName` without asking; returns the dialog that follows it (null without a
    // client).
    ServerExportDialog *startServerExport(const rz::OrgExport &what, const QString &fileName);

private:
    QString organizationName() const;

    ApiClient *m_client;
    ConsoleSession *m_session;
    AssetTableActions *m_table;
    QWidget *m_window;
    QSettings *m_settings = nullptr;
    QMenu *m_serverMenu;
    QHash<int, QAction *> m_serverActions; // by kind * 2 + format
    QPointer<CsvExportDialog> m_dialog;
};

} // namespace rz
