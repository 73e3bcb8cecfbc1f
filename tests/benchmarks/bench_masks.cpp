// SPDX-License-Identifier: GPL-3.0-or-later
// Benchmark (not a test), issue 4 targets on a 3000 x 3000 16-bit radiograph in a 1920 x 1080
// canvas:
//  - one brush dab of radius 20 px including the repaint of its dirty region (<= 2 ms), also as
//    a ratio to a full-canvas repaint measured in the same run;
//  - panning a view holding 50 mask instances and 2000 boxes (<= 16 ms per frame), also as a
//    ratio to panning the bare image and to a memcpy of one screen.
#include "core/geometry/brushstamp.h"
#include "core/project/edit.h"
#include "core/project/workspace.h"
#include "tests/benchmarks/benchtiming.h"
#include "widgets/canvas/canvasview.h"
#include "widgets/editing/labelingcontext.h"
#include "widgets/tools/brushsettings.h"
#include "widgets/tools/brushtool.h"

#include <QApplication>
#include <QTemporaryDir>

#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>

#include <chrono>
#include <cstring>
#include <numeric>
#include <random>

using namespace concord;

static constexpr int Side = 3000;

static double medianMs(int runs, const std::function<void(int)> &work)
{
    int call = 0;
    return bench::medianMs(runs, [&] { work(call++); });
}

static ToolEvent eventAt(const CanvasView &canvas, QPointF imagePos)
{
    ToolEvent event;
    event.imagePos = imagePos;
    event.viewPos = canvas.toView(imagePos);
    event.button = Qt::LeftButton;
    return event;
}

