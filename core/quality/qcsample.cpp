// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/quality/qcsample.h"

#include <algorithm>
#include <cmath>
#include <numeric>
#include <unordered_map>

namespace concord {

QcStratum readerStratum(int readerIndex)
{
    // Above every label id, which is an int.
    return (QcStratum(1) << 32) + readerIndex;
}

QcStratum labelStratum(int labelId)
{
    return labelId;
}

std::vector<bool> drawQcSample(const std::vector<QcCandidate> &candidates, double rate)
{
    std::vector<bool> drawn(candidates.size(), false);
    if (rate <= 0)
        return drawn;
    std::vector<size_t> order(candidates.size());
    std::iota(order.begin(), order.end(), size_t(0));
    std::stable_sort(order.begin(), order.end(), [&](size_t a, size_t b) {
        return candidates[a].acceptedMs < candidates[b].acceptedMs;
    });
    struct Tally
    {
        qint64 accepted = 0;
        qint64 drawn = 0;
    };
    std::unordered_map<QcStratum, Tally> strata;
    const auto share = [rate](qint64 accepted) {
        return qint64(std::floor(rate * double(accepted) + 0.5));
    };
    for (size_t index : order) {
        const QcCandidate &candidate = candidates[index];
        bool draw = candidate.drawnAtRandom || rate >= 1;
        for (const QcStratum stratum : candidate.strata) {
            Tally &tally = strata[stratum];
            ++tally.accepted;
            draw = draw || tally.drawn < share(tally.accepted);
        }
        if (!draw)
            continue;
        drawn[index] = true;
        for (const QcStratum stratum : candidate.strata)
            ++strata[stratum].drawn;
    }
    return drawn;
}

} // namespace concord
