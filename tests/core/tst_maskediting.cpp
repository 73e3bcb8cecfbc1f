// SPDX-License-Identifier: GPL-3.0-or-later
// The pure mask-editing functions behind the brush, eraser, threshold brush, region growing,
// fill holes, smoothing and GrabCut tools, checked pixel for pixel against masks built
// independently, pixel by pixel, from their definitions.
#include "core/geometry/brushstamp.h"
#include "core/geometry/maskmorphology.h"
#include "core/geometry/regiongrowing.h"
#include "tests/core/predicatemask.h"

#include <QTest>

#include <opencv2/imgproc.hpp>

using namespace concord;
using concord::testing::maskFromPredicate;

namespace {

bool sameImage(const cv::Mat1b &a, const cv::Mat1b &b)
{
    return a.size() == b.size() && cv::countNonZero(a != b) == 0;
}

} // namespace

class TestMaskEditing : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void discCoversPixelCentresWithinRadius()
    {
        const cv::Size size(60, 50);
        BinaryMask mask;
        const cv::Point2d centre(20.3, 17.8);
        const double radius = 7.5;
        const cv::Rect changed = stampDisc(mask, centre, radius, BrushAction::Paint, size);
        const cv::Mat1b expected = maskFromPredicate(size, [&](int x, int y) {
            const double dx = x + 0.5 - centre.x, dy = y + 0.5 - centre.y;
            return dx * dx + dy * dy <= radius * radius;
        });
        QVERIFY(sameImage(maskToImage(mask, size), expected));
        // Every changed pixel lies in the returned rectangle.
        QCOMPARE(cv::countNonZero(expected(changed)), cv::countNonZero(expected));
        QCOMPARE(changed, discBounds(centre, radius));
    }

    void smallestBrushPaintsOnePixel()
    {
        BinaryMask mask;
        stampDisc(mask, {4.9, 3.1}, 0.1, BrushAction::Paint, cv::Size(10, 10));
        QCOMPARE(maskArea(mask), qint64(1));
        QVERIFY(mask.contains(4, 3));
    }

    void paintingGrowsBoundsAndKeepsEarlierPixels()
    {
        const cv::Size size(300, 200);
        BinaryMask mask;
        stampDisc(mask, {20, 20}, 5, BrushAction::Paint, size, {}, 4);
        const qint64 first = maskArea(mask);
        const cv::Rect before = mask.bounds;
        stampDisc(mask, {250, 150}, 5, BrushAction::Paint, size, {}, 4);
        QVERIFY((mask.bounds & before) == before);
        QCOMPARE(maskArea(mask), 2 * first);
        QVERIFY(mask.contains(20, 20));
        QVERIFY(mask.contains(250, 150));
    }

    void dabsAreClippedToTheImage()
    {
        const cv::Size size(30, 30);
        BinaryMask mask;
        stampDisc(mask, {1, 1}, 6, BrushAction::Paint, size);
        QVERIFY(mask.bounds.x >= 0 && mask.bounds.y >= 0);
        QVERIFY(mask.bounds.br().x <= 30 && mask.bounds.br().y <= 30);
        QVERIFY(stampDisc(mask, {-50, -50}, 6, BrushAction::Paint, size).empty());
    }

    void eraserClearsOnlyTheDiscAndNeverGrows()
    {
        const cv::Size size(40, 40);
        BinaryMask mask{cv::Rect(10, 10, 20, 20), cv::Mat1b(20, 20, uchar(1))};
        stampDisc(mask, {10, 10}, 4, BrushAction::Erase, size);
        QCOMPARE(mask.bounds, cv::Rect(10, 10, 20, 20));
        const cv::Mat1b expected = maskFromPredicate(size, [](int x, int y) {
            const double dx = x + 0.5 - 10, dy = y + 0.5 - 10;
            return x >= 10 && x < 30 && y >= 10 && y < 30 && dx * dx + dy * dy > 16;
        });
        QVERIFY(sameImage(maskToImage(mask, size), expected));
        QVERIFY(stampDisc(mask, {2, 2}, 3, BrushAction::Erase, size).empty());
    }

    void segmentLeavesNoGapsForAFastMouse()
    {
        const cv::Size size(200, 40);
        BinaryMask mask;
        stampDisc(mask, {10.5, 20.5}, 3, BrushAction::Paint, size);
        stampSegment(mask, {10.5, 20.5}, {190.5, 20.5}, 3, BrushAction::Paint, size);
        for (int x = 10; x <= 190; ++x)
            QVERIFY2(mask.contains(x, 20), qPrintable(QStringLiteral("gap at x=%1").arg(x)));
    }

    void thresholdBrushPaintsOnlyAdmittedIntensities()
    {
        const cv::Size size(40, 40);
        // Left half 50, right half 200: a dab across the border paints only the bright side.
        const cv::Mat1b intensities =
            maskFromPredicate(size, [](int x, int) { return x >= 20; }) * 150 + 50;
        BinaryMask mask;
        const IntensityGate gate{&intensities, 180, 220};
        stampDisc(mask, {20, 20}, 8, BrushAction::Paint, size, gate);
        const cv::Mat1b expected = maskFromPredicate(size, [](int x, int y) {
            const double dx = x + 0.5 - 20, dy = y + 0.5 - 20;
            return x >= 20 && dx * dx + dy * dy <= 64;
        });
        QVERIFY(sameImage(maskToImage(mask, size), expected));
    }

    void regionGrowingFindsTheConnectedRegionExactly()
    {
        // Two bright squares of 200 on 30, joined by nothing, and a 150 ring around the first.
        const cv::Size size(80, 60);
        cv::Mat1b intensities(size, uchar(30));
        intensities(cv::Rect(5, 5, 30, 30)).setTo(150);
        intensities(cv::Rect(10, 10, 20, 20)).setTo(200);
        intensities(cv::Rect(50, 10, 20, 20)).setTo(205);
        const IntensityRange range = rangeAroundSeed(intensities, {15, 15}, 10);
        QCOMPARE(range.low, 190);
        QCOMPARE(range.high, 210);
        const BinaryMask region = growRegion(intensities, {15, 15}, range, cv::Rect(0, 0, 80, 60));
        QCOMPARE(region.bounds, cv::Rect(10, 10, 20, 20));
        QCOMPARE(maskArea(region), qint64(400));
        // A wider tolerance takes the ring too, but never the other square.
        const BinaryMask wider =
            growRegion(intensities, {15, 15}, rangeAroundSeed(intensities, {15, 15}, 60),
                       cv::Rect(0, 0, 80, 60));
        QCOMPARE(wider.bounds, cv::Rect(5, 5, 30, 30));
        QCOMPARE(maskArea(wider), qint64(900));
        // The search area bounds the flood.
        const BinaryMask limited = growRegion(intensities, {15, 15}, range, cv::Rect(12, 12, 5, 5));
        QCOMPARE(limited.bounds, cv::Rect(12, 12, 5, 5));
        QVERIFY(growRegion(intensities, {100, 15}, range, cv::Rect(0, 0, 80, 60)).isEmpty());
    }

    void regionGrowingIsFourConnected()
    {
        cv::Mat1b intensities(10, 10, uchar(0));
        intensities(2, 2) = 255;
        intensities(3, 3) = 255; // touches (2, 2) only at a corner
        const BinaryMask region =
            growRegion(intensities, {2, 2}, {250, 255}, cv::Rect(0, 0, 10, 10));
        QCOMPARE(maskArea(region), qint64(1));
    }

    void fillHolesFillsEnclosedBackgroundOnly()
    {
        const cv::Size size(30, 30);
        // A ring (hole 4x4 inside) and a notch open to the outside.
        cv::Mat1b image(size, uchar(0));
        image(cv::Rect(5, 5, 12, 12)).setTo(1);
        image(cv::Rect(9, 9, 4, 4)).setTo(0);
        image(cv::Rect(5, 10, 2, 2)).setTo(0); // notch at the left edge
        const BinaryMask filled = fillHoles(maskFromImage(image));
        cv::Mat1b expected = image.clone();
        expected(cv::Rect(9, 9, 4, 4)).setTo(1);
        QVERIFY(sameImage(maskToImage(filled, size), expected));
    }

    void smoothingRemovesSpecksAndClosesGaps()
    {
        const cv::Size size(60, 60);
        cv::Mat1b image(size, uchar(0));
        image(cv::Rect(10, 10, 30, 30)).setTo(1);
        image(cv::Rect(24, 10, 1, 30)).setTo(0); // a one-pixel crack
        image(50, 50) = 1;                       // a speck
        const BinaryMask smoothed = smoothMask(maskFromImage(image), 2, size);
        QVERIFY(!smoothed.contains(50, 50));
        QVERIFY(smoothed.contains(24, 25));
        // Only the square remains, its corners at most slightly rounded by the disc.
        QVERIFY((smoothed.bounds & cv::Rect(10, 10, 30, 30)) == smoothed.bounds);
        QVERIFY(maskArea(smoothed) >= 880 && maskArea(smoothed) <= 900);
    }

    void grabCutSegmentsABrightDiscInItsBox()
    {
        // A bright disc on a dark, slightly textured background: GrabCut must find the disc.
        cv::Mat1b image(200, 200);
        cv::randu(image, 20, 40);
        cv::circle(image, {100, 100}, 30, cv::Scalar(200), cv::FILLED);
        const BinaryMask object = grabCutMask(image, cv::Rect(60, 60, 80, 80));
        cv::Mat1b disc(200, 200, uchar(0));
        cv::circle(disc, {100, 100}, 30, cv::Scalar(1), cv::FILLED);
        const BinaryMask truth = maskFromImage(disc);
        const double overlap = double(intersectionArea(object, truth));
        const double dice = 2 * overlap / double(maskArea(object) + maskArea(truth));
        QVERIFY2(dice > 0.95, qPrintable(QStringLiteral("Dice %1").arg(dice)));
        QVERIFY(grabCutMask(image, cv::Rect(0, 0, 1, 1)).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestMaskEditing)
#include "tst_maskediting.moc"
