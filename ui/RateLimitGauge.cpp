// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: rzconsole contributors
#include "ui/RateLimitGauge.h"

#include "api/Clock.h"

#include <QEvent>
#include <QFontMetricsF>
#include <QLocale>
#include <QPainter>
#include <QStringList>
#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace rz {

namespace {

constexpr int kHorizontalMargin = 6;
constexpr int kVerticalMargin = 2;
constexpr int kBarHeight = 3;
constexpr int kBarGap = 2;

QColor blend(const QColor &from, const QColor &to, float amount) {
    return QColor::fromRgbF(from.redF() + (to.redF() - from.redF()) * amount,
                            from.greenF() + (to.greenF() - from.greenF()) * amount,
                            from.blueF() + (to.blueF() - from.blueF()) * amount);
}

QString number(const std::optional<qint64> &value) {
    return value ? QLocale().toString(*value) : u"?"_s;
}

QString rawHeaderLine(QStringView header, const std::optional<qint64> &value) {
    return u"%1: %2"_s.arg(header, value ? QString::number(*value) : RateLimitGauge::tr("not reported"));
}

QString localTime(const QDateTime &utc) {
    return QLocale().toString(utc.toLocalTime(), QLocale::ShortFormat);
}

} // namespace

RateLimitGauge::RateLimitGauge(const Clock *clock, QWidget *parent)
    : QWidget(parent)
    , m_clock(clock) {
    Q_ASSERT(m_clock);
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
    m_countdown.setSingleShot(true);
    m_countdown.setTimerType(Qt::PreciseTimer);
    connect(&m_countdown, &QTimer::timeout, this, &RateLimitGauge::refresh);
    refresh();
}

RateLimitGauge::~RateLimitGauge() = default;

void RateLimitGauge::setSnapshot(const RateBudget::Snapshot &snapshot) {
    m_snapshot = snapshot;
    // The resume time in wall-clock terms, fixed now so that the description does not change every second.
    m_resumeAtUtc = m_clock->nowUtc().addMSecs(snapshot.backoffRemainingAt(m_clock->nowMs()));
    refresh();
}

RateLimitGauge::State RateLimitGauge::state() const {
    return m_state;
}

QString RateLimitGauge::text() const {
    return m_text;
}

QColor RateLimitGauge::accentColor() const {
    const QPalette &p = palette();
    // Fixed hues in two shades, each readable on the palette's window colour, light or dark.
    const bool dark = p.color(QPalette::Window).lightness() < p.color(QPalette::WindowText).lightness();
    switch (m_state) {
    case State::Unknown:
        return p.color(foregroundRole());
    case State::Normal:
        return p.color(QPalette::Highlight);
    case State::Low:
        return dark ? QColor(0xe3, 0xb3, 0x41) : QColor(0x8a, 0x5a, 0x00);
    case State::BackingOff:
        return dark ? QColor(0xd2, 0xa8, 0xff) : QColor(0x6f, 0x42, 0xc1);
    case State::Exhausted:
        return dark ? QColor(0xff, 0x7b, 0x72) : QColor(0xc6, 0x28, 0x28);
    }
    return p.color(foregroundRole());
}

QSize RateLimitGauge::sizeHint() const {
    // Fractional advance, rounded up: the integer one can be a pixel short and would elide the text.
    const int textWidth = int(std::ceil(QFontMetricsF(font()).horizontalAdvance(m_text)));
    return {textWidth + 2 * kHorizontalMargin,
            fontMetrics().height() + kBarGap + kBarHeight + 2 * kVerticalMargin};
}

QSize RateLimitGauge::minimumSizeHint() const {
    const QSize hint = sizeHint();
    return {std::min(hint.width(), 12 * fontMetrics().averageCharWidth()), hint.height()};
}

