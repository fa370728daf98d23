// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: rzconsole contributors
#pragma once

#include <QCoreApplication>
#include <QString>
#include <optional>

namespace rz {

// A whole number typed into a form: digits, optionally grouped in threes by commas, spaces or underscores
// ("10,000"). Empty text has no value and no problem (the field is left to the console's default).
struct WholeNumber {
    Q_DECLARE_TR_FUNCTIONS(rz::WholeNumber)
public:
    std::optional<qint64> value;
    QString problem; // a sentence fragment ("must be at least 1"); empty when the text is acceptable

    bool ok() const { return problem.isEmpty(); }

    static WholeNumber parse(QStringView text, qint64 minimum, qint64 maximum);
};

} // namespace rz
