// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/model/binarymask.h"

#include <QTest>

#include <random>

using namespace concord;

namespace {

// A full image with a filled rectangle of 1s.
cv::Mat1b imageWithRect(cv::Size size, cv::Rect rect)
{
    cv::Mat1b image(size, uchar(0));
    image(rect & cv::Rect(cv::Point(0, 0), size)).setTo(1);
    return image;
}

cv::Mat1b randomImage(cv::Size size, unsigned seed, int percentSet)
{
    std::mt19937 generator(seed);
    std::uniform_int_distribution<int> percent(0, 99);
    cv::Mat1b image(size);
    for (int r = 0; r < size.height; ++r)
        for (int c = 0; c < size.width; ++c)
            image(r, c) = uchar(percent(generator) < percentSet);
    return image;
}

// A random mask with deliberately loose bounds (a margin of zeros), placed in a 40x30 image.
BinaryMask looseRandomMask(unsigned seed)
{
    std::mt19937 generator(seed);
    std::uniform_int_distribution<int> coordinate(0, 20);
    const cv::Rect bounds(coordinate(generator), coordinate(generator) / 2,
                          1 + coordinate(generator), 1 + coordinate(generator) / 2);
    return BinaryMask{bounds, randomImage(bounds.size(), seed * 7 + 1, 30)};
}

} // namespace

