// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/imaging/dicomloader.h"
#include "tests/core/decodereference.h"
#include "tests/core/dicomtestfixtures.h"

#include <QStandardPaths>
#include <QStringList>
#include <QTest>

#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>

using namespace concord;
using namespace concord::test;
using namespace Qt::StringLiterals;

namespace {

// Who makes the compressed file.
enum class Encoder {
    DcmtkTool, // dcmcjpeg, dcmcjpls or dcmcrle on a native file
    OpenJpeg,  // a J2K codestream from OpenJPEG, wrapped by the test
    LibJpeg,   // a 4:2:0 JFIF from libjpeg (through OpenCV), wrapped by the test
};

// One encoding of the differential test: how the file is made, who else decodes it, and what
// agreement the documentation promises (docs/dicom-decoding.md, "Results").
struct DifferentialCase
{
    Encoder encoder = Encoder::DcmtkTool;
    QString tool;
    QStringList arguments;
    int rows = 23;
    int columns = 37;
    int frames = 1;
    int depth = CV_8U;
    int bitsStored = 8;
    bool colour = false;
    Jpeg2000Options jpeg2000;
    FragmentLayout layout;
    bool trailingBytes = false; // junk after the JPEG EOI marker, inside the fragment
    QString dcmtkDecoder;       // empty: DCMTK has no decoder for it (JPEG 2000)
    int gdcmTolerance = 0;      // largest difference to GDCM's pixels the docs accept
    int dcmtkTolerance = 0;
    bool gdcmRefuses = false;     // a documented GDCM limitation: the original is the reference
    bool lossless = true;         // Concord must then give back the original exactly
    bool encoderRescales = false; // dcmcjpeg maps signed input to a new unsigned range
    QString note;                 // why the row exists, for the results table
};

} // namespace

Q_DECLARE_METATYPE(DifferentialCase)

// Decodes files of every encoding DCMTK, OpenJPEG and libjpeg produce with Concord, with GDCM
// (gdcmconv --raw) and with DCMTK's decompressors, and compares the pixels. The table printed at
// the end is the one in docs/dicom-decoding.md.
class TestDecodeDifferential : public DicomTestCase
{
    Q_OBJECT

    QStringList m_results;

    static Image source(const DifferentialCase &c)
    {
        if (!c.colour) {
            Image image = makeGreyImage(c.rows, c.columns, c.depth, c.bitsStored, c.frames, 7);
            if (c.lossless)
                return image; // every bit pattern, for exact codecs
            // Lossy codecs get a ramp with some noise, which they keep close to the original.
            for (cv::Mat &frame : image.frames) {
                cv::Mat values;
                frame.convertTo(values, CV_64F, 1.0 / 16);
                values.forEach<double>([&](double &v, const int *yx) {
                    v += (yx[0] + yx[1]) * double(1 << c.bitsStored) / (c.rows + c.columns) / 1.2;
                });
                if (c.depth == CV_16S)
                    values -= double(1 << (c.bitsStored - 1));
                values.convertTo(frame, c.depth);
            }
            return image;
        }
        Image image = makeRgbImage(c.rows, c.columns);
        // Some noise on the smooth ramps, so chroma subsampling and the IDCT have work to do,
        // and a block of saturated colours, where YCbCr to RGB clips and rounding shows.
        cv::Mat noise(c.rows, c.columns, CV_8UC3);
        cv::RNG rng(11);
        rng.fill(noise, cv::RNG::UNIFORM, 0, 24);
        image.frames[0] += noise;
        cv::Mat block = image.frames[0](cv::Rect(0, 0, 12, 12));
        block.forEach<cv::Vec3b>([](cv::Vec3b &p, const int *yx) {
            p = cv::Vec3b(yx[1] % 2 ? 255 : 0, yx[0] % 3 ? 255 : 0, (yx[0] + yx[1]) % 4 ? 0 : 255);
        });
        return image;
    }

