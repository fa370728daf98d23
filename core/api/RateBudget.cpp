// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: rzconsole contributors
#include "api/RateBudget.h"

#include "api/Clock.h"

#include <QTime>
#include <algorithm>
#include <array>

using namespace Qt::StringLiterals;

namespace rz {

namespace {

constexpr qint64 kBackoffBaseMs = 1000;
constexpr qint64 kBackoffCapMs = 60'000;
// A Retry-After longer than this is more likely a skewed clock than an order; the window is 5 minutes.
constexpr qint64 kRetryAfterMaxMs = 3'600'000;
constexpr int kPacePercent = 95;
constexpr int kLowWindowPercent = 80;
constexpr int kLowDailyPercent = 10;

RateBudget::State classify(const std::optional<qint64> &remaining, const std::optional<qint64> &limit,
                           int windowUsed, int windowSize, bool backingOff) {
    if (remaining && *remaining <= 0)
        return RateBudget::State::Exhausted;
    if (backingOff)
        return RateBudget::State::BackingOff;
    const bool dailyLow = remaining && limit && *remaining * 100 < *limit * kLowDailyPercent;
    const bool windowBusy = qint64(windowUsed) * 100 > qint64(windowSize) * kLowWindowPercent;
    if (dailyLow || windowBusy)
        return RateBudget::State::Low;
    return RateBudget::State::Normal;
}

std::optional<qint64> parseCount(QByteArrayView value) {
    const QByteArrayView trimmed = value.trimmed();
    // 18 digits cannot overflow qint64.
    if (trimmed.isEmpty() || trimmed.size() > 18)
        return std::nullopt;
    qint64 result = 0;
    for (const char c : trimmed) {
        if (c < '0' || c > '9')
            return std::nullopt;
        result = result * 10 + (c - '0');
    }
    return result;
}

int monthFromName(QByteArrayView name) {
    static constexpr std::array<const char *, 12> kMonths = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                                             "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
    for (int i = 0; i < int(kMonths.size()); ++i) {
        if (name == QByteArrayView(kMonths[std::size_t(i)]))
            return i + 1;
    }
    return 0;
}

QDateTime utcDateTime(int year, QByteArrayView month, QByteArrayView day, QByteArrayView time) {
    const std::optional<qint64> dayNumber = parseCount(day);
    const QDate date(year, monthFromName(month), dayNumber ? int(*dayNumber) : 0);
    const QTime clockTime = QTime::fromString(QString::fromLatin1(time), u"HH:mm:ss"_s);
    if (!date.isValid() || !clockTime.isValid())
        return {};
    return QDateTime(date, clockTime, Qt::UTC);
}

bool isGmt(QByteArrayView zone) {
    return zone == "GMT" || zone == "UTC";
}

// RFC 9110 section 5.6.7: IMF-fixdate, and the obsolete RFC 850 and asctime forms a recipient must accept.
QDateTime parseHttpDate(const QByteArray &value, const QDateTime &nowUtc) {
    const QList<QByteArray> parts = value.simplified().split(' ');
    if (parts.size() == 6 && parts[0].endsWith(',') && isGmt(parts[5])) {
        // Sun, 06 Nov 1994 08:49:37 GMT
        const std::optional<qint64> year = parseCount(parts[3]);
        if (!year || parts[3].size() != 4)
            return {};
        return utcDateTime(int(*year), parts[2], parts[1], parts[4]);
    }
    if (parts.size() == 4 && parts[0].endsWith(',') && isGmt(parts[3])) {
        // Sunday, 06-Nov-94 08:49:37 GMT
        const QList<QByteArray> dayMonthYear = parts[1].split('-');
        if (dayMonthYear.size() != 3 || dayMonthYear[2].size() != 2)
            return {};
        const std::optional<qint64> shortYear = parseCount(dayMonthYear[2]);
        if (!shortYear)
            return {};
        // A two-digit year more than 50 years ahead means the most recent past year with those digits.
        const int nowYear = nowUtc.date().year();
        int year = nowYear / 100 * 100 + int(*shortYear);
        if (year > nowYear + 50)
            year -= 100;
        return utcDateTime(year, dayMonthYear[1], dayMonthYear[0], parts[2]);
    }
    if (parts.size() == 5 && !parts[0].endsWith(',')) {
        // Sun Nov  6 08:49:37 1994
        const std::optional<qint64> year = parseCount(parts[4]);
        if (!year || parts[4].size() != 4)
            return {};
        return utcDateTime(int(*year), parts[1], parts[2], parts[3]);
    }
    return {};
}

} // namespace

qint64 RateBudget::Snapshot::backoffRemainingAt(qint64 nowMs) const {
    return std::max<qint64>(0, takenAtMs + backoffRemainingMs - nowMs);
}

RateBudget::State RateBudget::Snapshot::stateAt(qint64 nowMs) const {
    return classify(remaining, limit, windowUsed, windowSize, backoffRemainingAt(nowMs) > 0);
}

RateBudget::RateBudget(const Clock *clock, int windowSize, std::chrono::milliseconds windowLength,
                       QObject *parent)
    : QObject(parent)
    , m_clock(clock)
    , m_windowSize(std::max(1, windowSize))
    , m_windowMs(std::max<qint64>(1, windowLength.count()))
    , m_random(QRandomGenerator::system()->generate()) {
    Q_ASSERT(m_clock);
    setJitterSource({});
    m_lastNotified = snapshot();
}

RateBudget::~RateBudget() = default;

RateBudget::Usage RateBudget::parseUsageHeaders(const QList<std::pair<QByteArray, QByteArray>> &rawHeaders) {
    Usage usage;
    for (const auto &[name, value] : rawHeaders) {
        std::optional<qint64> *field = nullptr;
        if (name.compare("X-API-Usage-Total", Qt::CaseInsensitive) == 0)
            field = &usage.total;
        else if (name.compare("X-API-Usage-Today", Qt::CaseInsensitive) == 0)
            field = &usage.today;
        else if (name.compare("X-API-Usage-Limit", Qt::CaseInsensitive) == 0)
            field = &usage.limit;
        else if (name.compare("X-API-Usage-Remaining", Qt::CaseInsensitive) == 0)
            field = &usage.remaining;
        if (field)
            *field = parseCount(value); // a repeated header counts as the last one says
    }
    return usage;
}

std::optional<qint64> RateBudget::parseRetryAfterMs(const QByteArray &value, const QDateTime &nowUtc) {
    if (const std::optional<qint64> seconds = parseCount(value))
        return std::min(*seconds, kRetryAfterMaxMs / 1000) * 1000;
    const QDateTime when = parseHttpDate(value, nowUtc);
    if (!when.isValid())
        return std::nullopt;
    return std::clamp<qint64>(nowUtc.msecsTo(when), 0, kRetryAfterMaxMs);
}

void RateBudget::updateFromHeaders(const QList<std::pair<QByteArray, QByteArray>> &rawHeaders) {
    updateUsage(parseUsageHeaders(rawHeaders));
}

void RateBudget::updateUsage(const Usage &usage) {
    if (usage.isEmpty())
        return;
    const QDateTime nowUtc = m_clock->nowUtc();
    Usage merged = m_usage;
    if (m_readingDate.isValid() && nowUtc.date() > m_readingDate) {
        // Start the new day from the old reading, so that fields this response lacks are not yesterday's.
        if (merged.today)
            merged.today = 0;
        merged.remaining = merged.limit;
    }
    if (usage.total)
        merged.total = usage.total;
    if (usage.limit)
        merged.limit = usage.limit;
    if (usage.today || usage.limit || usage.remaining) {
        // today and remaining describe one moment: take both from this reading (missing ones are derived).
        merged.today = usage.today;
        merged.remaining = usage.remaining;
        m_headerDate = nowUtc.date();
    }
    m_usage = merged;
    m_readingDate = nowUtc.date();
    m_lastUpdate = nowUtc;
    notifyIfChanged();
}

void RateBudget::seed(qint64 usageToday, qint64 usageLimit) {
    const QDateTime nowUtc = m_clock->nowUtc();
    if (usageToday < 0 || usageLimit < 0 || m_headerDate == nowUtc.date())
        return;
    m_usage.today = usageToday;
    m_usage.limit = usageLimit;
    m_usage.remaining.reset();
    m_readingDate = nowUtc.date();
    m_lastUpdate = nowUtc;
    notifyIfChanged();
}

void RateBudget::recordRequestSent() {
    const qint64 now = m_clock->nowMs();
    pruneWindow(now);
    m_sent.push_back(now);
    notifyIfChanged();
}

void RateBudget::onSuccess() {
    m_consecutive429 = 0;
    notifyIfChanged();
}

void RateBudget::onTooManyRequests(const std::optional<QByteArray> &retryAfter) {
    ++m_consecutive429;
    std::optional<qint64> delay;
    if (retryAfter)
        delay = parseRetryAfterMs(*retryAfter, m_clock->nowUtc());
    if (!delay)
        delay = exponentialBackoffMs();
    // A later, shorter answer never cuts short a pause already ordered.
    m_backoffUntilMs = std::max(m_backoffUntilMs, m_clock->nowMs() + *delay);
    notifyIfChanged();
}

qint64 RateBudget::msUntilNextAllowed() const {
    const qint64 now = m_clock->nowMs();
    qint64 wait = std::max<qint64>(0, m_backoffUntilMs - now);
    const auto first = std::upper_bound(m_sent.cbegin(), m_sent.cend(), now - m_windowMs);
    const qint64 used = m_sent.cend() - first;
    const int paced = pacedWindowLimit();
    if (used >= paced) {
        // Room for one more once all but paced - 1 of the requests in the window have left it.
        const qint64 leaving = *(first + (used - paced));
        wait = std::max(wait, leaving + m_windowMs - now);
    }
    return wait;
}

int RateBudget::pacedWindowLimit() const {
    return std::max(1, int(qint64(m_windowSize) * kPacePercent / 100));
}

int RateBudget::consecutiveTooManyRequests() const {
    return m_consecutive429;
}

bool RateBudget::isDailyBudgetExhausted() const {
    const std::optional<qint64> remaining = remainingToday();
    return remaining && *remaining <= 0;
}

std::optional<qint64> RateBudget::remainingToday() const {
    return currentUsage(m_clock->nowUtc().date()).remaining;
}

bool RateBudget::estimateFits(qint64 requests) const {
    const std::optional<qint64> remaining = remainingToday();
    return !remaining || requests <= *remaining;
}

RateBudget::Snapshot RateBudget::snapshot() const {
    const qint64 now = m_clock->nowMs();
    const Usage usage = currentUsage(m_clock->nowUtc().date());
    Snapshot s;
    s.today = usage.today;
    s.limit = usage.limit;
    s.remaining = usage.remaining;
    s.total = usage.total;
    s.windowUsed = windowUsedAt(now);
    s.windowSize = m_windowSize;
    s.windowLengthMs = m_windowMs;
    s.backoffRemainingMs = std::max<qint64>(0, m_backoffUntilMs - now);
    s.takenAtMs = now;
    s.lastUpdate = m_lastUpdate;
    s.state = classify(s.remaining, s.limit, s.windowUsed, s.windowSize, s.backoffRemainingMs > 0);
    return s;
}

void RateBudget::setJitterSource(std::function<double()> source) {
    if (source)
        m_jitter = std::move(source);
    else
        m_jitter = [this] { return m_random.generateDouble(); };
}

void RateBudget::setJitterSeed(quint32 seed) {
    m_random.seed(seed);
    setJitterSource({});
}

double RateBudget::jitter() {
    return std::clamp(m_jitter(), 0.0, 1.0);
}

const Clock *RateBudget::clock() const {
    return m_clock;
}

void RateBudget::setClock(const Clock *clock) {
    Q_ASSERT(clock);
    if (!clock || clock == m_clock)
        return;
    m_clock = clock;
    m_sent.clear();
    m_backoffUntilMs = 0;
    notifyIfChanged();
}

void RateBudget::setWindow(int windowSize, std::chrono::milliseconds windowLength) {
    m_windowSize = std::max(1, windowSize);
    m_windowMs = std::max<qint64>(1, windowLength.count());
    notifyIfChanged();
}

void RateBudget::refresh() {
    pruneWindow(m_clock->nowMs());
    notifyIfChanged();
}

RateBudget::Usage RateBudget::currentUsage(const QDate &todayUtc) const {
    Usage usage = m_usage;
    if (m_readingDate.isValid() && todayUtc > m_readingDate) {
        // A new UTC day: the daily count starts again; the limit belongs to the account and stays.
        if (usage.today)
            usage.today = 0;
        usage.remaining = usage.limit;
    }
    if (!usage.remaining && usage.limit && usage.today)
        usage.remaining = std::max<qint64>(0, *usage.limit - *usage.today);
    if (!usage.today && usage.limit && usage.remaining)
        usage.today = std::max<qint64>(0, *usage.limit - *usage.remaining);
    return usage;
}

int RateBudget::windowUsedAt(qint64 nowMs) const {
    const auto first = std::upper_bound(m_sent.cbegin(), m_sent.cend(), nowMs - m_windowMs);
    return int(m_sent.cend() - first);
}

void RateBudget::pruneWindow(qint64 nowMs) {
    while (!m_sent.empty() && m_sent.front() <= nowMs - m_windowMs)
        m_sent.pop_front();
}

qint64 RateBudget::exponentialBackoffMs() {
    // 1 s, 2 s, 4 s ... doubling per consecutive 429; the shift is bounded long before it could overflow.
    const int doublings = std::clamp(m_consecutive429 - 1, 0, 20);
    const qint64 step = std::min(kBackoffCapMs, kBackoffBaseMs << doublings);
    // Jitter takes off up to half of the step, so that clients sharing an address do not retry in lockstep.
    const double jitter = std::clamp(m_jitter(), 0.0, 1.0);
    return step - qint64(double(step) * jitter / 2.0);
}

void RateBudget::notifyIfChanged() {
    const Snapshot current = snapshot();
    // Compare what a display shows; the back-off is compared by its end, which does not move with time.
    const auto same = [](const Snapshot &a, const Snapshot &b) {
        return a.today == b.today && a.limit == b.limit && a.remaining == b.remaining && a.total == b.total &&
               a.windowUsed == b.windowUsed && a.windowSize == b.windowSize && a.state == b.state &&
               a.lastUpdate == b.lastUpdate &&
               (a.backoffRemainingMs > 0 ? a.takenAtMs + a.backoffRemainingMs : 0) ==
                   (b.backoffRemainingMs > 0 ? b.takenAtMs + b.backoffRemainingMs : 0);
    };
    if (m_lastNotified && same(*m_lastNotified, current))
        return;
    m_lastNotified = current;
    Q_EMIT changed();
}

} // namespace rz
