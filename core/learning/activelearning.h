// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/learning/learner.h"

#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace concord {

// The orders in which the queue can serve unlabelled items (docs/active-learning.md,
// "Strategies"). The first three rank by the learner's uncertainty, diversity by distance in
// feature space, random is the baseline.
enum class QueueStrategy { LeastConfidence, Margin, Entropy, Diversity, Random };

QString queueStrategyKey(QueueStrategy strategy); // "least-confidence", "margin", ...
std::optional<QueueStrategy> queueStrategyFromKey(const QString &key);
QStringList queueStrategyKeys();
// Whether the strategy ranks by the learner's probabilities, and so needs a trained learner.
bool strategyNeedsLearner(QueueStrategy strategy);
// Whether the strategy ranks by features (diversity), and so needs every item described.
bool strategyNeedsFeatures(QueueStrategy strategy);

// The uncertainty of one probability vector, each larger for a more uncertain item:
// least confidence 1 - p(1); margin p(1) - p(2) (smaller is more uncertain); entropy
// -Σ p log p (natural log). p(1) >= p(2) are the two largest probabilities.
double leastConfidence(const std::vector<double> &probabilities);
double margin(const std::vector<double> &probabilities);
double entropy(const std::vector<double> &probabilities);

// One pick: the row (item) index and the strategy's score for it (none for random).
struct RankedItem
{
    int index = 0;
    std::optional<double> score;
};

// The `count` candidates the learner is least sure of: highest least confidence, smallest
// margin, highest entropy. `probabilitiesOfItem` is indexed by item; ties go to the candidate
// listed first (candidates are given in item order).
std::vector<RankedItem>
rankByUncertainty(QueueStrategy strategy, const std::vector<int> &candidates,
                  const std::vector<std::vector<double>> &probabilitiesOfItem, int count);

// k-center greedy (Sener & Savarese 2018): repeatedly the candidate farthest (Euclidean) from
// everything chosen so far, starting from the labelled items; the score is that distance.
// Without labelled items it starts from the candidate the seed picks. Ties go to the candidate
// listed first.
std::vector<RankedItem> kCenterGreedy(const FeatureMatrix &features,
                                      const std::vector<int> &labelled,
                                      const std::vector<int> &candidates, int count, quint64 seed);

// `count` candidates drawn uniformly without replacement with the seed (SplitMix64, the same on
// every platform), in the order drawn.
std::vector<RankedItem> randomPick(const std::vector<int> &candidates, int count, quint64 seed);

// The next `count` candidates by `strategy`: probabilities for the uncertainty strategies,
// features and the labelled rows for diversity, the seed for random and diversity.
struct SelectionInput
{
    std::vector<int> candidates; // in item order
    std::vector<int> labelled;
    const std::vector<std::vector<double>> *probabilitiesOfItem = nullptr;
    const FeatureMatrix *features = nullptr;
    quint64 seed = 0;
};
std::vector<RankedItem> selectNext(QueueStrategy strategy, const SelectionInput &input, int count);

} // namespace concord
