// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: rzconsole contributors
#include "domain/AssetBlockBuilder.h"

#include <algorithm>
#include <charconv>
#include <cstring>
#include <limits>
#include <string>

namespace rz {

namespace {

using Storage = AssetBlockColumn::Storage;

// A pooled column whose distinct values are most of its rows costs more than text: it turns into text at the
// end of the block when it has more than poolKeepMaximum values, or at once beyond poolSwitchMinimum (so that
// a large page does not first pool every name).
constexpr qsizetype poolSwitchMinimum = 4096;
constexpr qsizetype poolKeepMaximum = 64;

// A JSON integer in its only canonical spelling (no leading zeros, no "-0"), within 64 bits.
bool parseCanonicalInteger(std::string_view text, qint64 &value) {
    if (text.empty() || text == "-0")
        return false;
    const std::size_t digits = text.front() == '-' ? 1 : 0;
    if (text.size() > digits + 1 && text[digits] == '0')
        return false;
    const char *end = text.data() + text.size();
    const auto [stop, error] = std::from_chars(text.data(), end, value);
    return error == std::errc() && stop == end;
}

int hexValue(char c) {
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    return -1;
}

// The canonical lower-case form 8-4-4-4-12 only, so that the text made back from the bytes is the text sent.
bool parseUuid(std::string_view text, std::array<quint8, 16> &bytes) {
    if (text.size() != 36)
        return false;
    std::size_t out = 0;
    for (std::size_t i = 0; i < text.size();) {
        if (i == 8 || i == 13 || i == 18 || i == 23) {
            if (text[i] != '-')
                return false;
            ++i;
            continue;
        }
        const int high = hexValue(text[i]);
        const int low = hexValue(text[i + 1]);
        if (high < 0 || low < 0)
            return false;
        bytes[out++] = quint8(high << 4 | low);
        i += 2;
    }
    return true;
}

// Appends UTF-8 as UTF-16; ASCII, by far the most common, is widened without a detour through QString.
void appendUtf16(std::vector<char16_t> &out, std::string_view utf8) {
    const std::size_t start = out.size();
    out.resize(start + utf8.size());
    char16_t *target = out.data() + start;
    unsigned char seen = 0;
    for (std::size_t i = 0; i < utf8.size(); ++i) {
        const auto byte = static_cast<unsigned char>(utf8[i]);
        seen |= byte;
        target[i] = char16_t(byte);
    }
    if (seen < 0x80)
        return;
    const QString text = QString::fromUtf8(utf8.data(), qsizetype(utf8.size()));
    std::memcpy(target, text.utf16(), std::size_t(text.size()) * sizeof(char16_t));
    out.resize(start + std::size_t(text.size()));
}

void appendUtf16(std::vector<char16_t> &out, QStringView text) {
    out.insert(out.end(), text.utf16(), text.utf16() + text.size());
}

// The distinct UTF-8 texts of a pooled column and their pool indexes: an open-addressing table over one byte
// arena, cheaper per lookup than std::unordered_map for the short texts of a page.
class TextIndex final {
public:
    // The index of `text`; a new text gets `next`, and `inserted` says so.
    quint32 findOrInsert(std::string_view text, quint32 next, bool &inserted) {
        if ((m_count + 1) * 2 > m_slots.size())
            grow();
        const quint64 hash = hashOf(text);
        const auto tag = quint32(hash >> 32);
        const std::size_t mask = m_slots.size() - 1;
        for (std::size_t i = hash & mask;; i = (i + 1) & mask) {
            Slot &slot = m_slots[i];
            if (slot.index == 0) {
                slot = {next + 1, tag};
                if (m_keys.size() <= next)
                    m_keys.resize(std::size_t(next) + 1);
                m_keys[next] = {quint32(m_arena.size()), quint32(text.size())};
                m_arena.append(text);
                ++m_count;
                inserted = true;
                return next;
            }
            if (slot.tag == tag && keyOf(slot.index - 1) == text) {
                inserted = false;
                return slot.index - 1;
            }
        }
    }

private:
    struct Slot {
        quint32 index = 0; // pool index + 1; 0 when free
        quint32 tag = 0;   // the hash's upper half
    };

