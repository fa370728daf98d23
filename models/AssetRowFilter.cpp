// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: rzconsole contributors
#include "models/AssetRowFilter.h"

#include <QDateTime>
#include <QSet>

#include <array>
#include <unordered_map>

using namespace Qt::StringLiterals;

namespace rz {

namespace {

using Storage = AssetBlockColumn::Storage;

constexpr qsizetype maxCachedCounts = 1 << 16;

constexpr std::array<char16_t, 128> asciiFolded = [] {
    std::array<char16_t, 128> table{};
    for (std::size_t c = 0; c < table.size(); ++c)
        table[c] = char16_t(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
    return table;
}();

// Simple case folding of one UTF-16 unit, as QString's case-insensitive search does it for the BMP. A lone
// surrogate folds to itself.
inline char16_t folded(char16_t c) {
    return c < 0x80 ? asciiFolded[c] : char16_t(QChar::toCaseFolded(c));
}

qint64 floorDiv(qint64 a, qint64 b) {
    const qint64 q = a / b;
    return (a % b != 0 && (a < 0) != (b < 0)) ? q - 1 : q;
}

// The folded characters that some text made by `samples` may contain.
QSet<char16_t> foldedCharacters(const QStringList &samples) {
    QSet<char16_t> set;
    for (const QString &sample : samples) {
        for (const QChar c : sample)
            set.insert(folded(c.unicode()));
    }
    return set;
}

} // namespace

// The display text of times, put together from cached pieces: the date part per local day and the time part
// per local minute (or second), when the format is a date part followed by a time part (or the reverse) and
// names no time zone. Local time comes from the UTC offset, looked up once per day (per hour on a day when it
// changes; offsets change at most once a day). Checked against the plain formatting at the start; any doubt
// and every text is formatted in full.
class AssetRowFilter::TimeTexts final {
public:
    TimeTexts(QLocale locale, QString format)
        : m_locale(std::move(locale))
        , m_format(std::move(format)) {
        m_split = splitFormat();
        if (m_split) {
            QString pieced;
            for (const qint64 seconds :
                 {qint64(1), qint64(1576300370), qint64(1700000000), qint64(1719869423), qint64(1756050500),
                  qint64(-86399), qint64(4102444799)}) {
                text(seconds, pieced);
                if (pieced != m_locale.toString(QDateTime::fromSecsSinceEpoch(seconds), m_format)) {
                    m_split = false;
                    break;
                }
            }
        }
    }

    void text(qint64 seconds, QString &out) {
        if (!m_split) {
            out = m_locale.toString(QDateTime::fromSecsSinceEpoch(seconds), m_format);
            return;
        }
        const int offset = offsetAt(seconds);
        if (offset == changingOffset) {
            out = m_locale.toString(QDateTime::fromSecsSinceEpoch(seconds), m_format);
            return;
        }
        const qint64 local = seconds + offset;
        const qint64 day = floorDiv(local, 86400);
        const auto second = int(local - day * 86400);
        auto date = m_days.find(day);
        if (date == m_days.end())
            date = m_days.emplace(day, m_locale.toString(QDate(1970, 1, 1).addDays(day), m_datePart)).first;
        QString &time = m_times[std::size_t(second / m_timeStep)];
        if (time.isNull())
            time = m_locale.toString(QTime(0, 0).addSecs(second / m_timeStep * m_timeStep), m_timePart);
        out.clear();
        out.append(m_timeFirst ? time : date->second);
        out.append(m_timeFirst ? date->second : time);
    }

private:
    static constexpr int changingOffset = std::numeric_limits<int>::min();

    // The UTC offset at `seconds`, looked up once per day, or per hour on a day when it changes;
    // changingOffset within an hour when it changes.
    int offsetAt(qint64 seconds) {
        const auto lookUp = [](std::unordered_map<qint64, int> &cache, qint64 span, qint64 slot) {
            auto found = cache.find(slot);
            if (found == cache.end()) {
                const int atStart = QDateTime::fromSecsSinceEpoch(slot * span).offsetFromUtc();
                const int atEnd = QDateTime::fromSecsSinceEpoch(slot * span + span - 1).offsetFromUtc();
                found = cache.emplace(slot, atStart == atEnd ? atStart : changingOffset).first;
            }
            return found->second;
        };
        const int daily = lookUp(m_dayOffsets, 86400, floorDiv(seconds, 86400));
        return daily != changingOffset ? daily : lookUp(m_hourOffsets, 3600, floorDiv(seconds, 3600));
    }

