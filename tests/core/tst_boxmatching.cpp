// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/geometry/boxmatching.h"
#include "core/geometry/hungarianassignment.h"

#include <QTest>

#include <algorithm>
#include <functional>
#include <iterator>
#include <random>

using namespace concord;

namespace {

BoxAnnotation box(double x, double y, double w, double h, int label = 1)
{
    BoxAnnotation b;
    b.rect = {x, y, w, h};
    b.labelId = label;
    return b;
}

// The best total weight of a partial one-to-one assignment, by trying every one.
double bruteForceBest(const std::vector<double> &w, int rows, int cols,
                      const std::function<bool(double)> &allowed)
{
    std::vector<char> used(size_t(cols), 0);
    std::function<double(int)> best = [&](int r) -> double {
        if (r == rows)
            return 0.0;
        double top = best(r + 1); // row r left unmatched
        for (int c = 0; c < cols; ++c) {
            const double weight = w[size_t(r) * size_t(cols) + size_t(c)];
            if (used[size_t(c)] || !allowed(weight))
                continue;
            used[size_t(c)] = 1;
            top = std::max(top, weight + best(r + 1));
            used[size_t(c)] = 0;
        }
        return top;
    };
    return best(0);
}

std::vector<BoxAnnotation> randomBoxes(std::mt19937 &generator, int count, int labels)
{
    std::uniform_real_distribution<double> position(0, 60), size(5, 30);
    std::vector<BoxAnnotation> boxes;
    for (int k = 0; k < count; ++k)
        boxes.push_back(box(position(generator), position(generator), size(generator),
                            size(generator), int(generator() % unsigned(labels))));
    return boxes;
}

// B: A's boxes jittered (so IoUs cluster around the threshold), in shuffled order, plus clutter.
std::vector<BoxAnnotation> jittered(std::mt19937 &generator, const std::vector<BoxAnnotation> &a,
                                    int extra)
{
    std::uniform_real_distribution<double> shift(-6, 6);
    std::vector<BoxAnnotation> b;
    for (const BoxAnnotation &x : a) {
        if (generator() % 5 == 0)
            continue;
        BoxAnnotation y = x;
        y.rect.x += shift(generator);
        y.rect.y += shift(generator);
        y.rect.width = std::max(1.0, y.rect.width + shift(generator));
        if (generator() % 4 == 0)
            y.labelId += 1;
        b.push_back(y);
    }
    for (const BoxAnnotation &x : randomBoxes(generator, extra, 2))
        b.push_back(x);
    std::shuffle(b.begin(), b.end(), generator);
    return b;
}

} // namespace

