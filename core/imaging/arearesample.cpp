// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/imaging/arearesample.h"

#include "core/util/check.h"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <vector>

namespace concord {

namespace {

// For each output pixel along one axis: the source pixels its interval covers and their
// weights, normalised to sum to 1. A shrink by `step` touches at most ceil(step) + 1 pixels.
struct AxisWeights
{
    std::vector<int> firstSource; // first source index of each output pixel
    std::vector<int> tapStart;    // its weights are weights[tapStart[i] .. tapStart[i + 1])
    std::vector<float> weights;

    int taps(int i) const { return tapStart[size_t(i) + 1] - tapStart[size_t(i)]; }
};

AxisWeights axisWeights(double origin, double step, int count, int sourceLength)
{
    AxisWeights axis;
    axis.firstSource.resize(size_t(count));
    axis.tapStart.resize(size_t(count) + 1);
    for (int i = 0; i < count; ++i) {
        axis.tapStart[size_t(i)] = int(axis.weights.size());
        const double begin = std::max(origin + i * step, 0.0);
        const double end = std::min(origin + (i + 1) * step, double(sourceLength));
        axis.firstSource[size_t(i)] = std::clamp(int(std::floor(begin)), 0, sourceLength - 1);
        if (end <= begin)
            continue; // outside the source: no taps, the output stays 0
        const size_t first = axis.weights.size();
        for (int s = int(std::floor(begin)); s < end; ++s)
            axis.weights.push_back(float(std::min(end, s + 1.0) - std::max(begin, double(s))));
        const float total = float(end - begin);
        for (size_t k = first; k < axis.weights.size(); ++k)
            axis.weights[k] /= total;
    }
    axis.tapStart[size_t(count)] = int(axis.weights.size());
    return axis;
}

template<typename T>
void resampleTyped(const cv::Mat &source, const AxisWeights &columns, const AxisWeights &rows,
                   cv::Mat &output)
{
    const int channels = source.channels();
    const int width = output.cols;
    // Horizontal pass over only the source rows the output needs, into floats.
    int firstRow = source.rows;
    int lastRow = -1;
    for (int r = 0; r < output.rows; ++r) {
        if (rows.taps(r) == 0)
            continue;
        firstRow = std::min(firstRow, rows.firstSource[size_t(r)]);
        lastRow = std::max(lastRow, rows.firstSource[size_t(r)] + rows.taps(r) - 1);
    }
    if (lastRow < firstRow)
        return;
    cv::Mat horizontal(lastRow - firstRow + 1, width * channels, CV_32F);
    for (int y = firstRow; y <= lastRow; ++y) {
        const T *in = source.ptr<T>(y);
        float *out = horizontal.ptr<float>(y - firstRow);
        for (int x = 0; x < width; ++x) {
            const float *w = columns.weights.data() + columns.tapStart[size_t(x)];
            const int taps = columns.taps(x);
            const T *pixel = in + columns.firstSource[size_t(x)] * channels;
            for (int c = 0; c < channels; ++c) {
                float sum = 0;
                for (int k = 0; k < taps; ++k)
                    sum += w[k] * float(pixel[k * channels + c]);
                out[x * channels + c] = sum;
            }
        }
    }
    // Vertical pass, rounding back to the stored type.
    std::vector<float> sums(size_t(width * channels));
    for (int r = 0; r < output.rows; ++r) {
        std::fill(sums.begin(), sums.end(), 0.0f);
        const float *w = rows.weights.data() + rows.tapStart[size_t(r)];
        for (int k = 0; k < rows.taps(r); ++k) {
            const float *in = horizontal.ptr<float>(rows.firstSource[size_t(r)] + k - firstRow);
            for (size_t i = 0; i < sums.size(); ++i)
                sums[i] += w[k] * in[i];
        }
        T *out = output.ptr<T>(r);
        for (size_t i = 0; i < sums.size(); ++i)
            out[i] = cv::saturate_cast<T>(sums[i]);
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
