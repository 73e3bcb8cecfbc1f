// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/agreement/splitmix64.h"
#include "core/weaksupervision/labelmodel.h"

#include <QTest>

#include <cmath>

using namespace concord;

// The label model (docs/weak-supervision.md): exact Bayes posteriors on hand-computed cases, and
// on generated votes of sources with known accuracies that it recovers those accuracies, beats
// the majority vote and gives calibrated probabilities.
class TestLabelModel : public QObject
{
    Q_OBJECT

private:
    struct Generated
    {
        RatingTable votes;
        std::vector<qint32> truth;
    };

    static double uniform(SplitMix64 &random) { return double(random.next() >> 11) * 0x1.0p-53; }

    static qint32 drawClass(SplitMix64 &random, const std::vector<double> &balance)
    {
        double u = uniform(random);
        for (size_t c = 0; c + 1 < balance.size(); ++c) {
            if (u < balance[c])
                return qint32(c);
            u -= balance[c];
        }
        return qint32(balance.size()) - 1;
    }

    // Conditionally independent sources, as the model assumes: source j votes with probability
    // `coverage`, for the true class with probability accuracies[j], otherwise for one of the
    // other classes uniformly.
    static Generated generate(quint64 seed, qint32 units, const std::vector<double> &balance,
                              const std::vector<double> &accuracies, double coverage)
    {
        const qint32 K = qint32(balance.size());
        QStringList classes;
        for (qint32 c = 0; c < K; ++c)
            classes.append(QStringLiteral("class%1").arg(c));
        Generated g;
        g.votes = RatingTable(units, qint32(accuracies.size()), classes);
        SplitMix64 random(seed);
        for (qint32 u = 0; u < units; ++u) {
            const qint32 truth = drawClass(random, balance);
            g.truth.push_back(truth);
            for (size_t j = 0; j < accuracies.size(); ++j) {
                if (uniform(random) >= coverage)
                    continue;
                qint32 vote = truth;
                if (uniform(random) >= accuracies[j]) {
                    vote = qint32(random.below(quint64(K - 1)));
                    vote += vote >= truth ? 1 : 0;
                }
                g.votes.set(u, qint32(j), vote);
            }
        }
        return g;
    }

    static double accuracyOf(const std::vector<qint32> &labels, const std::vector<qint32> &truth)
    {
        qint32 correct = 0;
        for (size_t u = 0; u < truth.size(); ++u)
            correct += labels[u] == truth[u] ? 1 : 0;
        return double(correct) / double(truth.size());
    }

    static std::vector<qint32> labelsOf(const LabelModelResult &result)
    {
        std::vector<qint32> labels;
        for (const UnitLabel &unit : result.units)
            labels.push_back(unit.label);
        return labels;
    }

