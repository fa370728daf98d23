// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: rzconsole contributors
#include "json/AssetPageParser.h"

#include "domain/AssetBlockBuilder.h"
#include "json/AssetFieldTable.h"

#include <QDateTime>
#include <QSet>
#include <algorithm>
#include <charconv>
#include <cmath>
#include <optional>
#include <simdjson.h>
#include <string>
#include <string_view>
#include <unordered_map>

using namespace Qt::StringLiterals;
namespace od = simdjson::ondemand;
using simdjson::error_code;

namespace rz::json {

namespace {

constexpr std::size_t maxInternedUtf8 = 64; // longer texts rarely repeat
constexpr qsizetype maxInternedText = 48;
constexpr int stopPollInterval = 64;          // rows between polls of the stop predicate
constexpr qsizetype bytesPerSmallAsset = 256; // for sizing a block before its rows are counted

qsizetype estimatedRows(qsizetype bodySize) {
    return std::min<qsizetype>(bodySize / bytesPerSmallAsset, 4096);
}

std::string_view trimmed(std::string_view text) {
    const auto isSpace = [](char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; };
    while (!text.empty() && isSpace(text.front()))
        text.remove_prefix(1);
    while (!text.empty() && isSpace(text.back()))
        text.remove_suffix(1);
    return text;
}

// A JSON integer token: optional minus, then digits (JSON forbids leading zeros and '+', so it is canonical).
bool isIntegerToken(std::string_view token) {
    if (!token.empty() && token.front() == '-')
        token.remove_prefix(1);
    if (token.empty())
        return false;
    for (const char c : token) {
        if (c < '0' || c > '9')
            return false;
    }
    return true;
}

QString fromUtf8(std::string_view text) {
    return QString::fromUtf8(text.data(), qsizetype(text.size()));
}

ApiError malformed(const QString &detail) {
    return ApiError::make(ApiError::Kind::Malformed, detail);
}

ApiError malformed(error_code code) {
    return malformed(ApiError::tr("the asset page is not valid JSON (%1)")
                         .arg(QString::fromUtf8(simdjson::error_message(code))));
}

error_code checkNull(od::value &value) {
    bool isNull = false;
    if (const error_code error = value.is_null().get(isNull))
        return error;
    return isNull ? simdjson::SUCCESS : simdjson::N_ATOM_ERROR;
}

// Reads the rows of one page, either into AssetRow values (Rows form) or into an AssetBlockBuilder (Block
// form). Every value is first brought into its canonical UTF-8 text; the Rows form then makes a QString of it
// (repeated short values within the page share one), the Block form hands it to the builder.
class PageReader final {
public:
    PageReader(const AssetFieldTable &fields, qsizetype columnCount, AssetBlockBuilder *builder)
        : m_fields(fields)
        , m_columnCount(columnCount)
        , m_builder(builder) {}

    error_code readAssets(od::array &assets, std::vector<AssetRow> &rows,
                          const AssetPageParser::StopPredicate &shouldStop, bool &stopped) {
        int sincePoll = 0;
        for (auto element : assets) {
            od::value value;
            if (const error_code error = element.get(value))
                return error;
            od::json_type type;
            if (const error_code error = value.type().get(type))
                return error;
            if (type != od::json_type::object)
                continue; // not an asset; skipped whole
            od::object object;
            if (const error_code error = value.get_object().get(object))
                return error;
            if (m_builder) {
                bool hasId = false;
                if (const error_code error = readAsset(object, nullptr, hasId))
                    return error;
                if (hasId)
                    m_builder->commitRow();
                else
                    m_builder->discardRow();
            } else {
                AssetRow row;
                bool hasId = false;
                if (const error_code error = readAsset(object, &row, hasId))
                    return error;
                if (hasId)
                    rows.push_back(std::move(row));
            }
            if (shouldStop && ++sincePoll == stopPollInterval) {
                sincePoll = 0;
                if (shouldStop()) {
                    stopped = true;
                    return simdjson::SUCCESS;
                }
            }
        }
        return simdjson::SUCCESS;
    }

private:
    // A value in its canonical text. `stable`: the text lives as long as the document (it is not in
    // m_buffer).
    struct Canonical {
        std::string_view text;
        // false: the value cannot be read as the column's kind, and leaves the cell as it is
        bool present = false;
        bool stable = false;
    };

