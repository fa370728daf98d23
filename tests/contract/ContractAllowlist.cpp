// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: rzconsole contributors
#include "ContractAllowlist.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace rz::contract {

std::optional<ContractAllowlist> ContractAllowlist::load(const QString &fileName, QString *error) {
    QFile file(fileName);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = u"cannot read %1: %2"_s.arg(fileName, file.errorString());
        return std::nullopt;
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        *error = u"%1 is not a JSON object: %2"_s.arg(fileName, parseError.errorString());
        return std::nullopt;
    }
    ContractAllowlist list;
    const QJsonArray rules = document.object().value("allow"_L1).toArray();
    for (const QJsonValue entry : rules) {
        const QJsonObject object = entry.toObject();
        AllowRule rule;
        rule.id = object.value("id"_L1).toString();
        rule.path = QRegularExpression(object.value("path"_L1).toString());
        rule.location = QRegularExpression(object.value("location"_L1).toString());
        rule.message = QRegularExpression(object.value("message"_L1).toString());
        rule.valueMustBeNull = object.value("value_is_null"_L1).toBool(false);
        rule.onlyAboveAccepted = object.value("only_above_an_accepted_violation"_L1).toBool(false);
        rule.reason = object.value("reason"_L1).toString();
        for (const QRegularExpression *expression : {&rule.path, &rule.location, &rule.message}) {
            if (!expression->isValid()) {
                *error = u"%1: rule '%2' has an invalid pattern '%3': %4"_s.arg(
                    fileName, rule.id, expression->pattern(), expression->errorString());
                return std::nullopt;
            }
        }
        if (rule.id.isEmpty() || rule.reason.trimmed().isEmpty() || rule.message.pattern().isEmpty()) {
            *error = u"%1: every rule needs an id, a message pattern and a reason"_s.arg(fileName);
            return std::nullopt;
        }
        list.m_rules.append(rule);
    }
    if (list.m_rules.isEmpty()) {
        *error = u"%1 has no rules under \"allow\""_s.arg(fileName);
        return std::nullopt;
    }
    return list;
}

QList<const AllowRule *>
ContractAllowlist::explain(const QList<Violation> &violations,
                           const std::function<bool(const Violation &)> &valueIsNull) const {
    const auto matches = [](const AllowRule &rule, const Violation &violation) {
        return (rule.path.pattern().isEmpty() || rule.path.match(violation.path).hasMatch()) &&
               (rule.location.pattern().isEmpty() || rule.location.match(violation.location).hasMatch()) &&
               rule.message.match(violation.message).hasMatch();
    };
    QList<const AllowRule *> explained(violations.size(), nullptr);
    // First the gaps themselves, then the echoes above them.
    for (qsizetype i = 0; i < violations.size(); ++i) {
        for (const AllowRule &rule : m_rules) {
            if (rule.onlyAboveAccepted || !matches(rule, violations.at(i)))
                continue;
            if (rule.valueMustBeNull && !valueIsNull(violations.at(i)))
                continue;
            explained[i] = &rule;
            break;
        }
    }
    for (qsizetype i = 0; i < violations.size(); ++i) {
        const Violation &echo = violations.at(i);
        if (explained.at(i))
            continue;
        for (const AllowRule &rule : m_rules) {
            if (!rule.onlyAboveAccepted || !matches(rule, echo))
                continue;
            bool acceptedBelow = false;
            for (qsizetype j = 0; j < violations.size() && !acceptedBelow; ++j) {
                const Violation &below = violations.at(j);
                acceptedBelow = j != i && explained.at(j) && !explained.at(j)->onlyAboveAccepted &&
                                below.request == echo.request &&
                                below.location.startsWith(echo.location + u'.');
            }
            if (acceptedBelow) {
                explained[i] = &rule;
                break;
            }
        }
    }
    return explained;
}

} // namespace rz::contract
