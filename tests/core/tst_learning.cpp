// SPDX-License-Identifier: GPL-3.0-or-later
// The built-in learner and the active-learning strategies (docs/active-learning.md).
#include "core/agreement/splitmix64.h"
#include "core/learning/acceptedlabels.h"
#include "core/learning/activelearning.h"
#include "core/learning/featurecache.h"
#include "core/learning/imagefeatures.h"
#include "core/learning/learner.h"
#include "core/learning/projectlearner.h"
#include "core/project/workspaceinternals.h"
#include "tests/core/projectfixtures.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>

#include <cmath>
#include <numbers>
#include <set>

using namespace concord;

namespace {

// A standard normal deviate from the generator (Box-Muller), the same on every platform.
double normal(SplitMix64 &random)
{
    const double u1 = (double(random.next() >> 11) + 0.5) / double(1ULL << 53);
    const double u2 = double(random.next() >> 11) / double(1ULL << 53);
    return std::sqrt(-2 * std::log(u1)) * std::cos(2 * std::numbers::pi * u2);
}

// `perClass` rows of each of `classes` Gaussian blobs in `dimension` dimensions, unit variance,
// class k centred at `separation` along axis k: separable when the separation is large.
struct LabelledSet
{
    FeatureMatrix features;
    std::vector<int> labels;
};

LabelledSet gaussianBlobs(int classes, int perClass, int dimension, double separation, quint64 seed)
{
    SplitMix64 random(seed);
    LabelledSet set;
    set.features.columns = dimension;
    for (int row = 0; row < classes * perClass; ++row) {
        const int label = row % classes;
        for (int j = 0; j < dimension; ++j)
            set.features.values.push_back(normal(random) + (j == label ? separation : 0.0));
        set.labels.push_back(label);
        ++set.features.rows;
    }
    return set;
}

// A 64 x 64 picture of class 0 (a disc), 1 (horizontal stripes) or 2 (vertical stripes), at a
// random place, size or phase, under noise.
cv::Mat syntheticPicture(int label, SplitMix64 &random)
{
    cv::Mat picture(64, 64, CV_32F, cv::Scalar(60 + double(random.below(40))));
    if (label == 0) {
        cv::circle(picture, cv::Point(16 + int(random.below(32)), 16 + int(random.below(32))),
                   8 + int(random.below(8)), cv::Scalar(200), cv::FILLED);
    } else {
        const int period = 8 + int(random.below(6));
        const int phase = int(random.below(unsigned(period)));
        for (int y = 0; y < 64; ++y) {
            for (int x = 0; x < 64; ++x) {
                const int along = label == 1 ? y : x;
                if ((along + phase) % period < period / 2)
                    picture.at<float>(y, x) += 100;
            }
        }
    }
    for (int y = 0; y < 64; ++y) {
        for (int x = 0; x < 64; ++x)
            picture.at<float>(y, x) += float(20 * normal(random));
    }
    cv::Mat bytes;
    picture.convertTo(bytes, CV_8U);
    return bytes;
}

std::vector<int> indicesOf(const std::vector<RankedItem> &ranked)
{
    std::vector<int> indices;
    for (const RankedItem &item : ranked)
        indices.push_back(item.index);
    return indices;
}

} // namespace

