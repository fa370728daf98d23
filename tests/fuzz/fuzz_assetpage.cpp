// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: rzconsole contributors
//
// libFuzzer target: AssetPageParser on arbitrary bytes, with every column. Besides "no crash, no leak, no
// undefined behaviour", it checks what the parser promises: a failed parse has no rows, a good one has one
// value per column in every row and no row without an id, the next-key callback agrees with the page,
// and so does the next_key guessed from the page's last bytes.
#include "json/AssetPageParser.h"
#include "json/TrailingNextKey.h"

#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size) {
    using namespace rz;
    static const QList<AssetColumn> columns = allAssetColumns();
    json::AssetPageParser parser(columns);
    const QByteArrayView body(reinterpret_cast<const char *>(data), qsizetype(size));

    int polls = 0;
    QString announcedKey;
    bool announced = false;
    const Result<AssetPage> page = parser.parse(
        body,
        [&](const QString &key) {
            announced = true;
            announcedKey = key;
        },
        [&polls] { return ++polls > 1'000'000; });
    if (!page.ok()) {
        if (!page.value.rows.empty())
            std::abort();
        return 0;
    }
    if (page.value.columns != columns)
        std::abort();
    for (const AssetRow &row : page.value.rows) {
        if (row.id.isEmpty() || row.values.size() != columns.size())
            std::abort();
    }
    if (!announced || announcedKey != page.value.nextKey)
        std::abort();
    // The next_key guessed from the last bytes (which the load requests before parsing) is the parser's.
    const std::optional<QString> guess = json::trailingNextKey(body);
    if (guess && *guess != page.value.nextKey)
        std::abort();
    // Parsing the same bytes again with the same parser gives the same page.
    const Result<AssetPage> again = parser.parse(body);
    if (!again.ok() || again.value.rows.size() != page.value.rows.size() ||
        again.value.nextKey != page.value.nextKey)
        std::abort();
    for (std::size_t i = 0; i < page.value.rows.size(); ++i) {
        if (again.value.rows[i].id != page.value.rows[i].id ||
            again.value.rows[i].values != page.value.rows[i].values)
            std::abort();
    }
    return 0;
}
