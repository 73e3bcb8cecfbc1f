// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/imaging/modalitytransform.h"
#include "core/imaging/pixelreadout.h"
#include "core/imaging/windowlevel.h"

#include <QTest>

using namespace concord;
using namespace Qt::StringLiterals;

// The Modality LUT stage (PS3.3 C.11.1) and the pixel readout built on it; expected values are
// worked by hand from the tables below.
class TestModalityTransform : public QObject
{
    Q_OBJECT

private:
    static ImageMetadata withModalityLut()
    {
        ImageMetadata meta;
        meta.bitsStored = 12;
        meta.rescaleSlope = 2.0; // ignored: the Modality LUT replaces the rescale
        meta.rescaleIntercept = 100.0;
        meta.modalityLut = VoiLut{u"STEPS"_s, 10, 16, {700, 1000, 400, 3000}};
        meta.modalityLutType = u"OD"_s;
        return meta;
    }

private Q_SLOTS:
    void rescaleAppliesWithoutATable()
    {
        ImageMetadata meta;
        meta.rescaleSlope = 0.5;
        meta.rescaleIntercept = -1024;
        meta.rescaleUnit = u"HU"_s;
        QCOMPARE(modalityValue(2048, meta), 0.0);
        QVERIFY(hasModalityTransform(meta));
        QCOMPARE(modalityValueType(meta), u"HU"_s);
        QCOMPARE(modalityRange(meta, 0, 4095), std::make_pair(-1024.0, -1024.0 + 2047.5));
        QVERIFY(!hasModalityTransform(ImageMetadata{}));
    }

    void tableReplacesRescaleAndClampsAtItsEnds()
    {
        const ImageMetadata meta = withModalityLut();
        QCOMPARE(modalityValue(0, meta), 700.0); // before the first mapped value: first entry
        QCOMPARE(modalityValue(10, meta), 700.0);
        QCOMPARE(modalityValue(11, meta), 1000.0);
        QCOMPARE(modalityValue(12, meta), 400.0);
        QCOMPARE(modalityValue(13, meta), 3000.0);
        QCOMPARE(modalityValue(4095, meta), 3000.0); // past the end: last entry
        QVERIFY(hasModalityTransform(meta));
        QCOMPARE(modalityValueType(meta), u"OD"_s);
    }

    void rangeScansANonMonotonicTable()
    {
        const ImageMetadata meta = withModalityLut();
        QCOMPARE(modalityRange(meta, 0, 4095), std::make_pair(400.0, 3000.0));
        QCOMPARE(modalityRange(meta, 10, 11), std::make_pair(700.0, 1000.0));
        QCOMPARE(modalityRange(meta, 11, 12), std::make_pair(400.0, 1000.0));
    }

    void unspecifiedTypeIsNoUnit()
    {
        ImageMetadata meta = withModalityLut();
        meta.modalityLutType = u"US"_s;
        QCOMPARE(modalityValueType(meta), QString());
    }

    // The CT Image module requires Rescale Type only when the values are not HU (PS3.3
    // C.8.2.1), so most CT files leave it out; the readout showed "97 (stored 1121)" for them.
    void ctRescaleWithoutATypeIsInHounsfieldUnits()
    {
        ImageMetadata ct;
        ct.modality = u"CT"_s;
        ct.rescaleIntercept = -1024;
        QCOMPARE(modalityValueType(ct), u"HU"_s);
        const cv::Mat frame = (cv::Mat_<quint16>(1, 1) << 1121);
        QCOMPARE(pixelReadout(frame, ct, 0, 0), u"97 HU (stored 1121)"_s);

        // Signed CT stored as HU already (slope 1, intercept 0): one value, still with its unit.
        ImageMetadata signedCt;
        signedCt.modality = u"CT"_s;
        const cv::Mat signedFrame = (cv::Mat_<qint16>(1, 1) << -850);
        QCOMPARE(pixelReadout(signedFrame, signedCt, 0, 0), u"-850 HU"_s);

        // A type the file names wins; other modalities get no unit they did not name.
        ct.rescaleUnit = u"US"_s;
        QCOMPARE(modalityValueType(ct), QString());
        ImageMetadata radiograph;
        radiograph.modality = u"DX"_s;
        radiograph.rescaleIntercept = -1024;
        QCOMPARE(modalityValueType(radiograph), QString());
        // A CT Modality LUT without a type is not assumed to be HU.
        ImageMetadata ctWithLut = withModalityLut();
        ctWithLut.modality = u"CT"_s;
        ctWithLut.modalityLutType.clear();
        QCOMPARE(modalityValueType(ctWithLut), QString());
    }

    void displayLutWindowsTheTableOutput()
    {
        const ImageMetadata meta = withModalityLut();
        const DisplayLut lut(meta, CV_16U, {1500, 3000, VoiFunction::LinearExact, false});
        // LINEAR_EXACT 1500/3000: ((x - 1500) / 3000 + 0.5) * 255 = x * 0.085 on the table output.
        QCOMPARE(int(lut.lookup(11)), 85);    // 1000
        QCOMPARE(int(lut.lookup(12)), 34);    // 400
        QCOMPARE(int(lut.lookup(13)), 255);   // 3000
        QCOMPARE(int(lut.lookup(4000)), 255); // past the table: its last entry, 3000
    }

    void readoutShowsModalityValueWithTypeAndStoredValue()
    {
        const ImageMetadata meta = withModalityLut();
        const cv::Mat frame = (cv::Mat_<quint16>(1, 3) << 11, 12, 13);
        QCOMPARE(pixelReadout(frame, meta, 0, 0), u"1000 OD (stored 11)"_s);
        QCOMPARE(pixelReadout(frame, meta, 2, 0), u"3000 OD (stored 13)"_s);
        QCOMPARE(pixelReadout(frame, meta, 3, 0), QString()); // outside the frame

        ImageMetadata rescaled;
        rescaled.rescaleSlope = 0.5;
        rescaled.rescaleIntercept = -1024;
        rescaled.rescaleUnit = u"HU"_s;
        QCOMPARE(pixelReadout(frame, rescaled, 1, 0), u"-1018 HU (stored 12)"_s);
        QCOMPARE(pixelReadout(frame, ImageMetadata{}, 1, 0), u"12"_s);
    }

    void readoutGivesEveryColourSample()
    {
        cv::Mat frame(1, 1, CV_16UC3, cv::Scalar(1000, 20, 65535));
        QCOMPARE(pixelReadout(frame, ImageMetadata{}, 0, 0), u"1000, 20, 65535"_s);
    }
};

QTEST_GUILESS_MAIN(TestModalityTransform)
#include "tst_modalitytransform.moc"