class TestLearning : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // The stated accuracy (docs/active-learning.md, "Tests"): 3 classes 4 standard deviations
    // apart in 20 dimensions are separable; cross-validated accuracy at least 0.95.
    void learnsASeparableSet()
    {
        const LabelledSet set = gaussianBlobs(3, 60, 20, 4.0, 1);
        const CrossValidation cv = crossValidate(set.features, set.labels, 3, 5, 7);
        QCOMPARE(cv.labels, 180);
        QCOMPARE(cv.folds, 5);
        QVERIFY2(cv.accuracy >= 0.95, qPrintable(QString::number(cv.accuracy)));
        QCOMPARE(cv.majorityBaseline, 1.0 / 3.0);
        const TrainingOutcome outcome = trainSoftmax(set.features, set.labels, 3);
        QVERIFY(outcome.converged);
        const std::vector<double> p = outcome.model.probabilities(set.features.row(0));
        QCOMPARE(p.size(), size_t(3));
        QVERIFY(std::abs(p[0] + p[1] + p[2] - 1.0) < 1e-12);
    }

    // A model by hand that says class 0 for a positive x and class 1 for a negative one.
    void accuracyIsTheShareOfRowsPredicted()
    {
        SoftmaxModel model;
        model.classCount = 2;
        model.dimension = 1;
        model.weights = {1, 0, -1, 0}; // logits x and -x
        FeatureMatrix features;
        features.rows = 4;
        features.columns = 1;
        features.values = {1, 2, -1, -3};
        QCOMPARE(model.accuracy(features, {0, 1, 1, 1}), 0.75);
        QCOMPARE(model.accuracy(features, {1, 1, 0, 0}), 0.0);
        QCOMPARE(model.accuracy(FeatureMatrix{}, {}), 0.0);
    }

    // Real pictures through the built-in descriptors: a disc and two stripe orientations.
    void learnsPicturesThroughTheDescriptors()
    {
        SplitMix64 random(3);
        LabelledSet set;
        set.features.columns = ImageDescriptorDimension;
        for (int row = 0; row < 90; ++row) {
            const FeatureVector features = imageDescriptors(syntheticPicture(row % 3, random));
            QCOMPARE(int(features.size()), ImageDescriptorDimension);
            set.features.values.insert(set.features.values.end(), features.begin(), features.end());
            set.labels.push_back(row % 3);
            ++set.features.rows;
        }
        const FeatureMatrix scaled = Standardizer::fit(set.features).apply(set.features);
        const CrossValidation cv = crossValidate(scaled, set.labels, 3, 5, 7);
        QVERIFY2(cv.accuracy >= 0.9, qPrintable(QString::number(cv.accuracy)));
    }

    // The same features with the labels shuffled carry no signal: held-out accuracy stays
    // within four binomial standard deviations of chance, 1/3.
    void staysAtChanceOnShuffledLabels()
    {
        LabelledSet set = gaussianBlobs(3, 100, 20, 4.0, 2);
        SplitMix64 random(11);
        for (size_t i = set.labels.size(); i > 1; --i)
            std::swap(set.labels[i - 1], set.labels[size_t(random.below(i))]);
        const CrossValidation cv = crossValidate(set.features, set.labels, 3, 5, 7);
        const double chance = 1.0 / 3.0;
        const double bound = 4 * std::sqrt(chance * (1 - chance) / cv.labels);
        QVERIFY2(
            std::abs(cv.accuracy - chance) <= bound,
            qPrintable(QStringLiteral("%1 vs %2 ± %3").arg(cv.accuracy).arg(chance).arg(bound)));
    }

    // Pure noise in more dimensions than rows: a model can fit its own training rows almost
    // perfectly, so an accuracy measured on rows it saw would be near 1. Cross-validation must
    // stay near chance, and each held-out prediction must be the one of a model trained without
    // that row's fold.
    void crossValidationPredictsHeldOutFolds()
    {
        SplitMix64 random(5);
        LabelledSet set;
        set.features.columns = 150;
        for (int row = 0; row < 100; ++row) {
            for (int j = 0; j < 150; ++j)
                set.features.values.push_back(normal(random));
            set.labels.push_back(row % 2);
            ++set.features.rows;
        }
        const TrainingOutcome fitted = trainSoftmax(set.features, set.labels, 2);
        const double trainingAccuracy = fitted.model.accuracy(set.features, set.labels);
        QVERIFY2(trainingAccuracy >= 0.99, qPrintable(QString::number(trainingAccuracy)));
        const CrossValidation cv = crossValidate(set.features, set.labels, 2, 5, 9);
        QVERIFY2(cv.accuracy <= 0.5 + 4 * std::sqrt(0.25 / 100),
                 qPrintable(QString::number(cv.accuracy)));

        const std::vector<int> folds = stratifiedFolds(set.labels, 5, 9);
        std::vector<int> trainRows;
        std::vector<int> trainLabels;
        for (int row = 0; row < 100; ++row) {
            if (folds[size_t(row)] != 0) {
                trainRows.push_back(row);
                trainLabels.push_back(set.labels[size_t(row)]);
            }
        }
        const SoftmaxModel withoutFold =
            trainSoftmax(set.features.rowsAt(trainRows), trainLabels, 2).model;
        for (int row = 0; row < 100; ++row) {
            if (folds[size_t(row)] == 0)
                QCOMPARE(cv.heldOutPrediction[size_t(row)],
                         withoutFold.predict(set.features.row(row)));
        }
    }

    void foldsAreStratifiedAndSeeded()
    {
        std::vector<int> labels;
        for (int row = 0; row < 53; ++row)
            labels.push_back(row < 30 ? 0 : row < 45 ? 1 : 2);
        const std::vector<int> folds = stratifiedFolds(labels, 5, 4);
        QCOMPARE(folds, stratifiedFolds(labels, 5, 4));
        QVERIFY(folds != stratifiedFolds(labels, 5, 5));
        std::vector<int> foldSizes(5, 0);
        for (int label = 0; label < 3; ++label) {
            std::vector<int> perFold(5, 0);
            for (size_t row = 0; row < labels.size(); ++row) {
                if (labels[row] == label)
                    ++perFold[size_t(folds[row])];
            }
            const auto [fewest, most] = std::minmax_element(perFold.begin(), perFold.end());
            QVERIFY(*most - *fewest <= 1);
        }
        for (int fold : folds)
            ++foldSizes[size_t(fold)];
        const auto [fewest, most] = std::minmax_element(foldSizes.begin(), foldSizes.end());
        QVERIFY(*most - *fewest <= 1);
    }

    // A warm start from the model trained on fewer labels ends at the same optimum, sooner.
    void warmStartReachesTheSameModelSooner()
    {
        const LabelledSet set = gaussianBlobs(3, 60, 20, 2.0, 6);
        std::vector<int> firstRows;
        std::vector<int> firstLabels;
        for (int row = 0; row < 150; ++row) {
            firstRows.push_back(row);
            firstLabels.push_back(set.labels[size_t(row)]);
        }
        const TrainingOutcome before = trainSoftmax(set.features.rowsAt(firstRows), firstLabels, 3);
        const TrainingOutcome cold = trainSoftmax(set.features, set.labels, 3);
        const TrainingOutcome warm = trainSoftmax(set.features, set.labels, 3, {}, &before.model);
        QVERIFY(warm.warmStarted);
        QVERIFY(!cold.warmStarted);
        QVERIFY(cold.converged && warm.converged);
        QVERIFY2(warm.iterations < cold.iterations,
                 qPrintable(QStringLiteral("%1 vs %2").arg(warm.iterations).arg(cold.iterations)));
        // Weight differences of a few 1e-4 are what the gradient tolerance leaves.
        double largest = 0;
        for (size_t j = 0; j < cold.model.weights.size(); ++j)
            largest = std::max(largest, std::abs(cold.model.weights[j] - warm.model.weights[j]));
        QVERIFY2(largest < 1e-2, qPrintable(QString::number(largest)));
        // Deterministic: the same input, the same bits.
        QCOMPARE(trainSoftmax(set.features, set.labels, 3).model.weights, cold.model.weights);
    }

    // Hand-worked: least confidence 0.1, 0.6, 0.5, 0.66, 0.4; margins 0.85, 0.05, 0, 0.01,
    // 0.4; entropies 0.394, 1.081, 0.693, 1.099, 0.950.
    void uncertaintyOrdersByHand()
    {
        const std::vector<std::vector<double>> p = {{0.9, 0.05, 0.05},
                                                    {0.4, 0.35, 0.25},
                                                    {0.5, 0.5, 0.0},
                                                    {0.34, 0.33, 0.33},
                                                    {0.6, 0.2, 0.2}};
        const std::vector<int> all = {0, 1, 2, 3, 4};
        QCOMPARE(indicesOf(rankByUncertainty(QueueStrategy::LeastConfidence, all, p, 5)),
                 (std::vector<int>{3, 1, 2, 4, 0}));
        QCOMPARE(indicesOf(rankByUncertainty(QueueStrategy::Margin, all, p, 5)),
                 (std::vector<int>{2, 3, 1, 4, 0}));
        QCOMPARE(indicesOf(rankByUncertainty(QueueStrategy::Entropy, all, p, 5)),
                 (std::vector<int>{3, 1, 4, 2, 0}));
        QVERIFY(std::abs(entropy(p[2]) - std::log(2.0)) < 1e-12);
        QVERIFY(std::abs(margin(p[1]) - 0.05) < 1e-12);
        QVERIFY(std::abs(leastConfidence(p[0]) - 0.1) < 1e-12);
        // Only candidates are ranked, and only `count` of them.
        QCOMPARE(indicesOf(rankByUncertainty(QueueStrategy::Entropy, {0, 2, 4}, p, 2)),
                 (std::vector<int>{4, 2}));
        // Ties go to the item listed first.
        const std::vector<std::vector<double>> tied = {{0.7, 0.3}, {0.5, 0.5}, {0.5, 0.5}};
        for (QueueStrategy strategy :
             {QueueStrategy::LeastConfidence, QueueStrategy::Margin, QueueStrategy::Entropy})
            QCOMPARE(indicesOf(rankByUncertainty(strategy, {0, 1, 2}, tied, 3)),
                     (std::vector<int>{1, 2, 0}));
    }

    // Points on a line at 0, 1, 2, 3 and 10 with 0 labelled: 10 is farthest (10), then 3
    // (3 from 0, 7 from 10), then 1 and 2 are both 1 from a centre and the first listed wins.
    void kCenterGreedyOnALine()
    {
        FeatureMatrix line;
        line.columns = 1;
        line.rows = 5;
        line.values = {0, 1, 2, 3, 10};
        const std::vector<RankedItem> chosen = kCenterGreedy(line, {0}, {1, 2, 3, 4}, 3, 0);
        QCOMPARE(indicesOf(chosen), (std::vector<int>{4, 3, 1}));
        QCOMPARE(*chosen[0].score, 10.0);
        QCOMPARE(*chosen[1].score, 3.0);
        QCOMPARE(*chosen[2].score, 1.0);
        // Without labels the seed picks the start; the rest follows from it.
        const std::vector<RankedItem> unlabelled = kCenterGreedy(line, {}, {0, 1, 2, 3, 4}, 5, 8);
        QCOMPARE(indicesOf(unlabelled), indicesOf(kCenterGreedy(line, {}, {0, 1, 2, 3, 4}, 5, 8)));
        QCOMPARE(unlabelled.size(), size_t(5));
        QVERIFY(!unlabelled[0].score);
    }

    void randomIsDeterministicPerSeed()
    {
        std::vector<int> candidates;
        for (int i = 0; i < 50; ++i)
            candidates.push_back(i * 2);
        const std::vector<int> first = indicesOf(randomPick(candidates, 10, 42));
        QCOMPARE(first, indicesOf(randomPick(candidates, 10, 42)));
        QVERIFY(first != indicesOf(randomPick(candidates, 10, 43)));
        QCOMPARE(std::set<int>(first.begin(), first.end()).size(), size_t(10));
        for (int index : first)
            QVERIFY(index % 2 == 0 && index < 100);
        QCOMPARE(randomPick(candidates, 80, 1).size(), size_t(50));
        // Every strategy, through selectNext, gives the same order for the same seed.
        const LabelledSet set = gaussianBlobs(2, 20, 5, 1.0, 3);
        const TrainingOutcome model =
            trainSoftmax(set.features.rowsAt({0, 1, 2, 3}),
                         {set.labels[0], set.labels[1], set.labels[2], set.labels[3]}, 2);
        std::vector<std::vector<double>> p;
        for (int row = 0; row < set.features.rows; ++row)
            p.push_back(model.model.probabilities(set.features.row(row)));
        SelectionInput input;
        for (int row = 4; row < 40; ++row)
            input.candidates.push_back(row);
        input.labelled = {0, 1, 2, 3};
        input.probabilitiesOfItem = &p;
        input.features = &set.features;
        input.seed = 17;
        for (const QString &key : queueStrategyKeys()) {
            const QueueStrategy strategy = *queueStrategyFromKey(key);
            QCOMPARE(queueStrategyKey(strategy), key);
            const std::vector<int> once = indicesOf(selectNext(strategy, input, 8));
            QCOMPARE(once.size(), size_t(8));
            QCOMPARE(once, indicesOf(selectNext(strategy, input, 8)));
        }
        QVERIFY(!queueStrategyFromKey(QStringLiteral("smallest")));
    }

    void descriptorsOfFlatAndStripedImages()
    {
        const FeatureVector flat = imageDescriptors(cv::Mat(40, 30, CV_8U, cv::Scalar(77)));
        QCOMPARE(int(flat.size()), ImageDescriptorDimension);
        for (int j = 0; j < 256; ++j)
            QCOMPARE(flat[size_t(j)], 0.0F);       // no shape
        QCOMPARE(flat[256 + 77 * 16 / 256], 1.0F); // every pixel in one intensity bin
        cv::Mat stripes(64, 64, CV_8U, cv::Scalar(0));
        for (int y = 0; y < 64; y += 8)
            stripes.rowRange(y, y + 4).setTo(200);
        cv::Mat turned;
        cv::rotate(stripes, turned, cv::ROTATE_90_CLOCKWISE);
        const FeatureVector horizontal = imageDescriptors(stripes);
        const FeatureVector vertical = imageDescriptors(turned);
        // Horizontal stripes have vertical gradients (orientation bin 4 of 8, at pi/2);
        // turned a quarter, horizontal ones (bin 0).
        const size_t hog = 256 + 16;
        QVERIFY(horizontal[hog + 4] > 0.9F && horizontal[hog + 0] < 0.1F);
        QVERIFY(vertical[hog + 0] > 0.9F && vertical[hog + 4] < 0.1F);
        // Garbage in: zeros, never a crash.
        QCOMPARE(imageDescriptors(cv::Mat()), FeatureVector(ImageDescriptorDimension, 0.0F));
    }

    // Features are computed once per image content; a damaged cache reads as empty, an
    // unreadable image is named, and a cache file planted as a link is never written through.
    void featureCacheByContent()
    {
        QTemporaryDir dir;
        const QString root = dir.filePath(QStringLiteral("project"));
        QVERIFY(QDir().mkpath(root + QStringLiteral("/images")));
        SplitMix64 random(1);
        std::vector<Item> items;
        for (int i = 0; i < 4; ++i) {
            const QString path = QStringLiteral("images/%1.png").arg(i);
            QVERIFY(cv::imwrite((root + QLatin1Char('/') + path).toStdString(),
                                syntheticPicture(i % 3, random)));
            items.push_back(Item{QStringLiteral("i%1").arg(i), path,
                                 QStringLiteral("%1").arg(i, 64, 16, QLatin1Char('0'))});
        }
        items.push_back(Item{QStringLiteral("broken"), QStringLiteral("images/missing.png"),
                             QStringLiteral("ff")});
        const ProjectFolder folder(root);
        const ImageDescriptorSource source;
        const ItemFeatures first = describeItems(folder, items, source);
        QCOMPARE(first.computed, 5);
        QVERIFY(!first.cacheProblem);
        QCOMPARE(first.undescribed.size(), size_t(1));
        QCOMPARE(first.undescribed.front().first, 4);
        QVERIFY(first.undescribed.front().second.toString().contains(QLatin1String("missing.png")));
        const ItemFeatures second = describeItems(folder, items, source);
        QCOMPARE(second.computed, 1); // only the unreadable image is tried again
        for (int i = 0; i < 4; ++i)
            QCOMPARE(second.featuresOfItem[size_t(i)], first.featuresOfItem[size_t(i)]);

        QFile cache(featureCacheFile(folder));
        QVERIFY(cache.open(QIODevice::WriteOnly | QIODevice::Truncate));
        cache.write("{\"format\": \"concord-learning-features/1\", \"features\": [");
        cache.close();
        QVERIFY(readFeatureCache(folder, source).empty());
        QCOMPARE(describeItems(folder, items, source).computed, 5);

        const QString outside = dir.filePath(QStringLiteral("outside.json"));
        QVERIFY(QFile::remove(featureCacheFile(folder)));
        QVERIFY(QFile::link(outside, featureCacheFile(folder)));
        const ItemFeatures planted = describeItems(folder, items, source);
        QVERIFY(planted.cacheProblem);
        QVERIFY(!QFile::exists(outside));
    }

    // Accepted labels: the reference first, else the majority of readers who finished.
    void acceptedLabelsFromReferenceAndMajority()
    {
        QTemporaryDir dir;
        const std::vector<Item> items = testing::numberedItems(4);
        auto workspace = testing::createProject(
            dir.path(), testing::projectWithLabels(QStringLiteral("L"), QStringLiteral("A\nB")),
            testing::peopleNamedById({{"lea", Role::Lead},
                                      {"ann", Role::Annotator},
                                      {"ben", Role::Annotator},
                                      {"cat", Role::Annotator}}),
            items);
        QVERIFY(workspace);
        const int a = workspace->project().taxonomy.findByName(QStringLiteral("A"))->id;
        const int b = workspace->project().taxonomy.findByName(QStringLiteral("B"))->id;
        // i1: A, A, B -> A. i2: A, B and one unfinished -> none. i3: B by everyone, but the
        // lead's reference says A. i4: one reader with two labels -> none.
        const auto read = [&](const char *reader,
                              const std::vector<std::pair<QString, std::vector<int>>> &work) {
            QVERIFY(!workspace->startSession(QLatin1String(reader)));
            for (const auto &[item, labels] : work)
                QVERIFY(!testing::labelAndSubmit(*workspace, item, labels));
            QVERIFY(!workspace->endSession());
        };
        read("ann", {{QStringLiteral("i1"), {a}},
                     {QStringLiteral("i2"), {a}},
                     {QStringLiteral("i3"), {b}},
                     {QStringLiteral("i4"), {a, b}}});
        read("ben", {{QStringLiteral("i1"), {a}},
                     {QStringLiteral("i2"), {b}},
                     {QStringLiteral("i3"), {b}}});
        read("cat", {{QStringLiteral("i1"), {b}}});
        QVERIFY(!workspace->startSession(QStringLiteral("cat")));
        QVERIFY(!workspace->commit(edits::setClassLabels(QStringLiteral("i2"), {}, {a}).forward));
        QVERIFY(!workspace->endSession());
        QVERIFY(!workspace->startSession(QStringLiteral("lea")));
        QVERIFY(!workspace->recordReferenceLabel(QStringLiteral("i3"), {a}, {}));
        QVERIFY(!workspace->endSession());

        const AcceptedLabels accepted = acceptedImageLabels(
            workspace->project(), workspace->items(), WorkspaceInternals::store(*workspace));
        QCOMPARE(accepted.labelIdOfItem, (std::vector<int>{a, -1, a, -1}));
        QCOMPARE(accepted.sourceOfItem[0], AcceptedLabelSource::Majority);
        QCOMPARE(accepted.sourceOfItem[2], AcceptedLabelSource::Reference);
        QCOMPARE(accepted.count(), 2);
    }
};

QTEST_GUILESS_MAIN(TestLearning)
#include "tst_learning.moc"