    static quint64 hashOf(std::string_view text) {
        quint64 hash = 0x9E3779B97F4A7C15ull ^ text.size();
        const char *p = text.data();
        std::size_t left = text.size();
        for (; left >= 8; left -= 8, p += 8) {
            quint64 word = 0;
            std::memcpy(&word, p, 8);
            hash = (hash ^ word) * 0xBF58476D1CE4E5B9ull;
            hash ^= hash >> 31;
        }
        quint64 word = 0;
        std::memcpy(&word, p, left);
        hash = (hash ^ word) * 0x94D049BB133111EBull;
        return hash ^ (hash >> 29);
    }

    std::string_view keyOf(quint32 index) const {
        const auto [offset, length] = m_keys[index];
        return std::string_view(m_arena).substr(offset, length);
    }

    void grow() {
        std::vector<Slot> slots(std::max<std::size_t>(64, m_slots.size() * 2));
        const std::size_t mask = slots.size() - 1;
        for (const Slot &slot : m_slots) {
            if (slot.index == 0)
                continue;
            std::size_t i = hashOf(keyOf(slot.index - 1)) & mask;
            while (slots[i].index != 0)
                i = (i + 1) & mask;
            slots[i] = slot;
        }
        m_slots = std::move(slots);
    }

    std::vector<Slot> m_slots;
    std::vector<std::pair<quint32, quint32>> m_keys; // per pool index: offset and length in m_arena
    std::string m_arena;
    std::size_t m_count = 0;
};

} // namespace

class AssetBlockBuilder::ColumnBuilder final {
public:
    ColumnBuilder(Storage storage, qsizetype expectedRows)
        : m_storage(storage) {
        const auto rows = std::size_t(expectedRows);
        switch (storage) {
        case Storage::Pooled:
            m_indexes.reserve(rows);
            m_pool.append(QString()); // index 0: the empty text
            break;
        case Storage::Text:
            m_ends.reserve(rows);
            break;
        case Storage::Number:
            m_numbers.reserve(rows);
            break;
        case Storage::Uuid:
            m_uuids.reserve(rows);
            break;
        }
    }

    qsizetype count() const {
        switch (m_storage) {
        case Storage::Pooled:
            return qsizetype(m_indexes.size());
        case Storage::Text:
            return qsizetype(m_ends.size());
        case Storage::Number:
            return qsizetype(m_numbers.size());
        case Storage::Uuid:
            return qsizetype(m_uuids.size());
        }
        return 0;
    }

    void append(std::string_view utf8) {
        switch (m_storage) {
        case Storage::Pooled:
            appendPooled(utf8);
            return;
        case Storage::Text:
            appendUtf16(m_text, utf8);
            endCell();
            return;
        case Storage::Number: {
            qint64 value = 0;
            if (utf8.empty()) {
                m_numbers.push_back(AssetBlockColumn::noNumber);
            } else if (parseCanonicalInteger(utf8, value) && value != AssetBlockColumn::noNumber) {
                m_numbers.push_back(value);
            } else {
                toText();
                append(utf8);
            }
            return;
        }
        case Storage::Uuid: {
            std::array<quint8, 16> bytes{};
            if (parseUuid(utf8, bytes)) {
                m_uuids.push_back(bytes);
            } else {
                toText();
                append(utf8);
            }
            return;
        }
        }
    }

    void removeLast() {
        switch (m_storage) {
        case Storage::Pooled:
            m_indexes.pop_back();
            return;
        case Storage::Text:
            m_ends.pop_back();
            m_text.resize(m_ends.empty() ? 0 : m_ends.back());
            return;
        case Storage::Number:
            m_numbers.pop_back();
            return;
        case Storage::Uuid:
            m_uuids.pop_back();
            return;
        }
    }

