// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/imaging/windowlevel.h"

#include <QTest>

using namespace concord;

// Expected values are worked by hand from the formulas in DICOM PS3.3 C.11.2.1.
class TestWindowLevel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void linearMatchesStandard()
    {
        WindowLevel w{/*center*/ 2048, /*width*/ 4096, VoiFunction::Linear, false};
        // Lower bound: x <= c - 0.5 - (w-1)/2 = 2047.5 - 2047.5 = 0  -> ymin
        QCOMPARE(applyVoi(0, w), 0.0);
        // Upper bound: x > c - 0.5 + (w-1)/2 = 4095 -> ymax
        QCOMPARE(applyVoi(4096, w), 255.0);
        // Centre: ((2047.5 - 2047.5)/4095 + 0.5) * 255 = 127.5
        QCOMPARE(applyVoi(2047.5, w), 127.5);
        // x = 1000: ((1000 - 2047.5)/4095 + 0.5) * 255
        QVERIFY(qFuzzyCompare(applyVoi(1000, w), ((1000 - 2047.5) / 4095.0 + 0.5) * 255.0));
    }

    void linearWidthOneIsAThreshold()
    {
        WindowLevel w{100, 1, VoiFunction::Linear, false};
        QCOMPARE(applyVoi(99, w), 0.0);
        QCOMPARE(applyVoi(100, w), 255.0);
    }

    void linearExactMatchesStandard()
    {
        WindowLevel w{100, 50, VoiFunction::LinearExact, false};
        QCOMPARE(applyVoi(75, w), 0.0);    // x <= c - w/2
        QCOMPARE(applyVoi(126, w), 255.0); // x > c + w/2
        QCOMPARE(applyVoi(100, w), 127.5);
        QCOMPARE(applyVoi(87.5, w), 0.25 * 255.0);
    }

    void sigmoidMatchesStandard()
    {
        WindowLevel w{0, 100, VoiFunction::Sigmoid, false};
        QCOMPARE(applyVoi(0, w), 127.5);
        const double expected = 255.0 / (1.0 + std::exp(-4.0 * 50.0 / 100.0));
        QVERIFY(qFuzzyCompare(applyVoi(50, w), expected));
    }

    void lutAppliesRescaleBeforeWindow()
    {
        ImageMetadata meta;
        meta.bitsStored = 12;
        meta.rescaleSlope = 2.0;
        meta.rescaleIntercept = -1024.0;
        WindowLevel w{0, 200, VoiFunction::LinearExact, false};
        DisplayLut lut(meta, CV_16U, w);
        QCOMPARE(int(lut.lookup(512)), 128); // modality 0 -> centre -> round(127.5) = 128
        QCOMPARE(int(lut.lookup(400)), 0);   // modality -224 -> below window
        QCOMPARE(int(lut.lookup(600)), 255); // modality 176 -> above window
    }

    void monochrome1IsInvertedAfterVoi()
    {
        ImageMetadata meta;
        meta.bitsStored = 8;
        meta.photometric = Photometric::Monochrome1;
        WindowLevel w{127.5, 256, VoiFunction::LinearExact, false};
        DisplayLut lut(meta, CV_8U, w);
        QCOMPARE(int(lut.lookup(0)), 255);
        QCOMPARE(int(lut.lookup(255)), 0);
        w.invert = true; // a user invert on MONOCHROME1 shows it like MONOCHROME2
        DisplayLut inverted(meta, CV_8U, w);
        QCOMPARE(int(inverted.lookup(0)), 0);
    }

    void signedPixelsIndexCorrectly()
    {
        ImageMetadata meta;
        meta.bitsStored = 16;
        meta.isSigned = true;
        WindowLevel w{0, 2, VoiFunction::LinearExact, false};
        DisplayLut lut(meta, CV_16S, w);
        cv::Mat stored(1, 3, CV_16S);
        stored.at<qint16>(0, 0) = -1000;
        stored.at<qint16>(0, 1) = 0;
        stored.at<qint16>(0, 2) = 1000;
        const cv::Mat display = lut.apply(stored);
        QCOMPARE(int(display.at<quint8>(0, 0)), 0);
        QCOMPARE(int(display.at<quint8>(0, 1)), 128);
        QCOMPARE(int(display.at<quint8>(0, 2)), 255);
    }

    void voiLutTableReplacesTheWindow()
    {
        ImageMetadata meta;
        meta.bitsStored = 12;
        meta.rescaleIntercept = -50; // the table is indexed by modality values
        VoiLut lut;
        lut.firstMappedValue = 100;
        lut.bitsPerEntry = 10; // outputs 0..1023, scaled to 0..255
        lut.data = {0, 256, 512, 1023};
        meta.voiLuts.push_back(lut);
        WindowLevel window;
        window.voiLutIndex = 0;
        const DisplayLut display(meta, CV_16U, window);
        QCOMPARE(int(display.lookup(120)), 0);    // modality 70: before the table, first entry
        QCOMPARE(int(display.lookup(150)), 0);    // modality 100: entry 0
        QCOMPARE(int(display.lookup(151)), 64);   // entry 1: 256/1023*255 = 63.8
        QCOMPARE(int(display.lookup(152)), 128);  // entry 2: 512/1023*255 = 127.6
        QCOMPARE(int(display.lookup(153)), 255);  // entry 3
        QCOMPARE(int(display.lookup(4000)), 255); // past the end: last entry

        meta.photometric = Photometric::Monochrome1; // inverted after the VOI LUT
        QCOMPARE(int(DisplayLut(meta, CV_16U, window).lookup(151)), 255 - 64);
        window.voiLutIndex = 5; // no such table: the linear window applies
        window.center = 0;
        window.width = 10;
        window.function = VoiFunction::LinearExact;
        meta.photometric = Photometric::Monochrome2;
        QCOMPARE(int(DisplayLut(meta, CV_16U, window).lookup(100)), 255);
    }

    void percentileWindowIgnoresPadding()
    {
        ImageMetadata meta;
        meta.bitsStored = 16;
        meta.pixelPaddingValue = 0;
        cv::Mat pixels(100, 100, CV_16U, cv::Scalar(0));
        // The inner 50x50 holds values 1000..3499 in a ramp; the rest is padding.
        for (int y = 25; y < 75; ++y)
            for (int x = 25; x < 75; ++x)
                pixels.at<quint16>(y, x) = quint16(1000 + (y - 25) * 50 + (x - 25));
        const WindowLevel w = percentileWindow(pixels, meta, 0.0, 100.0);
        QCOMPARE(w.center - w.width / 2, 1000.0);
        QCOMPARE(w.center + w.width / 2, 3499.0);
    }
};

QTEST_GUILESS_MAIN(TestWindowLevel)
#include "tst_windowlevel.moc"
