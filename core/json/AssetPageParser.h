// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: rzconsole contributors
#pragma once

#include "domain/ApiError.h"
#include "domain/AssetRow.h"

#include <QByteArrayView>
#include <functional>
#include <memory>

namespace rz::json {

// Parses one page of /export/org/assets.json — the bare array (no page_size) or {"assets": [...], "next_key":
// "..."} — into an AssetPage with the given columns, in the given form (AssetRow values, or one compact
// AssetBlock with the same canonical texts), without building a DOM of the page. Values are brought
// into the canonical forms documented in AssetRow.h; unknown fields are skipped, wrong types and nulls read
// leniently. A body that is not valid JSON, truncated, or not shaped like a page gives a Malformed error and
// no rows.
//
// Not thread-safe: one parser per thread, but a parser may be moved to and used on any thread.
class AssetPageParser final {
public:
    explicit AssetPageParser(QList<AssetColumn> columns, AssetPageForm form = AssetPageForm::Rows);
    ~AssetPageParser();
    AssetPageParser(const AssetPageParser &) = delete;
    AssetPageParser &operator=(const AssetPageParser &) = delete;
    AssetPageParser(AssetPageParser &&) noexcept;
    AssetPageParser &operator=(AssetPageParser &&) noexcept;

    const QList<AssetColumn> &columns() const;

    // Called with the page's next_key once it is known, before the rows are converted, so that the next
    // request can go out while this page is still being parsed. Not called when the structure of the body is
    // broken; a fault inside a value found later still fails the page.
    using NextKeyCallback = std::function<void(const QString &nextKey)>;
    // Polled every 64 rows (tens of microseconds apart); when it returns true, parsing stops with a Cancelled
    // error.
    using StopPredicate = std::function<bool()>;

    Result<AssetPage> parse(QByteArrayView body, const NextKeyCallback &nextKeyKnown = {},
                            const StopPredicate &shouldStop = {});

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace rz::json