    // Writes an empty cell.
    void appendEmpty() {
        switch (m_storage) {
        case Storage::Pooled:
            m_indexes.push_back(0);
            return;
        case Storage::Text:
            endCell();
            return;
        case Storage::Number:
            m_numbers.push_back(AssetBlockColumn::noNumber);
            return;
        case Storage::Uuid:
            toText();
            endCell();
            return;
        }
    }

    AssetBlockColumn finish() {
        if (m_storage == Storage::Pooled && m_pool.size() > poolKeepMaximum &&
            m_pool.size() * 2 > qsizetype(m_indexes.size()))
            toText();
        AssetBlockColumn column;
        column.storage = m_storage;
        switch (m_storage) {
        case Storage::Pooled:
            column.pool = std::move(m_pool);
            column.pool.squeeze();
            packIndexes(column);
            break;
        case Storage::Text:
            column.chars = QString(reinterpret_cast<const QChar *>(m_text.data()), qsizetype(m_text.size()));
            column.ends = std::move(m_ends);
            column.ends.shrink_to_fit();
            break;
        case Storage::Number:
            column.numbers = std::move(m_numbers);
            column.numbers.shrink_to_fit();
            break;
        case Storage::Uuid:
            column.uuids = std::move(m_uuids);
            column.uuids.shrink_to_fit();
            break;
        }
        return column;
    }

private:
    void endCell() {
        Q_ASSERT(m_text.size() <= std::numeric_limits<quint32>::max());
        m_ends.push_back(quint32(m_text.size()));
    }

    void appendPooled(std::string_view utf8) {
        if (utf8.empty()) {
            m_indexes.push_back(0);
            return;
        }
        bool inserted = false;
        const quint32 index = m_lookup.findOrInsert(utf8, quint32(m_pool.size()), inserted);
        m_indexes.push_back(index);
        if (!inserted)
            return;
        m_pool.append(QString::fromUtf8(utf8.data(), qsizetype(utf8.size())));
        if (m_pool.size() > poolSwitchMinimum && m_pool.size() * 2 > qsizetype(m_indexes.size()))
            toText();
    }

    // Rewrites the cells written so far as text and carries on in that form.
    void toText() {
        std::vector<char16_t> text;
        std::vector<quint32> ends;
        ends.reserve(m_ends.capacity());
        const auto endCellIn = [&] { ends.push_back(quint32(text.size())); };
        switch (m_storage) {
        case Storage::Pooled:
            for (const quint32 index : m_indexes) {
                appendUtf16(text, QStringView(m_pool.at(index)));
                endCellIn();
            }
            break;
        case Storage::Number:
            for (const qint64 value : m_numbers) {
                if (value != AssetBlockColumn::noNumber)
                    appendUtf16(text, QStringView(QString::number(value)));
                endCellIn();
            }
            break;
        case Storage::Uuid:
            for (const auto &bytes : m_uuids) {
                AssetBlockColumn one;
                one.storage = Storage::Uuid;
                one.uuids.push_back(bytes);
                appendUtf16(text, QStringView(one.text(0)));
                endCellIn();
            }
            break;
        case Storage::Text:
            return;
        }
        m_storage = Storage::Text;
        m_text = std::move(text);
        m_ends = std::move(ends);
        m_indexes = {};
        m_lookup = {};
        m_pool = {};
        m_numbers = {};
        m_uuids = {};
    }

    void packIndexes(AssetBlockColumn &column) const {
        const qsizetype poolSize = column.pool.size();
        column.indexWidth = poolSize <= 0x100 ? 1 : poolSize <= 0x10000 ? 2 : 4;
        column.indexes.resize(m_indexes.size() * column.indexWidth);
        quint8 *out = column.indexes.data();
        for (const quint32 index : m_indexes) {
            if (column.indexWidth == 1) {
                *out++ = quint8(index);
            } else if (column.indexWidth == 2) {
                const auto narrow = quint16(index);
                std::memcpy(out, &narrow, sizeof narrow);
                out += sizeof narrow;
            } else {
                std::memcpy(out, &index, sizeof index);
                out += sizeof index;
            }
        }
    }

