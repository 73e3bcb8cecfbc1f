// SPDX-License-Identifier: GPL-3.0-or-later
// Active learning against random order (docs/active-learning.md, "Strategies"): on a labelled
// set generated here (four classes of Gaussian clusters in 12 dimensions, two of them
// informative, with a few far-off points per class), the learner starts from 8 random labels
// and asks for 10 more per round by each strategy. Accuracy on a held-out set against labels
// used, mean over seeds with the spread of the seeds as a band, goes to the SVG in argv[1]; the
// table says how many labels each strategy needed to reach random's final accuracy.
//   bench_activelearning [out.svg] [seeds]
#include "core/learning/activelearning.h"
#include "core/reports/reportcharts.h"

#include <QCoreApplication>
#include <QFile>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <random>

using namespace concord;

namespace {

constexpr int Classes = 4;
constexpr int Dimension = 12;
constexpr int PoolSize = 1200;
constexpr int TestSize = 2000;
constexpr int StartLabels = 8;
constexpr int Batch = 10;
constexpr int LastLabels = 208;

struct Sample
{
    FeatureMatrix features;
    std::vector<int> labels;
};

// Class k sits at angle 2πk/4 on a circle of radius 1.6 in the first two dimensions, with unit
// noise everywhere: neighbouring classes overlap, so the boundary is where labels pay. One point
// in twenty is drawn at three times the spread (outliers diversity sampling likes to ask for).
Sample generate(int count, std::mt19937_64 &random)
{
    std::normal_distribution<double> noise(0.0, 1.0);
    std::uniform_int_distribution<int> pickClass(0, Classes - 1);
    std::uniform_int_distribution<int> pickOutlier(0, 19);
    Sample sample;
    sample.features.rows = count;
    sample.features.columns = Dimension;
    for (int i = 0; i < count; ++i) {
        const int k = pickClass(random);
        const double spread = pickOutlier(random) == 0 ? 3.0 : 1.0;
        const double angle = 2 * M_PI * k / Classes;
        for (int d = 0; d < Dimension; ++d) {
            const double centre = d == 0   ? 1.6 * std::cos(angle)
                                  : d == 1 ? 1.6 * std::sin(angle)
                                           : 0;
            sample.features.values.push_back(centre + spread * noise(random));
        }
        sample.labels.push_back(k);
    }
    return sample;
}

// One simulated labelling run: the accuracy after StartLabels, StartLabels + Batch, ... labels.
std::vector<double> learningCurve(QueueStrategy strategy, const Sample &pool, const Sample &test,
                                  quint64 seed)
{
    std::vector<int> all(size_t(pool.features.rows));
    for (int i = 0; i < pool.features.rows; ++i)
        all[size_t(i)] = i;
    std::vector<int> labelled;
    for (const RankedItem &pick : randomPick(all, StartLabels, seed))
        labelled.push_back(pick.index);
    std::vector<double> curve;
    SoftmaxModel previous;
    while (true) {
        std::vector<int> labels;
        for (int index : labelled)
            labels.push_back(pool.labels[size_t(index)]);
        const TrainingOutcome trained =
            trainSoftmax(pool.features.rowsAt(labelled), labels, Classes, {},
                         previous.isEmpty() ? nullptr : &previous);
        previous = trained.model;
        curve.push_back(trained.model.accuracy(test.features, test.labels));
        if (int(labelled.size()) >= LastLabels)
            return curve;
        std::vector<int> candidates;
        std::vector<bool> isLabelled(all.size(), false);
        for (int index : labelled)
            isLabelled[size_t(index)] = true;
        for (int index : all)
            if (!isLabelled[size_t(index)])
                candidates.push_back(index);
        std::vector<std::vector<double>> probabilities(all.size());
        for (int index : candidates)
            probabilities[size_t(index)] = trained.model.probabilities(pool.features.row(index));
        SelectionInput input{candidates, labelled, &probabilities, &pool.features,
                             seed + labelled.size()};
        for (const RankedItem &pick : selectNext(strategy, input, Batch))
            labelled.push_back(pick.index);
    }
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QString out = argc > 1 ? QString::fromLocal8Bit(argv[1]) : QString();
    const int seeds = argc > 2 ? std::max(1, std::atoi(argv[2])) : 8;
    std::vector<double> labelCounts;
    for (int n = StartLabels; n <= LastLabels; n += Batch)
        labelCounts.push_back(n);

    const std::vector<QueueStrategy> strategies = {
        QueueStrategy::Random, QueueStrategy::LeastConfidence, QueueStrategy::Margin,
        QueueStrategy::Entropy, QueueStrategy::Diversity};
    std::vector<ChartSeries> series;
    std::vector<std::vector<double>> means;
    for (QueueStrategy strategy : strategies) {
        std::vector<std::vector<double>> curves;
        for (int s = 0; s < seeds; ++s) {
            std::mt19937_64 random(1000 + quint64(s));
            const Sample pool = generate(PoolSize, random);
            const Sample test = generate(TestSize, random);
            curves.push_back(learningCurve(strategy, pool, test, 77 + quint64(s)));
        }
        ChartSeries line;
        line.name = queueStrategyKey(strategy);
        line.x = labelCounts;
        for (size_t i = 0; i < labelCounts.size(); ++i) {
            double sum = 0, low = 1, high = 0;
            for (const auto &curve : curves) {
                sum += curve[i];
                low = std::min(low, curve[i]);
                high = std::max(high, curve[i]);
            }
            line.y.push_back(sum / seeds);
            line.low.push_back(low);
            line.high.push_back(high);
        }
        means.push_back(line.y);
        series.push_back(std::move(line));
    }

    const double randomFinal = means.front().back();
    std::printf("Accuracy on %d held-out items, mean of %d seeds; random reaches %.3f with %d "
                "labels.\n",
                TestSize, seeds, randomFinal, LastLabels);
    std::printf("%-17s %8s %8s %8s %s\n", "strategy", "@48", "@108", "@208",
                "labels to reach random's final accuracy");
    for (size_t k = 0; k < strategies.size(); ++k) {
        int needed = -1;
        for (size_t i = 0; i < labelCounts.size(); ++i) {
            if (means[k][i] >= randomFinal) {
                needed = int(labelCounts[i]);
                break;
            }
        }
        const auto at = [&](int labels) {
            return means[k][size_t((labels - StartLabels) / Batch)];
        };
        std::printf("%-17s %8.3f %8.3f %8.3f %s\n", qPrintable(series[k].name), at(48), at(108),
                    at(208), needed < 0 ? "not within 208" : qPrintable(QString::number(needed)));
    }
    if (!out.isEmpty()) {
        QFile file(out);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
            return 1;
        file.write(seriesChartSvg(series,
                                  QStringLiteral("Active learning: accuracy against labels used "
                                                 "(%1 seeds, band = range)")
                                      .arg(seeds),
                                  QStringLiteral("labels used"),
                                  QStringLiteral("held-out accuracy"), 0.25, 0.75)
                       .toUtf8());
    }
    return 0;
}