class TestBoxMatching : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void iou()
    {
        QCOMPARE(boxIoU({0, 0, 10, 10}, {0, 0, 10, 10}), 1.0);
        QCOMPARE(boxIoU({0, 0, 10, 10}, {5, 0, 10, 10}), 50.0 / 150.0);
        QCOMPARE(boxIoU({0, 0, 10, 10}, {10, 0, 10, 10}), 0.0); // touching
        QCOMPARE(boxIoU({0, 0, 10, 10}, {2, 2, 5, 5}), 25.0 / 100.0);
        QCOMPARE(boxIoU({0, 0, 0, 10}, {0, 0, 10, 10}), 0.0);
    }

    void greedyWouldLoseAPair()
    {
        // In x: A0 [0, 10], A1 [2.5, 12.5], B0 [1, 11], B1 [-2, 8]. A0-B0 is the best pair
        // (9/11 = 0.818), but B0 is A1's only partner above 0.5 (A1-B1 is 5.5/14.5 = 0.38).
        // Greedy highest-first takes A0-B0 and leaves A1 alone; the optimum pairs A0-B1
        // (8/12 = 0.667) and A1-B0 (8.5/11.5 = 0.739).
        const std::vector<BoxAnnotation> a{box(0, 0, 10, 10), box(2.5, 0, 10, 10)};
        const std::vector<BoxAnnotation> b{box(1, 0, 10, 10), box(-2, 0, 10, 10)};
        QVERIFY(boxIoU(a[0].rect, b[0].rect) > boxIoU(a[0].rect, b[1].rect));
        const BoxMatching m = matchBoxes(a, b);
        QCOMPARE(m.matches.size(), size_t(2));
        QCOMPARE(m.matches[0].indexB, 1);
        QCOMPARE(m.matches[1].indexB, 0);
        QVERIFY(std::abs(m.matches[1].iou - 8.5 / 11.5) < 1e-12);
        QCOMPARE(*m.recall, 1.0);
        QCOMPARE(*m.precision, 1.0);
        QCOMPARE(*m.f1, 1.0);
    }

    void countsAndRatios()
    {
        // A: three findings; B: found two of them (one with another label) plus a false one.
        const std::vector<BoxAnnotation> a{box(0, 0, 10, 10, 1), box(50, 50, 10, 10, 2),
                                           box(100, 0, 10, 10, 1)};
        const std::vector<BoxAnnotation> b{box(200, 200, 5, 5, 1), box(51, 50, 10, 10, 3),
                                           box(0, 1, 10, 10, 1)};
        const BoxMatching m = matchBoxes(a, b);
        QCOMPARE(m.matches.size(), size_t(2));
        QCOMPARE(m.matches[0].indexA, 0);
        QCOMPARE(m.matches[0].indexB, 2);
        QVERIFY(m.matches[0].sameLabel);
        QVERIFY(!m.matches[1].sameLabel);
        QCOMPARE(m.unmatchedA, std::vector<int>{2});
        QCOMPARE(m.unmatchedB, std::vector<int>{0});
        QCOMPARE(*m.recall, 2.0 / 3.0);
        QCOMPARE(*m.precision, 2.0 / 3.0);
        QCOMPARE(*m.f1, 4.0 / 6.0);
        QCOMPARE(*m.labelAgreement, 0.5);
        // Both matches are one pixel off on 10x10 boxes: IoU 90 / 110.
        QVERIFY(std::abs(*m.meanIoU - 90.0 / 110.0) < 1e-12);
    }

    void thresholdIsInclusive()
    {
        // IoU exactly 1/3: matches at threshold 1/3, not above it.
        const std::vector<BoxAnnotation> a{box(0, 0, 10, 10)}, b{box(5, 0, 10, 10)};
        QCOMPARE(matchBoxes(a, b, 1.0 / 3.0).matches.size(), size_t(1));
        QCOMPARE(matchBoxes(a, b, 0.34).matches.size(), size_t(0));
        QCOMPARE(matchBoxes(a, b).matches.size(), size_t(0));
        // Disjoint boxes never match, even at threshold 0.
        QCOMPARE(matchBoxes(a, {box(30, 0, 1, 1)}, 0.0).matches.size(), size_t(0));
    }

    void emptyReaders()
    {
        const BoxMatching none = matchBoxes({}, {});
        QVERIFY(!none.precision && !none.recall && !none.f1 && !none.meanIoU);
        const BoxMatching onlyA = matchBoxes({box(0, 0, 1, 1)}, {});
        QCOMPARE(*onlyA.recall, 0.0);
        QVERIFY(!onlyA.precision);
        QCOMPARE(*onlyA.f1, 0.0);
        QCOMPARE(onlyA.unmatchedA, std::vector<int>{0});
        const BoxMatching onlyB = matchBoxes({}, {box(0, 0, 1, 1), box(5, 5, 1, 1)});
        QCOMPARE(*onlyB.precision, 0.0);
        QVERIFY(!onlyB.recall);
        QCOMPARE(onlyB.unmatchedB, (std::vector<int>{0, 1}));
    }

    void corruptInputDoesNotHang()
    {
        QCOMPARE(boxIoU({NAN, 0, 10, 10}, {0, 0, 10, 10}), 0.0);
        QCOMPARE(boxIoU({0, 0, INFINITY, 10}, {0, 0, 10, 10}), 0.0);
        const BoxMatching m = matchBoxes({box(NAN, 0, 10, 10), box(0, 0, 10, 10)},
                                         {box(0, 0, 10, 10), box(0, NAN, 1, 1)});
        QCOMPARE(m.matches.size(), size_t(1));
        const std::vector<int> assigned =
            maximumWeightAssignment({NAN, 1.0, INFINITY, NAN, 0.5, -INFINITY}, 2, 3);
        QCOMPARE(assigned.size(), size_t(2));
        QVERIFY(assigned[0] != assigned[1]);
    }

    void hungarianMatchesBruteForce()
    {
        std::mt19937 generator(11);
        std::uniform_real_distribution<double> weight(0, 1);
        for (int trial = 0; trial < 400; ++trial) {
            const int rows = 1 + int(generator() % 6), cols = 1 + int(generator() % 6);
            std::vector<double> w(size_t(rows * cols));
            for (double &x : w)
                x = trial % 3 == 0 ? double(generator() % 4) : weight(generator); // ties too
            const std::vector<int> assigned = maximumWeightAssignment(w, rows, cols);
            QCOMPARE(int(assigned.size()), rows);
            double total = 0;
            std::vector<char> used(size_t(cols), 0);
            int assignedCount = 0;
            for (int r = 0; r < rows; ++r) {
                const int c = assigned[size_t(r)];
                if (c < 0)
                    continue;
                QVERIFY(c < cols && !used[size_t(c)]);
                used[size_t(c)] = 1;
                total += w[size_t(r * cols + c)];
                ++assignedCount;
            }
            QCOMPARE(assignedCount, std::min(rows, cols));
            const double best = bruteForceBest(w, rows, cols, [](double) { return true; });
            QVERIFY2(std::abs(total - best) < 1e-9,
                     qPrintable(QStringLiteral("%1 vs %2").arg(total).arg(best)));
        }
    }

    void matchingMatchesBruteForce()
    {
        std::mt19937 generator(23);
        const double thresholds[] = {0.5, 0.3, 0.1, 0.7};
        for (int trial = 0; trial < 300; ++trial) {
            const std::vector<BoxAnnotation> a = randomBoxes(generator, int(generator() % 6), 2);
            const std::vector<BoxAnnotation> b = jittered(generator, a, int(generator() % 3));
            const double threshold = thresholds[trial % 4];
            const BoxMatching m = matchBoxes(a, b, threshold);

            std::vector<double> w;
            for (const BoxAnnotation &x : a)
                for (const BoxAnnotation &y : b)
                    w.push_back(boxIoU(x.rect, y.rect));
            const double best = bruteForceBest(w, int(a.size()), int(b.size()),
                                               [&](double v) { return v > 0 && v >= threshold; });
            double total = 0;
            for (const BoxMatch &match : m.matches) {
                QVERIFY(match.iou >= threshold);
                QCOMPARE(match.iou,
                         boxIoU(a[size_t(match.indexA)].rect, b[size_t(match.indexB)].rect));
                total += match.iou;
            }
            QVERIFY(std::abs(total - best) < 1e-9);
            QCOMPARE(m.matches.size() + m.unmatchedA.size(), a.size());
            QCOMPARE(m.matches.size() + m.unmatchedB.size(), b.size());
        }
    }

    // Matching within labels in one assignment (pairs of different labels weigh 0) counts as
    // many pairs as matching each label apart, and a box never matches another label's box.
    void sameLabelMatchesEqualMatchingEachLabelApart()
    {
        QCOMPARE(matchWithinLabels({box(0, 0, 10, 10, 1)}, {box(0, 0, 10, 10, 2)}).matched, 0);
        const SameLabelMatches two =
            matchWithinLabels({box(0, 0, 10, 10, 1), box(0, 0, 10, 10, 2)},
                              {box(1, 0, 10, 10, 2), box(0, 1, 10, 10, 1)});
        QCOMPARE(two.matched, 2);
        QCOMPARE(two.iouSum, 2 * 90.0 / 110.0);
        QCOMPARE(matchWithinLabels({}, {box(0, 0, 10, 10, 1)}).matched, 0);
        std::mt19937 generator(29);
        for (int trial = 0; trial < 300; ++trial) {
            const std::vector<BoxAnnotation> a = randomBoxes(generator, int(generator() % 7), 3);
            const std::vector<BoxAnnotation> b = jittered(generator, a, int(generator() % 3));
            const double threshold = trial % 2 ? 0.5 : 0.3;
            size_t apart = 0;
            double apartIoU = 0;
            for (int label = -1; label <= 3; ++label) {
                std::vector<BoxAnnotation> la, lb;
                std::copy_if(a.begin(), a.end(), std::back_inserter(la),
                             [label](const BoxAnnotation &x) { return x.labelId == label; });
                std::copy_if(b.begin(), b.end(), std::back_inserter(lb),
                             [label](const BoxAnnotation &x) { return x.labelId == label; });
                for (const BoxMatch &m : matchBoxes(la, lb, threshold).matches) {
                    ++apart;
                    apartIoU += m.iou;
                }
            }
            const SameLabelMatches together = matchWithinLabels(a, b, threshold);
            QCOMPARE(size_t(together.matched), apart);
            QVERIFY(std::abs(together.iouSum - apartIoU) < 1e-9);
        }
    }
};

QTEST_GUILESS_MAIN(TestBoxMatching)
#include "tst_boxmatching.moc"
