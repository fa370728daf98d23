// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: rzconsole contributors
#pragma once

#include <QByteArray>
#include <QByteArrayView>

#include <array>
#include <memory>
#include <span>

namespace rz::sim {

class AssetRecord;
class ItemRow;

// The records of one of the organization-wide inventories that hang off the assets (services, software,
// vulnerabilities), made from each asset's record, so that they follow the assets whatever their source
// (generated or a data file) and cost no memory. Item `i` of an asset is always the same record.
class InventoryItems {
public:
    enum class Kind { Services, Software, Vulnerabilities };
    // Records of one asset are numbered 0 .. maxPerAsset-1 at most (paging keys rely on it).
    static constexpr qint64 maxPerAsset = qint64(1) << 17;

    InventoryItems() = default;
    virtual ~InventoryItems() = default;
    InventoryItems(const InventoryItems &) = delete;
    InventoryItems &operator=(const InventoryItems &) = delete;

    // The inventory of `kind` for the organization `organizationId`.
    static std::unique_ptr<InventoryItems> create(Kind kind, QByteArray organizationId);
    // The export's path name ("services" for /export/org/services.json) and the key of a paged answer.
    static const char *pathName(Kind kind);

    // The CSV columns (and JSON keys), in order.
    virtual std::span<const char *const> columns() const = 0;
    // How many records the asset has.
    virtual int count(const AssetRecord &record) const = 0;
    // Fills `row` (cleared first) with record `item` (0 .. count-1) of the asset.
    virtual void fill(const AssetRecord &record, int item, ItemRow &row) const = 0;

protected:
    // The asset's own properties that service and vulnerability records repeat (id, site_id, addresses, ...).
    static constexpr std::array<const char *, 16> assetColumns{
        "id",        "created_at", "updated_at", "organization_id",
        "site_id",   "alive",      "first_seen", "last_seen",
        "site_name", "type",       "os",         "os_version",
        "hw",        "addresses",  "macs",       "names",
    };
    // A kind's own columns followed by assetColumns.
    template<size_t N>
    static constexpr std::array<const char *, N + 16>
    withAssetColumns(const std::array<const char *, N> &own) {
        std::array<const char *, N + 16> all{};
        for (size_t i = 0; i < N; ++i)
            all[i] = own[i];
        for (size_t i = 0; i < assetColumns.size(); ++i)
            all[N + i] = assetColumns[i];
        return all;
    }
    static void addAssetProperties(const AssetRecord &record, QByteArrayView organizationId, ItemRow &row);
};

} // namespace rz::sim
