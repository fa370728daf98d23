// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: rzconsole contributors
#pragma once

#include "domain/ScanRequest.h"

#include <QList>
#include <QMap>
#include <QWidget>

namespace rz {

// One tab of the scan dialog: it writes its fields into a ScanRequest and shows the reasons a check found
// against them.
class ScanFormPage : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ScanFormPage)
public:
    using QWidget::QWidget;
    ~ScanFormPage() override = default;

    virtual void writeTo(ScanRequest &request) const = 0;
    virtual void showCheck(const ScanCheck &check) = 0;
    // Fills the fields a scan template sets (ScanOptions names to string values).
    virtual void applyTemplate(const QMap<QString, QString> &params) { Q_UNUSED(params) }
    // The fields on this page, so the dialog can mark the tab that has a problem.
    virtual QList<ScanField> fields() const = 0;

Q_SIGNALS:
    // The user changed something; the dialog checks the request again.
    void changed();
};

} // namespace rz
