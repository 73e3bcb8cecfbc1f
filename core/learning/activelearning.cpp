// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/learning/activelearning.h"

#include "core/agreement/splitmix64.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace concord {

namespace {

struct StrategyName
{
    QueueStrategy strategy;
    const char *key;
};

constexpr StrategyName StrategyNames[] = {
    {QueueStrategy::LeastConfidence, "least-confidence"},
    {QueueStrategy::Margin, "margin"},
    {QueueStrategy::Entropy, "entropy"},
    {QueueStrategy::Diversity, "diversity"},
    {QueueStrategy::Random, "random"},
};

// The two largest probabilities.
std::pair<double, double> topTwo(const std::vector<double> &p)
{
    double first = 0;
    double second = 0;
    for (double value : p) {
        if (value > first) {
            second = first;
            first = value;
        } else if (value > second) {
            second = value;
        }
    }
    return {first, second};
}

double squaredDistance(const double *a, const double *b, int columns)
{
    double sum = 0;
    for (int j = 0; j < columns; ++j)
        sum += (a[j] - b[j]) * (a[j] - b[j]);
    return sum;
}

} // namespace

QString queueStrategyKey(QueueStrategy strategy)
{
    for (const StrategyName &name : StrategyNames) {
        if (name.strategy == strategy)
            return QLatin1String(name.key);
    }
    return {};
}

std::optional<QueueStrategy> queueStrategyFromKey(const QString &key)
{
    for (const StrategyName &name : StrategyNames) {
        if (key == QLatin1String(name.key))
            return name.strategy;
    }
    return std::nullopt;
}

QStringList queueStrategyKeys()
{
    QStringList keys;
    for (const StrategyName &name : StrategyNames)
        keys << QLatin1String(name.key);
    return keys;
}

bool strategyNeedsLearner(QueueStrategy strategy)
{
    return strategy == QueueStrategy::LeastConfidence || strategy == QueueStrategy::Margin ||
           strategy == QueueStrategy::Entropy;
}

bool strategyNeedsFeatures(QueueStrategy strategy)
{
    return strategy != QueueStrategy::Random;
}

double leastConfidence(const std::vector<double> &probabilities)
{
    return 1.0 - topTwo(probabilities).first;
}

double margin(const std::vector<double> &probabilities)
{
    const auto [first, second] = topTwo(probabilities);
    return first - second;
}

double entropy(const std::vector<double> &probabilities)
{
    double sum = 0;
    for (double p : probabilities) {
        if (p > 0)
            sum -= p * std::log(p);
    }
    return sum;
}

std::vector<RankedItem>
rankByUncertainty(QueueStrategy strategy, const std::vector<int> &candidates,
                  const std::vector<std::vector<double>> &probabilitiesOfItem, int count)
{
    std::vector<RankedItem> ranked;
    ranked.reserve(candidates.size());
    for (int index : candidates) {
        const std::vector<double> &p = probabilitiesOfItem[size_t(index)];
        if (p.empty())
            continue; // not described: the learner has nothing to say about it
        const double score = strategy == QueueStrategy::Margin    ? margin(p)
                             : strategy == QueueStrategy::Entropy ? entropy(p)
                                                                  : leastConfidence(p);
        ranked.push_back({index, score});
    }
    // Stable, so equal scores keep the candidates' (item) order.
    const bool smallestFirst = strategy == QueueStrategy::Margin;
    std::stable_sort(ranked.begin(), ranked.end(), [&](const RankedItem &a, const RankedItem &b) {
        return smallestFirst ? *a.score < *b.score : *a.score > *b.score;
    });
    if (int(ranked.size()) > count)
        ranked.resize(size_t(std::max(count, 0)));
    return ranked;
}

std::vector<RankedItem> kCenterGreedy(const FeatureMatrix &features,
                                      const std::vector<int> &labelled,
                                      const std::vector<int> &candidates, int count, quint64 seed)
{
    std::vector<RankedItem> chosen;
    if (candidates.empty() || count <= 0)
        return chosen;
    const int columns = features.columns;
    // The squared distance of each candidate to the nearest centre so far.
    std::vector<double> nearest(candidates.size(), std::numeric_limits<double>::infinity());
    std::vector<char> taken(candidates.size(), 0);
    const auto addCentre = [&](int row) {
        for (size_t c = 0; c < candidates.size(); ++c)
            nearest[c] = std::min(nearest[c], squaredDistance(features.row(candidates[c]),
                                                              features.row(row), columns));
    };
    for (int row : labelled)
        addCentre(row);
    if (labelled.empty()) {
        // Nothing to be far from yet: the seed's candidate starts, with no distance to show.
        const size_t first = size_t(SplitMix64(seed).below(candidates.size()));
        taken[first] = 1;
        chosen.push_back({candidates[first], std::nullopt});
        addCentre(candidates[first]);
    }
    while (int(chosen.size()) < count && chosen.size() < candidates.size()) {
        size_t best = candidates.size();
        for (size_t c = 0; c < candidates.size(); ++c) {
            if (!taken[c] && (best == candidates.size() || nearest[c] > nearest[best]))
                best = c;
        }
        taken[best] = 1;
        chosen.push_back({candidates[best], std::sqrt(nearest[best])});
        addCentre(candidates[best]);
    }
    return chosen;
}

std::vector<RankedItem> randomPick(const std::vector<int> &candidates, int count, quint64 seed)
{
    std::vector<int> pool = candidates;
    SplitMix64 random(seed);
    const size_t picks = std::min(pool.size(), size_t(std::max(count, 0)));
    std::vector<RankedItem> chosen;
    chosen.reserve(picks);
    // A partial Fisher-Yates shuffle from the front: the first `picks` places are the draw.
    for (size_t i = 0; i < picks; ++i) {
        std::swap(pool[i], pool[i + size_t(random.below(pool.size() - i))]);
        chosen.push_back({pool[i], std::nullopt});
    }
    return chosen;
}

std::vector<RankedItem> selectNext(QueueStrategy strategy, const SelectionInput &input, int count)
{
    switch (strategy) {
    case QueueStrategy::LeastConfidence:
    case QueueStrategy::Margin:
    case QueueStrategy::Entropy:
        if (!input.probabilitiesOfItem)
            return {};
        return rankByUncertainty(strategy, input.candidates, *input.probabilitiesOfItem, count);
    case QueueStrategy::Diversity:
        if (!input.features)
            return {};
        return kCenterGreedy(*input.features, input.labelled, input.candidates, count, input.seed);
    case QueueStrategy::Random: return randomPick(input.candidates, count, input.seed);
    }
    return {};
}

} // namespace concord
