// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: rzconsole contributors
#include "auth/Redaction.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace rz {

Q_LOGGING_CATEGORY(lcAuth, "rz.auth")

namespace {

const QString kMask = u"[redacted]"_s;

// A runZero token: its two-letter prefix, not glued to a preceding word, then an optional separator and a
// long run of letters and digits (hex in practice). The run stops at the first character that cannot be part
// of a token, so surrounding punctuation survives.
const QRegularExpression &tokenPattern() {
    static const QRegularExpression pattern(u"(?<![A-Za-z0-9])(ET|XT|OT|CT|DT)[-_]?[A-Za-z0-9]{16,}"_s);
    return pattern;
}

// key=value, key: value and "key": "value" for keys that name a secret.
const QRegularExpression &secretFieldPattern() {
    static const QRegularExpression pattern(
        u"((?:client_secret|access_token|refresh_token)\"?\\s*[=:]\\s*\"?)[^&\\s\",;}]+"_s,
        QRegularExpression::CaseInsensitiveOption);
    return pattern;
}

const QRegularExpression &bearerPattern() {
    static const QRegularExpression pattern(u"(Bearer\\s+)[^\\s\",;]+"_s,
                                            QRegularExpression::CaseInsensitiveOption);
    return pattern;
}

} // namespace

QString redact(QStringView text) {
    QString result = text.toString();
    result.replace(secretFieldPattern(), u"\\1"_s + kMask);
    result.replace(bearerPattern(), u"\\1"_s + kMask);
    result.replace(tokenPattern(), u"\\1"_s + kMask);
    return result;
}

} // namespace rz
