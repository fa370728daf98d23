// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: rzconsole contributors
#include "ui/LoadProgress.h"

#include "api/Clock.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace rz {

namespace {

// Below this a rate is mostly noise (one page arriving early or late).
constexpr qint64 MinimumMeasuredMs = 250;

} // namespace

LoadProgress::LoadProgress(const Clock *clock, QWidget *parent)
    : QWidget(parent)
    , m_ownClock(clock ? nullptr : std::make_unique<SystemClock>())
    , m_clock(clock ? clock : m_ownClock.get())
    , m_label(new QLabel(this)) {
    setObjectName(u"loadProgressRate"_s);
    m_label->setObjectName(u"loadRateLabel"_s);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_label);
    hide();
}

LoadProgress::~LoadProgress() = default;

void LoadProgress::setProgress(bool running, qint64 loaded, qint64 expected) {
    const qint64 now = m_clock->nowMs();
    if (running && !m_running) {
        m_startMs = now;
        m_startRows = loaded;
    } else if (running && loaded < m_startRows) {
        m_startRows = 0; // the rows kept from before were replaced by the first page of this load
    }
    if (running || m_running)
        m_elapsedMs = now - m_startMs;
    m_running = running;
    m_loaded = loaded;
    m_expected = expected;
    updateText();
}

QString LoadProgress::text() const {
    return m_label->text();
}

double LoadProgress::rowsPerSecond() const {
    if (m_elapsedMs < MinimumMeasuredMs)
        return -1;
    return double(m_loaded - m_startRows) * 1000.0 / double(m_elapsedMs);
}

void LoadProgress::updateText() {
    const QLocale locale;
    const double rate = rowsPerSecond();
    const QString perSecond = rate >= 0 ? locale.toString(qRound64(rate)) : QString();
    QString text;
    if (m_running) {
        // No English plural forms are installed (no English translation): the singular is its own text.
        const QString loaded = locale.toString(m_loaded);
        if (m_expected == 1 && rate >= 0)
            text = tr("%1 of 1 asset · %2 per second").arg(loaded, perSecond);
        else if (m_expected > 0 && rate >= 0)
            text = tr("%1 of %2 assets · %3 per second").arg(loaded, locale.toString(m_expected), perSecond);
        else if (m_expected == 1)
            text = tr("%1 of 1 asset").arg(loaded);
        else if (m_expected > 0)
            text = tr("%1 of %2 assets").arg(loaded, locale.toString(m_expected));
        else if (m_loaded == 1 && rate >= 0)
            text = tr("1 asset · %1 per second").arg(perSecond);
        else if (rate >= 0)
            text = tr("%1 assets · %2 per second").arg(loaded, perSecond);
        else
            text = m_loaded == 1 ? tr("1 asset") : tr("%1 assets").arg(loaded);
    } else if (m_loaded > m_startRows && m_elapsedMs > 0) {
        // Under a second, milliseconds: "0.0 s" would say nothing.
        const QString took = m_elapsedMs < 1000
                                 ? tr("%1 ms").arg(locale.toString(m_elapsedMs))
                                 : tr("%1 s").arg(locale.toString(double(m_elapsedMs) / 1000.0, 'f', 1));
        text = rate >= 0 ? tr("Loaded in %1 (%2 per second)").arg(took, perSecond)
                         : tr("Loaded in %1").arg(took);
    }
    m_label->setText(text);
    setVisible(!text.isEmpty());
}

} // namespace rz
