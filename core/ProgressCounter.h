// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

#include <atomic>

namespace ml {

// How far a long job on another thread has come, read by the GUI when it likes (a timer),
// so that the job never waits on a signal: `total` is 0 until it is known, then `done`
// grows to it. Units are the job's (bytes for a save).
struct ProgressCounter {
    std::atomic<qint64> done{0};
    std::atomic<qint64> total{0};
};

} // namespace ml
