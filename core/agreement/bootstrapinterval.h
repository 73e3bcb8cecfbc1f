// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/agreement/agreementresult.h"
#include "core/agreement/ratingtable.h"

#include <functional>
#include <optional>

namespace concord {

struct BootstrapOptions
{
    qint32 resamples = 1000;
    quint64 seed = 1;
    double level = 0.95;
    qint32 threads = 2;
};

// A statistic recomputed on each resampled table; empty when undefined there.
using TableStatistic = std::function<std::optional<double>(const RatingTable &)>;

// Percentile bootstrap interval over units: each resample draws unitCount() units with
// replacement and recomputes `statistic`. Resample r draws from its own generator seeded from
// (seed, r), so the interval depends on the seed only, not on the number of threads or their
// scheduling. Work is split over `threads` std::threads. Quantiles interpolate linearly between
// order statistics (R's type 7, numpy's default). Resamples where the statistic is undefined
// are dropped with a warning; empty when fewer than two remain. `statistic` must be callable
// from several threads at once (the pure coefficient functions are).
std::optional<ConfidenceInterval> bootstrapInterval(const RatingTable &table,
                                                    const TableStatistic &statistic,
                                                    const BootstrapOptions &options,
                                                    QStringList *warnings = nullptr);

// The generator behind the resampling, exposed for tests: SplitMix64 (Steele, Lea & Flood
// 2014), identical on every platform, unlike std::uniform_int_distribution.
class SplitMix64
{
public:
    explicit SplitMix64(quint64 seed)
        : m_state(seed)
    {}
    quint64 next();
    // Uniform in [0, bound) by Lemire's multiply-shift with rejection.
    quint64 below(quint64 bound);

private:
    quint64 m_state;
};

} // namespace concord
