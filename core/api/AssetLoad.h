// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: rzconsole contributors
#pragma once

#include "domain/ApiError.h"
#include "domain/AssetRow.h"

#include <QObject>

namespace rz {

// A paged asset export in progress: requests page after page with start_key, parses each page off the GUI
// thread and hands it over in order. Emits pageReady zero or more times, then finished exactly once.
class AssetLoad : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AssetLoad)
public:
    using QObject::QObject;
    ~AssetLoad() override = default;

    virtual qint64 rowsLoaded() const = 0;
    virtual bool isRunning() const = 0;
    // The start_key of the next page to fetch (empty before the first page and after the last).
    virtual QString resumeKey() const = 0;

public Q_SLOTS:
    virtual void cancel() = 0;
    // After a failure: fetch again from resumeKey(), without duplicating or skipping rows.
    virtual void resume() = 0;

Q_SIGNALS:
    void pageReady(const rz::AssetPage &page);
    void finished(const rz::ApiError &error); // error.ok() on success; Kind::Cancelled after cancel()
};

} // namespace rz
