// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/imaging/windowpresets.h"

#include <QTest>

using namespace concord;
using namespace Qt::StringLiterals;

// The window menu of an image: header windows (with the header's VOI LUT Function), header VOI
// LUT tables, the project's saved presets, full range and automatic, in that order; and the
// window an image opens with.
class TestWindowPresets : public QObject
{
    Q_OBJECT

private:
    static ImageMetadata radiograph()
    {
        ImageMetadata meta;
        meta.bitsStored = 12;
        meta.rescaleIntercept = -1000;
        meta.windowPresets = {{u"CHEST"_s, 500, 3000}, {QString(), 100, 200}};
        meta.voiLutFunction = u"SIGMOID"_s;
        meta.voiLuts = {VoiLut{u"SOFT"_s, -500, 12, std::vector<quint16>(1000, 7)}};
        return meta;
    }

    // 1000 pixels holding 0..999, so percentiles are known exactly.
    static cv::Mat ramp()
    {
        cv::Mat pixels(1, 1000, CV_16U);
        for (int x = 0; x < pixels.cols; ++x)
            pixels.at<quint16>(0, x) = quint16(x);
        return pixels;
    }

private Q_SLOTS:
    void menuListsEveryKindInOrder()
    {
        const std::vector<NamedWindow> choices =
            windowChoices(radiograph(), ramp(), {WindowPreset{u"Team lung"_s, -600, 1500}});
        QStringList names;
        for (const NamedWindow &choice : choices)
            names << choice.name;
        QCOMPARE(names, (QStringList{u"CHEST"_s, u"Header window 2"_s, u"SOFT"_s, u"Team lung"_s,
                                     u"Full range"_s, u"Automatic"_s}));

        QCOMPARE(choices[0].window, (WindowLevel{500, 3000, VoiFunction::Sigmoid, false}));
        QCOMPARE(choices[2].window.voiLutIndex, 0); // the table, not a linear window
        QCOMPARE(choices[2].window.center, 0.0);    // its input span: -500 .. 499
        QCOMPARE(choices[2].window.width, 1000.0);
        QCOMPARE(choices[3].window, (WindowLevel{-600, 1500, VoiFunction::Linear, false}));
        // Full range of 12 bits after the intercept: -1000 .. 3095.
        QCOMPARE(choices[4].window.center, 1047.5);
        QCOMPARE(choices[4].window.width, 4095.0);
        // Automatic: the 0.5th and 99.5th percentiles of 0..999 are 5 and 995, minus 1000.
        QCOMPARE(choices[5].window.center, -500.0);
        QCOMPARE(choices[5].window.width, 990.0);
    }

    void imageOpensWithTheFirstHeaderWindowElseAutomatic()
    {
        QCOMPARE(initialWindow(radiograph(), ramp()),
                 (WindowLevel{500, 3000, VoiFunction::Sigmoid, false}));
        ImageMetadata noWindows = radiograph();
        noWindows.windowPresets.clear();
        const WindowLevel automatic = initialWindow(noWindows, ramp());
        QCOMPARE(automatic.center, -500.0);
        QCOMPARE(automatic.width, 990.0);
        ImageMetadata eightBit; // ordinary 8-bit images open as stored
        QCOMPARE(initialWindow(eightBit, cv::Mat(4, 4, CV_8U, cv::Scalar(9))).width, 255.0);
    }
};

QTEST_GUILESS_MAIN(TestWindowPresets)
#include "tst_windowpresets.moc"
