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
    std::vector<bool> covers;   // false for output pixels wholly outside the source
};

AxisWeights axisWeights(double origin, double step, int count, int sourceLength)
{
    AxisWeights axis;
    axis.taps = std::min(sourceLength, int(std::ceil(step)) + 1);
    axis.firstSource.assign(size_t(count), 0);
    axis.weights.assign(size_t(count) * size_t(axis.taps), 0.0f);
    axis.covers.assign(size_t(count), false);
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
        axis.covers[size_t(i)] = true;
    }
    return axis;
}

// Sums `Taps` values `stride` apart with their weights; a fixed count lets the compiler unroll.
template <int Taps> float weightedSum(const float *weights, const float *values, int stride)
{
    float sum = 0;
    for (int k = 0; k < Taps; ++k)
        sum += weights[k] * values[k * stride];
    return sum;
}

float weightedSum(int taps, const float *weights, const float *values, int stride)
{
    switch (taps) {
    case 2: return weightedSum<2>(weights, values, stride);
    case 3: return weightedSum<3>(weights, values, stride);
    default: {
        float sum = 0;
        for (int k = 0; k < taps; ++k)
            sum += weights[k] * values[k * stride];
        return sum;
    }
    }
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
        T *out = output.ptr<T>(r);
        for (int x = 0; x < output.cols; ++x) {
            if (!columns.covers[size_t(x)])
                continue;
            const float *cw = columns.weights.data() + size_t(x) * size_t(columns.taps);
            const float *pixel = sums + (columns.firstSource[size_t(x)] - firstColumn) * channels;
            for (int c = 0; c < channels; ++c)
                out[x * channels + c] =
                    cv::saturate_cast<T>(weightedSum(columns.taps, cw, pixel + c, channels));
        }
    }
}

} // namespace

cv::Mat resampleArea(const cv::Mat &source, cv::Point2d origin, double step, cv::Size size)
{
    const int depth = source.depth();
    CONCORD_CHECK(!source.empty() && (depth == CV_8U || depth == CV_16U || depth == CV_16S) &&
                      step >= 1.0 && size.width >= 0 && size.height >= 0,
                  return {});
    cv::Mat output(size, source.type(), cv::Scalar::all(0));
    if (output.empty())
        return output;
    const AxisWeights columns = axisWeights(origin.x, step, size.width, source.cols);
    const AxisWeights rows = axisWeights(origin.y, step, size.height, source.rows);
    if (depth == CV_8U)
        resampleTyped<std::uint8_t>(source, columns, rows, output);
    else if (depth == CV_16U)
        resampleTyped<std::uint16_t>(source, columns, rows, output);
    else
        resampleTyped<std::int16_t>(source, columns, rows, output);
    return output;
}

} // namespace concord
