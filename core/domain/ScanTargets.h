// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: rzconsole contributors
#pragma once

#include "domain/AddressSet.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace rz {

// One entry of a target or exclude list that could not be understood, with the reason in a sentence.
struct TargetProblem {
    QString item;
    QString reason;
};

// A scan's targets (or excludes) as typed: items separated by white space or commas, each an IPv4 or IPv6
// address, a CIDR block (host bits may be set; the whole network is meant), a range ("10.0.0.1-10.0.0.50",
// or "10.0.0.1-50" for the last octet), a host name, or the keyword "defaults" (the site's own scope).
class ScanTargets final {
    Q_DECLARE_TR_FUNCTIONS(rz::ScanTargets)
public:
    enum class Kind { Address, Network, Range, HostName, Defaults };

    struct Item {
        Kind kind = Kind::Address;
        QString text; // as typed
    };

    // `allowDefaults`: whether "defaults" is accepted (it is for targets, not for excludes).
    static ScanTargets parse(QStringView text, bool allowDefaults = true);

    bool isEmpty() const { return m_items.isEmpty() && m_problems.isEmpty(); }
    bool ok() const { return m_problems.isEmpty(); }
    const QList<Item> &items() const { return m_items; }
    const QList<TargetProblem> &problems() const { return m_problems; }
    // Every address named by an address, block or range (not host names, not "defaults").
    const AddressSet &addresses() const { return m_addresses; }
    QStringList hostNames() const;
    bool usesDefaults() const { return m_usesDefaults; }
    // The items as sent to the console: separated by single spaces.
    QString normalizedText() const;

    // The item's problem, or an empty string when it is a valid target (for one item, e.g. in tests).
    static QString problemOf(QStringView item, bool allowDefaults = true);

private:
    QString addItem(QStringView item, bool allowDefaults); // returns the problem, if any

    QList<Item> m_items;
    QList<TargetProblem> m_problems;
    AddressSet m_addresses;
    bool m_usesDefaults = false;
};

} // namespace rz
