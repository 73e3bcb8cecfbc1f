// SPDX-License-Identifier: GPL-3.0-or-later
// bench_geometry: times the mask and polygon functions of core/geometry on a 3000x3000 image,
// each against a memcpy of the bytes it produces or reads, measured in the same run:
//  - rasterising a 500-vertex star polygon (also against cv::fillPoly, a peer rasteriser);
//  - COCO RLE encode and decode of a 1000x800 mask, and the compressed string both ways;
//  - Dice and HD95 of two 600x600 blobs;
//  - majority vote and STAPLE of five readers' 600x600 blobs over the whole 3000x3000 image.
#include "core/geometry/consensusmask.h"
#include "core/geometry/maskrle.h"
#include "core/geometry/overlapmetrics.h"
#include "core/geometry/polygonraster.h"
#include "tests/benchmarks/benchtiming.h"

#include <QCoreApplication>

#include <opencv2/imgproc.hpp>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <cstring>
#include <functional>
#include <random>
#include <vector>

using namespace concord;

namespace {

using concord::bench::medianMs;

volatile double sink = 0; // keeps results alive so the optimiser cannot drop the work

double memcpyMs(size_t bytes)
{
    std::vector<char> from(bytes, 1), to(bytes);
    return medianMs(15, [&] {
        std::memcpy(to.data(), from.data(), bytes);
        sink = sink + to[bytes / 2];
    });
}

void report(const char *name, double ms, size_t bytes)
{
    const double base = memcpyMs(bytes);
    std::printf("%-44s %9.3f ms  %7.1f x memcpy of %.2f MB (%.3f ms)\n", name, ms, ms / base,
                bytes / 1e6, base);
}

// A star-shaped polygon: radius varies randomly around `radius`, fixed seed.
Polygon starPolygon(cv::Point2d centre, double radius, int vertices, unsigned seed)
{
    std::mt19937 generator(seed);
    std::uniform_real_distribution<double> jitter(0.75, 1.0);
    Polygon polygon;
    for (int k = 0; k < vertices; ++k) {
        const double angle = 2 * M_PI * k / vertices;
        const double r = radius * jitter(generator);
        polygon.emplace_back(centre.x + r * std::cos(angle), centre.y + r * std::sin(angle));
    }
    return polygon;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    std::printf("bench_geometry (median of repeated runs, one thread)\n\n");

    // 1. Rasterisation of a 500-vertex polygon spanning most of a 3000x3000 image.
    const cv::Size image(3000, 3000);
    const Polygon star = starPolygon({1500, 1500}, 1400, 500, 1);
    BinaryMask raster;
    const double rasterMs = medianMs(9, [&] {
        raster = rasterizePolygon(star, image);
        sink = sink + raster.bounds.width;
    });
    const size_t rasterBytes = size_t(raster.bounds.area());
    std::printf("polygon: 500 vertices, mask %dx%d crop, %lld pixels set\n", raster.bounds.width,
                raster.bounds.height, static_cast<long long>(maskArea(raster)));
    report("rasterizePolygon (pixel-centre, even-odd)", rasterMs, rasterBytes);
    std::vector<cv::Point> integerStar;
    for (const cv::Point2d &p : star)
        integerStar.emplace_back(cvRound(p.x), cvRound(p.y));
    cv::Mat1b canvas(image, uchar(0));
    const double fillPolyMs = medianMs(9, [&] {
        canvas.setTo(0);
        cv::fillPoly(canvas, std::vector<std::vector<cv::Point>>{integerStar}, cv::Scalar(1));
        sink = sink + canvas(1500, 1500);
    });
    report("  peer: cv::fillPoly on the full image", fillPolyMs, size_t(image.area()));
    const double outlineMs = medianMs(5, [&] { sink = sink + maskToPolygons(raster).size(); });
    report("maskToPolygons of that mask", outlineMs, rasterBytes);

    // 2. RLE of a 1000x800 mask (an 800-row, 1000-column image mostly covered by a blob).
    const cv::Size rleImage(1000, 800);
    const BinaryMask blob = rasterizePolygon(starPolygon({500, 400}, 390, 500, 2), rleImage);
    CocoRle rle;
    const double encodeMs = medianMs(15, [&] {
        rle = encodeCocoRle(blob, rleImage);
        sink = sink + rle.counts.size();
    });
    const size_t rleBytes = size_t(rleImage.area());
    std::printf("\nRLE: %dx%d image, %lld pixels set, %zu runs\n", rleImage.width, rleImage.height,
                static_cast<long long>(maskArea(blob)), rle.counts.size());
    report("encodeCocoRle", encodeMs, rleBytes);
    const double decodeMs = medianMs(
        15, [&] { sink = sink + decodeCocoRle(rle, QStringLiteral("bench"))->bounds.width; });
    report("decodeCocoRle", decodeMs, rleBytes);
    QByteArray text;
    const double toStringMs = medianMs(15, [&] {
        text = cocoRleCountsToString(rle.counts);
        sink = sink + text.size();
    });
    report("cocoRleCountsToString", toStringMs, rleBytes);
    const double fromStringMs = medianMs(
        15, [&] { sink = sink + cocoRleCountsFromString(text, QStringLiteral("bench"))->size(); });
    report("cocoRleCountsFromString", fromStringMs, rleBytes);

    // 3. Dice and HD95 of two 600x600 blobs, offset by 17 and 9 pixels, anisotropic spacing.
    const BinaryMask a = rasterizePolygon(starPolygon({1000, 1000}, 300, 500, 3), image);
    const BinaryMask b = rasterizePolygon(starPolygon({1017, 1009}, 300, 500, 4), image);
    const size_t pairBytes = size_t(a.bounds.area() + b.bounds.area());
    std::printf("\nblobs: %dx%d and %dx%d crops\n", a.bounds.width, a.bounds.height, b.bounds.width,
                b.bounds.height);
    report("maskOverlap (Dice, IoU)", medianMs(15, [&] { sink = sink + maskOverlap(a, b).dice; }),
           pairBytes);
    PixelSpacing spacing;
    spacing.rowMm = 0.143;
    spacing.columnMm = 0.139;
    SurfaceDistance distance;
    const double hdMs = medianMs(7, [&] {
        distance = surfaceDistance(a, b, spacing);
        sink = sink + *distance.hausdorff95;
    });
    report("surfaceDistance (HD, HD95, ASSD)", hdMs, pairBytes);
    std::printf("  HD %.3f mm, HD95 %.3f mm, ASSD %.3f mm, Dice %.4f\n", *distance.hausdorff,
                *distance.hausdorff95, *distance.averageSurface, maskOverlap(a, b).dice);

    // 4. Consensus of five readers (blobs shifted by a few pixels), STAPLE over the full image.
    std::vector<BinaryMask> readers;
    for (int k = 0; k < 5; ++k)
        readers.push_back(rasterizePolygon(
            starPolygon({1000.0 + 3 * k, 1000.0 - 2 * k}, 300, 500, 10 + unsigned(k)), image));
    size_t readerBytes = 0;
    for (const BinaryMask &m : readers)
        readerBytes += size_t(m.bounds.area());
    std::printf("\nconsensus: 5 readers' blobs\n");
    report("majorityVote", medianMs(9, [&] { sink = sink + majorityVote(readers).bounds.x; }),
           readerBytes);
    StapleOptions options;
    options.domain = cv::Rect(cv::Point(), image);
    StapleResult result;
    const double stapleMs = medianMs(5, [&] {
        result = staple(readers, options);
        sink = sink + result.prior;
    });
    report("staple (domain: the whole 3000x3000 image)", stapleMs, size_t(image.area()));
    std::printf("  %d iterations, converged %s\n", result.iterations,
                result.converged ? "yes" : "no");
    return 0;
}
