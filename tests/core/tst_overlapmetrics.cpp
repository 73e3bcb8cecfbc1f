// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/geometry/distancetransform.h"
#include "core/geometry/overlapmetrics.h"

#include <QTest>

#include <cmath>
#include <random>

using namespace concord;

namespace {

BinaryMask square(int x, int y, int side)
{
    return BinaryMask{cv::Rect(x, y, side, side), cv::Mat1b(side, side, uchar(1))};
}

PixelSpacing spacing(double rowMm, double columnMm)
{
    PixelSpacing s;
    s.rowMm = rowMm;
    s.columnMm = columnMm;
    return s;
}

BinaryMask randomBlob(std::mt19937 &generator, cv::Size size)
{
    cv::Mat1b image(size, uchar(0));
    std::uniform_int_distribution<int> coordinate(0, std::min(size.width, size.height) - 1);
    for (int k = 0; k < 4; ++k) {
        const int x = coordinate(generator), y = coordinate(generator);
        const int w = 1 + coordinate(generator) / 2, h = 1 + coordinate(generator) / 2;
        image(cv::Rect(x, y, w, h) & cv::Rect(cv::Point(), size)).setTo(1);
    }
    return maskFromImage(image);
}

struct BruteForce
{
    double hausdorff, hausdorff95, mean;
};

// Every boundary pixel against every other: O(n m), independent of the distance transform.
BruteForce bruteForce(const BinaryMask &a, const BinaryMask &b, double rowMm, double columnMm)
{
    auto points = [](const BinaryMask &m) {
        std::vector<cv::Point> p;
        const BinaryMask boundary = maskBoundary(m);
        for (int r = 0; r < boundary.pixels.rows; ++r)
            for (int c = 0; c < boundary.pixels.cols; ++c)
                if (boundary.pixels(r, c))
                    p.emplace_back(boundary.bounds.x + c, boundary.bounds.y + r);
        return p;
    };
    const std::vector<cv::Point> pa = points(a), pb = points(b);
    std::vector<double> all;
    auto directed = [&](const std::vector<cv::Point> &from, const std::vector<cv::Point> &to) {
        for (const cv::Point &p : from) {
            double best = INFINITY;
            for (const cv::Point &q : to)
                best = std::min(best, std::hypot((p.x - q.x) * columnMm, (p.y - q.y) * rowMm));
            all.push_back(best);
        }
    };
    directed(pa, pb);
    directed(pb, pa);
    std::sort(all.begin(), all.end());
    // numpy.percentile(all, 95), written out.
    const double rank = 0.95 * double(all.size() - 1);
    const size_t low = size_t(rank);
    const double p95 =
        all[low] + (rank - double(low)) * (all[std::min(low + 1, all.size() - 1)] - all[low]);
    double sum = 0;
    for (double d : all)
        sum += d;
    return {all.back(), p95, sum / double(all.size())};
}

} // namespace