    // Finds where the date tokens end and the time tokens begin (Qt's format letters; quoted text is
    // literal).
    bool splitFormat() {
        qsizetype firstDate = -1, lastDate = -1, firstTime = -1, lastTime = -1;
        bool seconds = false;
        for (qsizetype i = 0; i < m_format.size(); ++i) {
            const char16_t c = m_format.at(i).unicode();
            if (c == u'\'') {
                const qsizetype close = m_format.indexOf(u'\'', i + 1);
                if (close < 0)
                    return false;
                i = close;
            } else if (c == u'd' || c == u'M' || c == u'y') {
                firstDate = firstDate < 0 ? i : firstDate;
                lastDate = i;
            } else if (c == u'h' || c == u'H' || c == u'm' || c == u's' || c == u'z' || c == u'a' ||
                       c == u'A' || c == u'p' || c == u'P') {
                firstTime = firstTime < 0 ? i : firstTime;
                lastTime = i;
                seconds = seconds || c == u's' || c == u'z';
            } else if (c == u't') {
                return false; // a time zone name depends on the date
            }
        }
        if (firstDate < 0 || firstTime < 0)
            return false;
        m_timeStep = seconds ? 1 : 60;
        m_times.assign(std::size_t(86400 / m_timeStep), QString());
        if (lastDate < firstTime) {
            m_datePart = m_format.first(firstTime);
            m_timePart = m_format.sliced(firstTime);
            return true;
        }
        if (lastTime < firstDate) {
            m_timeFirst = true;
            m_timePart = m_format.first(firstDate);
            m_datePart = m_format.sliced(firstDate);
            return true;
        }
        return false;
    }

