// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/geometry/polygonraster.h"
#include "tests/core/predicatemask.h"

#include <QTest>

#include <cmath>
#include <random>

using namespace concord;
using concord::testing::maskFromPredicate;

namespace {

// W. Randolph Franklin's PNPOLY crossing test at the point (x, y), counting crossings strictly
// right of it: an independent per-pixel reference for the even-odd rule.
bool pnpoly(const Polygon &p, double x, double y)
{
    bool c = false;
    for (size_t i = 0, j = p.size() - 1; i < p.size(); j = i++) {
        if (((p[i].y > y) != (p[j].y > y)) &&
            (x < (p[j].x - p[i].x) * (y - p[i].y) / (p[j].y - p[i].y) + p[i].x))
            c = !c;
    }
    return c;
}

// Winding number by the same crossings, signed by edge direction.
int windingNumber(const Polygon &p, double x, double y)
{
    int w = 0;
    for (size_t i = 0, j = p.size() - 1; i < p.size(); j = i++) {
        if (((p[i].y > y) != (p[j].y > y)) &&
            (x < (p[j].x - p[i].x) * (y - p[i].y) / (p[j].y - p[i].y) + p[i].x))
            w += p[i].y > p[j].y ? 1 : -1;
    }
    return w;
}

int mismatches(const BinaryMask &mask, const cv::Mat1b &expected)
{
    return cv::countNonZero(maskToImage(mask, expected.size()) != expected);
}

Polygon randomPolygon(std::mt19937 &generator, int vertices, double extent, bool star)
{
    std::uniform_real_distribution<double> unit(0, 1);
    Polygon polygon;
    const double cx = extent * (0.2 + 0.6 * unit(generator));
    const double cy = extent * (0.2 + 0.6 * unit(generator));
    for (int k = 0; k < vertices; ++k) {
        if (star) {
            const double angle = 2 * M_PI * (k + 0.8 * unit(generator)) / vertices;
            const double radius = extent * (0.05 + 0.4 * unit(generator));
            polygon.emplace_back(cx + radius * std::cos(angle), cy + radius * std::sin(angle));
        } else {
            // Any order: self-intersecting, exercising both fill rules.
            polygon.emplace_back(extent * (1.2 * unit(generator) - 0.1),
                                 extent * (1.2 * unit(generator) - 0.1));
        }
    }
    return polygon;
}

Polygon rectanglePolygon(double x0, double y0, double x1, double y1)
{
    return {{x0, y0}, {x1, y0}, {x1, y1}, {x0, y1}};
}

} // namespace

