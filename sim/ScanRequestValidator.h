// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: rzconsole contributors
#pragma once

#include "sim/TaskBook.h"

#include <QByteArray>
#include <QString>

namespace rz::sim {

class SimDataSet;
struct SimOrganization;
struct SimSite;

// The outcome of checking a ScanOptions body: status 0 and a task to create, or an HTTP status (400 for a
// body that is not a JSON object, 422 for invalid options) and a detail naming the offending key.
struct ScanValidation {
    int status = 0;
    QString detail;
    SimTask task;
};

// Checks PUT /org/sites/{site_id}/scan bodies as the spec's ScanOptions describes them: every value a string,
// `targets` required, exactly one of explorer (or its legacy name agent) / explorer-group-id / hosted-zone-id
// / hosted-zone-name, a connected explorer of the organization, a known hosted zone or scan template, and
// numbers, booleans and port lists that parse.
class ScanRequestValidator final {
public:
    ScanRequestValidator(const SimDataSet &data, const SimOrganization &organization, const SimSite &site);
    ScanValidation validate(const QByteArray &body, qint64 nowSeconds, const QByteArray &taskId) const;

private:
    const SimDataSet &m_data;
    const SimOrganization &m_organization;
    const SimSite &m_site;
};

} // namespace rz::sim
