// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: rzconsole contributors
#include "sim/InventoryRoutes.h"

#include "sim/AssetRecord.h"
#include "sim/AssetRoutes.h"
#include "sim/AssetSource.h"
#include "sim/ItemRow.h"
#include "sim/ItemStream.h"
#include "sim/JsonOut.h"
#include "sim/PageKey.h"
#include "sim/SimState.h"

using namespace Qt::StringLiterals;

namespace rz::sim {

namespace {

std::optional<SearchQuery> parseSearch(const RouteContext &context, SimResponse *failure) {
    QString error;
    auto query = SearchQuery::parse(context.request.queryValue("search"), &error);
    if (!query)
        *failure = SimResponse::problem(422, u"invalid search query: %1"_s.arg(error));
    return query;
}

std::unique_ptr<InventoryItems> itemsFor(InventoryItems::Kind kind, const RouteContext &context) {
    return InventoryItems::create(kind, context.organization->id);
}

} // namespace

InventoryRoutes::InventoryRoutes(SimState &state)
    : m_state(state) {}

SimResponse InventoryRoutes::exportJson(InventoryItems::Kind kind, const RouteContext &context) {
    if (context.request.hasQuery("page_size"))
        return page(kind, context);
    return stream(kind, context, static_cast<int>(ItemStream::Format::JsonArray));
}

SimResponse InventoryRoutes::exportJsonLines(InventoryItems::Kind kind, const RouteContext &context) {
    return stream(kind, context, static_cast<int>(ItemStream::Format::JsonLines));
}

SimResponse InventoryRoutes::exportCsv(InventoryItems::Kind kind, const RouteContext &context) {
    return stream(kind, context, static_cast<int>(ItemStream::Format::Csv));
}

SimResponse InventoryRoutes::stream(InventoryItems::Kind kind, const RouteContext &context, int format) {
    SimResponse failure;
    auto query = parseSearch(context, &failure);
    if (!query)
        return failure;
    const auto streamFormat = static_cast<ItemStream::Format>(format);
    // The CSV export has every column; fields= applies to JSON only, as on the asset routes.
    const FieldSelection fields = streamFormat == ItemStream::Format::Csv
                                      ? FieldSelection()
                                      : FieldSelection(context.request.queryValue("fields"));
    SimResponse response;
    response.contentType =
        streamFormat == ItemStream::Format::Csv ? "text/csv; charset=utf-8" : "application/json";
    response.stream = std::make_shared<ItemStream>(*context.organization->assets, std::move(*query),
                                                   itemsFor(kind, context), fields, streamFormat);
    return response;
}

SimResponse InventoryRoutes::page(InventoryItems::Kind kind, const RouteContext &context) {
    const SimRequest &request = context.request;
    const SimOrganization &org = *context.organization;
    constexpr qint64 maxPageSize = AssetRoutes::kMaxPageSize;
    bool ok = false;
    const QString sizeText = request.queryValue("page_size");
    const qint64 pageSize = sizeText.trimmed().toLongLong(&ok);
    if (!ok || pageSize < 1)
        return SimResponse::problem(
            400, u"page_size must be a whole number from 1 to %1, not '%2'"_s.arg(maxPageSize).arg(sizeText));
    if (pageSize > maxPageSize)
        return SimResponse::problem(400,
                                    u"page_size may be at most %1 (got %2)"_s.arg(maxPageSize).arg(pageSize));

    const AssetSource &source = *org.assets;
    const qint64 total = source.count();
    // A key is asset * maxPerAsset + record: a page may end inside an asset's records.
    qint64 asset = 0;
    int firstItem = 0;
    if (request.hasQuery("start_key") && !request.queryValue("start_key").isEmpty()) {
        const auto decoded = PageKey::decode(m_state.data.seed(), org.index, request.queryValue("start_key"));
        if (!decoded || *decoded / InventoryItems::maxPerAsset > total)
            return SimResponse::problem(400,
                                        u"start_key is not a key this export produced; pass the next_key of "
                                        u"the previous page unchanged"_s);
        asset = *decoded / InventoryItems::maxPerAsset;
        firstItem = static_cast<int>(*decoded % InventoryItems::maxPerAsset);
    }

    SimResponse failure;
    const auto query = parseSearch(context, &failure);
    if (!query)
        return failure;
    const FieldSelection fields(request.queryValue("fields"));
    const std::unique_ptr<InventoryItems> items = itemsFor(kind, context);

    QByteArray body = "{\"";
    body.append(InventoryItems::pathName(kind));
    body.append("\":[", 3);
    AssetRecord record;
    ItemRow row;
    qint64 written = 0;
    std::optional<qint64> nextKey;
    for (; asset < total && !nextKey; ++asset, firstItem = 0) {
        source.load(asset, record);
        if (!query->matches(record))
            continue;
        const int count = items->count(record);
        for (int item = firstItem; item < count; ++item) {
            if (written == pageSize) {
                nextKey = asset * InventoryItems::maxPerAsset + item;
                break;
            }
            items->fill(record, item, row);
            if (written++ > 0)
                body.append(',');
            row.writeJson(fields, body);
        }
    }
    body.append(']');
    if (nextKey) {
        body.append(",\"next_key\":", 12);
        appendJsonString(body, PageKey::encode(m_state.data.seed(), org.index, *nextKey).toLatin1());
    }
    body.append('}');
    return SimResponse::raw(std::move(body));
}

} // namespace rz::sim