    // A vote matrix as Snorkel writes one: a row per unit, a column per labeling function, -1
    // for an abstain.
    static RatingTable snorkelMatrix(const std::vector<std::vector<qint32>> &rows)
    {
        RatingTable votes(qint32(rows.size()), qint32(rows.front().size()),
                          {QStringLiteral("0"), QStringLiteral("1")});
        for (size_t u = 0; u < rows.size(); ++u) {
            for (size_t j = 0; j < rows[u].size(); ++j) {
                if (rows[u][j] >= 0)
                    votes.set(qint32(u), qint32(j), rows[u][j]);
            }
        }
        return votes;
    }

private Q_SLOTS:
    // The examples in the documentation of Snorkel's LabelModel (snorkel/labeling/model/
    // label_model.py: predict, score and get_weights), with the answers printed there.
    void snorkelsDocumentedExamples()
    {
        // predict: [[0, 0, -1], [1, 1, -1], [0, 0, -1]] -> array([0, 1, 0])
        LabelModelResult fit = fitLabelModel(snorkelMatrix({{0, 0, -1}, {1, 1, -1}, {0, 0, -1}}));
        QCOMPARE(labelsOf(fit), (std::vector<qint32>{0, 1, 0}));

        // score: [[1, 1, -1], [0, 0, -1], [1, 1, -1]] against Y = [1, 1, 1] -> accuracy
        // 0.6666666666666666 and f1 0.8 (predictions 1, 0, 1).
        fit = fitLabelModel(snorkelMatrix({{1, 1, -1}, {0, 0, -1}, {1, 1, -1}}));
        const std::vector<qint32> predicted = labelsOf(fit);
        QCOMPARE(predicted, (std::vector<qint32>{1, 0, 1}));
        QCOMPARE(accuracyOf(predicted, {1, 1, 1}), 2.0 / 3.0);
        const double precision = 1.0; // both predicted 1s are right
        const double recall = 2.0 / 3.0;
        QVERIFY(std::abs(2 * precision * recall / (precision + recall) - 0.8) < 1e-12);

        // get_weights: [[1, 1, 1], [1, 1, -1], [-1, 0, 0], [0, 0, 0]] -> array([0.99, 0.99,
        // 0.99]): functions that never disagree are all taken to be (nearly) always right.
        fit = fitLabelModel(snorkelMatrix({{1, 1, 1}, {1, 1, -1}, {-1, 0, 0}, {0, 0, 0}}));
        QCOMPARE(fit.sources.size(), size_t(3));
        for (const SourceEstimate &source : fit.sources)
            QVERIFY2(source.accuracy >= 0.95, qPrintable(QString::number(source.accuracy)));
        QCOMPARE(labelsOf(fit), (std::vector<qint32>{1, 1, 0, 0}));
    }

    void posteriorsAreTheExactBayesPosteriors()
    {
        // Two sources, A of accuracy 0.9 and B of 0.7; class balance P(neg) = 0.3, P(pos) = 0.7.
        // P(y | votes) ∝ P(y) Π_j P(vote_j | y), with P(v | y) = a_j if v = y, else 1 - a_j.
        RatingTable votes(5, 2, {QStringLiteral("neg"), QStringLiteral("pos")});
        votes.set(0, 0, 0); // A neg, B pos: neg ∝ .3·.9·.3 = .081, pos ∝ .7·.1·.7 = .049
        votes.set(0, 1, 1); //   P(neg) = .081 / .130
        votes.set(1, 0, 0); // A neg, B neg: neg ∝ .3·.9·.7 = .189, pos ∝ .7·.1·.3 = .021
        votes.set(1, 1, 0); //   P(neg) = .189 / .210 = .9
        votes.set(2, 0, 1); // A pos only: neg ∝ .3·.1 = .03, pos ∝ .7·.9 = .63; P(pos) = .63 / .66
        // Unit 3: both abstain, so the posterior is the class balance.
        votes.set(4, 1, 0); // B neg only: neg ∝ .3·.7 = .21, pos ∝ .7·.3 = .21: a tie
        const std::vector<double> p = labelPosteriors(votes, {0.9, 0.7}, {0.3, 0.7});
        QCOMPARE(p.size(), size_t(10));
        const double expectedNeg[] = {0.081 / 0.130, 0.9, 0.03 / 0.66, 0.3, 0.5};
        for (int u = 0; u < 5; ++u) {
            QVERIFY2(std::abs(p[size_t(2 * u)] - expectedNeg[u]) < 1e-6,
                     qPrintable(QStringLiteral("unit %1: %2").arg(u).arg(p[size_t(2 * u)])));
            QVERIFY(std::abs(p[size_t(2 * u)] + p[size_t(2 * u + 1)] - 1.0) < 1e-12);
        }
    }