    // Writes the compressed file for `c` as `target`; empty on success, else the reason.
    QString encode(const DifferentialCase &c, const Image &original, const QString &native,
                   const QString &target)
    {
        switch (c.encoder) {
        case Encoder::DcmtkTool: {
            const ToolResult result = runTool(c.tool, c.arguments + QStringList{native, target});
            if (result != ToolResult::Ok)
                return c.tool + (result == ToolResult::Missing ? u" missing"_s : u" failed"_s);
            if (!c.trailingBytes)
                return {};
            EncapsulatedFrames encoded = readSingleFrame(target);
            if (encoded.frames.empty())
                return u"cannot read back "_s + target;
            encoded.frames[0].append("\x12\x34\x56\x78\x9a\xbc", 6);
            return writeEncapsulated(native, target, encoded.frames, encoded.syntax,
                                     encoded.photometric.constData(), c.layout);
        }
        case Encoder::OpenJpeg: {
            std::vector<QByteArray> frames;
            for (const cv::Mat &frame : original.frames) {
                frames.push_back(encodeJpeg2000(frame, c.jpeg2000));
                if (frames.back().isEmpty())
                    return u"OpenJPEG failed"_s;
            }
            const char *photometric = !c.colour                     ? "MONOCHROME2"
                                      : !c.jpeg2000.colourTransform ? "RGB"
                                      : c.jpeg2000.lossy            ? "YBR_ICT"
                                                                    : "YBR_RCT";
            return writeEncapsulated(native, target, frames,
                                     c.jpeg2000.lossy ? EXS_JPEG2000 : EXS_JPEG2000LosslessOnly,
                                     photometric, c.layout);
        }
        case Encoder::LibJpeg: {
            cv::Mat bgr;
            cv::cvtColor(original.frames[0], bgr, cv::COLOR_RGB2BGR);
            std::vector<uchar> jfif;
            if (!cv::imencode(".jpg", bgr, jfif, {cv::IMWRITE_JPEG_QUALITY, 90}))
                return u"libjpeg failed"_s;
            QByteArray frame(reinterpret_cast<const char *>(jfif.data()), qsizetype(jfif.size()));
            if (c.trailingBytes)
                frame.append("\x12\x34\x56\x78\x9a\xbc", 6);
            // PS3.5 8.2.1: YBR_FULL_422 stands for any chroma subsampling of lossy JPEG.
            return writeEncapsulated(native, target, {frame}, EXS_JPEGProcess1, "YBR_FULL_422",
                                     c.layout);
        }
        }
        return u"unknown encoder"_s;
    }

    // Runs a reference decoder and reads its native output; nullopt (with the reason in `why`)
    // when the decoder refused the file.
    std::optional<ReferencePixels> reference(const QString &tool, const QStringList &arguments,
                                             const QString &input, const QString &output,
                                             QString *why)
    {
        if (runTool(tool, arguments + QStringList{input, output}, why) != ToolResult::Ok)
            return std::nullopt;
        Expected<ReferencePixels> pixels = readNativeReference(output);
        if (!pixels) {
            *why = pixels.error().toString();
            return std::nullopt;
        }
        return *pixels;
    }

    static double meanAbsoluteDifference(const std::vector<cv::Mat> &a,
                                         const std::vector<cv::Mat> &b)
    {
        double sum = 0, count = 0;
        for (size_t i = 0; i < std::min(a.size(), b.size()); ++i) {
            cv::Mat left, right;
            a[i].convertTo(left, CV_MAKETYPE(CV_32F, a[i].channels()));
            b[i].convertTo(right, CV_MAKETYPE(CV_32F, b[i].channels()));
            sum += cv::norm(left, right, cv::NORM_L1);
            count += double(a[i].total()) * a[i].channels();
        }
        return count > 0 ? sum / count : 0;
    }