// One dab per call: the tool stamps, recolours the dab's rectangle of its overlay and asks for
// a repaint of it; the canvas then paints exactly that region (as the event loop would).
static void measureDabs(CanvasView &canvas, BrushTool &brush, const char *zoom,
                        double fullRepaintMs)
{
    QImage target(canvas.size(), QImage::Format_RGB32);
    const QPointF centre = canvas.toImage(QPointF(canvas.width() / 2.0, canvas.height() / 2.0));
    brush.press(eventAt(canvas, centre));
    const double radius = 20;
    QPointF last = centre;
    const double dabMs = medianMs(201, [&](int i) {
        // Moves a quarter radius apart, the brush's dab spacing: one new dab per call, along a
        // zigzag as in a real stroke.
        const QPointF at = centre + QPointF((i % 40) * radius / 4, (i / 40) * radius);
        brush.move(eventAt(canvas, at));
        // The dab and the brush circle preview, old and new position: what the tool asked for.
        const QRectF around(-radius - 2, -radius - 2, 2 * radius + 4, 2 * radius + 4);
        const QRect dirty =
            canvas.toView(around.translated(at))
                .toAlignedRect()
                .adjusted(-3, -3, 3, 3)
                .united(
                    canvas.toView(around.translated(last)).toAlignedRect().adjusted(-3, -3, 3, 3));
        last = at;
        canvas.render(&target, dirty.topLeft(), QRegion(dirty));
    });
    brush.release(eventAt(canvas, centre));
    std::printf("  %-4s brush dab r=20 incl. dirty-region repaint %6.3f ms  (%.3f of a full "
                "repaint, %.2f ms)\n",
                zoom, dabMs, dabMs / fullRepaintMs, fullRepaintMs);
}

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QTemporaryDir dir;
    auto created = Workspace::create(
        dir.path(), Project::create(QStringLiteral("bench"),
                                    Taxonomy::fromIndentedText(QStringLiteral(
                                        "Nodule\nMass\nEffusion\nFracture\nDevice\nOpacity"))));
    Workspace &workspace = **created;
    // A smooth synthetic radiograph with noise: stored 12-bit values in 16 bits.
    cv::Mat1w pixels(Side, Side);
    cv::randu(pixels, 0, 4096);
    cv::GaussianBlur(pixels, pixels, cv::Size(0, 0), 3);
    const QString imagePath = dir.filePath(QStringLiteral("radiograph.png"));
    cv::imwrite(imagePath.toStdString(), pixels);
    (void)workspace.addItems(
        {Item{QStringLiteral("r"), QStringLiteral("radiograph.png"), {}, Side, Side}});
    (void)workspace.addAnnotator({QStringLiteral("bench"), QStringLiteral("Bench")});
    (void)workspace.startSession(QStringLiteral("bench"));
    LabelingContext context(&workspace);
    context.setCurrentIndex(0);
    context.setImageSize(QSize(Side, Side));

    std::vector<char> source(1920 * 1080 * 4, 1);
    std::vector<char> destination(source.size());
    const double memcpyMs = medianMs(51, [&](int i) {
        source[size_t(i)] = char(i);
        std::memcpy(destination.data(), source.data(), source.size());
    });
    std::printf("baseline: memcpy of one 1920x1080 RGB32 screen %.3f ms\n", memcpyMs);

    CanvasView canvas(&context);
    canvas.resize(1920, 1080);
    auto image = prepareDisplayImage(imagePath);
    if (!image) {
        std::fprintf(stderr, "%s\n", qPrintable(image.error().toString()));
        return 1;
    }
    canvas.setImage(*image);
    QImage target(1920, 1080, QImage::Format_RGB32);
    auto fullRepaint = [&] { return medianMs(21, [&](int) { canvas.render(&target); }); };

    auto panMs = [&] {
        return medianMs(41, [&](int i) {
            canvas.panBy(QPointF(i % 2 ? 40 : -40, i % 4 < 2 ? 20 : -20));
            canvas.render(&target);
        });
    };
    canvas.fitToWindow();
    const double emptyPanFit = panMs();
    canvas.zoomToActualPixels();
    const double emptyPanActual = panMs();

    // 50 overlapping instances of 150-450 px and 2000 boxes, spread over the image.
    std::mt19937 random(4);
    std::uniform_int_distribution<int> position(0, Side - 500);
    std::uniform_int_distribution<int> size(150, 450);
    const int labels[] = {1, 2, 3};
    for (int i = 0; i < 50; ++i) {
        BinaryMask mask;
        const cv::Point2d centre(position(random) + 250, position(random) + 250);
        const double r = size(random) / 2.0;
        stampDisc(mask, centre, r, BrushAction::Paint, {Side, Side}, {}, 0);
        stampDisc(mask, centre + cv::Point2d(r * 0.6, r * 0.3), r * 0.7, BrushAction::Paint,
                  {Side, Side}, {}, 0);
        MaskAnnotation annotation;
        annotation.id = newAnnotationId();
        annotation.labelId = labels[i % 3];
        annotation.mask = cropToContent(mask);
        context.pushEdit(edits::addMask(QStringLiteral("r"), annotation), QStringLiteral("mask"));
    }
    for (int i = 0; i < 2000; ++i) {
        BoxAnnotation box;
        box.id = newAnnotationId();
        box.labelId = labels[i % 3] + 3; // boxes have labels of their own, to time them apart
        box.rect = {double(position(random)), double(position(random)), double(size(random) / 4),
                    double(size(random) / 4)};
        context.pushEdit(edits::addBox(QStringLiteral("r"), box), QStringLiteral("box"));
    }
    std::printf("view: 3000x3000 16-bit, %zu masks, %zu boxes\n", context.myMasks().size(),
                context.myBoxes().size());

    canvas.fitToWindow();
    canvas.render(&target); // colour the instances once, as the first frame after opening does
    const double panFit = panMs();
    canvas.zoomToActualPixels();
    const double panActual = panMs();
    std::printf(
        "  fit  pan with masks and boxes %6.2f ms/frame  (%.1fx bare image pan, %.1fx memcpy)\n",
        panFit, panFit / emptyPanFit, panFit / memcpyMs);
    std::printf(
        "  1:1  pan with masks and boxes %6.2f ms/frame  (%.1fx bare image pan, %.1fx memcpy)\n",
        panActual, panActual / emptyPanActual, panActual / memcpyMs);
    // A long drag in one direction leaves the annotation layer's margin every few frames, which
    // then draws every annotation again: its mean and slowest frame show that cost.
    {
        std::vector<double> times;
        for (int i = 0; i < 60; ++i) {
            const auto start = std::chrono::steady_clock::now();
            canvas.panBy(QPointF(-40, -20));
            canvas.render(&target);
            times.push_back(
                std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start)
                    .count());
        }
        const double mean = std::accumulate(times.begin(), times.end(), 0.0) / double(times.size());
        std::sort(times.begin(), times.end());
        std::printf("  1:1  one-way drag of 60 frames (40, 20 px each): median %.2f, mean %.2f, "
                    "slowest %.2f ms/frame\n",
                    times[times.size() / 2], mean, times.back());
    }
    for (const bool fit : {true, false}) {
        fit ? canvas.fitToWindow() : canvas.zoomToActualPixels();
        for (int label : labels)
            context.setLabelVisible(label + 3, false);
        const double masksOnly = panMs();
        for (int label : labels) {
            context.setLabelVisible(label + 3, true);
            context.setLabelVisible(label, false);
        }
        const double boxesOnly = panMs();
        for (int label : labels)
            context.setLabelVisible(label, true);
        std::printf("  %-4s pan with the masks only %6.2f ms/frame, with the boxes only %6.2f "
                    "ms/frame, bare image %6.2f\n",
                    fit ? "fit" : "1:1", masksOnly, boxesOnly, fit ? emptyPanFit : emptyPanActual);
    }

    BrushSettings settings;
    settings.setDiameter(40);
    BrushTool brush(&context, &settings, BrushTool::Mode::Paint);
    canvas.setTool(&brush);
    context.setSelectedBoxId(0);
    canvas.fitToWindow();
    measureDabs(canvas, brush, "fit", fullRepaint());
    canvas.zoomToActualPixels();
    measureDabs(canvas, brush, "1:1", fullRepaint());
    canvas.setTool(nullptr);
    return 0;
}