    QLocale m_locale;
    QString m_format;
    QString m_datePart;
    QString m_timePart;
    bool m_split = false;
    bool m_timeFirst = false;
    int m_timeStep = 60;
    std::unordered_map<qint64, int> m_dayOffsets;
    std::unordered_map<qint64, int> m_hourOffsets;
    std::unordered_map<qint64, QString> m_days;
    std::vector<QString> m_times;
};

AssetRowFilter::AssetRowFilter(QString needle, AssetCellFormatter formatter)
    : m_needle(std::move(needle))
    , m_formatter(std::move(formatter)) {
    m_simple = std::none_of(m_needle.cbegin(), m_needle.cend(), [](QChar c) { return c.isSurrogate(); });
    m_rawEquivalent = std::none_of(m_needle.cbegin(), m_needle.cend(), [](QChar c) {
        return c == u' ' || c == u',' || c == u'\t' || c == u'\r' || c == u'\n';
    });
    for (const QChar c : std::as_const(m_needle))
        m_folded.push_back(folded(c.unicode()));

    // A needle with a character that no formatted time (or count) can hold matches none: skip those columns.
    const QLocale &locale = m_formatter.locale();
    QStringList digits;
    for (int digit = 0; digit < 10; ++digit)
        digits.append(locale.toString(digit));
    QStringList counts = digits;
    counts.append(m_formatter.integerText(-1234567890123));
    QStringList times = digits;
    for (int month = 1; month <= 12; ++month) {
        for (int day = 1; day <= 7; ++day) {
            for (const int hour : {1, 13})
                times.append(m_formatter.timeText(
                    QDateTime(QDate(2021, month, day), QTime(hour, 0)).toSecsSinceEpoch()));
        }
    }
    const auto possible = [this](const QSet<char16_t> &characters) {
        return std::all_of(m_folded.cbegin(), m_folded.cend(),
                           [&characters](char16_t c) { return characters.contains(c); });
    };
    m_countsMayMatch = !m_simple || possible(foldedCharacters(counts));
    m_timesMayMatch =
        !m_simple || m_formatter.dateTimeFormat().contains(u't') || possible(foldedCharacters(times));
    m_times = std::make_unique<TimeTexts>(locale, m_formatter.dateTimeFormat());
}

AssetRowFilter::~AssetRowFilter() = default;

bool AssetRowFilter::contains(QStringView display) const {
    if (!m_simple)
        return display.contains(m_needle, Qt::CaseInsensitive);
    const qsizetype length = qsizetype(m_folded.size());
    if (length == 0)
        return true;
    const char16_t *text = display.utf16();
    const qsizetype last = display.size() - length;
    const char16_t first = m_folded[0];
    for (qsizetype i = 0; i <= last; ++i) {
        if (folded(text[i]) != first)
            continue;
        qsizetype k = 1;
        while (k < length && folded(text[i + k]) == m_folded[std::size_t(k)])
            ++k;
        if (k == length)
            return true;
    }
    return false;
}

bool AssetRowFilter::numberMatches(ValueKind kind, qint64 value) {
    if (kind == ValueKind::Time) {
        if (value == 0)
            return false; // "never" shows nothing
        m_times->text(value, m_scratch);
        return contains(m_scratch);
    }
    const auto cached = m_countHits.constFind(value);
    if (cached != m_countHits.cend())
        return *cached;
    const bool hit = contains(m_formatter.integerText(value));
    if (m_countHits.size() < maxCachedCounts)
        m_countHits.insert(value, hit);
    return hit;
}

void AssetRowFilter::markColumn(const AssetStore &store, int segment, int section,
                                std::vector<quint8> &hits) {
    const AssetBlockColumn *cells = store.column(segment, section);
    if (!cells)
        return;
    const ValueKind kind = assetColumnInfo(store.columns().at(section)).kind;
    const auto rows = qsizetype(hits.size());
    switch (cells->storage) {
    case Storage::Pooled: {
        // Each distinct value once.
        std::vector<quint8> entryHits(std::size_t(cells->pool.size()), 0);
        bool any = false;
        for (qsizetype entry = 1; entry < cells->pool.size(); ++entry) {
            entryHits[std::size_t(entry)] = contains(m_formatter.displayText(kind, cells->pool.at(entry)));
            any = any || entryHits[std::size_t(entry)];
        }
        if (!any)
            return;
        for (qsizetype row = 0; row < rows; ++row)
            hits[std::size_t(row)] |= entryHits[cells->poolIndex(row)];
        return;
    }
    case Storage::Text: {
        const bool raw = m_rawEquivalent &&
                         (kind == ValueKind::Text || kind == ValueKind::List || kind == ValueKind::Address);
        for (qsizetype row = 0; row < rows; ++row) {
            if (!hits[std::size_t(row)]) {
                hits[std::size_t(row)] = raw ? contains(cells->view(row))
                                             : contains(m_formatter.displayText(kind, cells->view(row)));
            }
        }
        return;
    }
    case Storage::Number: {
        if (kind == ValueKind::Time ? !m_timesMayMatch : !m_countsMayMatch)
            return;
        for (qsizetype row = 0; row < rows; ++row) {
            const qint64 value = cells->number(row);
            if (!hits[std::size_t(row)] && value != AssetBlockColumn::noNumber)
                hits[std::size_t(row)] = numberMatches(kind, value);
        }
        return;
    }
    case Storage::Uuid:
        for (qsizetype row = 0; row < rows; ++row) {
            if (!hits[std::size_t(row)])
                hits[std::size_t(row)] = contains(cells->text(row));
        }
        return;
    }
}

void AssetRowFilter::filterSegment(const AssetStore &store, int segment, std::vector<quint32> &rows) {
    const qsizetype count = store.block(segment).rows;
    std::vector<quint8> hits(std::size_t(count), 0);
    for (int section = 0; section < store.columns().size(); ++section)
        markColumn(store, segment, section, hits);
    const qint64 first = store.firstRow(segment);
    for (qsizetype row = 0; row < count; ++row) {
        if (hits[std::size_t(row)])
            rows.push_back(quint32(first + row));
    }
}

bool AssetRowFilter::matches(const AssetStore &store, qint64 row) {
    const AssetStore::Location at = store.locate(row);
    for (int section = 0; section < store.columns().size(); ++section) {
        const AssetBlockColumn *cells = store.column(at.segment, section);
        if (!cells)
            continue;
        const ValueKind kind = assetColumnInfo(store.columns().at(section)).kind;
        if (contains(m_formatter.display(kind, *cells, at.row)))
            return true;
    }
    return false;
}

} // namespace rz
