// SPDX-License-Identifier: GPL-3.0-or-later
// Benchmark (not a test): the first view of a gigapixel TIFF (32768 x 32768, 8-bit grey, tiles
// of 256) in a 1024 x 1024 canvas, as a ratio to `vipsthumbnail` (libvips-tools) making a
// 1024-px thumbnail of the same file in the same run; and the peak memory of each. Three files:
// a pyramid with six reduced copies, and two without copies (every pixel must be read once),
// uncompressed and JPEG-compressed.
//
//   bench_bigraster [folder]      writes the files there, unless they are (default: a temporary
//                                 folder; 2.8 GB), and each first view as <file>.first-view.png
//
// The files are written by a child run of this program (`--write <path> <copies> jpeg|none`),
// so the peak memory this process reports is the viewer's own. docs/viewer.md, "Big rasters".
#include "core/project/workspace.h"
#include "tests/benchmarks/benchtiming.h"
#include "tests/core/tifftestfiles.h"
#include "widgets/canvas/canvasview.h"
#include "widgets/editing/labelingcontext.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>

#include <sys/resource.h>

#include <cstdio>

using namespace concord;

namespace {

constexpr int Side = 32768;

// A slowly varying pattern with fine texture, cheap to compute per block.
void paintBlock(cv::Mat &block, const cv::Rect &rect, int factor)
{
    for (int y = 0; y < block.rows; ++y) {
        auto *row = block.ptr<uchar>(y);
        const int fy = (rect.y + y) * factor;
        for (int x = 0; x < block.cols; ++x) {
            const int fx = (rect.x + x) * factor;
            row[x] = uchar(((fx >> 7) ^ (fy >> 7)) * 37 + ((fx * 7 + fy * 13) & 15));
        }
    }
}

int writeFile(const QString &path, int copies, bool jpeg)
{
    testing::TiffWriteOptions options;
    if (jpeg)
        options.compression = COMPRESSION_JPEG;
    options.bigTiff = true; // 1 GB of pixels plus copies: past what classic TIFF offsets hold
    options.reducedCopies = copies;
    const bool ok = testing::writeTiff(
        path, cv::Size(Side, Side), CV_8UC1, options,
        [](cv::Mat &block, const cv::Rect &rect) { paintBlock(block, rect, 1); },
        [](cv::Mat &block, const cv::Rect &rect, int factor) { paintBlock(block, rect, factor); });
    return ok ? 0 : 1;
}

double peakMegabytes(int who)
{
    rusage usage{};
    getrusage(who, &usage);
    return double(usage.ru_maxrss) / 1024.0; // kilobytes on Linux
}

double secondsOf(const std::function<void()> &work)
{
    QElapsedTimer timer;
    timer.start();
    work();
    return double(timer.nsecsElapsed()) / 1e9;
}

void measure(const QString &path, const char *name, LabelingContext &context)
{
    const double vipsSeconds = secondsOf([&] {
        QProcess vips;
        vips.start(QStringLiteral("vipsthumbnail"),
                   {path, QStringLiteral("-s"), QStringLiteral("1024"), QStringLiteral("-o"),
                    QFileInfo(path).dir().filePath(QStringLiteral("thumbnail.png"))});
        if (!vips.waitForFinished(600000) || vips.exitCode() != 0)
            std::printf("vipsthumbnail failed: %s\n", vips.readAllStandardError().constData());
    });
    const double vipsPeak = peakMegabytes(RUSAGE_CHILDREN);

    CanvasView canvas(&context);
    canvas.resize(1024, 1024);
    QImage target(1024, 1024, QImage::Format_RGB32);
    const double ourSeconds = secondsOf([&] {
        Expected<std::shared_ptr<const DisplayImage>> display = prepareDisplayImage(path);
        if (!display) {
            std::printf("%s\n", qPrintable(display.error().toString()));
            return;
        }
        canvas.setImage(*display);
        canvas.fitToWindow();
        canvas.render(&target);
    });
    // To compare by eye with vipsthumbnail's.
    target.save(path + QStringLiteral(".first-view.png"));
    std::printf("%s: first view %.2f s, vipsthumbnail %.2f s: ratio %.2f; peak memory %.0f MB "
                "(vipsthumbnail and the writer: %.0f MB)\n",
                name, ourSeconds, vipsSeconds, ourSeconds / vipsSeconds, peakMegabytes(RUSAGE_SELF),
                vipsPeak);

    // Then a look at full resolution: the tiles under a 1024 x 1024 view at 1:1.
    const double actualSeconds = secondsOf([&] {
        canvas.zoomToActualPixels();
        canvas.render(&target);
    });
    std::printf("%s: 1:1 view at the centre %.0f ms; peak memory now %.0f MB\n", name,
                actualSeconds * 1e3, peakMegabytes(RUSAGE_SELF));
}

} // namespace

int main(int argc, char **argv)
{
    if (argc == 5 && QByteArray(argv[1]) == "--write")
        return writeFile(QString::fromLocal8Bit(argv[2]), std::atoi(argv[3]),
                         QByteArray(argv[4]) == "jpeg");
    QApplication app(argc, argv);
    QTemporaryDir temporary;
    const QString folder = argc > 1 ? QString::fromLocal8Bit(argv[1]) : temporary.path();
    struct File
    {
        QString path;
        int copies;
        bool jpeg;
        const char *name;
    };
    const std::vector<File> files = {
        {folder + QStringLiteral("/pyramid.tif"), 6, false, "pyramid (6 reduced copies)"},
        {folder + QStringLiteral("/plain.tif"), 0, false, "no reduced copies, uncompressed"},
        {folder + QStringLiteral("/jpeg.tif"), 0, true, "no reduced copies, JPEG tiles"},
    };
    for (const File &file : files) {
        if (QFileInfo::exists(file.path))
            continue;
        std::printf("writing %s\n", qPrintable(file.path));
        std::fflush(stdout);
        if (QProcess::execute(QCoreApplication::applicationFilePath(),
                              {QStringLiteral("--write"), file.path, QString::number(file.copies),
                               file.jpeg ? QStringLiteral("jpeg") : QStringLiteral("none")}) != 0) {
            std::printf("cannot write %s\n", qPrintable(file.path));
            return 1;
        }
    }
    QTemporaryDir projectDir;
    auto workspace =
        Workspace::create(projectDir.path(), Project::create(QStringLiteral("bench"), {}));
    LabelingContext context(workspace->get());
    for (const File &file : files)
        measure(file.path, file.name, context);
    return 0;
}
