// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: rzconsole contributors
#pragma once

#include <QString>

namespace rz {

// The outcome of one SecretStore operation, as a value. "Not found" is not an error: it means that no secret
// is saved under the key.
struct SecretResult {
    enum class Status { Ok, NotFound, Failed };

    Status status = Status::Failed;
    QString secret;       // the secret read (read operations with status Ok only)
    QString errorMessage; // the backend's reason when status is Failed; never contains the secret

    bool ok() const { return status == Status::Ok; }
    bool notFound() const { return status == Status::NotFound; }
    bool failed() const { return status == Status::Failed; }

    static SecretResult success(QString secret = {}) { return {Status::Ok, std::move(secret), {}}; }
    static SecretResult missing() { return {Status::NotFound, {}, {}}; }
    static SecretResult failure(QString reason) { return {Status::Failed, {}, std::move(reason)}; }
};

} // namespace rz