    static QString show(std::optional<int> difference)
    {
        return difference ? QString::number(*difference) : u"shape differs"_s;
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void decodersAgree_data();
    void decodersAgree();

    void unlocatableJpeg2000FramesAreNamed()
    {
        // Three frames in three fragments each with an empty offset table, and the second
        // codestream's SOC marker damaged: only two fragments begin a frame, so the third
        // frame cannot be found, and the message says so instead of decoding two as one.
        const Image original = makeGreyImage(23, 37, CV_16U, 16, 3, 7);
        const QString native = write(original, u"unlocatable-native.dcm"_s);
        QVERIFY(!native.isEmpty());
        std::vector<QByteArray> frames;
        for (const cv::Mat &frame : original.frames)
            frames.push_back(encodeJpeg2000(frame, {.bitsStored = 16}));
        frames[1][1] = '\0';
        const QString encoded = path(u"unlocatable.dcm"_s);
        QCOMPARE(writeEncapsulated(native, encoded, frames, EXS_JPEG2000LosslessOnly, "MONOCHROME2",
                                   {.fragmentsPerFrame = 3, .offsetTable = false}),
                 QString());
        const Expected<Image> image = loadDicom(encoded);
        QVERIFY(!image);
        QCOMPARE(image.error().path, encoded);
        QCOMPARE(image.error().message, u"cannot find the fragments of JPEG 2000 frame 3"_s);
    }

    void cleanupTestCase()
    {
        // The results table of docs/dicom-decoding.md, printed so it can be pasted there.
        qInfo().noquote() << u"\n| encoding | Concord vs GDCM | Concord vs DCMTK | verdict |\n"
                             "|---|---|---|---|\n"_s +
                                 m_results.join(QLatin1Char('\n'));
    }
};

void TestDecodeDifferential::decodersAgree_data()
{
    QTest::addColumn<DifferentialCase>("encoding");
    const auto tool = [](const QString &name, QStringList arguments, int depth, int bits,
                         bool lossless) {
        const QString decoder = name == u"dcmcjpeg"_s   ? u"dcmdjpeg"_s
                                : name == u"dcmcjpls"_s ? u"dcmdjpls"_s
                                                        : u"dcmdrle"_s;
        return DifferentialCase{.encoder = Encoder::DcmtkTool,
                                .tool = name,
                                .arguments = std::move(arguments),
                                .depth = depth,
                                .bitsStored = bits,
                                .dcmtkDecoder = decoder,
                                .lossless = lossless};
    };
    const auto colour = [](DifferentialCase c) {
        c.colour = true;
        return c;
    };
    // GDCM leaves lossy colour JPEG in YBR_FULL; the standard's equations bring it to RGB within
    // 1 of libjpeg's fixed-point conversion, which Concord and DCMTK use (docs/dicom-decoding.md).
    const auto ybr = [&](DifferentialCase c) {
        c = colour(c);
        c.gdcmTolerance = 1;
        return c;
    };
    const auto frames = [](DifferentialCase c, int count, FragmentLayout layout) {
        c.frames = count;
        c.layout = layout;
        return c;
    };
    // GDCM 3.0 decodes a multi-frame JPEG-LS or JPEG 2000 image only with one fragment per frame.
    const auto gdcmRefuses = [](DifferentialCase c) {
        c.gdcmRefuses = true;
        return c;
    };
    const auto jpeg = [&](QStringList arguments, int depth, int bits, bool lossless) {
        return tool(u"dcmcjpeg"_s, std::move(arguments), depth, bits, lossless);
    };
    const auto add = [](const char *name, const DifferentialCase &c) { QTest::newRow(name) << c; };

    add("jpeg baseline u8 37x23", jpeg({u"+eb"_s}, CV_8U, 8, false));
    add("jpeg extended u8", jpeg({u"+ee"_s}, CV_8U, 8, false));
    add("jpeg extended u12", jpeg({u"+ee"_s}, CV_16U, 12, false));
    DifferentialCase lossySigned = jpeg({u"+ee"_s}, CV_16S, 12, false);
    lossySigned.encoderRescales = true;
    lossySigned.note = u"dcmcjpeg stores it unsigned, rescaled"_s;
    add("jpeg extended s12", lossySigned);
    add("jpeg progressive u8", jpeg({u"+ep"_s}, CV_8U, 8, false));
    add("jpeg lossless sv1 u8", jpeg({u"+e1"_s}, CV_8U, 8, true));
    add("jpeg lossless sv1 u12", jpeg({u"+e1"_s}, CV_16U, 12, true));
    add("jpeg lossless sv6 u16", jpeg({u"+el"_s}, CV_16U, 16, true));
    add("jpeg lossless sv1 s12", jpeg({u"+e1"_s}, CV_16S, 12, true));
    add("jpeg lossless sv1 s16", jpeg({u"+e1"_s}, CV_16S, 16, true));
    add("jpeg lossless sv1 rgb", colour(jpeg({u"+e1"_s}, CV_8U, 8, true)));
    add("jpeg baseline rgb 4:2:2", ybr(jpeg({u"+eb"_s}, CV_8U, 8, false)));
    add("jpeg baseline rgb 4:4:4", ybr(jpeg({u"+eb"_s, u"+s4"_s}, CV_8U, 8, false)));
    add("jpeg baseline rgb 4:1:1", ybr(jpeg({u"+eb"_s, u"+n1"_s}, CV_8U, 8, false)));
    add("jpeg baseline rgb not ybr", colour(jpeg({u"+eb"_s, u"+cr"_s}, CV_8U, 8, false)));
    add("jpeg extended rgb 4:2:2", ybr(jpeg({u"+ee"_s}, CV_8U, 8, false)));
    DifferentialCase trailing = ybr(jpeg({u"+eb"_s}, CV_8U, 8, false));
    trailing.trailingBytes = true;
    trailing.note = u"6 bytes after EOI ignored"_s;
    add("jpeg baseline rgb trailing bytes", trailing);
    DifferentialCase subsampled420{.encoder = Encoder::LibJpeg,
                                   .colour = true,
                                   .dcmtkDecoder = u"dcmdjpeg"_s,
                                   .gdcmTolerance = 1,
                                   .lossless = false};
    add("jpeg baseline rgb 4:2:0 (libjpeg)", subsampled420);
    subsampled420.trailingBytes = true;
    subsampled420.note = u"6 bytes after EOI ignored"_s;
    add("jpeg baseline rgb 4:2:0 trailing bytes", subsampled420);
    add("jpeg baseline u8 3 frames split, empty table",
        frames(jpeg({u"+eb"_s, u"+fs"_s, u"1"_s, u"-ot"_s}, CV_8U, 8, false), 3, {}));
    add("jpeg lossless u16 3 frames split",
        frames(jpeg({u"+e1"_s, u"+fs"_s, u"1"_s}, CV_16U, 16, true), 3, {}));

    const auto jpls = [&](QStringList arguments, int depth, int bits, bool lossless) {
        return tool(u"dcmcjpls"_s, std::move(arguments), depth, bits, lossless);
    };
    add("jpeg-ls lossless u8", jpls({}, CV_8U, 8, true));
    add("jpeg-ls lossless u12", jpls({}, CV_16U, 12, true));
    add("jpeg-ls lossless u16", jpls({}, CV_16U, 16, true));
    add("jpeg-ls lossless s12", jpls({}, CV_16S, 12, true));
    add("jpeg-ls lossless s16", jpls({}, CV_16S, 16, true));
    add("jpeg-ls lossless rgb", colour(jpls({}, CV_8U, 8, true)));
    add("jpeg-ls near-lossless u8", jpls({u"+en"_s}, CV_8U, 8, false));
    add("jpeg-ls near-lossless u12", jpls({u"+en"_s, u"+md"_s, u"3"_s}, CV_16U, 12, false));
    add("jpeg-ls near-lossless rgb", colour(jpls({u"+en"_s}, CV_8U, 8, false)));
    add("jpeg-ls lossless u16 3 frames split, empty table",
        gdcmRefuses(frames(jpls({u"+fs"_s, u"1"_s, u"-ot"_s}, CV_16U, 16, true), 3, {})));

    const auto rle = [&](int depth, int bits) { return tool(u"dcmcrle"_s, {}, depth, bits, true); };
    add("rle u8", rle(CV_8U, 8));
    add("rle u12", rle(CV_16U, 12));
    add("rle u16", rle(CV_16U, 16));
    add("rle s16", rle(CV_16S, 16));
    add("rle rgb", colour(rle(CV_8U, 8)));
    add("rle u16 3 frames", frames(rle(CV_16U, 16), 3, {}));

    const auto j2k = [](int depth, int bits, bool lossy) {
        return DifferentialCase{
            .encoder = Encoder::OpenJpeg,
            .depth = depth,
            .bitsStored = bits,
            .jpeg2000 = {.bitsStored = bits, .codestreamSigned = depth == CV_16S, .lossy = lossy},
            .lossless = !lossy};
    };
    add("j2k lossless u8", j2k(CV_8U, 8, false));
    add("j2k lossless u12", j2k(CV_16U, 12, false));
    add("j2k lossless u16", j2k(CV_16U, 16, false));
    add("j2k lossless s12", j2k(CV_16S, 12, false));
    add("j2k lossless s16", j2k(CV_16S, 16, false));
    add("j2k lossy u12", j2k(CV_16U, 12, true));
    add("j2k lossy s16", j2k(CV_16S, 16, true));
    add("j2k lossless rgb (YBR_RCT)", colour(j2k(CV_8U, 8, false)));
    add("j2k lossy rgb (YBR_ICT)", colour(j2k(CV_8U, 8, true)));
    DifferentialCase plainRgb = colour(j2k(CV_8U, 8, false));
    plainRgb.jpeg2000.colourTransform = false;
    add("j2k lossless rgb without mct", plainRgb);
    DifferentialCase signedStream = j2k(CV_16U, 12, false);
    signedStream.jpeg2000.codestreamSigned = true;
    signedStream.note = u"header wins (fixed)"_s;
    add("j2k signed codestream, unsigned header", signedStream);
    DifferentialCase unsignedStream = j2k(CV_16S, 12, false);
    unsignedStream.jpeg2000.codestreamSigned = false;
    unsignedStream.note = u"header wins (fixed)"_s;
    add("j2k unsigned codestream, signed header", unsignedStream);
    add("j2k 1 frame in 4 fragments, empty table",
        frames(j2k(CV_16U, 16, false), 1, {.fragmentsPerFrame = 4, .offsetTable = false}));
    add("j2k 1 frame in 4 fragments, filled table",
        frames(j2k(CV_16U, 16, false), 1, {.fragmentsPerFrame = 4, .offsetTable = true}));
    add("j2k 3 frames, empty table",
        frames(j2k(CV_16U, 16, false), 3, {.fragmentsPerFrame = 1, .offsetTable = false}));
    add("j2k 3 frames in 3 fragments each, filled table",
        gdcmRefuses(
            frames(j2k(CV_16U, 16, false), 3, {.fragmentsPerFrame = 3, .offsetTable = true})));
    DifferentialCase splitFrames = gdcmRefuses(
        frames(j2k(CV_16U, 16, false), 3, {.fragmentsPerFrame = 3, .offsetTable = false}));
    splitFrames.note = u"frames found by their SOC marker (fixed)"_s;
    add("j2k 3 frames in 3 fragments each, empty table", splitFrames);
    DifferentialCase jp2 = j2k(CV_16U, 12, false);
    jp2.jpeg2000.jp2Wrapper = true;
    add("j2k codestream in a JP2 file", jp2);
}

void TestDecodeDifferential::decodersAgree()
{
    QFETCH(DifferentialCase, encoding);
    for (const QString &tool : {encoding.tool, u"gdcmconv"_s, encoding.dcmtkDecoder}) {
        if (!tool.isEmpty() && QStandardPaths::findExecutable(tool).isEmpty())
            QSKIP(qPrintable(tool + u" is not installed"_s));
    }
    const QString tag =
        QString::fromLatin1(QTest::currentDataTag()).replace(QLatin1Char(' '), QLatin1Char('-'));
    const Image original = source(encoding);
    const QString native = write(original, tag + u"-native.dcm"_s);
    QVERIFY(!native.isEmpty());
    const QString encoded = path(tag + u"-encoded.dcm"_s);
    const QString encodeError = encode(encoding, original, native, encoded);
    QVERIFY2(encodeError.isEmpty(), qPrintable(encodeError));

    const Expected<Image> concord = loadDicom(encoded);
    QString gdcmWhy, dcmtkWhy;
    const std::optional<ReferencePixels> gdcm =
        reference(u"gdcmconv"_s, {u"--raw"_s}, encoded, path(tag + u"-gdcm.dcm"_s), &gdcmWhy);
    std::optional<ReferencePixels> dcmtk;
    if (!encoding.dcmtkDecoder.isEmpty())
        dcmtk =
            reference(encoding.dcmtkDecoder, {}, encoded, path(tag + u"-dcmtk.dcm"_s), &dcmtkWhy);

    const std::optional<int> toGdcm =
        concord && gdcm ? maxAbsoluteDifference(concord->frames, gdcm->frames) : std::nullopt;
    const std::optional<int> toDcmtk =
        concord && dcmtk ? maxAbsoluteDifference(concord->frames, dcmtk->frames) : std::nullopt;
    const QString gdcmCell = !gdcm ? u"GDCM refuses"_s : concord ? show(toGdcm) : u"-"_s;
    const QString dcmtkCell = encoding.dcmtkDecoder.isEmpty() ? u"no decoder"_s
                              : !dcmtk                        ? u"DCMTK refuses"_s
                              : concord                       ? show(toDcmtk)
                                                              : u"-"_s;
    QStringList verdict;
    if (!concord)
        verdict << u"Concord refuses: "_s + concord.error().message;
    else
        verdict << (encoding.lossless ? u"exact, equals the original"_s : u"lossy"_s);
    if (!gdcm && encoding.gdcmRefuses)
        verdict << u"GDCM limitation"_s;
    if (toGdcm && *toGdcm > 0)
        verdict << u"GDCM keeps YBR_FULL: conversion rounding"_s;
    if (!encoding.note.isEmpty())
        verdict << encoding.note;
    m_results.append(u"| %1 | %2 | %3 | %4 |"_s.arg(QString::fromLatin1(QTest::currentDataTag()),
                                                    gdcmCell, dcmtkCell, verdict.join(u"; "_s)));
    qInfo().noquote() << "GDCM:" << gdcmCell << (gdcm ? gdcm->photometric : gdcmWhy)
                      << "DCMTK:" << dcmtkCell << (dcmtk ? dcmtk->photometric : dcmtkWhy);

    QVERIFY2(concord, qPrintable(concord ? QString() : concord.error().toString()));
    if (encoding.lossless) {
        QCOMPARE(maxAbsoluteDifference(concord->frames, original.frames), std::optional<int>(0));
    } else if (!encoding.encoderRescales) {
        // Decoders that all agree could still all be wrong; lossy must stay near the original.
        const double error = meanAbsoluteDifference(concord->frames, original.frames) /
                             double((1 << encoding.bitsStored) - 1);
        QVERIFY2(error < 0.1, qPrintable(u"mean error %1 of the range"_s.arg(error)));
    }
    if (encoding.gdcmRefuses && !gdcm) {
        // GDCM's limitation, documented; the original pixels stand in as the reference.
        QVERIFY(encoding.lossless);
    } else {
        QVERIFY2(gdcm, qPrintable(gdcmWhy));
        QVERIFY2(toGdcm && *toGdcm <= encoding.gdcmTolerance, qPrintable(gdcmCell));
    }
    if (!encoding.dcmtkDecoder.isEmpty()) {
        QVERIFY2(dcmtk, qPrintable(dcmtkWhy));
        QVERIFY2(toDcmtk && *toDcmtk <= encoding.dcmtkTolerance, qPrintable(dcmtkCell));
    }
}

QTEST_GUILESS_MAIN(TestDecodeDifferential)
#include "tst_decodedifferential.moc"