void RateLimitGauge::paintEvent(QPaintEvent *event) {
    Q_UNUSED(event)
    QPainter painter(this);
    const QFontMetrics fm = fontMetrics();
    const QRect area = contentsRect().adjusted(kHorizontalMargin, 0, -kHorizontalMargin, 0);
    const int blockHeight = fm.height() + kBarGap + kBarHeight;
    const int top = area.top() + std::max(0, (area.height() - blockHeight) / 2);
    const QColor accent = accentColor();
    const QColor foreground = palette().color(foregroundRole());

    const bool calm = m_state == State::Normal || m_state == State::Unknown;
    painter.setPen(calm ? foreground : accent);
    const QRect textRect(area.left(), top, area.width(), fm.height());
    const bool fits = QFontMetricsF(font()).horizontalAdvance(m_text) <= textRect.width();
    painter.drawText(textRect, Qt::AlignLeft | Qt::AlignVCenter,
                     fits ? m_text : fm.elidedText(m_text, Qt::ElideRight, textRect.width()));

    // The bar shows today's calls against the limit; without a limit there is nothing to show.
    std::optional<double> fraction;
    if (m_state == State::Exhausted)
        fraction = 1.0;
    else if (m_snapshot && m_snapshot->today && m_snapshot->limit && *m_snapshot->limit > 0)
        fraction = std::clamp(double(*m_snapshot->today) / double(*m_snapshot->limit), 0.0, 1.0);
    if (!fraction)
        return;
    const QRect bar(area.left(), top + fm.height() + kBarGap, area.width(), kBarHeight);
    painter.fillRect(bar, blend(palette().color(backgroundRole()), foreground, 0.25f));
    // Any use at all shows at least a sliver, so that "1 of 100,000" is not drawn like "none".
    const int filled = *fraction > 0.0 ? std::max(2, int(*fraction * bar.width() + 0.5)) : 0;
    if (filled > 0)
        painter.fillRect(QRect(bar.left(), bar.top(), std::min(filled, bar.width()), bar.height()), accent);
}

void RateLimitGauge::changeEvent(QEvent *event) {
    switch (event->type()) {
    case QEvent::LanguageChange:
    case QEvent::LocaleChange:
        refresh();
        break;
    case QEvent::FontChange:
        updateGeometry();
        break;
    case QEvent::PaletteChange:
        update();
        break;
    default:
        break;
    }
    QWidget::changeEvent(event);
}

void RateLimitGauge::refresh() {
    const qint64 now = m_clock->nowMs();
    State next = State::Unknown;
    qint64 backoffMs = 0;
    if (m_snapshot) {
        backoffMs = m_snapshot->backoffRemainingAt(now);
        switch (m_snapshot->stateAt(now)) {
        case RateBudget::State::Normal:
            next = m_snapshot->hasDailyUsage() ? State::Normal : State::Unknown;
            break;
        case RateBudget::State::Low:
            next = State::Low;
            break;
        case RateBudget::State::Exhausted:
            next = State::Exhausted;
            break;
        case RateBudget::State::BackingOff:
            next = State::BackingOff;
            break;
        }
    }
    const bool stateDiffers = next != m_state;
    m_state = next;

    QString line;
    QString name;
    switch (m_state) {
    case State::Unknown:
        line = tr("API usage: not known yet");
        name = tr("API usage: not known yet");
        break;
    case State::Normal:
        line = tr("%1 · %2", "daily usage · request window").arg(usageText(), windowText());
        name = tr("API usage: normal");
        break;
    case State::Low:
        line = tr("%1 · %2 · running low").arg(usageText(), windowText());
        name = tr("API usage: running low");
        break;
    case State::Exhausted:
        line = tr("%1 · %2 · daily limit reached").arg(usageText(), windowText());
        name = tr("API usage: daily limit reached");
        break;
    case State::BackingOff:
        line = tr("%1 · %2 · backing off %3 s")
                   .arg(usageText(), windowText(), QLocale().toString((backoffMs + 999) / 1000));
        name = tr("API usage: backing off");
        break;
    }
    const QString description = m_state == State::Unknown
                                    ? stateSentence()
                                    : tr("%1 · %2. %3").arg(usageText(), windowText(), stateSentence());
    const QString tip = toolTipText();

    if (m_state == State::BackingOff)
        m_countdown.start(int((backoffMs - 1) % 1000 + 1)); // wake when the shown second changes
    else
        m_countdown.stop();

    // Assistive technology hears about real changes only, not about every tick of the countdown.
    if (accessibleName() != name)
        setAccessibleName(name);
    if (accessibleDescription() != description)
        setAccessibleDescription(description);
    if (toolTip() != tip)
        setToolTip(tip);
    if (line != m_text) {
        m_text = line;
        updateGeometry();
        update();
        Q_EMIT textChanged(m_text);
    }
    if (stateDiffers) {
        update();
        Q_EMIT stateChanged(m_state);
    }
}

