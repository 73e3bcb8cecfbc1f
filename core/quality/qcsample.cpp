// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/quality/qcsample.h"

#include <QHash>

#include <algorithm>
#include <cmath>
#include <numeric>

namespace concord {

QString readerStratum(const QString &readerId)
{
    return QStringLiteral("reader:") + readerId;
}

QString labelStratum(int labelId)
{
    return QStringLiteral("label:") + QString::number(labelId);
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
    QHash<QString, Tally> strata;
    const auto share = [rate](qint64 accepted) {
        return qint64(std::floor(rate * double(accepted) + 0.5));
    };
    for (size_t index : order) {
        const QcCandidate &candidate = candidates[index];
        bool draw = candidate.drawnAtRandom || rate >= 1;
        for (const QString &stratum : candidate.strata) {
            Tally &tally = strata[stratum];
            ++tally.accepted;
            draw = draw || tally.drawn < share(tally.accepted);
        }
        if (!draw)
            continue;
        drawn[index] = true;
        for (const QString &stratum : candidate.strata)
            ++strata[stratum].drawn;
    }
    return drawn;
}

} // namespace concord
