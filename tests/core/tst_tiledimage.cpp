// SPDX-License-Identifier: GPL-3.0-or-later
// Big rasters read by tile (docs/viewer.md, "Big rasters"): exact pixels at full resolution,
// levels that agree with the in-memory pyramid, the file's own reduced copies used as they are,
// reading bounded by what is asked for, and damaged or hostile files refused by name.
#include "core/exchange/folderimporter.h"
#include "core/imaging/imageloader.h"
#include "core/imaging/imagepyramid.h"
#include "core/imaging/rasterloader.h"
#include "core/imaging/tiledimage.h"
#include "tests/core/tifftestfiles.h"

#include <QTemporaryDir>
#include <QTest>

#include <opencv2/imgproc.hpp>

#include <atomic>

using namespace concord;
using concord::testing::TiffWriteOptions;
using concord::testing::writeTiff;

namespace {

// Blurred noise: area averages differ from level to level, and an off-by-one in any offset
// shows.
cv::Mat testImage(cv::Size size, int type, int seed = 1)
{
    cv::Mat image(size, type);
    cv::RNG rng(seed);
    rng.fill(image, cv::RNG::UNIFORM, 0, CV_MAT_DEPTH(type) == CV_8U ? 256 : 4096);
    cv::GaussianBlur(image, image, cv::Size(9, 9), 0);
    return image;
}

double maxDifference(const cv::Mat &a, const cv::Mat &b)
{
    if (a.size() != b.size() || a.type() != b.type())
        return 1e9;
    cv::Mat difference;
    cv::absdiff(a, b, difference);
    double lo = 0, hi = 0;
    cv::minMaxLoc(difference.reshape(1), &lo, &hi);
    return hi;
}

TiledImage::OpenOptions smallResidentLevels()
{
    TiledImage::OpenOptions options;
    options.residentPixels = 300 * 1000; // only levels of 512 x 256 and less are kept whole
    return options;
}

std::shared_ptr<TiledImage> openOrFail(const QString &path, const TiledImage::OpenOptions &options)
{
    Expected<std::shared_ptr<TiledImage>> opened = TiledImage::open(path, options);
    if (!opened) {
        qWarning().noquote() << opened.error().toString();
        return nullptr;
    }
    return *opened;
}

// A 4096 x 2048 testImage() (also returned in `written`) written as a plain TIFF at `path` and
// opened with smallResidentLevels(), so its larger levels are read by block; null when either
// failed.
std::shared_ptr<TiledImage> writeAndOpenLargeTiff(const QString &path, cv::Mat *written = nullptr)
{
    const cv::Mat image = testImage(cv::Size(4096, 2048), CV_8UC1);
    if (written)
        *written = image;
    if (!writeTiff(path, image, TiffWriteOptions{}))
        return nullptr;
    return openOrFail(path, smallResidentLevels());
}

// The file offset of the first block of the first directory, to damage it.
quint64 firstBlockOffset(const QString &path)
{
    TIFF *tiff = TIFFOpen(QFile::encodeName(path).constData(), "r");
    if (!tiff)
        return 0;
    quint64 *offsets = nullptr;
    const bool tiled = TIFFIsTiled(tiff);
    TIFFGetField(tiff, tiled ? TIFFTAG_TILEOFFSETS : TIFFTAG_STRIPOFFSETS, &offsets);
    const quint64 offset = offsets ? offsets[0] : 0;
    TIFFClose(tiff);
    return offset;
}

void overwrite(const QString &path, quint64 offset, const QByteArray &bytes)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadWrite));
    QVERIFY(file.seek(qint64(offset)));
    QCOMPARE(file.write(bytes), bytes.size());
}

} // namespace

class TestTiledImage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void fullResolutionPixelsAreExact_data();
    void fullResolutionPixelsAreExact();
    void levelsAgreeWithTheInMemoryPyramid();
    void fileReducedCopiesAreUsedAsTheyAre();
    void readingIsBoundedByTheRegionAsked();
    void damagedBlockInTheOpeningPassNamesTheFile();
    void damagedBlockLaterReadsBlackAndSaysWhy();
    void truncatedAndHostileFilesAreRefusedByName();
    void openingCanBeCancelled();
    void loaderReadsPyramidsByTileAndSmallFilesWhole();
    void importTakesTheSizeFromTheHeader();
};

