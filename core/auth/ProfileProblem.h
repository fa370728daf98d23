// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: rzconsole contributors
#pragma once

#include <QList>
#include <QString>

namespace rz {

// One reason why a connection profile cannot be saved, tied to the field it concerns so that a form can show
// the sentence next to that field.
struct ProfileProblem {
    enum class Field { Id, Name, BaseUrl, Credential, ClientId, CaBundle, Storage };

    Field field = Field::Name;
    QString message; // a complete, translated sentence

    friend bool operator==(const ProfileProblem &, const ProfileProblem &) = default;
};

using ProfileProblems = QList<ProfileProblem>;

} // namespace rz
