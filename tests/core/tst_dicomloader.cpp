// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/imaging/dicomloader.h"
#include "core/imaging/dicomwriter.h"
#include "core/imaging/windowlevel.h"
#include "tests/core/dicomtestfixtures.h"

#include <QFile>
#include <QStringList>
#include <QTest>

#include <dcmtk/dcmdata/dcdeftag.h>
#include <dcmtk/dcmdata/dcfilefo.h>
#include <dcmtk/dcmdata/dcuid.h>
#include <dcmtk/dcmdata/dcvrobow.h>
#include <dcmtk/dcmdata/dcvrus.h>

#include <atomic>
#include <thread>

using namespace concord;
using namespace concord::test;
using namespace Qt::StringLiterals;

#define REQUIRE_TOOL(call)                                                                         \
    do {                                                                                           \
        const ToolResult result = (call);                                                          \
        if (result == ToolResult::Missing)                                                         \
            QSKIP("DCMTK command-line tool not installed");                                        \
        QCOMPARE(result, ToolResult::Ok);                                                          \
    } while (false)

// Pixel-exact decoding of arrays the test itself writes, through every transfer syntax and
// photometric interpretation the loader claims. Broken files are in tst_dicomloadererrors.
class TestDicomLoader : public DicomTestCase
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void storedValuesSurviveEveryWriterSyntax_data()
    {
        QTest::addColumn<DicomTransferSyntax>("syntax");
        QTest::addColumn<int>("depth");
        QTest::addColumn<int>("bitsStored");
        const std::pair<const char *, DicomTransferSyntax> syntaxes[] = {
            {"explicit-le", DicomTransferSyntax::ExplicitLittleEndian},
            {"implicit-le", DicomTransferSyntax::ImplicitLittleEndian},
            {"explicit-be", DicomTransferSyntax::ExplicitBigEndian},
            {"deflated", DicomTransferSyntax::DeflatedExplicitLittleEndian},
            {"jpeg-ls", DicomTransferSyntax::JpegLsLossless},
            {"rle", DicomTransferSyntax::RleLossless},
            {"jpeg2000", DicomTransferSyntax::Jpeg2000Lossless},
        };
        const std::tuple<const char *, int, int> formats[] = {
            {"u16", CV_16U, 16}, {"u12", CV_16U, 12}, {"s16", CV_16S, 16},
            {"s12", CV_16S, 12}, {"u8", CV_8U, 8},
        };
        for (const auto &[syntaxName, syntax] : syntaxes) {
            for (const auto &[formatName, depth, bits] : formats)
                QTest::addRow("%s/%s", syntaxName, formatName) << syntax << depth << bits;
        }
    }

    void storedValuesSurviveEveryWriterSyntax()
    {
        QFETCH(DicomTransferSyntax, syntax);
        QFETCH(int, depth);
        QFETCH(int, bitsStored);
        const Image original = makeGreyImage(37, 53, depth, bitsStored);
        const QString file = write(
            original, QString::fromLatin1(QTest::currentDataTag()).replace(u'/', u'-') + u".dcm"_s,
            syntax);
        QVERIFY(!file.isEmpty());
        const Image decoded = load(file);
        QCOMPARE(decoded.frames.size(), size_t(1));
        QCOMPARE(decoded.frames.front().type(), depth);
        QCOMPARE(maxDifference(decoded, original), 0.0);
        QCOMPARE(decoded.metadata.bitsStored, bitsStored);
        QCOMPARE(decoded.metadata.isSigned, depth == CV_16S);
    }

    void bitsAboveHighBitAreMasked()
    {
        // 12 bits stored in 16: whatever sits in the top 4 bits (overlays, garbage) must go.
        Image image = makeGreyImage(16, 16, CV_16U, 12);
        Image dirty = image;
        dirty.frames[0] = image.frames[0].clone();
        dirty.frames[0].forEach<quint16>([](quint16 &v, const int *) { v |= 0xA000; });
        const QString file = write(dirty, QStringLiteral("dirty12.dcm"));
        QCOMPARE(maxDifference(load(file), image), 0.0);
    }

    void signedTwelveBitIsSignExtended()
    {
        // A signed 12-bit value -1 stored as 0x0FFF (no sign extension in the file).
        Image image = makeGreyImage(4, 4, CV_16S, 12);
        Image packed = image;
        packed.frames[0] = image.frames[0].clone();
        packed.frames[0].forEach<qint16>([](qint16 &v, const int *) { v = qint16(v & 0x0FFF); });
        const QString file = write(packed, QStringLiteral("signed12.dcm"));
        QCOMPARE(maxDifference(load(file), image), 0.0);
    }

    void metadataRoundTrips()
    {
        Image image = makeGreyImage(20, 30, CV_16S, 16);
        ImageMetadata &meta = image.metadata;
        meta.photometric = Photometric::Monochrome1;
        meta.rescaleSlope = 0.5;
        meta.rescaleIntercept = -1024;
        meta.rescaleUnit = QStringLiteral("HU");
        meta.pixelPaddingValue = -2000;
        meta.windowPresets = {{QStringLiteral("SOFT"), 40, 400},
                              {QStringLiteral("BONE"), 300, 1500}};
        meta.voiLutFunction = QStringLiteral("SIGMOID");
        meta.voiLuts = {{QStringLiteral("CURVE"), -100, 12, {0, 100, 2000, 4095}}};
        meta.pixelSpacing = PixelSpacing{0.139, 0.143, QStringLiteral("ImagerPixelSpacing")};
        meta.patientId = QStringLiteral("PAT-7");
        meta.sopInstanceUid = QStringLiteral("1.2.3.4.5.6");
        const QString file = write(image, QStringLiteral("meta.dcm"));
        const Image decoded = load(file);
        const ImageMetadata &got = decoded.metadata;
        QCOMPARE(got.photometric, Photometric::Monochrome1);
        QCOMPARE(got.rescaleSlope, 0.5);
        QCOMPARE(got.rescaleIntercept, -1024.0);
        QCOMPARE(got.rescaleUnit, QStringLiteral("HU"));
        QCOMPARE(got.pixelPaddingValue, std::optional<double>(-2000));
        QCOMPARE(got.windowPresets.size(), size_t(2));
        QCOMPARE(got.windowPresets[1].name, QStringLiteral("BONE"));
        QCOMPARE(got.windowPresets[1].center, 300.0);
        QCOMPARE(got.windowPresets[1].width, 1500.0);
        QCOMPARE(voiFunctionOf(got), VoiFunction::Sigmoid);
        QCOMPARE(got.voiLuts.size(), size_t(1));
        QCOMPARE(got.voiLuts[0].firstMappedValue, -100);
        QCOMPARE(got.voiLuts[0].bitsPerEntry, 12);
        QCOMPARE(got.voiLuts[0].data, (std::vector<quint16>{0, 100, 2000, 4095}));
        QVERIFY(got.pixelSpacing);
        QCOMPARE(got.pixelSpacing->source, QStringLiteral("ImagerPixelSpacing"));
        QCOMPARE(got.pixelSpacing->rowMm, 0.139);
        QCOMPARE(got.pixelSpacing->columnMm, 0.143);
        QCOMPARE(got.patientId, QStringLiteral("PAT-7"));
        QCOMPARE(got.sopInstanceUid, QStringLiteral("1.2.3.4.5.6"));
        QVERIFY(!got.studyInstanceUid.isEmpty());
        QVERIFY(!got.seriesInstanceUid.isEmpty());
        QCOMPARE(got.modality, QStringLiteral("OT")); // signed pixels are not allowed in DX
        QCOMPARE(got.width, 30);
        QCOMPARE(got.height, 20);
        QCOMPARE(got.transferSyntaxUid, QStringLiteral("1.2.840.10008.1.2.1"));

        // MONOCHROME1: the lowest value is shown white after the VOI transform.
        const DisplayLut lut(got, CV_16S, fullRangeWindow(got, CV_16S));
        QCOMPARE(lut.lookup(-32768), quint8(255));
        QCOMPARE(lut.lookup(32767), quint8(0));
    }

    void writerChoosesAConformingIod_data()
    {
        QTest::addColumn<int>("type");
        QTest::addColumn<int>("frames");
        QTest::addColumn<QString>("sopClass");
        QTest::addColumn<QString>("modality");
        QTest::newRow("unsigned grey")
            << int(CV_16U) << 1 << QString::fromLatin1(UID_DigitalXRayImageStorageForPresentation)
            << u"DX"_s;
        QTest::newRow("signed grey")
            << int(CV_16S) << 1 << QString::fromLatin1(UID_SecondaryCaptureImageStorage) << u"OT"_s;
        QTest::newRow("multi-frame")
            << int(CV_16U) << 3
            << QString::fromLatin1(UID_MultiframeGrayscaleWordSecondaryCaptureImageStorage)
            << u"OT"_s;
        QTest::newRow("colour") << int(CV_8UC3) << 1
                                << QString::fromLatin1(UID_SecondaryCaptureImageStorage) << u"OT"_s;
    }

    void writerChoosesAConformingIod()
    {
        QFETCH(int, type);
        QFETCH(int, frames);
        QFETCH(QString, sopClass);
        QFETCH(QString, modality);
        const Image image =
            CV_MAT_CN(type) == 3 ? makeRgbImage(4, 4) : makeGreyImage(4, 4, type, 16, frames);
        const QString file = write(image, u"iod.dcm"_s);
        DcmFileFormat dicom;
        QVERIFY(dicom.loadFile(QFile::encodeName(file).constData()).good());
        OFString uid;
        dicom.getDataset()->findAndGetOFString(DCM_SOPClassUID, uid);
        QCOMPARE(QString::fromLatin1(uid.c_str()), sopClass);
        QCOMPARE(load(file).metadata.modality, modality);
    }

    void modalityLutRoundTrips()
    {
        Image image = makeGreyImage(8, 8, CV_16U, 10);
        image.metadata.modalityLut = VoiLut{u"LOG"_s, 0, 16, {0, 10, 400, 65535}};
        image.metadata.modalityLutType = u"OD"_s;
        const Image decoded = load(write(image, u"modalitylut.dcm"_s));
        QVERIFY(decoded.metadata.modalityLut);
        QCOMPARE(decoded.metadata.modalityLut->data, (std::vector<quint16>{0, 10, 400, 65535}));
        QCOMPARE(decoded.metadata.modalityLutType, u"OD"_s);
    }

    // Displayed values of a file with a Modality LUT of known entries, worked by hand: the
    // window applies to the LUT's output, and MONOCHROME1 inverts after it.
    void modalityLutIsAppliedBeforeTheWindow()
    {
        Image image = makeGreyImage(1, 6, CV_16U, 12);
        image.frames[0] = (cv::Mat_<quint16>(1, 6) << 0, 10, 11, 12, 13, 4095);
        image.metadata.modalityLut = VoiLut{u"STEPS"_s, 10, 16, {0, 1000, 2000, 3000}};
        image.metadata.modalityLutType = u"HU"_s;
        const Image decoded = load(write(image, u"modalitylut-display.dcm"_s));
        QCOMPARE(decoded.frames[0].at<quint16>(0, 3), quint16(12)); // stored values untouched
        const WindowLevel window{1500, 3000, VoiFunction::LinearExact, false};
        // Modality 0, 0, 1000, 2000, 3000, 3000: (x - 1500) / 3000 + 0.5 -> 0, 0, 85, 170, 255.
        const cv::Mat expected = (cv::Mat_<quint8>(1, 6) << 0, 0, 85, 170, 255, 255);
        const cv::Mat shown = DisplayLut(decoded.metadata, CV_16U, window).apply(decoded.frames[0]);
        QCOMPARE(cv::norm(shown, expected, cv::NORM_INF), 0.0);

        ImageMetadata monochrome1 = decoded.metadata;
        monochrome1.photometric = Photometric::Monochrome1;
        const cv::Mat inverted = DisplayLut(monochrome1, CV_16U, window).apply(decoded.frames[0]);
        QCOMPARE(cv::norm(inverted, cv::Mat(255 - expected), cv::NORM_INF), 0.0);
        // Full range spans the table's output, not the 12-bit stored range.
        const WindowLevel full = fullRangeWindow(decoded.metadata, CV_16U);
        QCOMPARE(full.center, 1500.0);
        QCOMPARE(full.width, 3000.0);
    }

    void packedEightBitLutIsUnpacked()
    {
        // 8-bit LUT entries may be packed two per OW word (PS3.3 C.11.2.1.1).
        Image image = makeGreyImage(8, 8, CV_8U, 8);
        image.metadata.voiLuts = {{u"PACKED"_s, 0, 8, {0x2010, 0x4030, 0x0050}}};
        const QString file = write(image, u"packedlut.dcm"_s);
        QVERIFY(editDicom(file, [](DcmDataset &dataset) {
            DcmItem *item = nullptr;
            dataset.findAndGetSequenceItem(DCM_VOILUTSequence, item, 0);
            DcmElement *descriptor = nullptr;
            item->findAndGetElement(DCM_LUTDescriptor, descriptor);
            descriptor->putUint16(5, 0); // 5 entries in 3 words
        }));
        const Image decoded = load(file);
        QCOMPARE(decoded.metadata.voiLuts.size(), size_t(1));
        QCOMPARE(decoded.metadata.voiLuts[0].data,
                 (std::vector<quint16>{0x10, 0x20, 0x30, 0x40, 0x50}));
    }

    void pixelSpacingWinsOverImagerPixelSpacing()
    {
        const QString file =
            writeEdited(QStringLiteral("spacing.dcm"), 16, [](DcmDataset &dataset) {
                dataset.putAndInsertString(DCM_ImagerPixelSpacing, "0.2\\0.2");
                dataset.putAndInsertString(DCM_PixelSpacing, "0.1\\0.15");
            });
        QVERIFY(!file.isEmpty());
        const Expected<ImageMetadata> meta = readDicomMetadata(file);
        QVERIFY(meta);
        QCOMPARE(meta->pixelSpacing->source, QStringLiteral("PixelSpacing"));
        QCOMPARE(meta->pixelSpacing->columnMm, 0.15);
    }

    void orientationComesFromTheHeader()
    {
        // Image Orientation (Patient) at the top level (CT, MR) wins over Patient Orientation.
        const QString axial = writeEdited(u"axial.dcm"_s, 12, [](DcmDataset &dataset) {
            dataset.putAndInsertString(DCM_ImageOrientationPatient, "1\\0\\0\\0\\1\\0");
            dataset.putAndInsertString(DCM_PatientOrientation, "A\\F");
        });
        QVERIFY(!axial.isEmpty());
        QCOMPARE(readDicomMetadata(axial)->directions, (ImageDirections{u"L"_s, u"P"_s}));

        // Enhanced multi-frame files keep it in the shared functional groups.
        const QString enhanced = writeEdited(u"enhanced.dcm"_s, 12, [](DcmDataset &dataset) {
            DcmItem *shared = nullptr;
            dataset.findOrCreateSequenceItem(DCM_SharedFunctionalGroupsSequence, shared, 0);
            DcmItem *plane = nullptr;
            shared->findOrCreateSequenceItem(DCM_PlaneOrientationSequence, plane, 0);
            plane->putAndInsertString(DCM_ImageOrientationPatient, "0\\1\\0\\0\\0\\-1");
        });
        QVERIFY(!enhanced.isEmpty());
        QCOMPARE(readDicomMetadata(enhanced)->directions, (ImageDirections{u"P"_s, u"F"_s}));

        // Radiographs carry Patient Orientation.
        const QString chest = writeEdited(u"chest.dcm"_s, 12, [](DcmDataset &dataset) {
            dataset.putAndInsertString(DCM_PatientOrientation, "L\\F");
        });
        QVERIFY(!chest.isEmpty());
        QCOMPARE(readDicomMetadata(chest)->directions, (ImageDirections{u"L"_s, u"F"_s}));
    }

    void malformedOrientationLeavesMarkersOffButLoads()
    {
        // Orientation is only drawn, so a broken value must not cost the reader the image.
        const QString file = writeEdited(u"badorientation.dcm"_s, 12, [](DcmDataset &dataset) {
            dataset.putAndInsertString(DCM_ImageOrientationPatient, "1\\zero\\0\\0\\1\\0");
            dataset.putAndInsertString(DCM_PatientOrientation, "LEFT\\F");
        });
        QVERIFY(!file.isEmpty());
        const Expected<ImageMetadata> meta = readDicomMetadata(file);
        QVERIFY(meta);
        QVERIFY(!meta->directions.isKnown());
        QCOMPARE(load(file).width(), 8);
    }

    void patientDetailsAreReadForTheOverlay()
    {
        const QString file = writeEdited(u"patient.dcm"_s, 12, [](DcmDataset &dataset) {
            dataset.putAndInsertString(DCM_PatientName, "Doe^Jane");
            dataset.putAndInsertString(DCM_StudyDate, "20260314");
        });
        QVERIFY(!file.isEmpty());
        const Expected<ImageMetadata> meta = readDicomMetadata(file);
        QCOMPARE(meta->patientName, u"Doe^Jane"_s);
        QCOMPARE(meta->studyDate, u"20260314"_s);
    }

    void headerOnlyReadGivesGeometry()
    {
        const QString file = write(makeGreyImage(11, 13, CV_16U, 14, 3), QStringLiteral("hdr.dcm"));
        const Expected<ImageMetadata> meta = readDicomMetadata(file);
        QVERIFY(meta);
        QCOMPARE(meta->width, 13);
        QCOMPARE(meta->height, 11);
        QCOMPARE(meta->frameCount, 3);
        QCOMPARE(meta->bitsStored, 14);
        QCOMPARE(meta->bitsAllocated, 16);
    }

    void multiFrame_data()
    {
        QTest::addColumn<DicomTransferSyntax>("syntax");
        QTest::newRow("native") << DicomTransferSyntax::ExplicitLittleEndian;
        QTest::newRow("rle") << DicomTransferSyntax::RleLossless;
        QTest::newRow("jpeg-ls") << DicomTransferSyntax::JpegLsLossless;
        QTest::newRow("jpeg2000") << DicomTransferSyntax::Jpeg2000Lossless;
    }

    void multiFrame()
    {
        QFETCH(DicomTransferSyntax, syntax);
        const Image original = makeGreyImage(24, 17, CV_16U, 16, 4);
        const QString file =
            write(original, u"multi-"_s + QString::fromLatin1(QTest::currentDataTag()) + u".dcm"_s,
                  syntax);
        const Image decoded = load(file);
        QCOMPARE(decoded.frames.size(), size_t(4));
        QCOMPARE(decoded.metadata.frameCount, 4);
        QCOMPARE(maxDifference(decoded, original), 0.0);
    }

    void memoryLoadMatchesFileLoad()
    {
        const Image original = makeGreyImage(9, 9, CV_16U, 16);
        const QString file = write(original, QStringLiteral("memory.dcm"));
        QFile f(file);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const Expected<Image> decoded = loadDicomFromMemory(f.readAll(), QStringLiteral("memory"));
        QVERIFY(decoded);
        QCOMPARE(maxDifference(*decoded, original), 0.0);
    }

    void rgbInterleavedAndPlanar()
    {
        const Image original = makeRgbImage(10, 14);
        const QString file = write(original, QStringLiteral("rgb.dcm"));
        QCOMPARE(maxDifference(load(file), original), 0.0);

        // Colour-by-plane (PS3.3 C.7.6.3.1.3): rewrite the same pixels as R plane, G, B.
        const QString planar = write(original, QStringLiteral("rgb-planar.dcm"));
        QVERIFY(editDicom(planar, [&](DcmDataset &dataset) {
            std::vector<cv::Mat> planes;
            cv::split(original.frames[0], planes);
            std::vector<Uint8> bytes;
            for (const cv::Mat &plane : planes)
                bytes.insert(bytes.end(), plane.datastart, plane.dataend);
            dataset.putAndInsertUint8Array(DCM_PixelData, bytes.data(), Uint32(bytes.size()));
            dataset.putAndInsertUint16(DCM_PlanarConfiguration, 1);
        }));
        QCOMPARE(maxDifference(load(planar), original), 0.0);
    }

    void jpeg2000ColourIsLosslessRgb()
    {
        // Lossless JPEG 2000 colour uses the reversible colour transform: YBR_RCT in the header,
        // exact RGB after decoding.
        const Image original = makeRgbImage(19, 23);
        const QString file =
            write(original, u"rgb-j2k.dcm"_s, DicomTransferSyntax::Jpeg2000Lossless);
        const Image decoded = load(file);
        QCOMPARE(decoded.metadata.photometric, Photometric::YbrRct);
        QCOMPARE(maxDifference(decoded, original), 0.0);
    }

    void ybrFullIsConvertedToRgb_data()
    {
        QTest::addColumn<bool>("subsampled");
        QTest::newRow("YBR_FULL") << false;
        QTest::newRow("YBR_FULL_422") << true;
    }

    void ybrFullIsConvertedToRgb()
    {
        QFETCH(bool, subsampled);
        const Image original = makeRgbImage(6, 10, /*pairedChroma*/ true);
        const QString file = write(original, QStringLiteral("ybr-%1.dcm").arg(subsampled));
        // Forward transform of PS3.3 C.7.6.3.1.2.
        std::vector<Uint8> bytes;
        const cv::Mat &rgb = original.frames[0];
        for (int y = 0; y < rgb.rows; ++y) {
            for (int x = 0; x < rgb.cols; ++x) {
                const cv::Vec3b p = rgb.at<cv::Vec3b>(y, x);
                const double r = p[0], g = p[1], b = p[2];
                const auto yy = Uint8(std::lround(0.299 * r + 0.587 * g + 0.114 * b));
                const auto cb = Uint8(std::lround(-0.168736 * r - 0.331264 * g + 0.5 * b + 128));
                const auto cr = Uint8(std::lround(0.5 * r - 0.418688 * g - 0.081312 * b + 128));
                if (!subsampled) {
                    bytes.insert(bytes.end(), {yy, cb, cr});
                } else if (x % 2 == 0) {
                    bytes.insert(bytes.end(), {yy, 0, cb, cr});
                } else {
                    bytes[bytes.size() - 3] = yy; // Y2 of the pair
                }
            }
        }
        QVERIFY(editDicom(file, [&](DcmDataset &dataset) {
            dataset.putAndInsertUint8Array(DCM_PixelData, bytes.data(), Uint32(bytes.size()));
            dataset.putAndInsertString(DCM_PhotometricInterpretation,
                                       subsampled ? "YBR_FULL_422" : "YBR_FULL");
        }));
        const Image decoded = load(file);
        QCOMPARE(decoded.metadata.photometric,
                 subsampled ? Photometric::YbrFull422 : Photometric::YbrFull);
        QCOMPARE(decoded.frames[0].type(), CV_8UC3);
        QVERIFY2(maxDifference(decoded, original) <= 2.0, "YBR round trip beyond rounding");
    }

    void paletteColourIsExpanded()
    {
        Image indices = makeGreyImage(8, 12, CV_8U, 8);
        const QString file = write(indices, QStringLiteral("palette.dcm"));
        // 16-bit entries over indices 10..209; indices outside take the end entries.
        std::vector<Uint16> red(200), green(200), blue(200);
        for (int i = 0; i < 200; ++i) {
            red[size_t(i)] = Uint16(i * 256);
            green[size_t(i)] = Uint16((199 - i) * 256);
            blue[size_t(i)] = Uint16((i % 7) * 9000);
        }
        QVERIFY(editDicom(file, [&](DcmDataset &dataset) {
            dataset.putAndInsertString(DCM_PhotometricInterpretation, "PALETTE COLOR");
            const std::pair<DcmTagKey, DcmTagKey> luts[] = {
                {DCM_RedPaletteColorLookupTableDescriptor, DCM_RedPaletteColorLookupTableData},
                {DCM_GreenPaletteColorLookupTableDescriptor, DCM_GreenPaletteColorLookupTableData},
                {DCM_BluePaletteColorLookupTableDescriptor, DCM_BluePaletteColorLookupTableData}};
            const std::vector<Uint16> *data[] = {&red, &green, &blue};
            for (int c = 0; c < 3; ++c) {
                auto *descriptor = new DcmUnsignedShort(DcmTag(luts[c].first, EVR_US));
                descriptor->putUint16(200, 0);
                descriptor->putUint16(10, 1);
                descriptor->putUint16(16, 2);
                dataset.insert(descriptor, true);
                auto *table = new DcmOtherByteOtherWord(DcmTag(luts[c].second, EVR_OW));
                table->putUint16Array(data[c]->data(), 200);
                dataset.insert(table, true);
            }
        }));
        const Image decoded = load(file);
        QCOMPARE(decoded.metadata.photometric, Photometric::PaletteColor);
        QCOMPARE(decoded.frames[0].type(), CV_8UC3);
        const cv::Mat &in = indices.frames[0];
        for (int y = 0; y < in.rows; ++y) {
            for (int x = 0; x < in.cols; ++x) {
                const size_t i = size_t(std::clamp(int(in.at<quint8>(y, x)) - 10, 0, 199));
                const cv::Vec3b expected(quint8(red[i] >> 8), quint8(green[i] >> 8),
                                         quint8(blue[i] >> 8));
                QCOMPARE(decoded.frames[0].at<cv::Vec3b>(y, x), expected);
            }
        }
    }

    // Other transfer syntaxes, produced by DCMTK's own command-line tools.
    void dcmtkToolSyntaxes_data()
    {
        QTest::addColumn<QString>("tool");
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<int>("bitsStored");
        QTest::addColumn<QString>("transferSyntax");
        QTest::newRow("dcmconv implicit")
            << u"dcmconv"_s << QStringList{u"+ti"_s} << 16 << u"1.2.840.10008.1.2"_s;
        QTest::newRow("dcmconv big endian")
            << u"dcmconv"_s << QStringList{u"+tb"_s} << 16 << u"1.2.840.10008.1.2.2"_s;
        QTest::newRow("dcmconv deflated")
            << u"dcmconv"_s << QStringList{u"+td"_s} << 16 << u"1.2.840.10008.1.2.1.99"_s;
        QTest::newRow("dcmcjpeg lossless sv1")
            << u"dcmcjpeg"_s << QStringList{u"+e1"_s} << 16 << u"1.2.840.10008.1.2.4.70"_s;
        QTest::newRow("dcmcjpeg lossless")
            << u"dcmcjpeg"_s << QStringList{u"+el"_s} << 12 << u"1.2.840.10008.1.2.4.57"_s;
        QTest::newRow("dcmcjpls lossless")
            << u"dcmcjpls"_s << QStringList{u"+el"_s} << 16 << u"1.2.840.10008.1.2.4.80"_s;
        QTest::newRow("dcmcrle") << u"dcmcrle"_s << QStringList{} << 16 << u"1.2.840.10008.1.2.5"_s;
    }

    void dcmtkToolSyntaxes()
    {
        QFETCH(QString, tool);
        QFETCH(QStringList, arguments);
        QFETCH(int, bitsStored);
        QFETCH(QString, transferSyntax);
        const Image original = makeGreyImage(31, 29, CV_16U, bitsStored);
        const QString tag = QString::fromLatin1(QTest::currentDataTag())
                                .replace(QLatin1Char(' '), QLatin1Char('-'));
        const QString source = write(original, tag + QStringLiteral("-in.dcm"));
        const QString target = path(tag + QStringLiteral("-out.dcm"));
        REQUIRE_TOOL(runTool(tool, arguments + QStringList{source, target}));
        const Image decoded = load(target);
        QCOMPARE(decoded.metadata.transferSyntaxUid, transferSyntax);
        QCOMPARE(maxDifference(decoded, original), 0.0);
    }

    void lossyJpegIsClose_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<int>("depth");
        QTest::addColumn<int>("bitsStored");
        QTest::newRow("baseline 8-bit") << QStringList{u"+eb"_s} << int(CV_8U) << 8;
        QTest::newRow("extended 12-bit") << QStringList{u"+ee"_s} << int(CV_16U) << 12;
    }

    void lossyJpegIsClose()
    {
        QFETCH(QStringList, arguments);
        QFETCH(int, depth);
        QFETCH(int, bitsStored);
        // A smooth ramp: lossy JPEG keeps it within a few grey levels.
        Image original = makeGreyImage(64, 64, depth, bitsStored);
        original.frames[0].forEach<quint8>([](quint8 &, const int *) {});
        cv::Mat ramp(64, 64, CV_32F);
        ramp.forEach<float>([&](float &v, const int *p) {
            v = float((p[0] + p[1]) * ((1 << bitsStored) - 1) / 126.0);
        });
        ramp.convertTo(original.frames[0], depth);
        const QString tag = QString::fromLatin1(QTest::currentDataTag())
                                .replace(QLatin1Char(' '), QLatin1Char('-'));
        const QString source = write(original, tag + QStringLiteral("-in.dcm"));
        const QString target = path(tag + QStringLiteral("-out.dcm"));
        REQUIRE_TOOL(runTool(QStringLiteral("dcmcjpeg"), arguments + QStringList{source, target}));
        const Image decoded = load(target);
        QVERIFY(!decoded.isEmpty());
        const double tolerance = 0.02 * ((1 << bitsStored) - 1);
        QVERIFY2(maxDifference(decoded, original) <= tolerance,
                 qPrintable(QString::number(maxDifference(decoded, original))));
    }

    void jpegBaselineColourComesBackAsRgb()
    {
        // dcmcjpeg stores RGB baseline as YBR_FULL_422; the decoder must hand back RGB.
        Image original = makeRgbImage(32, 32);
        original.frames[0].forEach<cv::Vec3b>([](cv::Vec3b &p, const int *yx) {
            p = cv::Vec3b(quint8(40 + yx[1] * 5), quint8(40 + yx[0] * 5), 128); // smooth ramps
        });
        const QString source = write(original, QStringLiteral("rgb-jpeg-in.dcm"));
        const QString target = path(QStringLiteral("rgb-jpeg-out.dcm"));
        REQUIRE_TOOL(runTool(QStringLiteral("dcmcjpeg"), {QStringLiteral("+eb"), source, target}));
        const Image decoded = load(target);
        QCOMPARE(decoded.metadata.photometric, Photometric::YbrFull422);
        QCOMPARE(decoded.frames[0].type(), CV_8UC3);
        const double meanError = cv::norm(decoded.frames[0], original.frames[0], cv::NORM_L1) /
                                 double(original.frames[0].total() * 3);
        QVERIFY2(meanError < 2.0, qPrintable(QString::number(meanError)));
    }

    void parallelLoadsAgree()
    {
        // Codec registration and decoding must be safe from several threads at once.
        const Image original = makeGreyImage(64, 48, CV_16U, 16);
        const QString files[] = {
            write(original, u"par-rle.dcm"_s, DicomTransferSyntax::RleLossless),
            write(original, u"par-jls.dcm"_s, DicomTransferSyntax::JpegLsLossless),
            write(original, u"par-j2k.dcm"_s, DicomTransferSyntax::Jpeg2000Lossless)};
        std::atomic<int> mismatches = 0;
        std::vector<std::thread> threads;
        for (int t = 0; t < 4; ++t) {
            threads.emplace_back([&, t] {
                for (int i = 0; i < 6; ++i) {
                    const Expected<Image> image = loadDicom(files[(t + i) % 3]);
                    if (!image || maxDifference(*image, original) != 0.0)
                        ++mismatches;
                }
            });
        }
        for (std::thread &thread : threads)
            thread.join();
        QCOMPARE(mismatches.load(), 0);
    }
};

QTEST_GUILESS_MAIN(TestDicomLoader)
#include "tst_dicomloader.moc"