class TestBinaryMask : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void emptyMaskBehaves()
    {
        const BinaryMask empty;
        QVERIFY(empty.isEmpty());
        QCOMPARE(maskArea(empty), qint64(0));
        QVERIFY(cropToContent(empty).bounds.empty());
        QVERIFY(!empty.contains(0, 0));
        QVERIFY(maskUnion(empty, empty).isEmpty());
        // A mask with a zero-filled crop is empty too, and crops to nothing.
        const BinaryMask zeros{cv::Rect(3, 4, 5, 6), cv::Mat1b(6, 5, uchar(0))};
        QVERIFY(zeros.isEmpty());
        QVERIFY(cropToContent(zeros).bounds.empty());
    }

    void malformedMaskIsTreatedAsEmpty()
    {
        // Bounds that disagree with the pixel buffer must not be read out of range.
        const BinaryMask bad{cv::Rect(0, 0, 50, 50), cv::Mat1b(2, 2, uchar(1))};
        QVERIFY(bad.isEmpty());
        QCOMPARE(maskArea(bad), qint64(0));
        cv::Mat1b image(10, 10, uchar(0));
        pasteMask(bad, image);
        QCOMPARE(cv::countNonZero(image), 0);
    }

    void fromImageCropsToContent()
    {
        const BinaryMask mask = maskFromImage(imageWithRect({20, 10}, cv::Rect(5, 2, 4, 3)));
        QCOMPARE(mask.bounds, cv::Rect(5, 2, 4, 3));
        QCOMPARE(maskArea(mask), qint64(12));
        QVERIFY(mask.contains(5, 2));
        QVERIFY(mask.contains(8, 4));
        QVERIFY(!mask.contains(9, 4));
        QVERIFY(!mask.contains(4, 2));
    }

    void valuesAreNormalisedToOne()
    {
        cv::Mat1b image(4, 4, uchar(0));
        image(1, 2) = 255;
        image(2, 1) = 7;
        const BinaryMask mask = maskFromImage(image);
        QCOMPARE(mask.bounds, cv::Rect(1, 1, 2, 2));
        QCOMPARE(int(mask.pixels(0, 1)), 1);
        QCOMPARE(int(mask.pixels(1, 0)), 1);
        QCOMPARE(int(mask.pixels(0, 0)), 0);
    }

    void fromImageDoesNotAliasTheImage()
    {
        cv::Mat1b image = imageWithRect({8, 8}, cv::Rect(2, 2, 3, 3));
        const BinaryMask mask = maskFromImage(image);
        image.setTo(0);
        QCOMPARE(maskArea(mask), qint64(9));
    }

    void pasteAndExtractRoundTrip()
    {
        for (unsigned seed = 1; seed <= 20; ++seed) {
            const cv::Mat1b image = randomImage({23, 17}, seed, 25);
            const BinaryMask mask = maskFromImage(image);
            const cv::Mat1b back = maskToImage(mask, image.size());
            QCOMPARE(cv::countNonZero(back != image), 0);
        }
    }

    void pasteClipsToImage()
    {
        // A mask hanging over the top-left corner of the image.
        const BinaryMask mask{cv::Rect(-2, -3, 5, 5), cv::Mat1b(5, 5, uchar(1))};
        const cv::Mat1b image = maskToImage(mask, {10, 10});
        QCOMPARE(cv::countNonZero(image), 3 * 2);
        const BinaryMask clipped = clipToImage(mask, {10, 10});
        QCOMPARE(clipped.bounds, cv::Rect(0, 0, 3, 2));
    }

    void pasteLeavesOtherPixelsAlone()
    {
        cv::Mat1b image(5, 5, uchar(9));
        const BinaryMask mask = maskFromImage(imageWithRect({5, 5}, cv::Rect(1, 1, 2, 2)));
        pasteMask(mask, image, 3);
        QCOMPARE(int(image(1, 1)), 3);
        QCOMPARE(int(image(0, 0)), 9);
        QCOMPARE(int(image(3, 3)), 9);
    }

    void unionAndIntersectionMatchFullImageOperations()
    {
        const cv::Size size(40, 30);
        for (unsigned seed = 1; seed <= 50; ++seed) {
            const BinaryMask a = looseRandomMask(seed);
            const BinaryMask b = looseRandomMask(seed + 1000);
            const cv::Mat1b fa = maskToImage(a, size);
            const cv::Mat1b fb = maskToImage(b, size);
            const cv::Mat1b fu = fa | fb;
            const cv::Mat1b fi = fa & fb;

            const BinaryMask u = maskUnion(a, b);
            const BinaryMask i = maskIntersection(a, b);
            QCOMPARE(cv::countNonZero(maskToImage(u, size) != fu), 0);
            QCOMPARE(cv::countNonZero(maskToImage(i, size) != fi), 0);
            QCOMPARE(maskArea(u), qint64(cv::countNonZero(fu)));
            QCOMPARE(intersectionArea(a, b), qint64(cv::countNonZero(fi)));
            // Results are tight.
            QCOMPARE(cropToContent(u).bounds, u.bounds);
            QCOMPARE(cropToContent(i).bounds, i.bounds);
            // The union's buffer is no bigger than the union of the inputs' bounds.
            QVERIFY(u.bounds.empty() || (u.bounds & (a.bounds | b.bounds)) == u.bounds);
        }
    }

    void disjointMasks()
    {
        const BinaryMask a{cv::Rect(0, 0, 2, 2), cv::Mat1b(2, 2, uchar(1))};
        const BinaryMask b{cv::Rect(10, 10, 3, 1), cv::Mat1b(1, 3, uchar(1))};
        QVERIFY(maskIntersection(a, b).isEmpty());
        QCOMPARE(intersectionArea(a, b), qint64(0));
        const BinaryMask u = maskUnion(a, b);
        QCOMPARE(u.bounds, cv::Rect(0, 0, 13, 11));
        QCOMPARE(maskArea(u), qint64(7));
    }

    void samePixelsIgnoresBounds()
    {
        const BinaryMask tight{cv::Rect(2, 2, 1, 1), cv::Mat1b(1, 1, uchar(1))};
        cv::Mat1b loosePixels(3, 3, uchar(0));
        loosePixels(1, 1) = 1;
        const BinaryMask loose{cv::Rect(1, 1, 3, 3), loosePixels};
        QVERIFY(samePixels(tight, loose));
        QVERIFY(!samePixels(tight, BinaryMask{}));
        QVERIFY(samePixels(BinaryMask{}, BinaryMask{}));
    }
};

QTEST_GUILESS_MAIN(TestBinaryMask)
#include "tst_binarymask.moc"