    error_code readAsset(od::object &object, AssetRow *row, bool &hasId) {
        if (row)
            row->values = QList<QString>(m_columnCount);
        hasId = false;
        for (auto field : object) {
            std::string_view key;
            if (const error_code error = field.unescaped_key().get(key))
                return error;
            od::value value;
            if (const error_code error = field.value().get(value))
                return error;
            if (key == "id") {
                std::string_view token;
                if (const error_code error = scalarToken(value, token))
                    return error;
                hasId = !token.empty();
                if (row)
                    row->id = fromUtf8(token);
                else if (hasId)
                    m_builder->setId(token);
                continue;
            }
            const auto [first, end] = m_fields.find(key);
            if (first == end)
                continue;
            Canonical canonical;
            if (const error_code error = readValue(value, first->kind, canonical))
                return error;
            if (!canonical.present)
                continue;
            for (const AssetFieldSlot *slot = first; slot != end; ++slot)
                store(slot->index, canonical, row); // a column asked twice gets the same value
        }
        return simdjson::SUCCESS;
    }

    void store(qsizetype index, const Canonical &canonical, AssetRow *row) {
        if (!row) {
            m_builder->setValue(index, canonical.text);
            return;
        }
        row->values[index] = canonical.stable ? internUtf8(canonical.text) : intern(fromUtf8(canonical.text));
    }

    // The text of a scalar (string, number or boolean); empty for null, arrays and objects (left unread). The
    // text lives as long as the document.
    error_code scalarToken(od::value &value, std::string_view &token) {
        token = {};
        od::json_type type;
        if (const error_code error = value.type().get(type))
            return error;
        switch (type) {
        case od::json_type::string:
            return value.get_string().get(token);
        case od::json_type::number:
            return numberToken(value, token);
        case od::json_type::boolean: {
            bool flag = false;
            if (const error_code error = value.get_bool().get(flag))
                return error;
            token = flag ? std::string_view("true") : std::string_view("false");
            return simdjson::SUCCESS;
        }
        case od::json_type::null:
            return checkNull(value);
        case od::json_type::array:
        case od::json_type::object:
            return simdjson::SUCCESS;
        }
        return simdjson::SUCCESS;
    }

    // A number exactly as sent (so integers above 2^53 stay exact), after checking it is one.
    static error_code numberToken(od::value &value, std::string_view &token) {
        token = trimmed(value.raw_json_token());
        if (isIntegerToken(token))
            return simdjson::SUCCESS;
        double number = 0;
        return value.get_double().get(number);
    }

    error_code readValue(od::value &value, ValueKind kind, Canonical &out) {
        switch (kind) {
        case ValueKind::Bool:
            return readBool(value, out);
        case ValueKind::Integer:
        case ValueKind::Time:
            return readInteger(value, kind, out);
        case ValueKind::Text:
        case ValueKind::List:
        case ValueKind::Address:
            return readText(value, out);
        }
        return simdjson::SUCCESS;
    }

    error_code readText(od::value &value, Canonical &out) {
        od::json_type type;
        if (const error_code error = value.type().get(type))
            return error;
        out.present = true;
        if (type == od::json_type::array || type == od::json_type::object) {
            m_buffer.clear();
            if (type == od::json_type::array) {
                od::array array;
                if (const error_code error = value.get_array().get(array))
                    return error;
                if (const error_code error = joinItems(array))
                    return error;
            } else {
                od::object object;
                if (const error_code error = value.get_object().get(object))
                    return error;
                if (const error_code error = joinPairs(object))
                    return error;
            }
            out.text = m_buffer;
            return simdjson::SUCCESS;
        }
        out.stable = true;
        return scalarToken(value, out.text);
    }

