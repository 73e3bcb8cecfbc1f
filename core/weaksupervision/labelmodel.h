// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/agreement/ratingtable.h"

#include <QString>
#include <QStringList>

#include <vector>

namespace concord {

// The weak-supervision label model (docs/weak-supervision.md): pure functions over a vote table,
// units × sources (labeling functions), where a cell is the class a source voted for or
// RatingTable::Missing where it abstained. An abstention is no vote, never a class.

struct LabelModelOptions
{
    // EM creeps where the likelihood is flat (two classes, weak sources): it stops when
    // Aitken's estimate of the log-likelihood still to gain is below tolerance × max(1, |log L|),
    // which leaves the accuracies within about 1e-4 of the maximum (docs/weak-supervision.md,
    // "Convergence"). Nearly flat likelihoods take over 10,000 iterations.
    qint32 maxIterations = 50000;
    double tolerance = 1e-10;
    // Pseudo-count on every confusion cell and class (docs/weak-supervision.md, "Smoothing").
    double smoothing = 0.01;
    // The class balance, when known (categoryCount() positive values summing to 1): held fixed,
    // as Snorkel's LabelModel.fit(class_balance=...) does. Empty: estimated by EM.
    std::vector<double> classBalance;
    // The least accuracy a source may be given (DawidSkeneOptions::minimumAccuracy); 0: none.
    double minimumAccuracy = 0;
};

// What the model learnt about one source.
struct SourceEstimate
{
    qint32 source = 0; // column of the vote table
    QString name;
    qint32 votes = 0;    // units it voted on
    double coverage = 0; // votes / units of the table
    double accuracy = 0; // estimated P(vote is the true class | it votes)
    // Its weight in the posterior: log(accuracy (K - 1) / (1 - accuracy)), the log-odds a vote
    // adds to the class it names against any one other class.
    double weight = 0;
};

// The model's answer for one unit.
struct UnitLabel
{
    qint32 label = RatingTable::Missing; // the class of highest posterior (lowest id on a tie)
    double probability = 0;              // its posterior
    // False when every source abstained on the unit: its posterior is then the class balance.
    bool covered = false;
};

struct LabelModelResult
{
    QStringList classes;
    std::vector<double> classBalance;    // estimated (or given) P(class)
    std::vector<double> posteriors;      // unitCount × classCount, row-major
    std::vector<UnitLabel> units;        // in table order
    std::vector<SourceEstimate> sources; // in table order
    qint32 iterations = 0;
    bool converged = false;
    double logLikelihood = 0;
    QStringList warnings;
};

// Fits the one-coin Dawid-Skene model (an accuracy per source and the class balance) by EM,
// starting from the majority vote; the EM is dawidSkene()'s with ReaderModel::OneAccuracy.
// Deterministic: the same table and options give bit-identical results. An empty table, or one
// without votes, gives an empty result with a warning.
LabelModelResult fitLabelModel(const RatingTable &votes, const LabelModelOptions &options = {});

// The exact Bayes posterior of every unit's class given each source's accuracy (one per column,
// each in (0, 1)) and the class balance: P(y | votes) ∝ P(y) Π_j P(vote_j | y), where P(v | y) =
// accuracy_j when v = y and (1 - accuracy_j) / (K - 1) otherwise. unitCount × classCount,
// row-major; a unit without votes gets the class balance.
std::vector<double> labelPosteriors(const RatingTable &votes, const std::vector<double> &accuracies,
                                    const std::vector<double> &classBalance);

// Each unit's most frequent vote, a tie going to the lowest class id; Missing for a unit
// without votes. The baseline the label model is measured against.
std::vector<qint32> majorityVote(const RatingTable &votes);

} // namespace concord
