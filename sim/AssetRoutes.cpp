// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: rzconsole contributors
#include "sim/AssetRoutes.h"

#include "sim/AssetRecord.h"
#include "sim/AssetStream.h"
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

} // namespace

AssetRoutes::AssetRoutes(SimState &state)
    : m_state(state) {}

SimResponse AssetRoutes::exportJson(const RouteContext &context) {
    if (context.request.hasQuery("page_size"))
        return page(context);
    return stream(context, static_cast<int>(AssetStream::Format::JsonArray), true);
}

SimResponse AssetRoutes::exportJsonLines(const RouteContext &context) {
    return stream(context, static_cast<int>(AssetStream::Format::JsonLines), true);
}

SimResponse AssetRoutes::exportCsv(const RouteContext &context) {
    return stream(context, static_cast<int>(AssetStream::Format::Csv), false);
}

SimResponse AssetRoutes::organizationAssets(const RouteContext &context) {
    return stream(context, static_cast<int>(AssetStream::Format::JsonArray), true);
}

SimResponse AssetRoutes::organizationAsset(const RouteContext &context) {
    const AssetSource &source = *context.organization->assets;
    const QString id = context.arguments.value(0);
    const auto index = source.indexOfId(id.toUtf8());
    if (!index)
        return SimResponse::problem(404, u"asset '%1' was not found in this organization"_s.arg(id));
    AssetRecord record;
    source.load(*index, record);
    QByteArray body;
    source.writeJson(record, FieldSelection(), body);
    return SimResponse::raw(std::move(body));
}

SimResponse AssetRoutes::stream(const RouteContext &context, int format, bool withFields) {
    SimResponse failure;
    auto query = parseSearch(context, &failure);
    if (!query)
        return failure;
    const FieldSelection fields =
        withFields ? FieldSelection(context.request.queryValue("fields")) : FieldSelection();
    const auto kind = static_cast<AssetStream::Format>(format);
    SimResponse response;
    response.contentType = kind == AssetStream::Format::Csv ? "text/csv; charset=utf-8" : "application/json";
    response.stream =
        std::make_shared<AssetStream>(*context.organization->assets, std::move(*query), fields, kind);
    return response;
}

SimResponse AssetRoutes::page(const RouteContext &context) {
    const SimRequest &request = context.request;
    const SimOrganization &org = *context.organization;
    bool ok = false;
    const QString sizeText = request.queryValue("page_size");
    const qint64 pageSize = sizeText.trimmed().toLongLong(&ok);
    if (!ok || pageSize < 1)
        return SimResponse::problem(
            400,
            u"page_size must be a whole number from 1 to %1, not '%2'"_s.arg(kMaxPageSize).arg(sizeText));
    if (pageSize > kMaxPageSize)
        return SimResponse::problem(
            400, u"page_size may be at most %1 (got %2)"_s.arg(kMaxPageSize).arg(pageSize));

    qint64 start = 0;
    if (request.hasQuery("start_key") && !request.queryValue("start_key").isEmpty()) {
        const auto decoded = PageKey::decode(m_state.data.seed(), org.index, request.queryValue("start_key"));
        if (!decoded || *decoded > org.assets->count())
            return SimResponse::problem(400,
                                        u"start_key is not a key this export produced; pass the next_key of "
                                        u"the previous page unchanged"_s);
        start = *decoded;
    }

    SimResponse failure;
    const auto query = parseSearch(context, &failure);
    if (!query)
        return failure;
    const FieldSelection fields(request.queryValue("fields"));
    const AssetSource &source = *org.assets;
    const qint64 total = source.count();

    QByteArray body;
    body.reserve(static_cast<qsizetype>(qMin<qint64>(pageSize, 4096) * (fields.isAll() ? 2048 : 256)));
    body.append("{\"assets\":[", 11);
    AssetRecord record;
    qint64 written = 0;
    qint64 index = start;
    while (index < total && written < pageSize) {
        source.load(index++, record);
        if (!query->matches(record))
            continue;
        if (written++ > 0)
            body.append(',');
        source.writeJson(record, fields, body);
    }
    body.append(']');
    if (index < total) {
        body.append(",\"next_key\":", 12);
        appendJsonString(body, PageKey::encode(m_state.data.seed(), org.index, index).toLatin1());
    }
    body.append('}');
    return SimResponse::raw(std::move(body));
}

} // namespace rz::sim