    // Items joined by '\n'; nulls, empty strings and nested structures are left out.
    error_code joinItems(od::array &array) {
        for (auto element : array) {
            od::value item;
            if (const error_code error = element.get(item))
                return error;
            std::string_view token;
            if (const error_code error = scalarToken(item, token))
                return error;
            if (token.empty())
                continue;
            if (!m_buffer.empty())
                m_buffer.push_back('\n');
            m_buffer.append(token);
        }
        return simdjson::SUCCESS;
    }

    // An object such as tags: "key=value", or "key" alone when the value is empty, joined by '\n'.
    error_code joinPairs(od::object &object) {
        for (auto field : object) {
            std::string_view key;
            if (const error_code error = field.unescaped_key().get(key))
                return error;
            if (!m_buffer.empty())
                m_buffer.push_back('\n');
            m_buffer.append(key);
            od::value item;
            if (const error_code error = field.value().get(item))
                return error;
            std::string_view token;
            if (const error_code error = scalarToken(item, token))
                return error;
            if (!token.empty()) {
                m_buffer.push_back('=');
                m_buffer.append(token);
            }
        }
        return simdjson::SUCCESS;
    }

    error_code readBool(od::value &value, Canonical &out) {
        od::json_type type;
        if (const error_code error = value.type().get(type))
            return error;
        if (type == od::json_type::array || type == od::json_type::object)
            return simdjson::SUCCESS; // left empty
        std::string_view token;
        if (const error_code error = scalarToken(value, token))
            return error;
        if (const std::optional<bool> flag = boolFromText(token)) {
            out.text = *flag ? std::string_view("true") : std::string_view("false");
            out.present = true;
            out.stable = true;
        }
        return simdjson::SUCCESS;
    }

    // "true"/"1" and "false"/"0" in any letter case, around white space (as QString::trimmed() sees it).
    static std::optional<bool> boolFromText(std::string_view token) {
        const bool ascii = std::all_of(token.cbegin(), token.cend(),
                                       [](char c) { return static_cast<unsigned char>(c) < 0x80; });
        if (!ascii) {
            const QString text = fromUtf8(token).trimmed();
            if (text.compare("true"_L1, Qt::CaseInsensitive) == 0 || text == "1"_L1)
                return true;
            if (text.compare("false"_L1, Qt::CaseInsensitive) == 0 || text == "0"_L1)
                return false;
            return std::nullopt;
        }
        const auto isSpace = [](char c) { return c == ' ' || (c >= '\t' && c <= '\r'); };
        while (!token.empty() && isSpace(token.front()))
            token.remove_prefix(1);
        while (!token.empty() && isSpace(token.back()))
            token.remove_suffix(1);
        const auto equalsFolded = [token](std::string_view lower) {
            return token.size() == lower.size() &&
                   std::equal(token.cbegin(), token.cend(), lower.cbegin(), [](char a, char b) {
                       return (a >= 'A' && a <= 'Z' ? char(a - 'A' + 'a') : a) == b;
                   });
        };
        if (equalsFolded("true") || token == "1")
            return true;
        if (equalsFolded("false") || token == "0")
            return false;
        return std::nullopt;
    }

    error_code readInteger(od::value &value, ValueKind kind, Canonical &out) {
        od::json_type type;
        if (const error_code error = value.type().get(type))
            return error;
        if (type == od::json_type::number) {
            const std::string_view token = trimmed(value.raw_json_token());
            if (isIntegerToken(token)) {
                out = {token, true, true};
                return simdjson::SUCCESS;
            }
            double number = 0;
            if (const error_code error = value.get_double().get(number))
                return error;
            if (std::isfinite(number) && std::abs(number) < 9.2e18)
                setNumber(qint64(number), out); // a fraction of a second or of a count
            return simdjson::SUCCESS;
        }
        if (type == od::json_type::null)
            return checkNull(value);
        if (type != od::json_type::string)
            return simdjson::SUCCESS; // booleans, arrays, objects: no number here
        std::string_view text;
        if (const error_code error = value.get_string().get(text))
            return error;
        text = trimmed(text);
        if (isIntegerToken(text)) {
            out = {text, true, true};
        } else if (kind == ValueKind::Time) {
            const QDateTime time = QDateTime::fromString(fromUtf8(text), Qt::ISODateWithMs);
            if (time.isValid())
                setNumber(time.toSecsSinceEpoch(), out);
        }
        return simdjson::SUCCESS;
    }

