// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/agreement/agreementresult.h"
#include "core/agreement/ratingtable.h"
#include "core/agreement/splitmix64.h"

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

} // namespace concord