QString RateLimitGauge::usageText() const {
    if (!m_snapshot || !m_snapshot->hasDailyUsage())
        return tr("API usage not known yet");
    return tr("API %1 / %2 today", "calls made today / daily limit")
        .arg(number(m_snapshot->today), number(m_snapshot->limit));
}

QString RateLimitGauge::windowText() const {
    const int used = m_snapshot ? m_snapshot->windowUsed : 0;
    const int size = m_snapshot ? m_snapshot->windowSize : 0;
    return tr("window %1 / %2", "requests in the rate window / its size")
        .arg(QLocale().toString(used), QLocale().toString(size));
}

QString RateLimitGauge::stateSentence() const {
    switch (m_state) {
    case State::Unknown:
        return tr("No response has reported the API usage yet.");
    case State::Normal:
        return tr("Within the daily API limit and the request window.");
    case State::Low:
        if (m_snapshot && m_snapshot->remaining && *m_snapshot->remaining == 1)
            return tr("Running low: 1 API call is left today; %1 of %2 requests of the current window "
                      "are used.")
                .arg(QLocale().toString(m_snapshot->windowUsed), QLocale().toString(m_snapshot->windowSize));
        if (m_snapshot && m_snapshot->remaining)
            return tr("Running low: %1 API calls are left today; %2 of %3 requests of the current window "
                      "are used.")
                .arg(QLocale().toString(*m_snapshot->remaining), QLocale().toString(m_snapshot->windowUsed),
                     QLocale().toString(m_snapshot->windowSize));
        return tr("Running low: %1 of %2 requests of the current window are used.")
            .arg(QLocale().toString(m_snapshot ? m_snapshot->windowUsed : 0),
                 QLocale().toString(m_snapshot ? m_snapshot->windowSize : 0));
    case State::Exhausted: {
        const QDateTime nowUtc = m_clock->nowUtc();
        const QDateTime nextUtcMidnight(nowUtc.date().addDays(1), QTime(0, 0), Qt::UTC);
        return tr("The daily API limit is used up; it resets at %1.").arg(localTime(nextUtcMidnight));
    }
    case State::BackingOff:
        return tr("The server asked this app to slow down (HTTP 429); requests resume at %1.")
            .arg(localTime(m_resumeAtUtc));
    }
    return {};
}

QString RateLimitGauge::toolTipText() const {
    QStringList lines{tr("runZero API usage (the daily limit is shared by all API keys of the account)")};
    const RateBudget::Snapshot s = m_snapshot.value_or(RateBudget::Snapshot{});
    lines << rawHeaderLine(u"X-API-Usage-Today", s.today) << rawHeaderLine(u"X-API-Usage-Limit", s.limit)
          << rawHeaderLine(u"X-API-Usage-Remaining", s.remaining)
          << rawHeaderLine(u"X-API-Usage-Total", s.total);
    if (m_snapshot) {
        lines << tr("Requests from this app in the last %1 min: %2 of %3")
                     .arg(QLocale().toString(s.windowLengthMs / 60'000), QLocale().toString(s.windowUsed),
                          QLocale().toString(s.windowSize));
    }
    lines << (s.lastUpdate.isValid() ? tr("Last update: %1").arg(localTime(s.lastUpdate))
                                     : tr("Last update: none yet"));
    lines << stateSentence();
    return lines.join(u'\n');
}

} // namespace rz
