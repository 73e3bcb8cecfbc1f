// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/imaging/dicomloader.h"
#include "core/imaging/dicomwriter.h"
#include "tests/core/dicomtestfixtures.h"

#include <QDir>
#include <QFile>
#include <QStringList>
#include <QTest>

#include <dcmtk/dcmdata/dcdeftag.h>
#include <dcmtk/dcmdata/dcfilefo.h>

using namespace concord;
using namespace concord::test;
using namespace Qt::StringLiterals;

// Bad input: every case must give a FileError that names the file and says what is wrong,
// never a crash and never a half-decoded image.
class TestDicomLoaderErrors : public DicomTestCase
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void fuzzFindingsFailCleanly_data()
    {
        // Inputs the fuzzer (tests/fuzz) once choked on, kept small in tests/data/dicom.
        QTest::addColumn<QString>("file");
        const QDir data(QStringLiteral(CONCORD_TEST_DATA_DIR "/dicom"));
        for (const QString &name : data.entryList({u"fuzz-*.dcm"_s}, QDir::Files))
            QTest::newRow(qPrintable(name)) << data.filePath(name);
    }

    void fuzzFindingsFailCleanly()
    {
        QFETCH(QString, file);
        QFile f(file);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const Expected<Image> fromMemory = loadDicomFromMemory(f.readAll(), file);
        QVERIFY(!fromMemory);
        QCOMPARE(fromMemory.error().path, file);
        QVERIFY(!loadDicom(file));
    }

    void truncatedFilesFailCleanly_data()
    {
        QTest::addColumn<DicomTransferSyntax>("syntax");
        QTest::newRow("native") << DicomTransferSyntax::ExplicitLittleEndian;
        QTest::newRow("implicit") << DicomTransferSyntax::ImplicitLittleEndian;
        QTest::newRow("deflated") << DicomTransferSyntax::DeflatedExplicitLittleEndian;
        QTest::newRow("rle") << DicomTransferSyntax::RleLossless;
        QTest::newRow("jpeg-ls") << DicomTransferSyntax::JpegLsLossless;
        QTest::newRow("jpeg2000") << DicomTransferSyntax::Jpeg2000Lossless;
    }

    void truncatedFilesFailCleanly()
    {
        QFETCH(DicomTransferSyntax, syntax);
        const QString tag = QString::fromLatin1(QTest::currentDataTag());
        const QString file =
            write(makeGreyImage(40, 50, CV_16U, 16, 2), u"full-"_s + tag + u".dcm"_s, syntax);
        QFile f(file);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray bytes = f.readAll();
        const qsizetype cuts[] = {1,
                                  64,
                                  131,
                                  132,
                                  140,
                                  200,
                                  300,
                                  bytes.size() / 2,
                                  bytes.size() - 1000,
                                  bytes.size() - 100,
                                  bytes.size() - 2};
        for (const qsizetype cut : cuts) {
            const QString name = path(u"cut-%1-%2.dcm"_s.arg(tag).arg(cut));
            QFile out(name);
            QVERIFY(out.open(QIODevice::WriteOnly));
            out.write(bytes.left(cut));
            out.close();
            const Expected<Image> image = loadDicom(name);
            QVERIFY2(!image, qPrintable(u"cut at %1 was accepted"_s.arg(cut)));
            QCOMPARE(image.error().path, name);
            QVERIFY(!image.error().message.isEmpty());
            if (cut >= bytes.size() - 1000)
                QVERIFY2(image.error().message.startsWith(u"truncated: the file ends inside"_s),
                         qPrintable(image.error().message));
            // The in-memory path must agree.
            QVERIFY(!loadDicomFromMemory(bytes.left(cut), name));
        }
    }

    void shortPixelDataIsReportedWithSizes()
    {
        const QString file = write(makeGreyImage(30, 50, CV_16U, 16), u"short.dcm"_s);
        QVERIFY(editDicom(file, [](DcmDataset &dataset) {
            std::vector<Uint16> words(30 * 20);
            dataset.putAndInsertUint16Array(DCM_PixelData, words.data(), Uint32(words.size()));
        }));
        const Expected<Image> image = loadDicom(file);
        QVERIFY(!image);
        QVERIFY2(image.error().message.startsWith(u"truncated: pixel data is"_s),
                 qPrintable(image.error().message));
        QVERIFY(image.error().message.contains(u"expected"_s));
        QVERIFY(image.error().toString().contains(file));
    }

    void missingPixelData()
    {
        const QString file = writeEdited(u"nopixels.dcm"_s, 16, [](DcmDataset &dataset) {
            delete dataset.remove(DCM_PixelData);
        });
        QVERIFY(!file.isEmpty());
        QCOMPARE(loadFailure(file), u"no Pixel Data element (7FE0,0010)"_s);
        // The header alone is still readable, for import.
        QVERIFY(readDicomMetadata(file));
    }

    void garbageIsNotDicom_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        cv::RNG rng(7);
        QByteArray noise(10000, Qt::Uninitialized);
        for (char &c : noise)
            c = char(rng.uniform(0, 256));
        QTest::newRow("noise") << noise;
        QTest::newRow("text") << QByteArray("hello, this is not a radiograph\n").repeated(50);
        QTest::newRow("one byte") << QByteArray(1, 'x');
        QByteArray preambleThenNoise = QByteArray(128, '\0') + "DICM" + noise;
        QTest::newRow("DICM then noise") << preambleThenNoise;
        QTest::newRow("DICM only") << QByteArray(128, '\0') + "DICM";
    }

    void garbageIsNotDicom()
    {
        QFETCH(QByteArray, bytes);
        const QString name =
            path(u"garbage-%1.dcm"_s.arg(QString::fromLatin1(QTest::currentDataTag())));
        QFile out(name);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(bytes);
        out.close();
        const Expected<Image> image = loadDicom(name);
        QVERIFY(!image);
        QCOMPARE(image.error().path, name);
        QVERIFY(!readDicomMetadata(name));
        QVERIFY(!loadDicomFromMemory(bytes, name));
    }

    void missingAndEmptyFiles()
    {
        const Expected<Image> missing = loadDicom(path(u"does-not-exist.dcm"_s));
        QVERIFY(!missing);
        QCOMPARE(missing.error().message, u"file does not exist"_s);
        QFile empty(path(u"empty.dcm"_s));
        QVERIFY(empty.open(QIODevice::WriteOnly));
        empty.close();
        const Expected<Image> image = loadDicom(empty.fileName());
        QVERIFY(!image);
        QCOMPARE(image.error().message, u"file is empty"_s);
    }

    void wrongVrIsNamed()
    {
        // Patch Rows (0028,0010) from VR US to LO in an explicit VR file: same length layout.
        const QString file = write(makeGreyImage(8, 8, CV_16U, 16), u"wrongvr.dcm"_s);
        QVERIFY(replaceInFile(file, QByteArray("\x28\x00\x10\x00US", 6),
                              QByteArray("\x28\x00\x10\x00LO", 6)));
        const QString failure = loadFailure(file);
        QVERIFY2(failure.contains(u"Rows (0028,0010) has VR LO"_s), qPrintable(failure));
    }

    void malformedNumbersAreNamed()
    {
        const QString file = writeEdited(u"badnumber.dcm"_s, 16, [](DcmDataset &dataset) {
            dataset.putAndInsertString(DCM_WindowCenter, "abc");
            dataset.putAndInsertString(DCM_WindowWidth, "400");
        });
        QVERIFY(!file.isEmpty());
        const QString failure = loadFailure(file);
        QVERIFY2(failure.contains(u"WindowCenter (0028,1050)"_s), qPrintable(failure));
    }

    void unsupportedPixelDescriptions_data()
    {
        QTest::addColumn<int>("bitsAllocated");
        QTest::addColumn<QString>("photometric");
        QTest::addColumn<QString>("expected");
        QTest::newRow("32 bits") << 32 << u"MONOCHROME2"_s << u"32 bits allocated"_s;
        QTest::newRow("HSV") << 16 << u"HSV"_s << u"'HSV' is not supported"_s;
        QTest::newRow("YBR_RCT uncompressed")
            << 16 << u"YBR_RCT"_s << u"YBR_RCT with 1 samples per pixel"_s;
        QTest::newRow("RGB with one sample") << 16 << u"RGB"_s << u"RGB with 1 samples per pixel"_s;
    }

    void unsupportedPixelDescriptions()
    {
        QFETCH(int, bitsAllocated);
        QFETCH(QString, photometric);
        QFETCH(QString, expected);
        const QString file = writeEdited(u"unsupported.dcm"_s, 16, [&](DcmDataset &dataset) {
            dataset.putAndInsertUint16(DCM_BitsAllocated, Uint16(bitsAllocated));
            dataset.putAndInsertString(DCM_PhotometricInterpretation, photometric.toLatin1());
        });
        QVERIFY(!file.isEmpty());
        const QString failure = loadFailure(file);
        QVERIFY2(failure.contains(expected), qPrintable(failure));
    }

    void hugeCompressedImagesAreRefused()
    {
        // A tiny RLE file whose header claims 65535 x 65535 x 100 frames.
        const QString file =
            write(makeGreyImage(8, 8, CV_16U, 16), u"huge.dcm"_s, DicomTransferSyntax::RleLossless);
        QVERIFY(editDicom(file, [](DcmDataset &dataset) {
            dataset.putAndInsertUint16(DCM_Rows, 65535);
            dataset.putAndInsertUint16(DCM_Columns, 65535);
            dataset.putAndInsertString(DCM_NumberOfFrames, "100");
        }));
        const QString failure = loadFailure(file);
        QVERIFY2(failure.startsWith(u"too large to decompress"_s), qPrintable(failure));
    }

    void unsupportedTransferSyntaxes_data()
    {
        QTest::addColumn<QByteArray>("uid");
        QTest::addColumn<QString>("expected");
        // Same length as the JPEG-LS UID it replaces, so the meta header stays well formed.
        // JPEG-LS bytes under a JPEG 2000 label: OpenJPEG must refuse them, not crash.
        QTest::newRow("JPEG 2000")
            << QByteArray("1.2.840.10008.1.2.4.90") << u"JPEG 2000 frame 1 cannot be decoded"_s;
        QTest::newRow("JPEG 2000 part 2") << QByteArray("1.2.840.10008.1.2.4.92") << u"Part 2"_s;
        QTest::newRow("unknown") << QByteArray("1.2.840.10008.1.2.4.99")
                                 << u"unsupported transfer syntax 1.2.840.10008.1.2.4.99"_s;
    }

    void unsupportedTransferSyntaxes()
    {
        QFETCH(QByteArray, uid);
        QFETCH(QString, expected);
        const QString file = write(makeGreyImage(8, 8, CV_16U, 16), u"j2k.dcm"_s,
                                   DicomTransferSyntax::JpegLsLossless);
        QVERIFY(replaceInFile(file, "1.2.840.10008.1.2.4.80", uid));
        const QString failure = loadFailure(file);
        QVERIFY2(failure.contains(expected), qPrintable(failure));
    }
};

QTEST_GUILESS_MAIN(TestDicomLoaderErrors)
#include "tst_dicomloadererrors.moc"
