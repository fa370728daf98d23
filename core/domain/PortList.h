// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: rzconsole contributors
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace rz {

// A TCP or UDP port list as typed: ports and ranges separated by commas or white space ("22,80,1000-2000",
// "1–65535" with an en dash), each port 1 to 65535. Empty text is an empty list (the console's default).
class PortList final {
    Q_DECLARE_TR_FUNCTIONS(rz::PortList)
public:
    struct Range {
        int first = 0;
        int last = 0;
        friend bool operator==(const Range &, const Range &) = default;
    };

    static PortList parse(QStringView text);

    bool isEmpty() const { return m_ranges.isEmpty() && m_problem.isEmpty(); }
    bool ok() const { return m_problem.isEmpty(); }
    // The first thing wrong, in a sentence fragment ("70000 is not a port (1 to 65535)"); empty when ok.
    QString problem() const { return m_problem; }
    const QList<Range> &ranges() const { return m_ranges; }
    // Distinct ports named, overlaps counted once.
    int portCount() const;
    // The list as sent: items in the order typed, joined by commas, ranges with a plain hyphen.
    QString normalizedText() const;

private:
    QList<Range> m_ranges;
    QString m_problem;
};

} // namespace rz
