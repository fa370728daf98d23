// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: rzconsole contributors
#pragma once

#include <algorithm>

namespace rz {

// The waits between polls of something slow (a running task): the first wait, then each one twice the last,
// never more than the ceiling. 2 s, 4 s, 8 s ... 60 s, 60 s by default.
class PollBackoff final {
public:
    explicit PollBackoff(int firstMs = 2000, int ceilingMs = 60000)
        : m_first(std::max(1, firstMs))
        , m_ceiling(std::max(m_first, ceilingMs))
        , m_next(m_first) {}

    // The wait before the next poll; the one after it is longer.
    int next() {
        const int wait = m_next;
        m_next = m_next > m_ceiling / 2 ? m_ceiling : m_next * 2;
        return wait;
    }
    void reset() { m_next = m_first; }

private:
    int m_first;
    int m_ceiling;
    int m_next;
};

} // namespace rz
