// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/agreement/bootstrapinterval.h"
#include "core/util/translation.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>
#include <thread>

namespace concord {

namespace {

// R's quantile type 7 on sorted values.
double quantile(const std::vector<double> &sorted, double p)
{
    const double h = (double(sorted.size()) - 1) * p;
    const size_t lo = size_t(std::floor(h));
    const size_t hi = std::min(lo + 1, sorted.size() - 1);
    return sorted[lo] + (h - double(lo)) * (sorted[hi] - sorted[lo]);
}

} // namespace

std::optional<ConfidenceInterval> bootstrapInterval(const RatingTable &table,
                                                    const TableStatistic &statistic,
                                                    const BootstrapOptions &options,
                                                    QStringList *warnings)
{
    const qint32 resamples = std::max(options.resamples, 0);
    const qint32 units = table.unitCount();
    if (resamples < 2 || units == 0)
        return std::nullopt;
    std::vector<std::optional<double>> values(static_cast<size_t>(resamples));

    auto work = [&](qint32 first, qint32 step) {
        std::vector<qint32> drawn(static_cast<size_t>(units));
        RatingTable resampled;
        for (qint32 r = first; r < resamples; r += step) {
            // Seed each resample from (seed, r) through a second SplitMix64 round, so nearby
            // seeds and resample numbers give unrelated streams.
            SplitMix64 seeder(options.seed ^ (quint64(r) * 0xd1b54a32d192ed03ULL));
            SplitMix64 generator(seeder.next());
            for (qint32 &unit : drawn)
                unit = qint32(generator.below(quint64(units)));
            table.selectUnits(drawn, &resampled);
            values[size_t(r)] = statistic(resampled);
        }
    };
    const qint32 threads = std::clamp(options.threads, 1, resamples);
    std::vector<std::thread> pool;
    for (qint32 t = 1; t < threads; ++t)
        pool.emplace_back(work, t, threads);
    work(0, threads);
    for (std::thread &thread : pool)
        thread.join();

    std::vector<double> defined;
    defined.reserve(values.size());
    for (const std::optional<double> &v : values)
        if (v && isFiniteValue(*v))
            defined.push_back(*v);
    if (warnings && defined.size() < values.size()) {
        warnings->append(
            concord::tr("bootstrap: the value was undefined in %1 of %2 resamples, which "
                        "were dropped")
                .arg(values.size() - defined.size())
                .arg(values.size()));
    }
    if (defined.size() < 2)
        return std::nullopt;
    std::sort(defined.begin(), defined.end());
    ConfidenceInterval interval;
    interval.level = options.level;
    interval.lower = quantile(defined, (1 - options.level) / 2);
    interval.upper = quantile(defined, 1 - (1 - options.level) / 2);
    interval.method = QStringLiteral("bootstrap percentile over units (%1 resamples, seed %2)")
                          .arg(resamples)
                          .arg(options.seed);
    return interval;
}

} // namespace concord
