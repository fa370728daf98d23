// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: rzconsole contributors
#pragma once

#include <QDialog>

class QLabel;
class QPlainTextEdit;

namespace rz {

// Shows the request a launch would send: the method and path, and the body exactly as it goes on the wire.
class RequestPreviewDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RequestPreviewDialog)
public:
    explicit RequestPreviewDialog(QWidget *parent = nullptr);
    ~RequestPreviewDialog() override;

    // `note` says, for instance, that the form still has problems; empty hides it.
    void setRequest(const QString &methodAndPath, const QByteArray &body, const QString &note);
    QString bodyText() const;

private:
    QLabel *m_request;
    QLabel *m_note;
    QPlainTextEdit *m_body;
};

} // namespace rz
