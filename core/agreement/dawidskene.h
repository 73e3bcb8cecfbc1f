// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/agreement/ratingtable.h"

#include <QString>

#include <vector>

namespace concord {

// How each reader's confusion matrix is parametrised.
enum class ReaderModel {
    // A full K×K matrix per reader (Dawid & Skene 1979): K(K-1) free parameters each.
    FullConfusion,
    // One accuracy per reader; a wrong answer is equally likely to be any other category (the
    // "one-coin" model). The label model of weak supervision (docs/weak-supervision.md) fits
    // this: labeling functions rate too few units for K(K-1) parameters each.
    OneAccuracy,
};

struct DawidSkeneOptions
{
    qint32 maxIterations = 200;
    // Converged when the log-likelihood changes by less than tolerance × max(1, |log L|).
    double tolerance = 1e-7;
    // Converged instead when Aitken's estimate of how far the log-likelihood still is from its
    // limit (and the last change) is below that: EM creeps where the likelihood is flat, and
    // there one small change says little about the distance left (docs/weak-supervision.md).
    bool aitkenStopping = false;
    // Pseudo-count added to every confusion cell and prior (a symmetric Dirichlet prior), so a
    // reader who never used a category gets a small probability instead of log 0.
    double smoothing = 0.01;
    // Breaks ties of the majority-vote start.
    quint64 seed = 1;
    ReaderModel readerModel = ReaderModel::FullConfusion;
    // The class prevalences, when known (categoryCount() positive values summing to 1): held
    // fixed instead of estimated. Empty: estimated. Any other value: estimated, with a warning.
    std::vector<double> fixedPriors;
    // ReaderModel::OneAccuracy only: the least accuracy a reader may get, e.g. 1/K, chance, for
    // sources assumed better than guessing (docs/weak-supervision.md, "Rules vote for one
    // label"). The M-step's estimate is clamped to it, which is the exact maximiser under that
    // constraint (the per-reader objective is concave in the accuracy). 0: no floor.
    double minimumAccuracy = 0;
};

// One reader's estimated behaviour.
struct DawidSkeneReader
{
    qint32 coder = 0;
    QString name;
    qint32 units = 0; // units this reader rated
    // categoryCount² probabilities, row-major: row k is P(reader says l | true category k).
    std::vector<double> confusion;
    // Mean of P(correct | true k) over the categories that occur (expected count >= 0.5):
    // balanced accuracy, independent of prevalence, so always answering "normal" scores low.
    double meanDiagonal = 0;
    double accuracy = 0; // Σ_k prior_k P(correct | k): expected share correct
    qint32 rank = 0;     // 1 = most reliable, by meanDiagonal then accuracy then order
};

struct DawidSkeneResult
{
    QStringList categories;
    std::vector<double> priors;     // estimated prevalence of each true category
    std::vector<double> posteriors; // unitCount × categoryCount, row-major
    std::vector<qint32> mostLikely; // per unit the category of highest posterior (-1 if unrated)
    std::vector<DawidSkeneReader> readers; // in coder order
    std::vector<qint32> ranking;           // coder indices, most reliable first
    qint32 iterations = 0;
    double logLikelihood = 0;
    double lastChange = 0; // |Δ log L| of the last iteration
    bool converged = false;
    QStringList warnings;
};

// Dawid & Skene (1979) maximum-likelihood estimation of each reader's confusion matrix, the
// class prevalences and the posterior of each unit's true category, by EM over a rating table
// with missing cells (a missing cell contributes nothing to the likelihood).
//
// Start: each unit's true category is its majority vote, ties broken uniformly at random by a
// SplitMix64 stream seeded with options.seed (unit order), units without ratings uniform. Starting
// from the majority vote, rather than at random, keeps category k meaning category k (no label
// switching) and is what Dawid & Skene propose. Then M-step (smoothed counts) and E-step
// (posteriors, computed in log space) alternate until the log-likelihood settles. Deterministic
// for a given table and seed. Needs at least one rating and one category; otherwise the result
// is empty with a warning.
DawidSkeneResult dawidSkene(const RatingTable &table, const DawidSkeneOptions &options = {});

// The E-step on its own: the exact Bayes posterior of each unit's true category given the
// prevalences `priors` (categoryCount() values) and every reader's confusion matrix
// (`confusion`: coderCount() × categoryCount()² probabilities, [coder][true][said], as in
// DawidSkeneReader::confusion, strictly positive). A unit without ratings gets the priors.
// Fills `posteriors` (unitCount() × categoryCount(), row-major) and returns the log-likelihood
// of the rated units. dawidSkene() runs the same E-step in every iteration.
double dawidSkenePosteriors(const RatingTable &table, const std::vector<double> &priors,
                            const std::vector<double> &confusion, std::vector<double> &posteriors);

} // namespace concord