    void setNumber(qint64 number, Canonical &out) {
        char digits[24];
        const auto result = std::to_chars(std::begin(digits), std::end(digits), number);
        m_buffer.assign(digits, result.ptr);
        out = {m_buffer, true, false};
    }

    QString internUtf8(std::string_view text) {
        if (text.empty())
            return {};
        if (text.size() > maxInternedUtf8)
            return fromUtf8(text);
        // The key points into the document (or is a literal), which outlives the page being read.
        auto [it, inserted] = m_utf8Pool.try_emplace(text);
        if (inserted)
            it->second = intern(fromUtf8(text));
        return it->second;
    }

    QString intern(QString text) {
        if (text.isEmpty() || text.size() > maxInternedText)
            return text;
        const auto it = m_textPool.constFind(text);
        if (it != m_textPool.cend())
            return *it;
        m_textPool.insert(text);
        return text;
    }

    const AssetFieldTable &m_fields;
    qsizetype m_columnCount;
    AssetBlockBuilder *m_builder;
    std::string m_buffer;
    std::unordered_map<std::string_view, QString> m_utf8Pool;
    QSet<QString> m_textPool;
};

// The first pass: the top-level shape and next_key, skipping over the assets.
error_code readNextKey(od::document &document, bool &isObject, QString &nextKey) {
    od::json_type type;
    if (const error_code error = document.type().get(type))
        return error;
    isObject = type == od::json_type::object;
    if (!isObject)
        return simdjson::SUCCESS;
    od::object object;
    if (const error_code error = document.get_object().get(object))
        return error;
    for (auto field : object) {
        std::string_view key;
        if (const error_code error = field.unescaped_key().get(key))
            return error;
        od::value value;
        if (const error_code error = field.value().get(value))
            return error;
        if (key != "next_key")
            continue;
        od::json_type keyType;
        if (const error_code error = value.type().get(keyType))
            return error;
        if (keyType == od::json_type::string) {
            std::string_view text;
            if (const error_code error = value.get_string().get(text))
                return error;
            nextKey = fromUtf8(text);
        } else if (keyType == od::json_type::number) {
            nextKey = fromUtf8(trimmed(value.raw_json_token()));
        }
    }
    return simdjson::SUCCESS;
}

// After the root value: nothing but whitespace may follow.
error_code checkAtEnd(od::document &document) {
    const char *location = nullptr;
    const error_code error = document.current_location().get(location);
    if (error == simdjson::OUT_OF_BOUNDS)
        return simdjson::SUCCESS;
    return error ? error : simdjson::TRAILING_CONTENT;
}

// The second pass over a bare array of assets (the unpaged export).
error_code readBareArray(od::document &document, PageReader &reader, AssetPage &page,
                         const AssetPageParser::StopPredicate &shouldStop, bool &stopped, bool &shapeOk) {
    od::json_type type;
    if (const error_code error = document.type().get(type))
        return error;
    if (type != od::json_type::array) {
        shapeOk = false;
        return simdjson::SUCCESS;
    }
    od::array assets;
    if (const error_code error = document.get_array().get(assets))
        return error;
    return reader.readAssets(assets, page.rows, shouldStop, stopped);
}

// The second pass over {"assets": [...], "next_key": "..."}; next_key is already known from the first.
error_code readPageObject(od::document &document, PageReader &reader, AssetPage &page,
                          const AssetPageParser::StopPredicate &shouldStop, bool &stopped, bool &shapeOk) {
    od::object object;
    if (const error_code error = document.get_object().get(object))
        return error;
    bool sawAssets = false;
    for (auto field : object) {
        std::string_view key;
        if (const error_code error = field.unescaped_key().get(key))
            return error;
        od::value value;
        if (const error_code error = field.value().get(value))
            return error;
        if (key != "assets")
            continue;
        od::json_type type;
        if (const error_code error = value.type().get(type))
            return error;
        if (type == od::json_type::null) {
            if (const error_code error = checkNull(value))
                return error;
            sawAssets = true; // real exports send null for an empty list
            continue;
        }
        if (type != od::json_type::array) {
            shapeOk = false;
            return simdjson::SUCCESS;
        }
        sawAssets = true;
        od::array assets;
        if (const error_code error = value.get_array().get(assets))
            return error;
        if (const error_code error = reader.readAssets(assets, page.rows, shouldStop, stopped);
            error || stopped)
            return error;
    }
    shapeOk = sawAssets;
    return simdjson::SUCCESS;
}

} // namespace

struct AssetPageParser::Private {
    QList<AssetColumn> columns;
    AssetPageForm form = AssetPageForm::Rows;
    std::unique_ptr<AssetFieldTable> fields;
    od::parser parser;
};

AssetPageParser::AssetPageParser(QList<AssetColumn> columns, AssetPageForm form)
    : d(std::make_unique<Private>()) {
    d->columns = std::move(columns);
    d->form = form;
    d->fields = std::make_unique<AssetFieldTable>(d->columns);
}

AssetPageParser::~AssetPageParser() = default;
AssetPageParser::AssetPageParser(AssetPageParser &&) noexcept = default;
AssetPageParser &AssetPageParser::operator=(AssetPageParser &&) noexcept = default;

const QList<AssetColumn> &AssetPageParser::columns() const {
    return d->columns;
}

Result<AssetPage> AssetPageParser::parse(QByteArrayView body, const NextKeyCallback &nextKeyKnown,
                                         const StopPredicate &shouldStop) {
    Result<AssetPage> result;
    const QByteArrayView content = body.trimmed();
    if (content.isEmpty()) {
        result.error = malformed(ApiError::tr("the answer was empty where a page of assets was expected"));
        return result;
    }
    if (content.front() == '<') {
        result.error =
            malformed(ApiError::tr("the answer is a web page, not a page of assets; check the console "
                                   "address"));
        return result;
    }

    const simdjson::padded_string padded(content.data(), std::size_t(content.size()));
    od::document document;
    if (const error_code error = d->parser.iterate(padded).get(document)) {
        result.error = malformed(error);
        return result;
    }
    bool isObject = false;
    QString nextKey;
    error_code error = readNextKey(document, isObject, nextKey);
    if (!error && isObject)
        error = checkAtEnd(document);
    if (error) {
        result.error = malformed(error);
        return result;
    }
    if (isObject && nextKeyKnown)
        nextKeyKnown(nextKey);
    document.rewind();

    AssetPage page;
    page.columns = d->columns;
    page.nextKey = nextKey;
    std::optional<AssetBlockBuilder> builder;
    if (d->form == AssetPageForm::Block)
        builder.emplace(d->columns, estimatedRows(content.size()));
    PageReader reader(*d->fields, d->columns.size(), builder ? &*builder : nullptr);
    bool stopped = false;
    bool shapeOk = true;
    error = isObject ? readPageObject(document, reader, page, shouldStop, stopped, shapeOk)
                     : readBareArray(document, reader, page, shouldStop, stopped, shapeOk);
    if (stopped) {
        result.error = ApiError::make(ApiError::Kind::Cancelled);
        return result;
    }
    if (!error && !shapeOk) {
        result.error = malformed(ApiError::tr("the answer is JSON, but not a page of assets"));
        return result;
    }
    if (!error)
        error = checkAtEnd(document);
    if (error) {
        result.error = malformed(error);
        return result;
    }
    if (!isObject && nextKeyKnown)
        nextKeyKnown(QString()); // a bare array is the whole export
    if (builder)
        page.block = builder->finish();
    result.value = std::move(page);
    return result;
}

} // namespace rz::json