class TestOverlapMetrics : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void diceAndIou()
    {
        // Two 10x10 squares offset by 5 columns: 50 pixels in common.
        const MaskOverlap o = maskOverlap(square(0, 0, 10), square(5, 0, 10));
        QCOMPARE(o.intersection, qint64(50));
        QCOMPARE(o.dice, 0.5);         // 2 * 50 / 200
        QCOMPARE(o.iou, 50.0 / 150.0); // 50 / (200 - 50)
        QVERIFY(!o.bothEmpty);
        const MaskOverlap same = maskOverlap(square(3, 3, 4), square(3, 3, 4));
        QCOMPARE(same.dice, 1.0);
        QCOMPARE(same.iou, 1.0);
    }

    void emptyMasks()
    {
        const MaskOverlap both = maskOverlap(BinaryMask{}, BinaryMask{});
        QVERIFY(both.bothEmpty);
        QCOMPARE(both.dice, 1.0);
        QCOMPARE(both.iou, 1.0);
        const MaskOverlap one = maskOverlap(square(0, 0, 3), BinaryMask{});
        QVERIFY(!one.bothEmpty);
        QCOMPARE(one.dice, 0.0);
        QCOMPARE(one.iou, 0.0);
        const SurfaceDistance d = surfaceDistance(square(0, 0, 3), BinaryMask{}, spacing(1, 1));
        QVERIFY(!d.hausdorff && !d.hausdorff95 && !d.averageSurface);
        QCOMPARE(d.warnings.size(), qsizetype(1));
    }

    void boundary()
    {
        // A 5x5 square's boundary is its 16-pixel ring; a 1-pixel-wide line is all boundary.
        QCOMPARE(maskArea(maskBoundary(square(2, 2, 5))), qint64(16));
        const BinaryMask line{cv::Rect(0, 0, 7, 1), cv::Mat1b(1, 7, uchar(1))};
        QCOMPARE(maskArea(maskBoundary(line)), qint64(7));
    }

    void squaresOffsetByK_data()
    {
        QTest::addColumn<int>("dx");
        QTest::addColumn<int>("dy");
        QTest::addColumn<double>("rowMm");
        QTest::addColumn<double>("columnMm");
        QTest::addColumn<double>("expected");
        // Two 20x20 squares k pixels apart along one axis (k < 10): every boundary pixel of
        // one is within k steps of the other's boundary along that axis, and the pixels on the
        // trailing edge are exactly k steps away, so HD = k times that axis' spacing.
        QTest::newRow("3 columns, unit spacing") << 3 << 0 << 1.0 << 1.0 << 3.0;
        QTest::newRow("7 rows, unit spacing") << 0 << 7 << 1.0 << 1.0 << 7.0;
        QTest::newRow("3 columns at 0.5 mm") << 3 << 0 << 2.0 << 0.5 << 1.5;
        QTest::newRow("3 rows at 2 mm") << 0 << 3 << 2.0 << 0.5 << 6.0;
        QTest::newRow("identical") << 0 << 0 << 0.7 << 0.3 << 0.0;
    }
    void squaresOffsetByK()
    {
        QFETCH(int, dx);
        QFETCH(int, dy);
        QFETCH(double, rowMm);
        QFETCH(double, columnMm);
        QFETCH(double, expected);
        const BinaryMask a = square(10, 10, 20);
        const BinaryMask b{cv::Rect(10 + dx, 10 + dy, 20, 20), cv::Mat1b(20, 20, uchar(1))};
        const SurfaceDistance d = surfaceDistance(a, b, spacing(rowMm, columnMm));
        QVERIFY(d.hausdorff.has_value());
        QCOMPARE(*d.hausdorff, expected);
        const BruteForce reference = bruteForce(a, b, rowMm, columnMm);
        QCOMPARE(*d.hausdorff95, reference.hausdorff95);
        QVERIFY(std::abs(*d.averageSurface - reference.mean) < 1e-12);
    }

    void concentricSquares()
    {
        // Chebyshev rings of radius 10 (A, 80 pixels) and 6 (B, 48 pixels) around one centre.
        // B -> A: every pixel is 4 from the nearest side of A. A -> B: the 13 pixels per side
        // facing B are 4 away; a corner region's pixels (10, 7..10) and (7..9, 10) reach B's
        // corner (6, 6) at sqrt(16 + 1), sqrt(16 + 4), sqrt(16 + 9) = 5 (two each) and
        // sqrt(32) once. The union: 100 x 4, 8 x sqrt(17), 8 x sqrt(20), 8 x 5, 4 x sqrt(32).
        // HD = sqrt(32). The 95th percentile has rank 0.95 * 127 = 120.65, between sorted
        // values 120 and 121, both 5. HD95 = 5.
        const BinaryMask a = square(0, 0, 21), b = square(4, 4, 13);
        const SurfaceDistance d = surfaceDistance(a, b, spacing(1, 1));
        QCOMPARE(d.boundaryPixelsA, qint64(80));
        QCOMPARE(d.boundaryPixelsB, qint64(48));
        QCOMPARE(*d.hausdorff, std::sqrt(32.0));
        QCOMPARE(*d.hausdorff95, 5.0);
        const double mean =
            (100 * 4 + 8 * std::sqrt(17.0) + 8 * std::sqrt(20.0) + 8 * 5 + 4 * std::sqrt(32.0)) /
            128;
        QVERIFY(std::abs(*d.averageSurface - mean) < 1e-12);
        // Symmetric in its arguments.
        const SurfaceDistance swapped = surfaceDistance(b, a, spacing(1, 1));
        QCOMPARE(*swapped.hausdorff, *d.hausdorff);
        QCOMPARE(*swapped.hausdorff95, *d.hausdorff95);
    }

    void anisotropicMatchesBruteForce()
    {
        std::mt19937 generator(5);
        const double spacings[][2] = {{1, 1}, {0.3, 0.9}, {2.5, 0.14}, {0.143, 0.143}};
        for (int trial = 0; trial < 80; ++trial) {
            const BinaryMask a = randomBlob(generator, {31, 23});
            const BinaryMask b = randomBlob(generator, {31, 23});
            const double rowMm = spacings[trial % 4][0], columnMm = spacings[trial % 4][1];
            const SurfaceDistance d = surfaceDistance(a, b, spacing(rowMm, columnMm));
            const BruteForce reference = bruteForce(a, b, rowMm, columnMm);
            QVERIFY(std::abs(*d.hausdorff - reference.hausdorff) < 1e-9);
            QVERIFY(std::abs(*d.hausdorff95 - reference.hausdorff95) < 1e-9);
            QVERIFY(std::abs(*d.averageSurface - reference.mean) < 1e-9);
        }
    }

    // The boundary-row way, used when two outlines lie far apart on a big image, gives the
    // dense way's figures to the last bit, including blobs offset so they do not overlap.
    void boundaryRowsMatchDenseExactly()
    {
        std::mt19937 generator(11);
        const double spacings[][2] = {{1, 1}, {0.3, 0.9}, {2.5, 0.14}, {0.143, 0.143}};
        for (int trial = 0; trial < 80; ++trial) {
            const BinaryMask a = randomBlob(generator, {31, 23});
            BinaryMask b = randomBlob(generator, {31, 23});
            b.bounds += cv::Point(trial % 3 * 17, trial % 5 * 9);
            const PixelSpacing unit = spacing(spacings[trial % 4][0], spacings[trial % 4][1]);
            const SurfaceDistance dense = surfaceDistance(a, b, unit, SurfaceDistanceMethod::Dense);
            const SurfaceDistance rows =
                surfaceDistance(a, b, unit, SurfaceDistanceMethod::BoundaryRows);
            QCOMPARE(rows.hausdorff, dense.hausdorff);
            QCOMPARE(rows.hausdorff95, dense.hausdorff95);
            QCOMPARE(rows.averageSurface, dense.averageSurface);
            QCOMPARE(rows.boundaryPixelsA, dense.boundaryPixelsA);
            QCOMPARE(rows.boundaryPixelsB, dense.boundaryPixelsB);
        }
    }

    // Two 4 x 4 squares 100000 pixels apart diagonally: the dense way would need 160 GB.
    void farApartOutlinesNeedNoBufferBetweenThem()
    {
        const SurfaceDistance d =
            surfaceDistance(square(0, 0, 4), square(100000, 100000, 4), spacing(0.5, 0.5));
        // The farthest pixel of each from the other is its outer corner: (0, 0) is nearest to
        // (100000, 100000), 100000 rows and columns of 0.5 mm away.
        QCOMPARE(*d.hausdorff, std::hypot(50000.0, 50000.0));
        QCOMPARE(d.boundaryPixelsA, qint64(12));
    }

    void distanceTransformIsExact()
    {
        std::mt19937 generator(9);
        for (int trial = 0; trial < 20; ++trial) {
            cv::Mat1b features(17, 29, uchar(0));
            for (int k = 0; k < 1 + trial % 6; ++k)
                features(int(generator() % 17), int(generator() % 29)) = 1;
            const double rowSpacing = 0.5 + trial % 3, columnSpacing = 1.25;
            const cv::Mat1d d = squaredDistanceTransform(features, rowSpacing, columnSpacing);
            const cv::Mat1d column = squaredColumnDistance(features, rowSpacing);
            for (int r = 0; r < 17; ++r) {
                for (int c = 0; c < 29; ++c) {
                    double best = INFINITY;
                    for (int fr = 0; fr < 17; ++fr)
                        for (int fc = 0; fc < 29; ++fc)
                            if (features(fr, fc))
                                best = std::min(best, std::pow((r - fr) * rowSpacing, 2) +
                                                          std::pow((c - fc) * columnSpacing, 2));
                    QVERIFY(std::abs(d(r, c) - best) < 1e-9);
                    QVERIFY(std::abs(squaredDistanceAt(column, r, c, columnSpacing) - best) < 1e-9);
                }
            }
        }
        const cv::Mat1d none = squaredDistanceTransform(cv::Mat1b(3, 3, uchar(0)), 1, 1);
        QVERIFY(std::isinf(none(1, 1)));
    }

    void areaInSquareMillimetres()
    {
        QCOMPARE(*maskAreaMm2(square(0, 0, 10), spacing(0.5, 0.2)), 10.0);
        QVERIFY(!maskAreaMm2(square(0, 0, 10), spacing(0, 0.2)));
        QVERIFY(!surfaceDistance(square(0, 0, 3), square(0, 0, 3), spacing(NAN, 1)).hausdorff);
        QVERIFY(!surfaceDistance(square(0, 0, 3), square(0, 0, 3), spacing(-1, 1)).hausdorff);
    }

    void percentileIsNumpyLinear()
    {
        // numpy.percentile([1, 2, 3, 4], 95) = 3.85
        QVERIFY(std::abs(percentileOfSorted({1, 2, 3, 4}, 95) - 3.85) < 1e-12);
        QCOMPARE(percentileOfSorted({7}, 95), 7.0);
        QCOMPARE(percentileOfSorted({1, 2, 3, 4}, 100), 4.0);
        QCOMPARE(percentileOfSorted({1, 2, 3, 4}, 0), 1.0);
    }
};

QTEST_GUILESS_MAIN(TestOverlapMetrics)
#include "tst_overlapmetrics.moc"
