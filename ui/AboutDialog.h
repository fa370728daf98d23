// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: rzconsole contributors
#pragma once

#include <QDialog>

class QLabel;

namespace rz {

// Help ▸ About rzconsole: the version, the Qt version it runs on and the one it was built with, the
// QtKeychain version, the licence (GPL-3.0-or-later) and the project's home page (from the AppStream
// metainfo in packaging/), with a button for Qt's own About box.
class AboutDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AboutDialog)
public:
    explicit AboutDialog(QWidget *parent = nullptr);
    ~AboutDialog() override;

    static QString version();          // rzconsole's
    static QString qtRuntimeVersion(); // qVersion()
    static QString qtBuildVersion();   // QT_VERSION_STR
    static QString keychainVersion();  // the QtKeychain the build found
    static QString licence();          // an SPDX identifier
    static QString homePage();         // empty when the metainfo names none
    // The versions and the licence as plain text, as the dialog shows them (for a bug report).
    static QString details();

private:
    QLabel *m_text;
};

} // namespace rz