void TestTiledImage::fullResolutionPixelsAreExact_data()
{
    QTest::addColumn<int>("type");
    QTest::addColumn<bool>("tiled");
    QTest::addColumn<int>("rowsPerStrip");
    QTest::addColumn<int>("compression");
    QTest::addColumn<bool>("bigTiff");
    QTest::newRow("grey 8, tiles") << int(CV_8UC1) << true << 0 << int(COMPRESSION_NONE) << false;
    QTest::newRow("grey 16, deflate tiles")
        << int(CV_16UC1) << true << 0 << int(COMPRESSION_ADOBE_DEFLATE) << false;
    QTest::newRow("signed 16, strips of 16")
        << int(CV_16SC1) << false << 16 << int(COMPRESSION_NONE) << false;
    QTest::newRow("grey 8, strips of 1 row, LZW")
        << int(CV_8UC1) << false << 1 << int(COMPRESSION_LZW) << false;
    QTest::newRow("RGB 8, deflate tiles, BigTIFF")
        << int(CV_8UC3) << true << 0 << int(COMPRESSION_ADOBE_DEFLATE) << true;
}

void TestTiledImage::fullResolutionPixelsAreExact()
{
    QFETCH(int, type);
    QFETCH(bool, tiled);
    QFETCH(int, rowsPerStrip);
    QFETCH(int, compression);
    QFETCH(bool, bigTiff);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("image.tif"));
    // Sizes that are no multiple of the tile size: the edge blocks are partial.
    const cv::Mat image = testImage(cv::Size(1100, 700), type);
    TiffWriteOptions options;
    options.tiled = tiled;
    options.rowsPerStrip = rowsPerStrip;
    options.compression = quint16(compression);
    options.bigTiff = bigTiff;
    QVERIFY(writeTiff(path, image, options));

    const std::shared_ptr<TiledImage> tiledImage = openOrFail(path, smallResidentLevels());
    QVERIFY(tiledImage);
    QCOMPARE(tiledImage->width(), 1100);
    QCOMPARE(tiledImage->height(), 700);
    QCOMPARE(tiledImage->cvType(), type);
    QCOMPARE(tiledImage->levelCount(), 3); // 1100 x 700, 550 x 350, 275 x 175
    for (const cv::Rect &rect : {cv::Rect(0, 0, 1100, 700), cv::Rect(250, 250, 10, 300),
                                 cv::Rect(1000, 600, 500, 500), cv::Rect(511, 255, 2, 2)}) {
        const cv::Rect inside = rect & cv::Rect(0, 0, 1100, 700);
        QCOMPARE(maxDifference(tiledImage->region(0, rect), image(inside)), 0.0);
    }
}

void TestTiledImage::levelsAgreeWithTheInMemoryPyramid()
{
    QTemporaryDir dir;
    cv::Mat image;
    const std::shared_ptr<TiledImage> tiled =
        writeAndOpenLargeTiff(dir.filePath(QStringLiteral("image.tif")), &image);
    QVERIFY(tiled);
    const ImagePyramid inMemory(image);
    QCOMPARE(tiled->levelCount(), inMemory.levelCount());
    for (int level = 1; level < tiled->levelCount(); ++level) {
        const cv::Size size = tiled->levelSize(level);
        QCOMPARE(size, inMemory.level(level).size());
        // One averaging against successive halvings: rounding may differ by one grey level.
        QVERIFY2(maxDifference(tiled->region(level, cv::Rect(cv::Point(), size)),
                               inMemory.level(level)) <= 1.0,
                 qPrintable(QStringLiteral("level %1").arg(level)));
    }
    // The ImagePyramid wrapper hands out the same pixels.
    const ImagePyramid wrapped{std::shared_ptr<const TiledImage>(tiled)};
    QVERIFY(wrapped.isTiled());
    QVERIFY(wrapped.level(0).empty());
    QCOMPARE(wrapped.levelSize(0), cv::Size(4096, 2048));
    QCOMPARE(wrapped.levelFactor(2), 4.0);
    QCOMPARE(maxDifference(wrapped.region(0, cv::Rect(100, 200, 300, 40)),
                           image(cv::Rect(100, 200, 300, 40))),
             0.0);
    QCOMPARE(wrapped.coarsest().size(), cv::Size(512, 256));
}

