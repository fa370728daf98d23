// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: rzconsole contributors
#pragma once

#include <QByteArray>
#include <QByteArrayView>

#include <optional>

namespace rz::sim {

class AssetRecord;
class FieldSelection;

// One organization's assets, addressed by index 0..count()-1 (the paging order).
class AssetSource {
public:
    AssetSource() = default;
    virtual ~AssetSource() = default;
    AssetSource(const AssetSource &) = delete;
    AssetSource &operator=(const AssetSource &) = delete;

    virtual qint64 count() const = 0;
    // Fills `record` with the searchable fields of asset `index`.
    virtual void load(qint64 index, AssetRecord &record) const = 0;
    // Appends the asset that `record` was loaded from as one JSON object, limited to `fields`.
    virtual void writeJson(const AssetRecord &record, const FieldSelection &fields,
                           QByteArray &out) const = 0;
    virtual std::optional<qint64> indexOfId(QByteArrayView id) const = 0;
};

} // namespace rz::sim