    Storage m_storage;
    std::vector<quint32> m_indexes;
    TextIndex m_lookup;
    QList<QString> m_pool;
    std::vector<char16_t> m_text;
    std::vector<quint32> m_ends;
    std::vector<qint64> m_numbers;
    std::vector<std::array<quint8, 16>> m_uuids;
};

AssetBlockBuilder::AssetBlockBuilder(QList<AssetColumn> columns, qsizetype expectedRows)
    : m_columns(std::move(columns))
    , m_ids(std::make_unique<ColumnBuilder>(Storage::Uuid, expectedRows)) {
    m_cells.reserve(std::size_t(m_columns.size()));
    for (const AssetColumn column : std::as_const(m_columns))
        m_cells.emplace_back(initialStorage(column), expectedRows);
}

AssetBlockBuilder::~AssetBlockBuilder() = default;
AssetBlockBuilder::AssetBlockBuilder(AssetBlockBuilder &&) noexcept = default;
AssetBlockBuilder &AssetBlockBuilder::operator=(AssetBlockBuilder &&) noexcept = default;

AssetBlockColumn::Storage AssetBlockBuilder::initialStorage(AssetColumn column) {
    switch (assetColumnInfo(column).kind) {
    case ValueKind::Time:
    case ValueKind::Integer:
        return Storage::Number;
    case ValueKind::Address:
        return Storage::Text;
    case ValueKind::Text:
    case ValueKind::List:
    case ValueKind::Bool:
        break;
    }
    // Mostly one of a kind per asset.
    if (column == AssetColumn::Names || column == AssetColumn::Macs || column == AssetColumn::Domains)
        return Storage::Text;
    return Storage::Pooled;
}

void AssetBlockBuilder::setId(std::string_view utf8) {
    if (m_ids->count() > m_rows)
        m_ids->removeLast();
    m_ids->append(utf8);
}

void AssetBlockBuilder::setId(QStringView text) {
    const QByteArray utf8 = text.toUtf8();
    setId(std::string_view(utf8.constData(), std::size_t(utf8.size())));
}

void AssetBlockBuilder::setValue(qsizetype column, std::string_view utf8) {
    Q_ASSERT(column >= 0 && column < qsizetype(m_cells.size()));
    ColumnBuilder &cells = m_cells[std::size_t(column)];
    if (cells.count() > m_rows)
        cells.removeLast();
    cells.append(utf8);
}

void AssetBlockBuilder::setValue(qsizetype column, QStringView text) {
    const QByteArray utf8 = text.toUtf8();
    setValue(column, std::string_view(utf8.constData(), std::size_t(utf8.size())));
}

void AssetBlockBuilder::commitRow() {
    if (m_ids->count() == m_rows)
        m_ids->appendEmpty();
    for (ColumnBuilder &cells : m_cells) {
        if (cells.count() == m_rows)
            cells.appendEmpty();
    }
    ++m_rows;
}

void AssetBlockBuilder::discardRow() {
    if (m_ids->count() > m_rows)
        m_ids->removeLast();
    for (ColumnBuilder &cells : m_cells) {
        if (cells.count() > m_rows)
            cells.removeLast();
    }
}

qsizetype AssetBlockBuilder::rowCount() const {
    return m_rows;
}

std::shared_ptr<AssetBlock> AssetBlockBuilder::finish() {
    auto block = std::make_shared<AssetBlock>();
    block->columns = m_columns;
    block->rows = m_rows;
    block->ids = m_ids->finish();
    block->cells.reserve(m_cells.size());
    for (ColumnBuilder &cells : m_cells)
        block->cells.push_back(cells.finish());
    *this = AssetBlockBuilder(m_columns);
    return block;
}

} // namespace rz
