// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: rzconsole contributors
#pragma once

#include "PrismProxy.h"

#include <QList>
#include <QRegularExpression>
#include <QString>

#include <functional>
#include <optional>

namespace rz::contract {

// One known gap between the official specification and what a correct client or the real console does.
struct AllowRule {
    QString id;
    QRegularExpression path;      // the request path Prism received; matches any when empty
    QRegularExpression location;  // the violation's dotted location
    QRegularExpression message;   // the violation's message
    bool valueMustBeNull = false; // only when the value the violation points at is JSON null
    // Only as the echo of an accepted violation further down in the same response: a `oneOf` whose
    // branches failed because of a known gap inside them is reported once more at the `oneOf` itself.
    bool onlyAboveAccepted = false;
    QString reason;
};

// The violations of the contract suite that are known spec gaps, each with the reason, read from one file
// (tests/contract/allowlist.json). Everything else that Prism reports as an error fails the suite.
class ContractAllowlist final {
public:
    static std::optional<ContractAllowlist> load(const QString &fileName, QString *error);

    // For each of `violations` (errors of one or more requests, in log order), the rule that explains it, or
    // nullptr. `valueIsNull` is asked only for rules about null values: whether the response value at the
    // violation's location is JSON null.
    QList<const AllowRule *> explain(const QList<Violation> &violations,
                                     const std::function<bool(const Violation &)> &valueIsNull) const;
    const QList<AllowRule> &rules() const { return m_rules; }

private:
    QList<AllowRule> m_rules;
};

} // namespace rz::contract
