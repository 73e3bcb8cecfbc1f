// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/imaging/imageloader.h"
#include "core/imaging/imagepyramid.h"
#include "core/imaging/rasterloader.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>

using namespace concord;

// Every raster format keeps its stored values and depth; colour comes back in RGB order; bad
// files give an error naming them.
class TestRasterLoader : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QString write(const QString &name, const cv::Mat &pixels)
    {
        const QString path = m_dir.filePath(name);
        if (!cv::imwrite(path.toStdString(), pixels))
            qFatal("cannot write %s", qPrintable(path));
        return path;
    }

private Q_SLOTS:
    void losslessFormatsKeepStoredValues_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<int>("type");
        QTest::newRow("png 8-bit grey") << "a.png" << CV_8UC1;
        QTest::newRow("png 16-bit grey") << "b.png" << CV_16UC1;
        QTest::newRow("tiff 8-bit grey") << "c.tif" << CV_8UC1;
        QTest::newRow("tiff 16-bit grey") << "d.tiff" << CV_16UC1;
        QTest::newRow("bmp grey") << "e.bmp" << CV_8UC1;
        QTest::newRow("png colour") << "f.png" << CV_8UC3;
    }
    void losslessFormatsKeepStoredValues()
    {
        QFETCH(QString, name);
        QFETCH(int, type);
        cv::Mat pixels(37, 53, type);
        cv::randu(pixels, 0, CV_MAT_DEPTH(type) == CV_16U ? 65536 : 256);
        const QString path = write(name, pixels);
        Expected<Image> image = loadImage(path);
        QVERIFY2(image, image ? "" : qPrintable(image.error().toString()));
        const cv::Mat &frame = image->frames.front();
        QCOMPARE(frame.type(), type);
        cv::Mat expected = pixels;
        if (pixels.channels() == 3)
            cv::cvtColor(pixels, expected, cv::COLOR_BGR2RGB); // written as BGR by OpenCV
        QCOMPARE(cv::norm(frame, expected, cv::NORM_INF), 0.0);
        QCOMPARE(image->metadata.bitsStored, CV_MAT_DEPTH(type) == CV_16U ? 16 : 8);
        QCOMPARE(image->metadata.photometric,
                 pixels.channels() == 3 ? Photometric::Rgb : Photometric::Monochrome2);
    }

    void jpegDecodes()
    {
        cv::Mat pixels(40, 60, CV_8UC1, cv::Scalar(128));
        Expected<Image> image = loadImage(write(QStringLiteral("g.jpg"), pixels));
        QVERIFY(image);
        QCOMPARE(image->width(), 60);
        QCOMPARE(image->height(), 40);
        QVERIFY(std::abs(int(image->frames.front().at<quint8>(20, 30)) - 128) <= 2);
    }

    void badFilesNameThemselves()
    {
        const QString truncated = m_dir.filePath(QStringLiteral("truncated.png"));
        QFile::copy(write(QStringLiteral("whole.png"), cv::Mat(64, 64, CV_8U, cv::Scalar(3))),
                    truncated);
        QFile file(truncated);
        QVERIFY(file.open(QIODevice::ReadWrite));
        file.resize(40);
        file.close();
        for (const QString &path : {truncated, m_dir.filePath(QStringLiteral("missing.png"))}) {
            Expected<Image> image = loadRaster(path);
            QVERIFY(!image);
            QCOMPARE(image.error().path, path);
            QVERIFY(!image.error().message.isEmpty());
        }
        const QString empty = m_dir.filePath(QStringLiteral("empty.bmp"));
        QFile(empty).open(QIODevice::WriteOnly);
        QVERIFY(loadRaster(empty).error().message.contains(QStringLiteral("empty")));
    }

    void pyramidHalvesToASmallLevel()
    {
        const ImagePyramid pyramid(cv::Mat(3000, 2000, CV_16U, cv::Scalar(7)));
        QCOMPARE(pyramid.level(0).cols, 2000);
        QCOMPARE(pyramid.level(1).cols, 1000);
        QVERIFY(std::max(pyramid.level(pyramid.levelCount() - 1).cols,
                         pyramid.level(pyramid.levelCount() - 1).rows) <= 512);
        QCOMPARE(pyramid.level(2).depth(), CV_16U); // stored values kept, window applied later
        QCOMPARE(int(pyramid.level(2).at<quint16>(10, 10)), 7);
        QCOMPARE(pyramid.levelForScale(1.0), 0);
        QCOMPARE(pyramid.levelForScale(0.5), 1);
        QCOMPARE(pyramid.levelForScale(0.3), 1);
        QCOMPARE(pyramid.levelForScale(0.001), pyramid.levelCount() - 1);
    }
};

QTEST_GUILESS_MAIN(TestRasterLoader)
#include "tst_rasterloader.moc"
