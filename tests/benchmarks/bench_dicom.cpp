// SPDX-License-Identifier: GPL-3.0-or-later
// bench_dicom: how fast and how lean opening and windowing a large radiograph is. Not a CTest
// test; run it by hand: ./build/tests/benchmarks/bench_dicom [--repeat N]
//
// Every time is reported as a ratio to a baseline measured in the same run (DCMTK's dcmj2pnm
// on the same file, a memcpy of the same bytes), because absolute times on shared machines are
// noise. Absolute medians are printed too, for context.
#include "core/imaging/dicomloader.h"
#include "core/imaging/dicomwriter.h"
#include "core/imaging/windowlevel.h"
#include "tests/benchmarks/benchtiming.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <opencv2/imgproc.hpp>

#include <algorithm>
#include <cstdio>
#include <cstring>
#include <functional>
#include <vector>

using namespace concord;

namespace {

constexpr int ImageSide = 3000;
const cv::Rect ScreenRegion(540, 960, 1920, 1080); // a 1:1 view into the middle of the image

using concord::bench::medianMs;

// Resident set size of this process in bytes (Linux), or -1.
qint64 residentBytes()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').front().toLongLong() * 1024;
    }
    return -1;
}

// A synthetic chest-like radiograph: a bright body ellipse with a smooth falloff, darker lung
// fields, collimator borders and quantum noise, 12 bits stored in 16.
Image makeRadiograph()
{
    cv::Mat field(ImageSide, ImageSide, CV_32F, cv::Scalar(300));
    cv::ellipse(field, {1500, 1600}, {1200, 1350}, 0, 0, 360, cv::Scalar(2600), cv::FILLED);
    cv::ellipse(field, {1050, 1400}, {380, 700}, 0, 0, 360, cv::Scalar(1400), cv::FILLED);
    cv::ellipse(field, {1950, 1400}, {380, 700}, 0, 0, 360, cv::Scalar(1400), cv::FILLED);
    cv::GaussianBlur(field, field, {0, 0}, 40);
    cv::Mat noise(field.size(), CV_32F);
    cv::randn(noise, 0, 40);
    field += noise;
    field(cv::Rect(0, 0, ImageSide, 120)).setTo(4095); // collimator edge
    Image image;
    image.frames.emplace_back();
    field.convertTo(image.frames[0], CV_16U);
    cv::min(image.frames[0], 4095, image.frames[0]);
    image.metadata.bitsStored = 12;
    image.metadata.windowPresets = {{QStringLiteral("DEFAULT"), 1800, 2400}};
    image.metadata.pixelSpacing = PixelSpacing{0.143, 0.143, QStringLiteral("ImagerPixelSpacing")};
    return image;
}

void report(const char *what, double ms, double baselineMs, const char *baseline)
{
    std::printf("  %-44s %9.2f ms   %6.2fx %s (%.2f ms)\n", what, ms, ms / baselineMs, baseline,
                baselineMs);
}

// (a) From file name to the first displayed screenful, against DCMTK's converter for the file
// (dcmj2pnm; dcml2pnm for JPEG-LS) writing the whole image as 8-bit PGM through the same window.
void benchOpen(const QString &file, const QString &label, const char *toolName, int repeat)
{
    const double oursMs = medianMs(repeat, [&] {
        Expected<Image> image = loadDicom(file);
        if (!image)
            qFatal("%s", qPrintable(image.error().toString()));
        const ImageMetadata &meta = image->metadata;
        const WindowPreset &preset = meta.windowPresets.front();
        const DisplayLut lut(meta, image->frames[0].depth(),
                             {preset.center, preset.width, voiFunctionOf(meta), false});
        const cv::Mat shown = lut.apply(image->frames[0](ScreenRegion));
        if (shown.empty())
            qFatal("nothing displayed");
    });
    const QString tool = QStandardPaths::findExecutable(QString::fromLatin1(toolName));
    if (tool.isEmpty()) {
        std::printf("  open %s: %.2f ms (%s not installed, no ratio)\n", qPrintable(label), oursMs,
                    toolName);
        return;
    }
    const QString out = file + QStringLiteral(".pgm");
    const double toolMs = medianMs(repeat, [&] {
        if (QProcess::execute(
                tool, {QStringLiteral("--use-window"), QStringLiteral("1"), file, out}) != 0)
            qFatal("%s failed", toolName);
    });
    report(qPrintable(QStringLiteral("open to first display, %1").arg(label)), oursMs, toolMs,
           toolName);
}