    void threeClassPosteriorsSpreadTheErrorEvenly()
    {
        // A (0.8) says class 0, B (0.6) says class 1; balance (0.5, 0.3, 0.2). A wrong vote
        // names each of the other two classes with (1 - a) / 2:
        //   class 0 ∝ .5 · .8 · .2 = .080
        //   class 1 ∝ .3 · .1 · .6 = .018
        //   class 2 ∝ .2 · .1 · .2 = .004        sum .102
        RatingTable votes(1, 2, {QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")});
        votes.set(0, 0, 0);
        votes.set(0, 1, 1);
        const std::vector<double> p = labelPosteriors(votes, {0.8, 0.6}, {0.5, 0.3, 0.2});
        QVERIFY(std::abs(p[0] - 0.080 / 0.102) < 1e-6);
        QVERIFY(std::abs(p[1] - 0.018 / 0.102) < 1e-6);
        QVERIFY(std::abs(p[2] - 0.004 / 0.102) < 1e-6);
    }

    void fittedPosteriorsAreBayesUnderTheFittedParameters()
    {
        // EM ends on an E-step: the posteriors it reports are exactly the Bayes posteriors under
        // the accuracies and class balance it reports.
        const Generated g = generate(11, 400, {0.6, 0.4}, {0.9, 0.75, 0.6, 0.55}, 0.8);
        const LabelModelResult fit = fitLabelModel(g.votes);
        QVERIFY(fit.converged);
        std::vector<double> accuracies;
        for (const SourceEstimate &source : fit.sources)
            accuracies.push_back(source.accuracy);
        const std::vector<double> bayes = labelPosteriors(g.votes, accuracies, fit.classBalance);
        QCOMPARE(bayes.size(), fit.posteriors.size());
        for (size_t i = 0; i < bayes.size(); ++i)
            QVERIFY(std::abs(bayes[i] - fit.posteriors[i]) < 1e-12);
        for (size_t u = 0; u < fit.units.size(); ++u) {
            const UnitLabel &unit = fit.units[u];
            QCOMPARE(unit.probability, fit.posteriors[2 * u + size_t(unit.label)]);
            QVERIFY(unit.probability >= fit.posteriors[2 * u + size_t(1 - unit.label)]);
        }
    }

    void recoversAccuraciesInOrderWithCalibratedProbabilities()
    {
        // Snorkel's LabelModel weighs the more accurate labeling functions more, and its
        // probabilities are class posteriors; so here: estimated accuracies in the order of the
        // true ones (and close to them), weights in the same order, and among units given
        // probability p about a share p correct.
        const std::vector<double> truth = {0.95, 0.85, 0.75, 0.65, 0.55};
        const Generated g = generate(5, 5000, {0.7, 0.3}, truth, 0.7);
        const LabelModelResult fit = fitLabelModel(g.votes);
        QVERIFY(fit.converged);
        QVERIFY(fit.warnings.isEmpty());
        QVERIFY(std::abs(fit.classBalance[0] - 0.7) < 0.02);
        for (size_t j = 0; j < truth.size(); ++j) {
            const SourceEstimate &s = fit.sources[j];
            QVERIFY2(std::abs(s.accuracy - truth[j]) < 0.03,
                     qPrintable(QStringLiteral("source %1: %2").arg(j).arg(s.accuracy)));
            QVERIFY(std::abs(s.coverage - 0.7) < 0.02);
            if (j > 0) {
                QVERIFY(s.accuracy < fit.sources[j - 1].accuracy);
                QVERIFY(s.weight < fit.sources[j - 1].weight);
            }
        }
        // Reliability: units binned by the probability of their label; each bin with enough
        // units is right about as often as it claims (within three binomial standard errors).
        const int Bins = 5; // [0.5, 0.6), ..., [0.9, 1.0]
        double claimed[Bins] = {}, right[Bins] = {};
        int count[Bins] = {};
        double totalClaimed = 0;
        for (size_t u = 0; u < fit.units.size(); ++u) {
            const UnitLabel &unit = fit.units[u];
            const int bin = std::min(Bins - 1, int((unit.probability - 0.5) * 10));
            claimed[bin] += unit.probability;
            right[bin] += unit.label == g.truth[u] ? 1 : 0;
            ++count[bin];
            totalClaimed += unit.probability;
        }
        for (int bin = 0; bin < Bins; ++bin) {
            if (count[bin] < 200)
                continue;
            const double p = claimed[bin] / count[bin];
            const double observed = right[bin] / count[bin];
            const double tolerance = 3 * std::sqrt(p * (1 - p) / count[bin]) + 0.01;
            QVERIFY2(std::abs(observed - p) < tolerance,
                     qPrintable(QStringLiteral("bin %1: claimed %2, observed %3 of %4")
                                    .arg(bin)
                                    .arg(p)
                                    .arg(observed)
                                    .arg(count[bin])));
        }
        const double overall = accuracyOf(labelsOf(fit), g.truth);
        QVERIFY(std::abs(totalClaimed / double(fit.units.size()) - overall) < 0.015);
    }

    void beatsMajorityVote_data()
    {
        QTest::addColumn<std::vector<double>>("balance");
        QTest::newRow("balanced") << std::vector<double>{0.5, 0.5};
        QTest::newRow("imbalanced") << std::vector<double>{0.8, 0.2};
        QTest::newRow("three classes") << std::vector<double>{0.6, 0.3, 0.1};
    }

    void beatsMajorityVote()
    {
        // One good source among weak ones: the vote follows the weak majority, the model learns
        // to follow the good source.
        QFETCH(std::vector<double>, balance);
        const std::vector<double> accuracies = {0.95, 0.6, 0.55, 0.55, 0.55};
        for (quint64 seed = 1; seed <= 5; ++seed) {
            const Generated g = generate(seed, 2000, balance, accuracies, 0.9);
            const LabelModelResult fit = fitLabelModel(g.votes);
            QVERIFY(fit.converged);
            const double model = accuracyOf(labelsOf(fit), g.truth);
            const double vote = accuracyOf(majorityVote(g.votes), g.truth);
            qInfo("seed %llu: label model %.4f, majority vote %.4f (%d iterations)", seed, model,
                  vote, fit.iterations);
            QVERIFY2(model > vote + 0.05,
                     qPrintable(QStringLiteral("seed %1: model %2, majority vote %3")
                                    .arg(seed)
                                    .arg(model)
                                    .arg(vote)));
            // The good source is found as the best one.
            for (size_t j = 1; j < fit.sources.size(); ++j)
                QVERIFY(fit.sources[0].accuracy > fit.sources[j].accuracy);
        }
    }

    void stopsCloseToTheMaximum()
    {
        // Balanced classes and weak sources leave the likelihood nearly flat along the good
        // source's accuracy, and EM creeps there (this case needs over 10,000 iterations): the
        // stopping rule must not mistake a small step for arrival. Compared with a run to the
        // limit of rounding, the accuracies and the posteriors agree to 1e-4.
        const Generated g = generate(2, 2000, {0.5, 0.5}, {0.95, 0.6, 0.55, 0.55, 0.55}, 0.9);
        const LabelModelResult fit = fitLabelModel(g.votes);
        QVERIFY(fit.converged);
        LabelModelOptions exhaustive;
        exhaustive.maxIterations = 200000;
        exhaustive.tolerance = 1e-15;
        const LabelModelResult limit = fitLabelModel(g.votes, exhaustive);
        QVERIFY(limit.iterations > fit.iterations);
        for (size_t j = 0; j < fit.sources.size(); ++j)
            QVERIFY2(std::abs(fit.sources[j].accuracy - limit.sources[j].accuracy) < 1e-4,
                     qPrintable(QStringLiteral("source %1: %2 vs %3")
                                    .arg(j)
                                    .arg(fit.sources[j].accuracy)
                                    .arg(limit.sources[j].accuracy)));
        for (size_t i = 0; i < fit.posteriors.size(); ++i)
            QVERIFY(std::abs(fit.posteriors[i] - limit.posteriors[i]) < 1e-4);
    }

    void majorityVoteBreaksTiesToTheLowestClass()
    {
        RatingTable votes(3, 4, {QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")});
        votes.set(0, 0, 2);
        votes.set(0, 1, 1); // b and c tie: b
        votes.set(1, 0, 2);
        votes.set(1, 1, 2);
        votes.set(1, 2, 0); // c wins
        QCOMPARE(majorityVote(votes), (std::vector<qint32>{1, 2, RatingTable::Missing}));
    }

    void unitWithoutVotesGetsTheClassBalance()
    {
        Generated g = generate(3, 300, {0.7, 0.3}, {0.9, 0.8, 0.7}, 0.9);
        for (qint32 j = 0; j < 3; ++j)
            g.votes.set(0, j, RatingTable::Missing);
        const LabelModelResult fit = fitLabelModel(g.votes);
        const UnitLabel &unit = fit.units[0];
        QVERIFY(!unit.covered);
        QCOMPARE(fit.posteriors[0], fit.classBalance[0]);
        QCOMPARE(fit.posteriors[1], fit.classBalance[1]);
        QCOMPARE(unit.label, fit.classBalance[0] >= fit.classBalance[1] ? 0 : 1);
        QCOMPARE(unit.probability, fit.classBalance[size_t(unit.label)]);
    }

    void givenClassBalanceIsHeld()
    {
        const Generated g = generate(8, 500, {0.5, 0.5}, {0.9, 0.8, 0.7}, 0.9);
        LabelModelOptions options;
        options.classBalance = {0.25, 0.75};
        const LabelModelResult fit = fitLabelModel(g.votes, options);
        QVERIFY(fit.warnings.isEmpty());
        QCOMPARE(fit.classBalance, options.classBalance);

        options.classBalance = {0.25, 0.5}; // does not sum to 1: estimated, with a warning
        const LabelModelResult estimated = fitLabelModel(g.votes, options);
        QCOMPARE(estimated.warnings.size(), 1);
        QVERIFY(std::abs(estimated.classBalance[0] - 0.5) < 0.06);
    }

    void singleSourceIsFollowedWithAWarning()
    {
        // One source leaves its accuracy unidentifiable (any accuracy explains its votes equally
        // well); the model keeps the majority-vote start, so it follows the source, and says so.
        RatingTable votes(5, 1, {QStringLiteral("neg"), QStringLiteral("pos")});
        const qint32 said[] = {0, 1, 1, 0, RatingTable::Missing};
        for (qint32 u = 0; u < 5; ++u)
            votes.set(u, 0, said[u]);
        const LabelModelResult fit = fitLabelModel(votes);
        QCOMPARE(fit.warnings.size(), 1);
        for (qint32 u = 0; u < 4; ++u) {
            QCOMPARE(fit.units[size_t(u)].label, said[u]);
            QVERIFY(fit.units[size_t(u)].covered);
            QVERIFY(fit.units[size_t(u)].probability > 0.9);
        }
        QVERIFY(!fit.units[4].covered);
        QCOMPARE(fit.sources[0].votes, 4);
        QCOMPARE(fit.sources[0].coverage, 0.8);
        QVERIFY(fit.sources[0].accuracy > 0.9);
    }

    void deterministic()
    {
        const Generated g = generate(21, 1000, {0.6, 0.4}, {0.9, 0.7, 0.6, 0.6}, 0.6);
        const LabelModelResult a = fitLabelModel(g.votes);
        const LabelModelResult b = fitLabelModel(g.votes);
        QCOMPARE(a.posteriors, b.posteriors);
        QCOMPARE(a.classBalance, b.classBalance);
        QCOMPARE(a.iterations, b.iterations);
        for (size_t j = 0; j < a.sources.size(); ++j)
            QCOMPARE(a.sources[j].accuracy, b.sources[j].accuracy);
    }

    void emptyTables()
    {
        const LabelModelResult empty = fitLabelModel(RatingTable());
        QVERIFY(empty.units.empty());
        QCOMPARE(empty.warnings.size(), 1);
        const LabelModelResult noVotes = fitLabelModel(RatingTable(4, 3, {QStringLiteral("x")}));
        QVERIFY(noVotes.units.empty());
        QCOMPARE(noVotes.warnings.size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestLabelModel)
#include "tst_labelmodel.moc"
