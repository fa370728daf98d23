// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: rzconsole contributors
#pragma once

#include "auth/ConnectionProfile.h"
#include "auth/ProfileProblem.h"

#include <QObject>
#include <optional>

class QSettings;

namespace rz {

// The saved connection profiles, persisted in the QSettings it is given (under the "connections" group).
// It validates every change: a unique, non-empty name; an http(s) URL with a host, plain http only for
// loopback hosts; a usable credential kind; an existing CA bundle. It never sees a secret.
class ConnectionStore final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConnectionStore)
public:
    struct AddResult {
        QUuid id; // the stored profile's id (null on failure)
        ProfileProblems problems;
        bool ok() const { return problems.isEmpty(); }
    };

    explicit ConnectionStore(QSettings &settings, QObject *parent = nullptr);
    ~ConnectionStore() override;

    // All profiles, ordered by name (case-insensitive).
    QList<ConnectionProfile> profiles() const;
    std::optional<ConnectionProfile> profile(const QUuid &id) const;
    bool contains(const QUuid &id) const;

    // Stores a new profile; a null id is replaced by a fresh one.
    AddResult add(ConnectionProfile profile);
    // Replaces the stored profile with the same id.
    ProfileProblems update(const ConnectionProfile &profile);
    ProfileProblems rename(const QUuid &id, const QString &newName);
    // Returns false if there was no such profile.
    bool remove(const QUuid &id);
    // Remembers the organization last chosen with this profile (no validation needed).
    bool setLastOrganizationId(const QUuid &id, const QString &organizationId);

    // Everything wrong with the profile, empty if it can be stored. The name must not clash with another
    // profile than the one with the same id.
    ProfileProblems validate(const ConnectionProfile &profile) const;

    // Single-field checks, each returning a translated sentence or an empty string; for inline form hints.
    QString nameProblem(const QString &name, const QUuid &ownId = {}) const;
    static QString baseUrlProblem(const QUrl &url);
    static QString credentialProblem(const ConnectionProfile &profile);
    static QString caBundleProblem(const QString &path);
    static bool isLoopbackHost(const QString &host);

Q_SIGNALS:
    void profilesChanged();

private:
    ProfileProblems write(const ConnectionProfile &profile);
    ProfileProblems syncProblems();

    QSettings &m_settings;
};

} // namespace rz
