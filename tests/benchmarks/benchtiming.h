// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <algorithm>
#include <chrono>
#include <ctime>
#include <functional>
#include <vector>

namespace concord::bench {

// Median wall time of `runs` calls, in milliseconds: robust against the odd slow run on a
// shared machine. Benchmarks report it as a ratio to a baseline timed the same way.
inline double medianMs(int runs, const std::function<void()> &work)
{
    std::vector<double> times;
    for (int i = 0; i < runs; ++i) {
        const auto start = std::chrono::steady_clock::now();
        work();
        const auto end = std::chrono::steady_clock::now();
        times.push_back(std::chrono::duration<double, std::milli>(end - start).count());
    }
    std::sort(times.begin(), times.end());
    return times[times.size() / 2];
}

// Median processor time on `clock` (CLOCK_THREAD_CPUTIME_ID, CLOCK_PROCESS_CPUTIME_ID) of
// `runs` calls, in milliseconds.
inline double medianClockMs(clockid_t clock, int runs, const std::function<void()> &work)
{
    auto now = [clock] {
        timespec time{};
        clock_gettime(clock, &time);
        return double(time.tv_sec) * 1e3 + double(time.tv_nsec) / 1e6;
    };
    std::vector<double> times;
    for (int i = 0; i < runs; ++i) {
        const double start = now();
        work();
        times.push_back(now() - start);
    }
    std::sort(times.begin(), times.end());
    return times[times.size() / 2];
}

// Median processor time of the calling thread over `runs` calls, in milliseconds. On a machine
// shared with other jobs the wall time also counts the time this thread waited for a core;
// the processor time does not, so it shows what the work itself costs.
inline double medianCpuMs(int runs, const std::function<void()> &work)
{
    return medianClockMs(CLOCK_THREAD_CPUTIME_ID, runs, work);
}

// Median processor time of the whole process (every thread) over `runs` calls, in
// milliseconds: for work spread over a thread pool, what it costs in all.
inline double medianProcessCpuMs(int runs, const std::function<void()> &work)
{
    return medianClockMs(CLOCK_PROCESS_CPUTIME_ID, runs, work);
}

} // namespace concord::bench
