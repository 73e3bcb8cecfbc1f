// SPDX-License-Identifier: GPL-3.0-or-later
// The label model against majority vote on simulated labeling functions (docs/weak-supervision.md,
// "How much better than majority vote"). Seven functions vote on 2000 units of two classes; each
// covers 60 % of the units, and their accuracies are spread evenly around 0.72 by a growing
// amount (0: all equal; 0.25: from 0.47 to 0.97). For each spread and 10 seeds it measures, on
// the units at least one function covers:
//  - majority vote, a tie broken uniformly at random (the expected accuracy is taken: a tie of
//    t classes that includes the truth counts 1/t);
//  - the label model (fitLabelModel, accuracies and class balance learnt without any truth);
//  - the Bayes posterior with the true accuracies and balance: the best any rule can do.
// Prints a table and writes the curves as an SVG (first argument, default
// label-model-vs-majority.svg); resources/screenshots/ holds the one the README shows.
#include "core/agreement/splitmix64.h"
#include "core/reports/reportcharts.h"
#include "core/weaksupervision/labelmodel.h"

#include <QCoreApplication>
#include <QFile>
#include <QTextStream>

#include <cstdio>
#include <vector>

using namespace concord;

namespace {

constexpr int Units = 2000;
constexpr int Sources = 7;
constexpr int Classes = 2;
constexpr double Coverage = 0.6;
constexpr double MeanAccuracy = 0.72;
constexpr int Seeds = 10;

struct Task
{
    RatingTable votes;
    std::vector<qint32> truth;
    std::vector<double> accuracies;
};

double uniform(SplitMix64 &random)
{
    return double(random.next() >> 11) * 0x1.0p-53;
}

Task simulate(double spread, quint64 seed)
{
    SplitMix64 random(seed);
    Task task;
    task.votes =
        RatingTable(Units, Sources, {QStringLiteral("negative"), QStringLiteral("positive")});
    for (int j = 0; j < Sources; ++j)
        task.accuracies.push_back(MeanAccuracy - spread + 2 * spread * j / (Sources - 1));
    for (int u = 0; u < Units; ++u) {
        const auto truth = qint32(random.below(Classes));
        task.truth.push_back(truth);
        for (int j = 0; j < Sources; ++j) {
            if (uniform(random) >= Coverage)
                continue;
            const bool right = uniform(random) < task.accuracies[size_t(j)];
            task.votes.set(u, j, right ? truth : (truth + 1) % Classes);
        }
    }
    return task;
}

bool covered(const RatingTable &votes, int unit)
{
    for (int j = 0; j < votes.coderCount(); ++j)
        if (votes.at(unit, j) != RatingTable::Missing)
            return true;
    return false;
}

// Expected accuracy of majority vote with a uniformly random tie-break, over covered units.
double majorityAccuracy(const Task &task)
{
    double correct = 0;
    int counted = 0;
    for (int u = 0; u < Units; ++u) {
        std::vector<int> counts(Classes, 0);
        for (int j = 0; j < Sources; ++j)
            if (const qint32 v = task.votes.at(u, j); v != RatingTable::Missing)
                ++counts[size_t(v)];
        const int top = *std::max_element(counts.begin(), counts.end());
        if (top == 0)
            continue;
        ++counted;
        const auto tied = std::count(counts.begin(), counts.end(), top);
        if (counts[size_t(task.truth[size_t(u)])] == top)
            correct += 1.0 / double(tied);
    }
    return correct / counted;
}

// Accuracy of the most probable class of `posteriors` (units × classes) over covered units.
double posteriorAccuracy(const Task &task, const std::vector<double> &posteriors)
{
    int correct = 0;
    int counted = 0;
    for (int u = 0; u < Units; ++u) {
        if (!covered(task.votes, u))
            continue;
        ++counted;
        const auto row = posteriors.begin() + ptrdiff_t(u) * Classes;
        const auto best = qint32(std::max_element(row, row + Classes) - row);
        correct += best == task.truth[size_t(u)];
    }
    return double(correct) / counted;
}

struct Summary
{
    double mean = 0;
    double low = 1;
    double high = 0;

    void add(double value)
    {
        mean += value / Seeds;
        low = std::min(low, value);
        high = std::max(high, value);
    }
};

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QString svgPath =
        argc > 1 ? QString::fromLocal8Bit(argv[1]) : QStringLiteral("label-model-vs-majority.svg");
    std::vector<ChartSeries> series(3);
    series[0].name = QStringLiteral("Label model");
    series[1].name = QStringLiteral("Majority vote");
    series[2].name = QStringLiteral("Bayes, true accuracies");
    std::printf("%d units, %d functions of coverage %.2f, accuracies %.2f +- spread, %d seeds\n",
                Units, Sources, Coverage, MeanAccuracy, Seeds);
    std::printf("spread  label-model [min,max]    majority [min,max]       bayes    wins\n");
    for (int step = 0; step <= 5; ++step) {
        const double spread = 0.05 * step;
        Summary model, majority, bayes;
        int wins = 0;
        for (int seed = 1; seed <= Seeds; ++seed) {
            const Task task = simulate(spread, quint64(seed) * 7919 + quint64(step));
            const LabelModelResult fitted = fitLabelModel(task.votes);
            const double modelAccuracy = posteriorAccuracy(task, fitted.posteriors);
            const double majorityValue = majorityAccuracy(task);
            model.add(modelAccuracy);
            majority.add(majorityValue);
            bayes.add(posteriorAccuracy(
                task, labelPosteriors(task.votes, task.accuracies, std::vector<double>(2, 0.5))));
            wins += modelAccuracy > majorityValue;
        }
        std::printf("%.2f    %.4f [%.4f,%.4f]  %.4f [%.4f,%.4f]  %.4f   %d/%d\n", spread,
                    model.mean, model.low, model.high, majority.mean, majority.low, majority.high,
                    bayes.mean, wins, Seeds);
        const Summary *summaries[] = {&model, &majority, &bayes};
        for (size_t k = 0; k < series.size(); ++k) {
            series[k].x.push_back(spread);
            series[k].y.push_back(summaries[k]->mean);
            series[k].low.push_back(summaries[k]->low);
            series[k].high.push_back(summaries[k]->high);
        }
    }
    QFile file(svgPath);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        std::fprintf(stderr, "cannot write %s\n", qPrintable(svgPath));
        return 1;
    }
    QTextStream(&file) << seriesChartSvg(
        series, QStringLiteral("Label model against majority vote (7 functions, 2 classes)"),
        QStringLiteral("spread of the functions' accuracies around 0.72"),
        QStringLiteral("accuracy on covered units"), 0.7, 1.0);
    std::printf("wrote %s\n", qPrintable(svgPath));
    return 0;
}
