// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/imaging/arearesample.h"

#include <QTest>

#include <opencv2/imgproc.hpp>

using namespace concord;

// resampleArea averages exactly the source area under each output pixel; expected values are
// worked by hand or come from OpenCV's INTER_AREA where the grids coincide.
class TestAreaResample : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void halvingAveragesTwoByTwoBlocks()
    {
        cv::Mat source = (cv::Mat_<quint16>(2, 4) << 0, 4000, 10, 30, //
                          4000, 0, 50, 70);
        const cv::Mat out = resampleArea(source, {0, 0}, 2.0, {2, 1});
        QCOMPARE(out.type(), CV_16UC1);
        QCOMPARE(int(out.at<quint16>(0, 0)), 2000);
        QCOMPARE(int(out.at<quint16>(0, 1)), 40);
    }

    void fractionalOriginWeighsPartialPixels()
    {
        // One row 0, 100, 200, 300; the square [0.5, 2.5) covers half of 0, all of 100 and half
        // of 200: (0 * 0.5 + 100 + 200 * 0.5) / 2 = 100.
        cv::Mat source = (cv::Mat_<quint8>(1, 4) << 0, 100, 200, 255);
        const cv::Mat out = resampleArea(source, {0.5, 0}, 2.0, {1, 1});
        QCOMPARE(int(out.at<quint8>(0, 0)), 100);
        // [1.25, 2.75): 100 * 0.75 + 200 * 0.75 over 1.5 = 150.
        QCOMPARE(int(resampleArea(source, {1.25, 0}, 1.5, {1, 1}).at<quint8>(0, 0)), 150);
    }

    void matchesOpenCvAreaResizeOnAlignedGrids()
    {
        cv::Mat source(300, 300, CV_16U);
        cv::randu(source, 0, 4096);
        cv::Mat expected;
        cv::resize(source, expected, {200, 200}, 0, 0, cv::INTER_AREA); // step 1.5
        const cv::Mat out = resampleArea(source, {0, 0}, 1.5, {200, 200});
        cv::Mat difference;
        cv::absdiff(out, expected, difference);
        double worst = 0;
        cv::minMaxLoc(difference, nullptr, &worst);
        QVERIFY2(worst <= 1, qPrintable(QString::number(worst))); // rounding only
    }

    void borderPixelsAverageOnlyWhatExists()
    {
        cv::Mat source(2, 2, CV_16S, cv::Scalar(-500));
        // The square [-1, 1) x [-1, 1) holds one real pixel; the next one lies wholly outside.
        const cv::Mat out = resampleArea(source, {-1, -1}, 2.0, {3, 1});
        QCOMPARE(int(out.at<qint16>(0, 0)), -500);
        QCOMPARE(int(out.at<qint16>(0, 1)), -500);
        QCOMPARE(int(out.at<qint16>(0, 2)), 0);
    }

    void keepsColourChannelsApart()
    {
        cv::Mat source(2, 2, CV_8UC3, cv::Scalar(10, 20, 30));
        source.at<cv::Vec3b>(0, 0) = {50, 20, 30};
        const cv::Vec3b out = resampleArea(source, {0, 0}, 2.0, {1, 1}).at<cv::Vec3b>(0, 0);
        QCOMPARE(int(out[0]), 20); // (50 + 3 * 10) / 4
        QCOMPARE(int(out[1]), 20);
        QCOMPARE(int(out[2]), 30);
    }
};

QTEST_GUILESS_MAIN(TestAreaResample)
#include "tst_arearesample.moc"