void TestTiledImage::fileReducedCopiesAreUsedAsTheyAre()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("pyramid.tif"));
    const cv::Mat image = testImage(cv::Size(4096, 2048), CV_8UC1);
    // Copies that differ from an average of the full image: reading them proves they were used.
    std::vector<cv::Mat> copies;
    const ImagePyramid inMemory(image);
    for (int level = 1; level <= 3; ++level)
        copies.push_back(255 - inMemory.level(level));
    QVERIFY(writeTiff(path, image, TiffWriteOptions{}, copies));

    const std::shared_ptr<TiledImage> tiled = openOrFail(path, smallResidentLevels());
    QVERIFY(tiled);
    QCOMPARE(tiled->fileLevelCount(), 3);
    // Opening read only the coarsest copy (512 x 256: 2 x 1 tiles), never the full image.
    QCOMPARE(tiled->blocksDecoded(), qint64(2));
    for (int level = 1; level <= 3; ++level)
        QCOMPARE(maxDifference(tiled->region(level, cv::Rect(cv::Point(), tiled->levelSize(level))),
                               copies[size_t(level - 1)]),
                 0.0);
    QCOMPARE(maxDifference(tiled->region(0, cv::Rect(300, 300, 700, 700)),
                           image(cv::Rect(300, 300, 700, 700))),
             0.0);
    QVERIFY(readsByTile(path));
}

void TestTiledImage::readingIsBoundedByTheRegionAsked()
{
    QTemporaryDir dir;
    const std::shared_ptr<TiledImage> tiled =
        writeAndOpenLargeTiff(dir.filePath(QStringLiteral("image.tif")));
    QVERIFY(tiled);
    const qint64 afterOpening = tiled->blocksDecoded();
    QCOMPARE(afterOpening, qint64(16 * 8)); // the opening pass reads every block once

    // 300 x 300 pixels across a corner of four tiles: four blocks, and none again.
    tiled->region(0, cv::Rect(400, 400, 300, 300));
    QCOMPARE(tiled->blocksDecoded() - afterOpening, qint64(4));
    tiled->region(0, cv::Rect(420, 410, 200, 200));
    QCOMPARE(tiled->blocksDecoded() - afterOpening, qint64(4));
    // A 256 x 256 tile of level 2 covers 1024 x 1024 full-resolution pixels: 16 blocks.
    tiled->region(2, cv::Rect(256, 0, 256, 256));
    QCOMPARE(tiled->blocksDecoded() - afterOpening, qint64(4 + 16));
}

void TestTiledImage::damagedBlockInTheOpeningPassNamesTheFile()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("damaged.tif"));
    TiffWriteOptions options;
    options.compression = COMPRESSION_ADOBE_DEFLATE;
    QVERIFY(writeTiff(path, testImage(cv::Size(1024, 1024), CV_8UC1), options));
    overwrite(path, firstBlockOffset(path), QByteArray(64, '\xff'));

    Expected<std::shared_ptr<TiledImage>> opened = TiledImage::open(path, smallResidentLevels());
    QVERIFY(!opened);
    QCOMPARE(opened.error().path, path);
    QVERIFY2(!opened.error().message.isEmpty(), qPrintable(opened.error().toString()));
}

void TestTiledImage::damagedBlockLaterReadsBlackAndSaysWhy()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("pyramid.tif"));
    const cv::Mat image = testImage(cv::Size(2048, 1024), CV_8UC1) + 1; // no black pixel
    const ImagePyramid inMemory(image);
    TiffWriteOptions options;
    options.compression = COMPRESSION_ADOBE_DEFLATE;
    QVERIFY(writeTiff(path, image, options, {inMemory.level(1), inMemory.level(2)}));
    overwrite(path, firstBlockOffset(path), QByteArray(64, '\xff')); // full resolution, (0, 0)

    const std::shared_ptr<TiledImage> tiled = openOrFail(path, smallResidentLevels());
    QVERIFY(tiled); // the opening pass reads only the coarsest copy
    QVERIFY(tiled->lastError().isEmpty());
    const cv::Mat damaged = tiled->region(0, cv::Rect(0, 0, 300, 300));
    QCOMPARE(cv::countNonZero(damaged(cv::Rect(0, 0, 256, 256))), 0);
    QCOMPARE(cv::countNonZero(damaged(cv::Rect(256, 0, 44, 300))), 44 * 300);
    QVERIFY(tiled->lastError().contains(path));
}

