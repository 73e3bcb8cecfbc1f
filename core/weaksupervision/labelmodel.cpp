// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/weaksupervision/labelmodel.h"

#include "core/agreement/dawidskene.h"
#include "core/util/check.h"
#include "core/util/translation.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>

namespace concord {

namespace {

// Each source's one-coin confusion matrix, [source][true][said], as dawidSkenePosteriors reads it.
std::vector<double> oneCoinConfusion(const std::vector<double> &accuracies, size_t k)
{
    std::vector<double> confusion;
    confusion.reserve(accuracies.size() * k * k);
    for (double accuracy : accuracies) {
        const double wrong = k > 1 ? (1.0 - accuracy) / double(k - 1) : 0.0;
        for (size_t truth = 0; truth < k; ++truth) {
            for (size_t said = 0; said < k; ++said)
                confusion.push_back(truth == said ? accuracy : wrong);
        }
    }
    return confusion;
}

qint32 mostProbable(const double *p, size_t k)
{
    return qint32(std::max_element(p, p + k) - p); // the first maximum: the lowest id on a tie
}

} // namespace

LabelModelResult fitLabelModel(const RatingTable &votes, const LabelModelOptions &options)
{
    DawidSkeneOptions em;
    em.maxIterations = options.maxIterations;
    em.tolerance = options.tolerance;
    em.aitkenStopping = true;
    em.smoothing = options.smoothing;
    em.readerModel = ReaderModel::OneAccuracy;
    em.fixedPriors = options.classBalance;
    em.minimumAccuracy = options.minimumAccuracy;
    const DawidSkeneResult fit = dawidSkene(votes, em);

    LabelModelResult out;
    out.classes = fit.categories;
    out.warnings = fit.warnings;
    if (fit.readers.empty())
        return out;
    // Pairwise agreement fixes only products of accuracies; a third source makes them solvable
    // (docs/weak-supervision.md, "Identifiability").
    if (votes.coderCount() < 3)
        out.warnings.append(
            concord::tr("with %n source(s) the data cannot tell the sources' accuracies apart; "
                        "they stay near the majority-vote start (at least 3 sources are needed)",
                        nullptr, votes.coderCount()));
    out.classBalance = fit.priors;
    out.posteriors = fit.posteriors;
    out.iterations = fit.iterations;
    out.converged = fit.converged;
    out.logLikelihood = fit.logLikelihood;

    const size_t k = size_t(votes.categoryCount());
    out.units.resize(size_t(votes.unitCount()));
    for (qint32 u = 0; u < votes.unitCount(); ++u) {
        UnitLabel &unit = out.units[size_t(u)];
        double *p = &out.posteriors[size_t(u) * k];
        unit.covered = fit.mostLikely[size_t(u)] != RatingTable::Missing;
        // With no vote the data say nothing about the unit: its posterior is the prior.
        if (!unit.covered)
            std::copy(out.classBalance.begin(), out.classBalance.end(), p);
        unit.label = mostProbable(p, k);
        unit.probability = p[size_t(unit.label)];
    }

    const double unitCount = double(votes.unitCount());
    for (const DawidSkeneReader &reader : fit.readers) {
        SourceEstimate source;
        source.source = reader.coder;
        source.name = reader.name;
        source.votes = reader.units;
        source.coverage = double(reader.units) / unitCount;
        source.accuracy = reader.confusion[0]; // the one-coin matrix has it on its diagonal
        source.weight =
            k > 1 ? std::log(source.accuracy * double(k - 1) / (1.0 - source.accuracy)) : 0.0;
        out.sources.push_back(source);
    }
    return out;
}

std::vector<double> labelPosteriors(const RatingTable &votes, const std::vector<double> &accuracies,
                                    const std::vector<double> &classBalance)
{
    const size_t k = size_t(votes.categoryCount());
    CONCORD_CHECK(accuracies.size() == size_t(votes.coderCount()) && classBalance.size() == k,
                  return {});
    std::vector<double> posteriors;
    dawidSkenePosteriors(votes, classBalance, oneCoinConfusion(accuracies, k), posteriors);
    return posteriors;
}

std::vector<qint32> majorityVote(const RatingTable &votes)
{
    std::vector<qint32> labels(size_t(votes.unitCount()), RatingTable::Missing);
    std::vector<qint32> counts(size_t(votes.categoryCount()));
    for (qint32 u = 0; u < votes.unitCount(); ++u) {
        std::fill(counts.begin(), counts.end(), 0);
        const qint32 *row = votes.row(u);
        bool voted = false;
        for (qint32 j = 0; j < votes.coderCount(); ++j) {
            if (row[j] != RatingTable::Missing) {
                ++counts[size_t(row[j])];
                voted = true;
            }
        }
        if (voted)
            labels[size_t(u)] = qint32(std::max_element(counts.begin(), counts.end()) -
                                       counts.begin()); // the first maximum: lowest id on a tie
    }
    return labels;
}

} // namespace concord
