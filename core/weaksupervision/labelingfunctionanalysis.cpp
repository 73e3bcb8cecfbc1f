// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/weaksupervision/labelingfunctionanalysis.h"

#include "core/util/check.h"
#include "core/weaksupervision/goldlabels.h"

namespace concord {

LabelingFunctionAnalysis analyseLabelingFunctions(const RatingTable &votes,
                                                  const std::vector<qint32> &gold)
{
    LabelingFunctionAnalysis out;
    const qint32 n = votes.unitCount();
    const qint32 J = votes.coderCount();
    const qint32 K = votes.categoryCount();
    out.units = n;
    out.hasGold = !gold.empty();
    CONCORD_CHECK(gold.empty() || gold.size() == size_t(n), out.hasGold = false);

    std::vector<qint64> overlapCounts(size_t(J), 0);
    std::vector<qint64> conflictCounts(size_t(J), 0);
    std::vector<char> usedClass(size_t(J) * size_t(K), 0);
    out.sources.resize(size_t(J));
    qint64 covered = 0, overlapping = 0, conflicting = 0;
    for (qint32 u = 0; u < n; ++u) {
        const qint32 *row = votes.row(u);
        qint32 voteCount = 0;
        qint32 first = RatingTable::Missing;
        bool conflict = false;
        for (qint32 j = 0; j < J; ++j) {
            if (row[j] == RatingTable::Missing)
                continue;
            ++voteCount;
            if (first == RatingTable::Missing)
                first = row[j];
            else if (row[j] != first)
                conflict = true;
        }
        covered += voteCount >= 1;
        overlapping += voteCount >= 2;
        conflicting += conflict;
        const qint32 truth = out.hasGold ? gold[size_t(u)] : NoGoldLabel;
        for (qint32 j = 0; j < J; ++j) {
            if (row[j] == RatingTable::Missing)
                continue;
            SourceAnalysis &source = out.sources[size_t(j)];
            ++source.votes;
            usedClass[size_t(j) * size_t(K) + size_t(row[j])] = 1;
            overlapCounts[size_t(j)] += voteCount >= 2;
            conflictCounts[size_t(j)] += conflict;
            if (truth == NoGoldLabel)
                continue;
            if (row[j] == truth)
                ++source.correct;
            else
                ++source.incorrect;
        }
    }

    const double units = double(n);
    if (n > 0) {
        out.coverage = double(covered) / units;
        out.overlap = double(overlapping) / units;
        out.conflict = double(conflicting) / units;
    }
    for (qint32 j = 0; j < J; ++j) {
        SourceAnalysis &source = out.sources[size_t(j)];
        source.source = j;
        source.name = votes.coderName(j);
        for (qint32 c = 0; c < K; ++c) {
            if (usedClass[size_t(j) * size_t(K) + size_t(c)])
                source.polarity.append(votes.categoryName(c));
        }
        if (n > 0) {
            source.coverage = double(source.votes) / units;
            source.overlaps = double(overlapCounts[size_t(j)]) / units;
            source.conflicts = double(conflictCounts[size_t(j)]) / units;
        }
        if (source.correct + source.incorrect > 0)
            source.empiricalAccuracy =
                double(source.correct) / double(source.correct + source.incorrect);
    }
    return out;
}

} // namespace concord
