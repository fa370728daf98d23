// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: rzconsole contributors
#include "domain/PortList.h"

#include <QRegularExpression>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace rz {

namespace {

constexpr int kMaxPort = 65535;

// The port, or -1 with `problem` set.
int parsePort(QStringView text, QString *problem) {
    bool digits = !text.isEmpty() && text.size() <= 12;
    for (const QChar c : text)
        digits = digits && c.unicode() >= u'0' && c.unicode() <= u'9';
    if (!digits) {
        *problem = PortList::tr("\u201c%1\u201d is not a port number").arg(text);
        return -1;
    }
    const qint64 port = text.toLongLong();
    if (port < 1 || port > kMaxPort) {
        *problem = PortList::tr("%1 is not a port (1 to 65535)").arg(text);
        return -1;
    }
    return int(port);
}

} // namespace

PortList PortList::parse(QStringView text) {
    PortList list;
    // Dashes of every kind mean a range; white space around a dash belongs to the range.
    static const QRegularExpression dashes(u"\\s*[-\u2010\u2011\u2012\u2013\u2014\u2212]\\s*"_s);
    static const QRegularExpression separators(u"[\\s,]+"_s);
    QString normalized = text.toString();
    normalized.replace(dashes, u"-"_s);
    const QStringList items = normalized.split(separators, Qt::SkipEmptyParts);
    for (const QString &item : items) {
        const QList<QStringView> bounds = QStringView(item).split(u'-');
        if (bounds.size() > 2 || bounds.first().isEmpty() || bounds.last().isEmpty()) {
            list.m_problem = tr("\u201c%1\u201d is not a port or a range").arg(item);
            break;
        }
        const int first = parsePort(bounds.first(), &list.m_problem);
        if (first < 0)
            break;
        const int last = bounds.size() == 2 ? parsePort(bounds.last(), &list.m_problem) : first;
        if (last < 0)
            break;
        if (last < first) {
            list.m_problem = tr("the range %1 ends before it starts").arg(item);
            break;
        }
        list.m_ranges.append({first, last});
    }
    if (!list.m_problem.isEmpty())
        list.m_ranges.clear();
    return list;
}

int PortList::portCount() const {
    QList<Range> sorted = m_ranges;
    std::sort(sorted.begin(), sorted.end(), [](const Range &a, const Range &b) { return a.first < b.first; });
    int count = 0;
    int covered = 0; // the highest port counted so far
    for (const Range &range : sorted) {
        const int from = std::max(range.first, covered + 1);
        if (range.last >= from)
            count += range.last - from + 1;
        covered = std::max(covered, range.last);
    }
    return count;
}

QString PortList::normalizedText() const {
    QStringList items;
    items.reserve(m_ranges.size());
    for (const Range &range : m_ranges)
        items.append(range.first == range.last ? QString::number(range.first)
                                               : u"%1-%2"_s.arg(range.first).arg(range.last));
    return items.join(u',');
}

} // namespace rz
