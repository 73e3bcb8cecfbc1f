// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/imaging/arearesample.h"

#include "core/util/check.h"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <vector>

namespace concord {

namespace {

// For each output pixel along one axis: `taps` consecutive source pixels from firstSource[i],
// each weighted by the part of it the pixel's interval covers (0 for the ones it misses), the
// weights normalised to sum to 1. The same tap count for every pixel keeps the inner loops free
// of branches. A shrink by `step` touches at most ceil(step) + 1 source pixels.
struct AxisWeights
{
    int taps = 0;
    std::vector<int> firstSource;
    std::vector<float> weights; // `taps` per output pixel
    std::vector<char> covers;   // 0 for output pixels wholly outside the source
};

AxisWeights axisWeights(double origin, double step, int count, int sourceLength)
{
    AxisWeights axis;
    axis.taps = std::min(sourceLength, int(std::ceil(step)) + 1);
    axis.firstSource.assign(size_t(count), 0);
    axis.weights.assign(size_t(count) * size_t(axis.taps), 0.0f);
    axis.covers.assign(size_t(count), 0);
    for (int i = 0; i < count; ++i) {
        const double begin = std::max(origin + i * step, 0.0);
        const double end = std::min(origin + (i + 1) * step, double(sourceLength));
        if (end <= begin)
            continue; // outside the source: the output stays 0
        const int firstCovered = int(std::floor(begin));
        // Near the far edge the taps start earlier, so they never read past the source.
        const int first = std::min(firstCovered, sourceLength - axis.taps);
        float *w = axis.weights.data() + size_t(i) * size_t(axis.taps);
        for (int s = firstCovered; s < end; ++s)
            w[s - first] =
                float((std::min(end, s + 1.0) - std::max(begin, double(s))) / (end - begin));
        axis.firstSource[size_t(i)] = first;
        axis.covers[size_t(i)] = 1;
    }
    return axis;
}

// One output row from the vertically blended source row `sums`: each pixel the weighted sum of
// its `Taps` neighbours. Taps and channels are template arguments (0: given at run time) so
// that the common cases (2 to 4 taps, 1 or 3 channels) compile to straight-line code: this
// loop runs once per output pixel and dominated a zoom step when it went through a switch.
template <typename T, int Taps, int Channels>
void horizontalPass(const float *sums, const AxisWeights &columns, int firstColumn, T *out,
                    int width, int channels)
{
    const int taps = Taps > 0 ? Taps : columns.taps;
    const int stride = Channels > 0 ? Channels : channels;
    for (int x = 0; x < width; ++x) {
        if (!columns.covers[size_t(x)])
            continue;
        const float *weights = columns.weights.data() + size_t(x) * size_t(taps);
        const float *pixel =
            sums + ptrdiff_t(columns.firstSource[size_t(x)] - firstColumn) * stride;
        for (int c = 0; c < stride; ++c) {
            float sum = 0;
            for (int k = 0; k < taps; ++k)
                sum += weights[k] * pixel[c + k * stride];
            out[x * stride + c] = cv::saturate_cast<T>(sum);
        }
    }
}

template <typename T>
using HorizontalPass = void (*)(const float *, const AxisWeights &, int, T *, int, int);

template <typename T> HorizontalPass<T> horizontalPassFor(int taps, int channels)
{
    if (channels == 1) {
        switch (taps) {
        case 2: return horizontalPass<T, 2, 1>;
        case 3: return horizontalPass<T, 3, 1>;
        case 4: return horizontalPass<T, 4, 1>;
        default: return horizontalPass<T, 0, 1>;
        }
    }
    if (channels == 3) {
        switch (taps) {
        case 2: return horizontalPass<T, 2, 3>;
        case 3: return horizontalPass<T, 3, 3>;
        case 4: return horizontalPass<T, 4, 3>;
        default: return horizontalPass<T, 0, 3>;
        }
    }
    return horizontalPass<T, 0, 0>;
}

template <typename T>
void resampleTyped(const cv::Mat &source, const AxisWeights &columns, const AxisWeights &rows,
                   cv::Mat &output)
{
    const int channels = source.channels();
    // The source columns the output needs.
    int firstColumn = source.cols;
    int lastColumn = -1;
    for (int x = 0; x < output.cols; ++x) {
        if (!columns.covers[size_t(x)])
            continue;
        firstColumn = std::min(firstColumn, columns.firstSource[size_t(x)]);
        lastColumn = std::max(lastColumn, columns.firstSource[size_t(x)] + columns.taps - 1);
    }
    if (lastColumn < firstColumn)
        return;
    const int span = (lastColumn - firstColumn + 1) * channels;
    // Vertical pass first, one weighted source row at a time: the loop over a row's values
    // vectorises, and the horizontal pass then runs over output rows only.
    std::vector<float> blended(static_cast<size_t>(span));
    const HorizontalPass<T> horizontal = horizontalPassFor<T>(columns.taps, channels);
    for (int r = 0; r < output.rows; ++r) {
        if (!rows.covers[size_t(r)])
            continue;
        float *__restrict sums = blended.data();
        std::fill(blended.begin(), blended.end(), 0.0f);
        const float *w = rows.weights.data() + size_t(r) * size_t(rows.taps);
        for (int k = 0; k < rows.taps; ++k) {
            if (w[k] == 0.0f)
                continue;
            const T *__restrict in =
                source.ptr<T>(rows.firstSource[size_t(r)] + k) + firstColumn * channels;
            const float weight = w[k];
            for (int i = 0; i < span; ++i)
                sums[i] += weight * float(in[i]);
        }
        horizontal(sums, columns, firstColumn, output.ptr<T>(r), output.cols, channels);
    }
}

} // namespace

cv::Mat resampleArea(const cv::Mat &source, cv::Point2d origin, double step, cv::Size size)
{
    cv::Mat output;
    resampleAreaInto(source, origin, step, size, output);
    return output;
}

void resampleAreaInto(const cv::Mat &source, cv::Point2d origin, double step, cv::Size size,
                      cv::Mat &output)
{
    const int depth = source.depth();
    CONCORD_CHECK(!source.empty() && (depth == CV_8U || depth == CV_16U || depth == CV_16S) &&
                      step >= 1.0 && size.width >= 0 && size.height >= 0,
                  output.release();
                  return );
    output.create(size, source.type());
    output.setTo(cv::Scalar::all(0));
    if (output.empty())
        return;
    const AxisWeights columns = axisWeights(origin.x, step, size.width, source.cols);
    const AxisWeights rows = axisWeights(origin.y, step, size.height, source.rows);
    if (depth == CV_8U)
        resampleTyped<std::uint8_t>(source, columns, rows, output);
    else if (depth == CV_16U)
        resampleTyped<std::uint16_t>(source, columns, rows, output);
    else
        resampleTyped<std::int16_t>(source, columns, rows, output);
}

} // namespace concord
