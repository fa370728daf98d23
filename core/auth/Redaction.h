// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: rzconsole contributors
#pragma once

#include <QLoggingCategory>
#include <QString>
#include <QStringView>

namespace rz {

// Log category for connections and secrets. Every message that may carry user input goes through redact().
Q_DECLARE_LOGGING_CATEGORY(lcAuth)

// Masks everything that looks like a credential, so the text can go into a log line: runZero tokens
// (ET/XT/OT/CT/DT followed by 16 or more letters or digits), bearer credentials, and the values of
// client_secret, access_token and refresh_token (form, query or JSON). The token prefix is kept, because
// the kind helps diagnosis and reveals nothing.
QString redact(QStringView text);

} // namespace rz
