// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: rzconsole contributors
#include "models/AssetPageBatcher.h"

#include <utility>

namespace rz {

AssetPageBatcher::AssetPageBatcher(std::chrono::milliseconds interval, QObject *parent)
    : QObject(parent) {
    m_timer.setSingleShot(true);
    m_timer.setInterval(interval);
    connect(&m_timer, &QTimer::timeout, this, &AssetPageBatcher::onInterval);
}

void AssetPageBatcher::add(const AssetPage &page) {
    if (m_timer.isActive()) {
        m_waiting.append(page);
        return;
    }
    m_timer.start(); // the pages that come within the interval wait for it
    Q_EMIT pagesReady({page});
}

void AssetPageBatcher::flush() {
    if (m_waiting.isEmpty())
        return;
    // Taken first: a receiver may add or clear while it handles them.
    const QList<AssetPage> pages = std::exchange(m_waiting, {});
    Q_EMIT pagesReady(pages);
}

void AssetPageBatcher::clear() {
    m_waiting.clear();
    m_timer.stop();
}

qsizetype AssetPageBatcher::waitingPages() const {
    return m_waiting.size();
}

bool AssetPageBatcher::isHolding() const {
    return m_timer.isActive();
}

void AssetPageBatcher::onInterval() {
    if (m_waiting.isEmpty())
        return; // quiet for a whole interval: the next page goes on at once
    m_timer.start();
    flush();
}

} // namespace rz
