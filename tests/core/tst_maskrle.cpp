// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/geometry/maskrle.h"

#include <QTest>

#include <numeric>
#include <random>

using namespace concord;

namespace {

const QString Source = QStringLiteral("test.json");

BinaryMask fromRows(const std::vector<std::vector<int>> &rows)
{
    cv::Mat1b image(int(rows.size()), int(rows.front().size()), uchar(0));
    for (int r = 0; r < image.rows; ++r)
        for (int c = 0; c < image.cols; ++c)
            image(r, c) = uchar(rows[size_t(r)][size_t(c)]);
    return maskFromImage(image);
}

std::vector<quint32> counts(std::initializer_list<quint32> values)
{
    return std::vector<quint32>(values);
}

} // namespace

class TestMaskRle : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void twoByTwo()
    {
        // [[1, 0],
        //  [0, 0]]  column-major: (0,0)=1, (1,0)=0, (0,1)=0, (1,1)=0 -> runs 0 zeros, 1 one,
        // 3 zeros: counts [0, 1, 3]. Each count is below 16 and is one of the first three, so
        // it is written as the single character '0' + count: "013".
        const BinaryMask mask = fromRows({{1, 0}, {0, 0}});
        const CocoRle rle = encodeCocoRle(mask, {2, 2});
        QCOMPARE(rle.counts, counts({0, 1, 3}));
        QCOMPARE(cocoRleCountsToString(rle.counts), QByteArray("013"));
    }

    void fourByFourBlock()
    {
        // A 2x2 block at rows 1-2, columns 1-2. Columns top to bottom: 0000 0110 0110 0000,
        // i.e. 5 zeros, 2 ones, 2 zeros, 2 ones, 5 zeros: counts [5, 2, 2, 2, 5].
        // String: 5 -> '5', 2 -> '2', 2 -> '2' (first three verbatim); the fourth is written as
        // 2 - counts[1] = 0 -> '0', the fifth as 5 - counts[2] = 3 -> '3': "52203".
        const BinaryMask mask = fromRows({{0, 0, 0, 0}, {0, 1, 1, 0}, {0, 1, 1, 0}, {0, 0, 0, 0}});
        const CocoRle rle = encodeCocoRle(mask, {4, 4});
        QCOMPARE(rle.counts, counts({5, 2, 2, 2, 5}));
        QCOMPARE(cocoRleCountsToString(rle.counts), QByteArray("52203"));
        const Expected<BinaryMask> back = decodeCocoRle(rle, Source);
        QVERIFY(back.ok());
        QCOMPARE(back->bounds, cv::Rect(1, 1, 2, 2));
        QVERIFY(samePixels(*back, mask));
    }

    void negativeDelta()
    {
        // One column of 10: 0 1111 0 1 000 -> counts [1, 4, 1, 1, 3]. The fourth is written as
        // 1 - 4 = -3: its low five bits are 11101 = 29; shifting right by 5 leaves -1 and bit 16
        // of the group is set, so it is the last group: '0' + 29 = 'M'. The fifth: 3 - 1 = 2.
        // "141M2".
        const BinaryMask mask = fromRows({{0}, {1}, {1}, {1}, {1}, {0}, {1}, {0}, {0}, {0}});
        const CocoRle rle = encodeCocoRle(mask, {1, 10});
        QCOMPARE(rle.counts, counts({1, 4, 1, 1, 3}));
        QCOMPARE(cocoRleCountsToString(rle.counts), QByteArray("141M2"));
    }

    void multiGroupCounts()
    {
        // 20 = 10100: bit 16 of the low group is set but 20 is positive, so a second group
        // follows: (20 | 32) + 48 = 'd', then 0 -> '0'. Column of 25 with the last 5 set:
        // counts [20, 5] -> "d05".
        cv::Mat1b column(25, 1, uchar(0));
        column(cv::Rect(0, 20, 1, 5)).setTo(1);
        const CocoRle rle = encodeCocoRle(maskFromImage(column), {1, 25});
        QCOMPARE(rle.counts, counts({20, 5}));
        QCOMPARE(cocoRleCountsToString(rle.counts), QByteArray("d05"));

        // [0, 100, 50, 30]: 0 -> '0'. 100 = 3*32 + 4: group 4 with more -> 4+32+48 = 'T', then
        // 3 -> '3'. 50 = 1*32 + 18: 18 has bit 16 set, so more follows -> 18+32+48 = 'b', then
        // 1 -> '1'. 30 - 100 = -70 = -3*32 + 26: 26 (bit 16 set) with -3 left, more -> 26+32+48
        // = 'j'; -3 = 11101 -> 29, leaving -1 with bit 16 set, the end -> 29+48 = 'M'.
        const std::vector<quint32> c = counts({0, 100, 50, 30});
        QCOMPARE(cocoRleCountsToString(c), QByteArray("0T3b1jM"));
        const Expected<std::vector<quint32>> back =
            cocoRleCountsFromString(QByteArrayView("0T3b1jM"), Source);
        QVERIFY(back.ok());
        QCOMPARE(*back, c);
    }

    void setFirstPixelStartsWithZeroRun()
    {
        const CocoRle rle = encodeCocoRle(fromRows({{1, 1}, {1, 1}}), {2, 2});
        QCOMPARE(rle.counts, counts({0, 4}));
        const CocoRle empty = encodeCocoRle(BinaryMask{}, {3, 5});
        QCOMPARE(empty.counts, counts({15}));
        QVERIFY(decodeCocoRle(empty, Source)->isEmpty());
    }

    void maskIsClippedToImage()
    {
        // A 3x3 mask hanging one pixel over the right edge of a 4x4 image.
        const BinaryMask mask{cv::Rect(2, 0, 3, 3), cv::Mat1b(3, 3, uchar(1))};
        const CocoRle rle = encodeCocoRle(mask, {4, 4});
        QCOMPARE(std::accumulate(rle.counts.begin(), rle.counts.end(), quint64(0)), quint64(16));
        QCOMPARE(maskArea(*decodeCocoRle(rle, Source)), qint64(6));
    }

    void randomRoundTrips()
    {
        std::mt19937 generator(2026);
        std::uniform_int_distribution<int> sizes(1, 41);
        for (int trial = 0; trial < 300; ++trial) {
            const cv::Size size(sizes(generator) | 1, sizes(generator) | 1); // odd sizes
            const int percent = trial % 5 == 0 ? 97 : int(generator() % 60);
            cv::Mat1b image(size, uchar(0));
            for (int r = 0; r < size.height; ++r)
                for (int c = 0; c < size.width; ++c)
                    image(r, c) = uchar(int(generator() % 100) < percent);
            const BinaryMask mask = maskFromImage(image);
            const CocoRle rle = encodeCocoRle(mask, size);
            QCOMPARE(std::accumulate(rle.counts.begin(), rle.counts.end(), quint64(0)),
                     quint64(size.area()));
            const Expected<BinaryMask> back = decodeCocoRle(rle, Source);
            QVERIFY(back.ok());
            QCOMPARE(cv::countNonZero(maskToImage(*back, size) != image), 0);
            QCOMPARE(back->bounds, mask.bounds);

            const QByteArray text = cocoRleCountsToString(rle.counts);
            const Expected<std::vector<quint32>> parsed = cocoRleCountsFromString(text, Source);
            QVERIFY(parsed.ok());
            QCOMPARE(*parsed, rle.counts);
        }
    }

    void largeCountsRoundTrip()
    {
        const std::vector<quint32> c = counts({0xffffffffu, 0, 7, 0xffffffffu, 1, 0, 123456789});
        const Expected<std::vector<quint32>> back =
            cocoRleCountsFromString(cocoRleCountsToString(c), Source);
        QVERIFY(back.ok());
        QCOMPARE(*back, c);
    }

    void malformedStrings_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<qint64>("offset");
        QTest::newRow("space") << QByteArray("01 3") << qint64(2);
        QTest::newRow("below '0'") << QByteArray("/") << qint64(0);
        QTest::newRow("above 'o'") << QByteArray("0p") << qint64(1);
        QTest::newRow("high byte") << QByteArray("0\xc3\xa9") << qint64(1);
        QTest::newRow("nul byte") << QByteArray("01\0003", 4) << qint64(2);
        QTest::newRow("ends inside a count") << QByteArray("01d") << qint64(2);
        QTest::newRow("too many groups") << QByteArray("0oooooooo0") << qint64(1);
        // 0, 0, 0, then 0 + (-3): a negative run.
        QTest::newRow("negative run") << QByteArray("000M") << qint64(3);
        QTest::newRow("negative first run") << QByteArray("M") << qint64(0);
        // Six groups of 31 and a last group of 15 (bit 16 clear, so positive): 2^34 - 1.
        QTest::newRow("beyond 32 bits") << QByteArray("oooooo?") << qint64(0);
    }
    void malformedStrings()
    {
        QFETCH(QByteArray, text);
        QFETCH(qint64, offset);
        const Expected<std::vector<quint32>> parsed = cocoRleCountsFromString(text, Source);
        QVERIFY(!parsed.ok());
        QCOMPARE(parsed.error().path, Source);
        QCOMPARE(parsed.error().offset, offset);
        QVERIFY(!parsed.error().message.isEmpty());
    }

    void malformedCounts()
    {
        QVERIFY(!decodeCocoRle(CocoRle{2, 2, counts({0, 1, 2})}, Source).ok());    // sums to 3
        QVERIFY(!decodeCocoRle(CocoRle{2, 2, counts({0, 1, 2, 2})}, Source).ok()); // 5
        QVERIFY(!decodeCocoRle(CocoRle{2, 2, {}}, Source).ok());
        QVERIFY(!decodeCocoRle(CocoRle{-2, 2, counts({0})}, Source).ok());
        QVERIFY(!decodeCocoRle(CocoRle{2, 2, counts({0xffffffffu, 0xffffffffu})}, Source).ok());
        // 100000 x 100000 with 4e9 set pixels: consistent counts, but no allocation attempt.
        const Expected<BinaryMask> huge = decodeCocoRle(
            CocoRle{100000, 100000, counts({3000000000u, 4000000000u, 3000000000u})}, Source);
        QVERIFY(!huge.ok());
        const Expected<BinaryMask> bad = decodeCocoRle(CocoRle{3, 3, counts({4, 4})}, Source);
        QVERIFY(!bad.ok());
        QVERIFY(bad.error().message.contains(QStringLiteral("9")));
        // Zero-length runs in the middle are legal and change nothing.
        const Expected<BinaryMask> zeros =
            decodeCocoRle(CocoRle{2, 2, counts({1, 0, 0, 2, 1})}, Source);
        QVERIFY(zeros.ok());
        QCOMPARE(maskArea(*zeros), qint64(2));
        QVERIFY(zeros->contains(1, 0) && zeros->contains(0, 1));
    }

    void emptyImage()
    {
        const CocoRle rle = encodeCocoRle(BinaryMask{}, {0, 0});
        QCOMPARE(rle.counts, counts({0}));
        QVERIFY(decodeCocoRle(rle, Source).ok());
        QVERIFY(cocoRleCountsFromString(QByteArrayView(""), Source)->empty());
    }
};

QTEST_GUILESS_MAIN(TestMaskRle)
#include "tst_maskrle.moc"