class TestPolygonRaster : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void axisAlignedRectangles_data()
    {
        QTest::addColumn<double>("x0");
        QTest::addColumn<double>("y0");
        QTest::addColumn<double>("x1");
        QTest::addColumn<double>("y1");
        QTest::newRow("integer corners") << 2.0 << 3.0 << 7.0 << 5.0;
        QTest::newRow("fractional") << 2.3 << 3.7 << 7.6 << 9.1;
        // Centres exactly on edges: 2.5 is the centre of column 2 (left edge: inside), 7.5 the
        // centre of column 7 (right edge: outside); the same for rows.
        QTest::newRow("edges through centres") << 2.5 << 1.5 << 7.5 << 4.5;
        QTest::newRow("thinner than a pixel, no centre") << 3.1 << 2.0 << 3.4 << 8.0;
        QTest::newRow("thin, one centre column") << 3.2 << 2.0 << 3.6 << 8.0;
        QTest::newRow("hanging over the image") << -4.0 << -2.2 << 5.2 << 3.0;
        QTest::newRow("whole image and beyond") << -100.0 << -100.0 << 100.0 << 100.0;
        QTest::newRow("outside") << 30.0 << 2.0 << 40.0 << 8.0;
    }
    void axisAlignedRectangles()
    {
        QFETCH(double, x0);
        QFETCH(double, y0);
        QFETCH(double, x1);
        QFETCH(double, y1);
        const cv::Size size(20, 12);
        const cv::Mat1b expected = maskFromPredicate(size, [&](int i, int j) {
            return x0 <= i + 0.5 && i + 0.5 < x1 && y0 <= j + 0.5 && j + 0.5 < y1;
        });
        // Both orientations and both fill rules give the same pixels.
        Polygon polygon = rectanglePolygon(x0, y0, x1, y1);
        QCOMPARE(mismatches(rasterizePolygon(polygon, size), expected), 0);
        QCOMPARE(mismatches(rasterizePolygon(polygon, size, FillRule::NonZero), expected), 0);
        std::reverse(polygon.begin(), polygon.end());
        QCOMPARE(mismatches(rasterizePolygon(polygon, size), expected), 0);
        QCOMPARE(mismatches(rasterizePolygon(polygon, size, FillRule::NonZero), expected), 0);
    }

    void rightTriangles_data()
    {
        QTest::addColumn<int>("w");
        QTest::addColumn<int>("h");
        QTest::newRow("10x10, hypotenuse through centres") << 10 << 10;
        QTest::newRow("12x7") << 12 << 7;
        QTest::newRow("3x17") << 3 << 17;
    }
    void rightTriangles()
    {
        QFETCH(int, w);
        QFETCH(int, h);
        // Legs on the axes, hypotenuse from (w, 0) to (0, h): a centre (x, y) is inside iff
        // 0 <= y < h and x < w (1 - y / h), the hypotenuse being a right edge. In integers,
        // with x = (2i + 1) / 2 and y = (2j + 1) / 2: (2i + 1) h < w (2h - 2j - 1).
        const cv::Size size(20, 20);
        const cv::Mat1b expected = maskFromPredicate(size, [&](int i, int j) {
            return 2 * j + 1 < 2 * h && (2 * i + 1) * h < w * (2 * h - 2 * j - 1);
        });
        const Polygon triangle{{0, 0}, {double(w), 0}, {0, double(h)}};
        QCOMPARE(mismatches(rasterizePolygon(triangle, size), expected), 0);
        // Its area is w h / 2; the pixel count approaches it.
        QCOMPARE(polygonArea(triangle), w * h / 2.0);
    }

    void diamond()
    {
        // Vertices (c±r, c) and (c, c±r) with integer c and r: every row centre is a
        // half-integer, so on row j the crossings are c ± (r - |dy|), dy = j + 0.5 - c, and a
        // centre is inside iff -(r - |dy|) <= dx < r - |dy|, dx = i + 0.5 - c. Centres land
        // exactly on the left edges (inside) and right edges (outside). Doubled to integers.
        const int c = 10, r = 6;
        const cv::Size size(24, 24);
        const cv::Mat1b expected = maskFromPredicate(size, [&](int i, int j) {
            const int dx2 = 2 * i + 1 - 2 * c, dy2 = std::abs(2 * j + 1 - 2 * c);
            const int half2 = 2 * r - dy2;
            return half2 > 0 && -half2 <= dx2 && dx2 < half2;
        });
        const Polygon diamond{{double(c), double(c - r)},
                              {double(c + r), double(c)},
                              {double(c), double(c + r)},
                              {double(c - r), double(c)}};
        const BinaryMask mask = rasterizePolygon(diamond, size);
        QCOMPARE(mismatches(mask, expected), 0);
        // 2 r^2 = 72 pixels: each row pair contributes the same as the continuous area.
        QCOMPARE(maskArea(mask), qint64(2 * r * r));
        QCOMPARE(polygonArea(diamond), 2.0 * r * r);
    }

    void randomPolygonsMatchPointInPolygon()
    {
        std::mt19937 generator(42);
        const cv::Size size(37, 29);
        for (int trial = 0; trial < 300; ++trial) {
            const bool star = trial % 2 == 0;
            const Polygon polygon = randomPolygon(generator, 3 + trial % 17, 36, star);
            const cv::Mat1b evenOdd = maskFromPredicate(
                size, [&](int i, int j) { return pnpoly(polygon, i + 0.5, j + 0.5); });
            const cv::Mat1b nonZero = maskFromPredicate(
                size, [&](int i, int j) { return windingNumber(polygon, i + 0.5, j + 0.5) != 0; });
            QCOMPARE(mismatches(rasterizePolygon(polygon, size, FillRule::EvenOdd), evenOdd), 0);
            QCOMPARE(mismatches(rasterizePolygon(polygon, size, FillRule::NonZero), nonZero), 0);
        }
    }

    void ringsWithHoleUnderEvenOdd()
    {
        const std::vector<Polygon> rings{rectanglePolygon(1, 1, 9, 9),
                                         rectanglePolygon(3, 3, 6, 6)};
        const BinaryMask mask = rasterizePolygons(rings, {10, 10}, FillRule::EvenOdd);
        QCOMPARE(maskArea(mask), qint64(64 - 9));
        QVERIFY(!mask.contains(4, 4));
        // Same orientation under non-zero: the hole is filled.
        QCOMPARE(maskArea(rasterizePolygons(rings, {10, 10}, FillRule::NonZero)), qint64(64));
    }

    void sharedEdgeGivesNoOverlap()
    {
        // Two triangles tiling a square along its diagonal: every pixel exactly once.
        const cv::Size size(16, 16);
        const Polygon upper{{1.3, 2.1}, {13.7, 2.1}, {13.7, 14.9}};
        const Polygon lower{{1.3, 2.1}, {13.7, 14.9}, {1.3, 14.9}};
        const BinaryMask a = rasterizePolygon(upper, size);
        const BinaryMask b = rasterizePolygon(lower, size);
        const BinaryMask square = rasterizePolygon(rectanglePolygon(1.3, 2.1, 13.7, 14.9), size);
        QCOMPARE(intersectionArea(a, b), qint64(0));
        QVERIFY(samePixels(maskUnion(a, b), square));
    }

    void degenerateInputGivesNoPixels()
    {
        const cv::Size size(10, 10);
        QVERIFY(rasterizePolygon({}, size).isEmpty());
        QVERIFY(rasterizePolygon({{1, 1}, {5, 5}}, size).isEmpty());
        QVERIFY(rasterizePolygon({{1, 1}, {5, 5}, {9, 9}}, size).isEmpty()); // collinear
        QVERIFY(rasterizePolygon({{1, 1}, {NAN, 5}, {9, 1}}, size).isEmpty());
        QVERIFY(rasterizePolygon({{1, 1}, {INFINITY, 5}, {9, 1}}, size).isEmpty());
        QVERIFY(rasterizePolygon(rectanglePolygon(1, 1, 5, 5), {0, 0}).isEmpty());
        // Large coordinates are clipped; absurd ones (edge arithmetic could overflow) give
        // nothing rather than NaN crossings.
        QCOMPARE(maskArea(rasterizePolygon(rectanglePolygon(-1e9, -1e9, 1e9, 1e9), size)),
                 qint64(100));
        QVERIFY(rasterizePolygon(rectanglePolygon(-1e300, -1e300, 1e300, 1e300), size).isEmpty());
        QVERIFY(rasterizePolygon({{-1.7e308, 0}, {1.7e308, 5}, {0, 1.7e308}}, size).isEmpty());
    }

    void shoelaceArea()
    {
        QCOMPARE(polygonSignedArea(rectanglePolygon(0, 0, 4, 3)), 12.0);
        Polygon reversed = rectanglePolygon(0, 0, 4, 3);
        std::reverse(reversed.begin(), reversed.end());
        QCOMPARE(polygonSignedArea(reversed), -12.0);
        QCOMPARE(polygonArea(reversed), 12.0);
        QCOMPARE(polygonArea({{0, 0}, {1, 1}}), 0.0);
        // Far from the origin, precision holds.
        QCOMPARE(polygonArea(rectanglePolygon(1e9, 1e9, 1e9 + 0.5, 1e9 + 0.25)), 0.125);
    }

    void rectangleMaskToPolygon()
    {
        const BinaryMask mask{cv::Rect(3, 4, 5, 2), cv::Mat1b(2, 5, uchar(1))};
        const std::vector<Polygon> polygons = maskToPolygons(mask);
        QCOMPARE(polygons.size(), size_t(1));
        QCOMPARE(polygons[0].size(), size_t(4));
        // A quarter pixel inside the pixel edges [3, 8) x [4, 6).
        QCOMPARE(polygonArea(polygons[0]), 4.5 * 1.5);
        for (const cv::Point2d &p : polygons[0]) {
            QVERIFY(p.x == 3.25 || p.x == 7.75);
            QVERIFY(p.y == 4.25 || p.y == 5.75);
        }
    }

    void outlinesRasteriseBackToTheMask()
    {
        std::mt19937 generator(7);
        const cv::Size size(60, 50);
        int checked = 0;
        for (int trial = 0; trial < 200; ++trial) {
            // Convex or star-shaped polygons, plus single pixels and diagonal staircases.
            const BinaryMask mask =
                rasterizePolygon(randomPolygon(generator, 3 + trial % 9, 48, true), size);
            const std::vector<Polygon> outlines = maskToPolygons(mask);
            const BinaryMask back = rasterizePolygons(outlines, size, FillRule::NonZero);
            // The round trip is exact for components without holes; a star-shaped polygon's
            // pixels can enclose a background pixel, so only require containment there.
            QCOMPARE(intersectionArea(back, mask), maskArea(mask));
            if (maskArea(back) == maskArea(mask))
                ++checked;
        }
        QVERIFY(checked > 190);

        cv::Mat1b staircase(6, 6, uchar(0));
        for (int k = 0; k < 6; ++k)
            staircase(k, k) = 1;
        staircase(0, 5) = 1;
        const BinaryMask diagonal = maskFromImage(staircase);
        QCOMPARE(maskToPolygons(diagonal).size(), size_t(2));
        QVERIFY(samePixels(rasterizePolygons(maskToPolygons(diagonal), {6, 6}, FillRule::NonZero),
                           diagonal));
    }

    void simplificationTolerance()
    {
        // A digitised disk of radius 40: exact outlines have many vertices, a tolerance of one
        // pixel keeps the area within a perimeter-pixel band.
        std::vector<cv::Point2d> circle;
        for (int k = 0; k < 360; ++k)
            circle.emplace_back(50 + 40 * std::cos(k * M_PI / 180),
                                50 + 40 * std::sin(k * M_PI / 180));
        const BinaryMask disk = rasterizePolygon(circle, {100, 100});
        const Polygon exact = maskToPolygons(disk, 0).at(0);
        const Polygon simple = maskToPolygons(disk, 1.0).at(0);
        QVERIFY(simple.size() < exact.size() / 2);
        QVERIFY(std::abs(polygonArea(simple) - polygonArea(exact)) < 2 * M_PI * 40 * 1.0);
        // Douglas-Peucker keeps a subset of the traced vertices.
        for (const cv::Point2d &p : simple)
            QVERIFY(std::find(exact.begin(), exact.end(), p) != exact.end());
    }

    void emptyMaskHasNoOutline() { QVERIFY(maskToPolygons(BinaryMask{}).empty()); }

    void holesAndIslands()
    {
        // A 9x9 ring (hole 5x5) with a one-pixel island in the middle of the hole.
        cv::Mat1b image(11, 11, uchar(0));
        image(cv::Rect(1, 1, 9, 9)).setTo(1);
        image(cv::Rect(3, 3, 5, 5)).setTo(0);
        image(5, 5) = 1;
        const BinaryMask mask = maskFromImage(image);
        const std::vector<Polygon> outers = maskToPolygons(mask);
        QCOMPARE(outers.size(), size_t(2)); // the ring and the island, not the hole
        QCOMPARE(maskArea(rasterizePolygons(outers, image.size(), FillRule::NonZero)), qint64(81));
        const std::vector<Polygon> all = maskToPolygons(mask, 0, true);
        QCOMPARE(all.size(), size_t(3));
        QVERIFY(samePixels(rasterizePolygons(all, image.size(), FillRule::EvenOdd), mask));
    }

    void ringsReproduceRandomMasks()
    {
        // Random noise has every configuration: diagonal contacts, holes, islands in holes.
        std::mt19937 generator(99);
        for (int trial = 0; trial < 200; ++trial) {
            const cv::Size size(5 + int(generator() % 30), 5 + int(generator() % 30));
            const int percent = 20 + int(generator() % 60);
            cv::Mat1b image(size, uchar(0));
            for (int r = 0; r < size.height; ++r)
                for (int c = 0; c < size.width; ++c)
                    image(r, c) = uchar(int(generator() % 100) < percent);
            const BinaryMask mask = maskFromImage(image);
            const std::vector<Polygon> rings = maskToPolygons(mask, 0, true);
            const BinaryMask back = rasterizePolygons(rings, size, FillRule::EvenOdd);
            QVERIFY2(samePixels(back, mask), qPrintable(QStringLiteral("trial %1").arg(trial)));
        }
    }
};

QTEST_GUILESS_MAIN(TestPolygonRaster)
#include "tst_polygonraster.moc"