// (b) Re-rendering on a window change: a new LUT plus applying it into 32-bit screen pixels, as
// the canvas does, against copying the stored bytes.
void benchWindowing(const Image &image, int repeat)
{
    const cv::Mat &full = image.frames[0];
    cv::Mat fit; // the pyramid level shown when the whole image fits a ~1000 px view
    cv::resize(full, fit, {1000, 1000}, 0, 0, cv::INTER_AREA);
    const cv::Mat oneToOne = full(ScreenRegion).clone();

    double center = 1000;
    cv::Mat display;
    auto render = [&](const cv::Mat &region) {
        center += 7; // every frame is a new window, as during a drag
        const DisplayLut lut(image.metadata, region.depth(),
                             {center, 2000, VoiFunction::Linear, false});
        display.create(region.size(), CV_8UC4); // the canvas's RGB32 tiles
        lut.applyToBgra(region, display);
    };
    auto copyOf = [](const cv::Mat &region) {
        return
            [&region, buffer = std::vector<uchar>(region.total() * region.elemSize())]() mutable {
                std::memcpy(buffer.data(), region.data, buffer.size());
            };
    };
    const double lutOnlyMs = medianMs(repeat * 4, [&] {
        const DisplayLut lut(image.metadata, CV_16U,
                             {center += 7, 2000, VoiFunction::Linear, false});
    });
    const double fitMs = medianMs(repeat * 4, [&] { render(fit); });
    const double fitCopyMs = medianMs(repeat * 4, copyOf(fit));
    const double oneMs = medianMs(repeat * 4, [&] { render(oneToOne); });
    const double oneCopyMs = medianMs(repeat * 4, copyOf(oneToOne));
    report("window change at fit (1000x1000)", fitMs, fitCopyMs, "memcpy");
    report("window change at 1:1 (1920x1080)", oneMs, oneCopyMs, "memcpy");
    std::printf("  %-44s %9.2f ms   (included in both rows above)\n",
                "of which building the LUT (4,096 entries)", lutOnlyMs);
}

// (c) Memory held per open image, against its raw pixel bytes. The marginal cost (the slope
// over several open images) is what limits how many images stay open. The first image also
// pays for one-time costs: DCMTK's data dictionary, and the heap glibc keeps after the
// decoder's transient buffer is freed (it raises its mmap threshold after the first big free).
void benchMemory(const QString &file)
{
    const qint64 start = residentBytes();
    std::vector<Image> open;
    open.push_back(*loadDicom(file));
    const qint64 afterFirst = residentBytes();
    for (int i = 0; i < 4; ++i)
        open.push_back(*loadDicom(file));
    const qint64 afterAll = residentBytes();
    const double raw = double(open.front().pixelBytes());
    const double marginal = double(afterAll - afterFirst) / double(open.size() - 1);
    const double first = double(afterFirst - start);
    std::printf("  %-44s %9.1f MB   %6.2fx raw pixel bytes (%.1f MB)\n",
                "resident memory per additional open image", marginal / 1e6, marginal / raw,
                raw / 1e6);
    std::printf("  %-44s %9.1f MB   %6.2fx raw pixel bytes\n",
                "resident memory of the first open image", first / 1e6, first / raw);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const int repeat =
        app.arguments().contains(QStringLiteral("--repeat"))
            ? std::max(1, app.arguments()
                              .value(app.arguments().indexOf(QStringLiteral("--repeat")) + 1)
                              .toInt())
            : 5;
    QTemporaryDir dir;
    const Image radiograph = makeRadiograph();
    const QString native = dir.filePath(QStringLiteral("radiograph.dcm"));
    const QString jpegLs = dir.filePath(QStringLiteral("radiograph-jls.dcm"));
    DicomWriteOptions options;
    if (MaybeError error = writeDicom(radiograph, native, options))
        qFatal("%s", qPrintable(error->toString()));
    options.transferSyntax = DicomTransferSyntax::JpegLsLossless;
    if (MaybeError error = writeDicom(radiograph, jpegLs, options))
        qFatal("%s", qPrintable(error->toString()));

    std::setvbuf(stdout, nullptr, _IOLBF, 0);
    std::printf("bench_dicom: %dx%d, 12 bits stored in 16, median of %d runs\n", ImageSide,
                ImageSide, repeat);
    benchMemory(native); // first, before other phases leave freed memory in the heap
    benchOpen(native, QStringLiteral("uncompressed"), "dcmj2pnm", repeat);
    benchOpen(jpegLs, QStringLiteral("JPEG-LS"), "dcml2pnm", repeat);
    benchWindowing(radiograph, repeat);
    return 0;
}
