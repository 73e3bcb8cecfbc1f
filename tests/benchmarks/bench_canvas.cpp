// SPDX-License-Identifier: GPL-3.0-or-later
// Benchmark (not a test): painting a 20000 x 20000 image and a 3000 x 3000 16-bit radiograph in
// a 1920 x 1080 canvas, at fit and at 1:1, for a fresh view, a pan, and a window/level change.
// Each figure is also given as a ratio to a memcpy of one screen of 32-bit pixels, measured in
// the same run, because absolute times on a shared machine are noise. The window/level change
// is also timed in processor time, which leaves out waiting for a core another job holds.
#include "tests/benchmarks/benchtiming.h"
#include "widgets/canvas/canvasview.h"
#include "widgets/editing/labelingcontext.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>

#include <cstring>

using namespace concord;

// The benchmarks' shared median, with the call number passed on: each call changes the view.
static double medianMs(int runs, const std::function<void(int)> &work)
{
    int call = 0;
    return bench::medianMs(runs, [&] { work(call++); });
}

static double medianCpuMs(int runs, const std::function<void(int)> &work)
{
    int call = 0;
    return bench::medianCpuMs(runs, [&] { work(call++); });
}

struct Baseline
{
    double wallMs = 0;
    double cpuMs = 0;
};

static void measure(const char *name, cv::Mat pixels, Baseline baseline, LabelingContext &context)
{
    auto display = std::make_shared<DisplayImage>();
    display->image.frames.push_back(pixels);
    display->image.metadata.bitsStored = pixels.depth() == CV_8U ? 8 : 12;
    QElapsedTimer pyramidTimer;
    pyramidTimer.start();
    display->pyramid = ImagePyramid(pixels);
    const double pyramidMs = double(pyramidTimer.nsecsElapsed()) / 1e6;

    CanvasView canvas(&context);
    canvas.resize(1920, 1080);
    canvas.setImage(display);
    QImage target(1920, 1080, QImage::Format_RGB32);
    auto paint = [&] { canvas.render(&target); };

    std::printf("%s: pyramid built in %.0f ms (%d levels)\n", name, pyramidMs,
                display->pyramid.levelCount());
    for (const bool actualPixels : {false, true}) {
        canvas.fitToWindow();
        if (actualPixels)
            canvas.zoomToActualPixels();
        const char *zoom = actualPixels ? "1:1" : "fit";
        WindowLevel window = canvas.windowLevel();
        auto windowStep = [&](int i) {
            window.center += (i % 2 ? 7 : -7); // a drag step: every tile must be re-rendered
            canvas.setWindowLevel(window);
            paint();
        };
        const double wlMs = medianMs(41, windowStep);
        const double wlCpuMs = medianCpuMs(41, windowStep);
        const double panMs = medianMs(21, [&](int i) {
            canvas.panBy(QPointF(i % 2 ? 40 : -40, 0)); // new tiles come in at one edge
            paint();
        });
        const double cachedMs = medianMs(21, [&](int) { paint(); });
        // A wheel step in and out: below 1:1 every visible screen tile is resampled anew.
        const QPointF centre(canvas.width() / 2.0, canvas.height() / 2.0);
        auto zoomStep = [&](int i) {
            canvas.zoomAt(centre, i % 2 ? 1.0 / 1.25 : 1.25);
            paint();
        };
        const double zoomMs = medianMs(21, zoomStep);
        const double zoomCpuMs = medianCpuMs(21, zoomStep);
        int zoomCall = 0;
        const double zoomAllThreadsMs =
            bench::medianProcessCpuMs(21, [&] { zoomStep(zoomCall++); });
        const double baselineMs = baseline.wallMs;
        std::printf(
            "  %-4s window/level change + repaint %6.2f ms (%5.1fx memcpy), processor time %6.2f "
            "ms "
            "(%5.1fx)   pan %6.2f ms (%5.1fx)   repaint %6.2f ms (%5.1fx)   zoom step %6.2f ms "
            "(%5.1fx, processor time %.2f ms here, %.2f ms on all threads)\n",
            zoom, wlMs, wlMs / baselineMs, wlCpuMs, wlCpuMs / baseline.cpuMs, panMs,
            panMs / baselineMs, cachedMs, cachedMs / baselineMs, zoomMs, zoomMs / baselineMs,
            zoomCpuMs, zoomAllThreadsMs);
    }
}

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QTemporaryDir dir;
    auto workspace = Workspace::create(dir.path(), Project::create(QStringLiteral("bench"), {}));
    LabelingContext context(workspace->get());

    std::vector<char> source(1920 * 1080 * 4, 1);
    std::vector<char> destination(source.size());
    auto copyScreen = [&](int i) {
        source[size_t(i)] = char(i);
        std::memcpy(destination.data(), source.data(), source.size());
    };
    Baseline baseline;
    baseline.wallMs = medianMs(51, copyScreen);
    baseline.cpuMs = medianCpuMs(51, copyScreen);
    std::printf("baseline: memcpy of one 1920x1080 RGB32 screen %.3f ms, processor time %.3f ms\n",
                baseline.wallMs, baseline.cpuMs);

    cv::Mat huge(20000, 20000, CV_8U);
    for (int y = 0; y < huge.rows; ++y) {
        quint8 *row = huge.ptr<quint8>(y);
        for (int x = 0; x < huge.cols; ++x)
            row[x] = quint8((x ^ y) >> 4);
    }
    measure("20000x20000 8-bit", huge, baseline, context);

    cv::Mat radiograph(3000, 3000, CV_16U);
    cv::randu(radiograph, 0, 4096);
    measure("3000x3000 16-bit", radiograph, baseline, context);
    return 0;
}
