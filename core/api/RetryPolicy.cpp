// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: rzconsole contributors
#include "api/RetryPolicy.h"

#include <algorithm>

namespace rz {

RetryPolicy RetryPolicy::none() {
    RetryPolicy policy;
    policy.maxAttempts = 1;
    policy.maxTooManyRequests = 0;
    return policy;
}

qint64 RetryPolicy::backoffMs(int failures, double jitter) const {
    const qint64 first = std::max<qint64>(0, firstBackoffMs);
    const qint64 cap = std::max(first, maxBackoffMs);
    qint64 step = first;
    for (int i = 1; i < failures && step < cap; ++i)
        step *= 2; // stops at the cap, long before it could overflow
    step = std::min(step, cap);
    return step - qint64(double(step) * std::clamp(jitter, 0.0, 1.0) / 2.0);
}

} // namespace rz
