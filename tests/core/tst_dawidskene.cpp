// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/agreement/dawidskene.h"
#include "core/agreement/splitmix64.h"

#include <QTest>

#include <cmath>

using namespace concord;

// Dawid-Skene on synthetic readers whose confusion matrices are known.
class TestDawidSkene : public QObject
{
    Q_OBJECT

private:
    static constexpr int K = 3;
    static constexpr int Units = 600;

    struct Synthetic
    {
        RatingTable table;
        std::vector<int> truth;
        std::vector<std::vector<double>> confusion; // per reader, K×K row-major
    };

    static double uniform(SplitMix64 &random) { return double(random.next() >> 11) * 0x1.0p-53; }

    static int draw(SplitMix64 &random, const double *probabilities)
    {
        double u = uniform(random);
        for (int k = 0; k < K - 1; ++k) {
            if (u < probabilities[k])
                return k;
            u -= probabilities[k];
        }
        return K - 1;
    }

    // Four readers of different skill and one spammer who answers uniformly at random; each
    // cell is missing with probability 0.25. Fixed seed, so the data are the same everywhere.
    static Synthetic makeData(quint64 seed)
    {
        Synthetic s;
        const double priors[K] = {0.5, 0.3, 0.2};
        s.confusion = {
            {0.90, 0.06, 0.04, 0.05, 0.90, 0.05, 0.05, 0.05, 0.90},
            {0.80, 0.15, 0.05, 0.10, 0.80, 0.10, 0.05, 0.15, 0.80},
            {0.75, 0.20, 0.05, 0.20, 0.70, 0.10, 0.10, 0.10, 0.80},
            {0.85, 0.10, 0.05, 0.05, 0.85, 0.10, 0.10, 0.05, 0.85},
            {1 / 3., 1 / 3., 1 / 3., 1 / 3., 1 / 3., 1 / 3., 1 / 3., 1 / 3., 1 / 3.},
        };
        const int readers = int(s.confusion.size());
        s.table = RatingTable(Units, readers,
                              {QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")});
        SplitMix64 random(seed);
        for (int u = 0; u < Units; ++u) {
            const int truth = draw(random, priors);
            s.truth.push_back(truth);
            for (int r = 0; r < readers; ++r) {
                const int said = draw(random, &s.confusion[size_t(r)][size_t(truth * K)]);
                if (uniform(random) >= 0.25)
                    s.table.set(u, r, said);
            }
        }
        return s;
    }

private Q_SLOTS:
    void recoversKnownReaders()
    {
        const Synthetic s = makeData(42);
        const DawidSkeneResult result = dawidSkene(s.table);
        QVERIFY(result.converged);
        QVERIFY(result.iterations > 1);
        QVERIFY(result.lastChange >= 0);
        QVERIFY(std::isfinite(result.logLikelihood));
        QCOMPARE(result.priors.size(), size_t(K));
        QVERIFY(std::abs(result.priors[0] - 0.5) < 0.06);
        QVERIFY(std::abs(result.priors[1] - 0.3) < 0.06);
        QVERIFY(std::abs(result.priors[2] - 0.2) < 0.06);
        for (int r = 0; r < 4; ++r) {
            for (int cell = 0; cell < K * K; ++cell) {
                const double estimated = result.readers[size_t(r)].confusion[size_t(cell)];
                const double truth = s.confusion[size_t(r)][size_t(cell)];
                QVERIFY2(std::abs(estimated - truth) < 0.08,
                         qPrintable(QStringLiteral("reader %1 cell %2: %3 vs %4")
                                        .arg(r)
                                        .arg(cell)
                                        .arg(estimated)
                                        .arg(truth)));
            }
        }
        // The spammer ranks last and the best reader first.
        QCOMPARE(result.ranking.back(), 4);
        QCOMPARE(result.readers[4].rank, 5);
        QCOMPARE(result.ranking.front(), 0);
        QVERIFY(result.readers[4].meanDiagonal < 0.45);
        // The posterior mode recovers the truth at least as well as a majority vote (ties to
        // the lowest category), because it learns to ignore the spammer.
        int correct = 0;
        int majorityCorrect = 0;
        for (int u = 0; u < Units; ++u) {
            correct += result.mostLikely[size_t(u)] == s.truth[size_t(u)] ? 1 : 0;
            int votes[K] = {};
            for (int r = 0; r < s.table.coderCount(); ++r) {
                if (s.table.at(u, r) >= 0)
                    ++votes[s.table.at(u, r)];
            }
            majorityCorrect +=
                int(std::max_element(votes, votes + K) - votes) == s.truth[size_t(u)];
        }
        QVERIFY2(correct >= majorityCorrect && correct > Units * 0.88,
                 qPrintable(QStringLiteral("%1 vs majority %2").arg(correct).arg(majorityCorrect)));
        // Posteriors are distributions.
        for (int u = 0; u < Units; ++u) {
            double sum = 0;
            for (int k = 0; k < K; ++k)
                sum += result.posteriors[size_t(u * K + k)];
            QVERIFY(std::abs(sum - 1.0) < 1e-9);
        }
    }

    void deterministicForASeed()
    {
        const Synthetic s = makeData(7);
        DawidSkeneOptions options;
        options.seed = 3;
        const DawidSkeneResult a = dawidSkene(s.table, options);
        const DawidSkeneResult b = dawidSkene(s.table, options);
        QCOMPARE(a.posteriors, b.posteriors);
        QCOMPARE(a.iterations, b.iterations);
        QCOMPARE(a.logLikelihood, b.logLikelihood);
        QCOMPARE(a.ranking, b.ranking);
    }

    void stopsAtTheIterationLimit()
    {
        DawidSkeneOptions options;
        options.maxIterations = 2;
        options.tolerance = 0;
        const DawidSkeneResult r = dawidSkene(makeData(1).table, options);
        QCOMPARE(r.iterations, 2);
        QVERIFY(!r.converged);
        QCOMPARE(r.warnings.size(), 1);
    }

    void degenerateTables()
    {
        const DawidSkeneResult empty = dawidSkene(RatingTable());
        QVERIFY(empty.readers.empty());
        QCOMPARE(empty.warnings.size(), 1);
        const DawidSkeneResult unrated = dawidSkene(RatingTable(3, 2, {QStringLiteral("x")}));
        QVERIFY(unrated.readers.empty());

        // One reader, one category: defined and finite.
        RatingTable one(4, 1, {QStringLiteral("x"), QStringLiteral("y")});
        for (int u = 0; u < 4; ++u)
            one.set(u, 0, 0);
        const DawidSkeneResult r = dawidSkene(one);
        QCOMPARE(r.readers.size(), size_t(1));
        QVERIFY(std::isfinite(r.logLikelihood));
        QVERIFY(std::isfinite(r.readers[0].meanDiagonal));
        QCOMPARE(r.mostLikely, (std::vector<qint32>{0, 0, 0, 0}));
    }
};

QTEST_GUILESS_MAIN(TestDawidSkene)
#include "tst_dawidskene.moc"
