// SPDX-License-Identifier: GPL-3.0-or-later
// Benchmark (not a test): committing one brush stroke on a 3000x3000 image.
//
//   bench_maskstroke [work-dir]
//
// A stroke of 200 dabs of radius 20 px (spacing 5 px, a gentle curve ~1000 px long) on an
// existing lesion mask (a disc of radius 400) is committed the way the labeling window commits
// it: edits::strokeMask (the delta of the dirty rectangle, encoded) and Workspace::commit
// (validate and apply, blob if large, journal line, fsync). Baselines timed in the same run:
//  - committing one box (a small journal line and its fsync: the floor any commit pays);
//  - committing the whole mask after the stroke as a new instance (what journaling whole
//    masks instead of deltas would cost).
// Each run strokes 60 px lower than the last, from above the lesion down through it, so most
// strokes paint mostly new pixels (the largest deltas). Target: a committed stroke <= 30 ms.
#include "core/project/workspace.h"
#include "tests/benchmarks/benchtiming.h"
#include "tests/core/brushstrokes.h"

#include <QCoreApplication>
#include <QTemporaryDir>

#include <cmath>
#include <cstdio>

using namespace concord;
using concord::bench::medianMs;

namespace {

constexpr int ImageSide = 3000;
constexpr int Dabs = 200;
constexpr int Radius = 20;
const QString ItemId = QStringLiteral("xr");

std::vector<cv::Point> strokeCentres(int variant)
{
    std::vector<cv::Point> centres;
    for (int i = 0; i < Dabs; ++i)
        centres.push_back({1000 + 5 * i, 200 + variant + int(80 * std::sin(i * 0.03))});
    return centres;
}

void fail(const QString &message)
{
    std::fprintf(stderr, "bench_maskstroke: %s\n", qPrintable(message));
    std::exit(1);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTemporaryDir temporary;
    const QString root = (argc > 1 ? QString::fromLocal8Bit(argv[1]) : temporary.path()) +
                         QStringLiteral("/stroke.concord");
    auto created = Workspace::create(
        root, Project::create(QStringLiteral("bench"),
                              Taxonomy::fromIndentedText(QStringLiteral("Lesion"))));
    if (!created)
        fail(created.error().toString());
    Workspace &workspace = **created;
    workspace.addAnnotator({QStringLiteral("reader"), QStringLiteral("Reader")});
    Item item{ItemId, QStringLiteral("xr.png")};
    item.width = item.height = ImageSide;
    workspace.addItems({item});
    if (MaybeError error = workspace.startSession(QStringLiteral("reader")))
        fail(error->toString());

    cv::Rect dirty;
    const MaskAnnotation lesion{1, 1, testing::paintDabs({}, {{1500, 1500}}, 400, 1, &dirty), {}};
    if (MaybeError error = workspace.commit(edits::addMask(ItemId, lesion).forward))
        fail(error->toString());

    constexpr int Runs = 31;
    qsizetype deltaBytes = 0;
    int blobStrokes = 0;
    qsizetype wholeBytes = 0;
    int run = 0;
    const double strokeMs = medianMs(Runs, [&] {
        // Painting the dabs is the tool's work during the drag; it is part of the timing here
        // only as a copy of the mask, which a real tool has already made (so this overstates).
        const MaskAnnotation before = *workspace.myWork(ItemId)->findMask(1);
        const BinaryMask after =
            testing::paintDabs(before.mask, strokeCentres(60 * run++), Radius, 1, &dirty);
        const std::optional<ReversibleEdit> edit = edits::strokeMask(ItemId, before, after, dirty);
        if (!edit)
            fail(QStringLiteral("the stroke changed nothing"));
        deltaBytes = std::max(deltaBytes, edit->forward.pixelRuns.size());
        blobStrokes += edit->forward.pixelRuns.size() > Workspace::InlinePixelRunsLimit ? 1 : 0;
        if (MaybeError error = workspace.commit(edit->forward))
            fail(error->toString());
    });
    // The dab painting alone, to take it out of the figure above.
    const MaskAnnotation current = *workspace.myWork(ItemId)->findMask(1);
    const double paintMs = medianMs(Runs, [&] {
        testing::paintDabs(current.mask, strokeCentres(60 * run), Radius, 1, &dirty);
    });

    quint64 boxId = 100;
    const double boxMs = medianMs(Runs, [&] {
        BoxAnnotation box{boxId++, 1, {10, 10, 50, 50}, {}};
        if (MaybeError error = workspace.commit(edits::addBox(ItemId, box).forward))
            fail(error->toString());
    });

    quint64 maskId = 1000;
    const double wholeMs = medianMs(Runs, [&] {
        const MaskAnnotation whole{maskId++, 1, workspace.myWork(ItemId)->findMask(1)->mask, {}};
        const ReversibleEdit edit = edits::addMask(ItemId, whole);
        wholeBytes = edit.forward.pixelRuns.size();
        if (MaybeError error = workspace.commit(edit.forward))
            fail(error->toString());
    });

    const double committedMs = strokeMs - paintMs;
    std::printf("image %dx%d, lesion %dx%d, stroke of %d dabs radius %d\n", ImageSide, ImageSide,
                lesion.mask.bounds.width, lesion.mask.bounds.height, Dabs, Radius);
    std::printf("largest stroke delta %lld bytes of runs, %d of %d strokes went to blobs/; "
                "whole mask %lld bytes of runs\n",
                static_cast<long long>(deltaBytes), blobStrokes, Runs,
                static_cast<long long>(wholeBytes));
    std::printf("%-46s %8.3f ms\n", "dab painting (tool work, subtracted)", paintMs);
    std::printf("%-46s %8.3f ms  (target <= 30 ms)\n", "stroke committed: delta + journal + fsync",
                committedMs);
    std::printf("%-46s %8.3f ms  stroke = %.2f x this\n", "baseline: one box committed (fsync)",
                boxMs, committedMs / boxMs);
    std::printf("%-46s %8.3f ms  stroke = %.2f x this\n", "baseline: whole mask committed", wholeMs,
                committedMs / wholeMs);
    return 0;
}
