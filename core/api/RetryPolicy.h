// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: rzconsole contributors
#pragma once

#include <QtGlobal>

namespace rz {

// How often the client tries a request again by itself. Only requests that change nothing are ever sent
// twice (GETs and the OAuth token request); a PUT is sent exactly once and its failure is reported.
struct RetryPolicy {
    // Tries of one request that meets a transient fault: a timeout, a connection closed mid-answer, HTTP
    // 500/502/503/504 or a body that cannot be read. The last fault is reported.
    int maxAttempts = 4;
    // How often one request goes back into the queue after HTTP 429 before the 429 is reported. The queue
    // waits for Retry-After (or a back-off) each time.
    int maxTooManyRequests = 8;
    // The pause before the first retry after a fault; it doubles with every further fault, up to the cap.
    qint64 firstBackoffMs = 500;
    qint64 maxBackoffMs = 8000;

    // Every fault and every 429 is reported at once. The request window and a 429's pause still hold.
    static RetryPolicy none();

    // The pause after the `failures`th fault of one request: between half of and the whole step
    // firstBackoffMs * 2^(failures - 1) (capped at maxBackoffMs), shortened by `jitter` in [0, 1) so that
    // clients do not retry in lockstep.
    qint64 backoffMs(int failures, double jitter) const;
};

} // namespace rz
