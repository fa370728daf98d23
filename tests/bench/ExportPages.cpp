// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: rzconsole contributors
#include "ExportPages.h"

#include "sim/AssetRecord.h"
#include "sim/FieldSelection.h"
#include "sim/SimDataSet.h"

#include <QtConcurrentMap>

#include <numeric>

namespace rz::bench {

ExportPages ExportPages::generate(qint64 assets, int pageSize, const QString &fields, quint64 seed) {
    sim::SimConfig config;
    config.seed = seed;
    config.organizations = 1;
    config.assetsPerOrganization = assets;
    const sim::SimDataSet data(config);
    const sim::AssetSource &source = *data.organizations().front().assets;
    const sim::FieldSelection selection(fields);

    ExportPages result;
    result.assets = assets;
    const qint64 pageCount = (assets + pageSize - 1) / pageSize;
    result.pages.resize(std::size_t(pageCount));
    std::vector<qint64> indexes(static_cast<std::size_t>(pageCount));
    std::iota(indexes.begin(), indexes.end(), qint64(0));
    QtConcurrent::blockingMap(indexes, [&](qint64 page) {
        QByteArray &body = result.pages[std::size_t(page)];
        sim::AssetRecord record;
        const qint64 first = page * pageSize;
        const qint64 end = std::min(assets, first + pageSize);
        body.reserve(qsizetype(end - first) * 1024);
        body.append("{\"assets\":[");
        for (qint64 index = first; index < end; ++index) {
            if (index > first)
                body.append(',');
            source.load(index, record);
            source.writeJson(record, selection, body);
        }
        body.append(']');
        if (end < assets)
            body.append(",\"next_key\":\"p" + QByteArray::number(page + 1) + '"');
        body.append('}');
        body.squeeze();
    });
    for (const QByteArray &page : result.pages)
        result.bytes += page.size();
    return result;
}

} // namespace rz::bench