void TestTiledImage::truncatedAndHostileFilesAreRefusedByName()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("cut.tif"));
    // The directory comes last in a file libtiff writes, so a cut file has none.
    QVERIFY(writeTiff(path, testImage(cv::Size(1024, 1024), CV_8UC1), TiffWriteOptions{}));
    QVERIFY(QFile::resize(path, QFileInfo(path).size() / 2));
    Expected<std::shared_ptr<TiledImage>> cut = TiledImage::open(path);
    QVERIFY(!cut);
    QCOMPARE(cut.error().path, path);

    // A hand-made header declaring 2,000,000 x 2,000,000 pixels and no data.
    const QString hostile = dir.filePath(QStringLiteral("huge.tif"));
    QByteArray bytes("II*\0\x08\0\0\0", 8);
    auto entry = [&](quint16 tag, quint16 type, quint32 value) {
        bytes.append(char(tag & 0xff)).append(char(tag >> 8));
        bytes.append(char(type)).append('\0');
        bytes.append("\x01\0\0\0", 4);
        for (int i = 0; i < 4; ++i)
            bytes.append(char((value >> (8 * i)) & 0xff));
    };
    bytes.append("\x08\0", 2);
    entry(256, 4, 2000000); // ImageWidth, LONG
    entry(257, 4, 2000000); // ImageLength
    entry(258, 3, 8);       // BitsPerSample, SHORT
    entry(259, 3, 1);       // Compression: none
    entry(262, 3, 1);       // MinIsBlack
    entry(273, 4, 200);     // StripOffsets
    entry(278, 4, 2000000); // RowsPerStrip
    entry(279, 4, 100);     // StripByteCounts
    bytes.append(4, '\0');
    QFile file(hostile);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(bytes);
    file.close();
    Expected<std::shared_ptr<TiledImage>> huge = TiledImage::open(hostile);
    QVERIFY(!huge);
    QCOMPARE(huge.error().path, hostile);
    // And the loader does not hand it to a decoder that would allocate 4 TB.
    Expected<Image> loaded = loadImage(hostile);
    QVERIFY(!loaded);
    QCOMPARE(loaded.error().path, hostile);
}

void TestTiledImage::openingCanBeCancelled()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("image.tif"));
    QVERIFY(writeTiff(path, testImage(cv::Size(2048, 2048), CV_8UC1), TiffWriteOptions{}));
    TiledImage::OpenOptions options = smallResidentLevels();
    // Four chunks of 128 rows of the 512-pixel level, over 2 or more threads.
    std::atomic<int> polls{0};
    options.cancelled = [&] { return ++polls > 2; };
    Expected<std::shared_ptr<TiledImage>> opened = TiledImage::open(path, options);
    QVERIFY(!opened);
    QCOMPARE(opened.error().path, path);
    QVERIFY(polls >= 3);
}

void TestTiledImage::loaderReadsPyramidsByTileAndSmallFilesWhole()
{
    QTemporaryDir dir;
    const QString pyramid = dir.filePath(QStringLiteral("pyramid.tif"));
    const cv::Mat image = testImage(cv::Size(1024, 1024), CV_8UC1);
    TiffWriteOptions options;
    options.minIsWhite = true;
    QVERIFY(writeTiff(pyramid, image, options, {ImagePyramid(image).level(1)}));
    Expected<Image> tiled = loadImage(pyramid);
    QVERIFY2(tiled, tiled ? "" : qPrintable(tiled.error().toString()));
    QVERIFY(tiled->isTiled());
    QVERIFY(tiled->frames.empty());
    QCOMPARE(tiled->width(), 1024);
    QCOMPARE(tiled->metadata.photometric, Photometric::Monochrome1);

    const QString small = dir.filePath(QStringLiteral("small.tif"));
    QVERIFY(writeTiff(small, image, TiffWriteOptions{}));
    QVERIFY(!readsByTile(small));
    Expected<Image> whole = loadImage(small);
    QVERIFY(whole);
    QVERIFY(!whole->isTiled());
    QCOMPARE(maxDifference(whole->frames.front(), image), 0.0);
}

void TestTiledImage::importTakesTheSizeFromTheHeader()
{
    QTemporaryDir dir;
    const QString pyramid = dir.filePath(QStringLiteral("pyramid.tif"));
    const cv::Mat image = testImage(cv::Size(1500, 900), CV_8UC1);
    QVERIFY(writeTiff(pyramid, image, TiffWriteOptions{}, {ImagePyramid(image).level(1)}));
    const ProjectFolder folder(dir.path());
    Expected<Item> item = describeImageFile(folder, pyramid, QString(), nullptr);
    QVERIFY2(item, item ? "" : qPrintable(item.error().toString()));
    QCOMPARE(item->width, 1500);
    QCOMPARE(item->height, 900);
}

QTEST_GUILESS_MAIN(TestTiledImage)
#include "tst_tiledimage.moc"
